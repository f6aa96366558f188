/** The options page's entry: mounts OptionsApp. */
import { render } from 'preact';
import '../../components/theme.css';
import '../../components/fields.css';
import './options.css';
import { t, uiLocale } from '../../lib/i18n';
import { timing } from '../../lib/timing';
import { OptionsApp } from './OptionsApp';

// Before any work: the start of the "open to first render" figure (tests/bench).
timing.begin('options-rendered');
document.documentElement.lang = uiLocale();
document.title = t('optionsTitle');
const root = document.getElementById('app');
const rendered = () => requestAnimationFrame(() => timing.end('options-rendered'));
if (root) render(<OptionsApp onFirstState={rendered} />, root);
