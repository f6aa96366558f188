/** The toolbar popup's entry: mounts PopupApp on the learner's summary. */
import { render } from 'preact';
import '../../components/theme.css';
import '../../components/fields.css';
import './popup.css';
import { t, uiLocale } from '../../lib/i18n';
import { timing } from '../../lib/timing';
import { PopupApp } from './PopupApp';
import { popupState } from './popup-state';

// Before any work: the start of the "open to first render" figure.
timing.begin('popup-rendered');
document.documentElement.lang = uiLocale();
document.title = t('extName');
const root = document.getElementById('app');
if (root) {
  const state = popupState();
  render(<PopupApp state={state} />, root);
  void state.ready.then(() => requestAnimationFrame(() => timing.end('popup-rendered')));
}
