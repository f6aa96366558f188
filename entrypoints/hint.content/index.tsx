/**
 * The content script: knows which SDS page this is from the URL (lib/detect.ts) and keeps one
 * <mm-companion-hint> in step with it, across in-app navigation, without a reload.
 */
// First: the start of the timing figures, before any other module is evaluated.
import { SCRIPT_START } from './started';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { EDX_PAGE_HOSTS } from '../../lib/detect';
import { HintController } from './hint-controller';

export default defineContentScript({
  matches: EDX_PAGE_HOSTS.map((host) => `https://${host}/*`),
  runAt: 'document_idle',
  cssInjectionMode: 'manual',
  main(ctx) {
    const hint = new HintController(ctx);
    void hint.show(location.href, SCRIPT_START);
    // SPA navigation (History API): read the new URL from the event, location may lag (toolchain.md).
    ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => void hint.show(newUrl.href, performance.now()));
  },
});
