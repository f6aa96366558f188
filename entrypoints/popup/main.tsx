import { render } from 'preact';
import '../../components/theme.css';
import '../../components/fields.css';
import './popup.css';
import { t, uiLocale } from '../../lib/i18n';
import { PopupApp } from './PopupApp';
import { popupState } from './popup-state';

// Taken before any work: the start of the "open to first render" figure.
const opened = performance.now();
document.documentElement.lang = uiLocale();
document.title = t('extName');
const root = document.getElementById('app');
if (root) {
  const state = popupState();
  render(<PopupApp state={state} />, root);
  void state.ready.then(() => requestAnimationFrame(() => performance.measure('mm-companion:popup-rendered', { start: opened })));
}
