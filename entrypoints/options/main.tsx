/** The options page's entry: mounts OptionsApp. */
import { render } from 'preact';
import '../../components/theme.css';
import '../../components/fields.css';
import './options.css';
import { t, uiLocale } from '../../lib/i18n';
import { OptionsApp } from './OptionsApp';

document.documentElement.lang = uiLocale();
document.title = t('optionsTitle');
const root = document.getElementById('app');
if (root) render(<OptionsApp />, root);
