/**
 * The content script: knows which SDS page this is from the URL (lib/detect.ts) and keeps one
 * <mm-companion-hint> in step with it, across in-app navigation, without a reload.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { EDX_PAGE_HOSTS } from '../../lib/detect';
import { HintController } from './hint-controller';

// Taken when the bundle is evaluated, before any work: the start of the 'script start to mount' figure.
const scriptStart = performance.now();

export default defineContentScript({
  matches: EDX_PAGE_HOSTS.map((host) => `https://${host}/*`),
  runAt: 'document_idle',
  cssInjectionMode: 'manual',
  main(ctx) {
    const hint = new HintController(ctx);
    void hint.show(location.href, scriptStart);
    // SPA navigation (History API): read the new URL from the event, location may lag (toolchain.md).
    ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => void hint.show(newUrl.href, performance.now()));
  },
});
