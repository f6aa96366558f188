/**
 * How the hint reaches an edX page in Chrome without an isolated world during edX's loading.
 *
 * A content script in Chrome's isolated world makes Blink create that world for every edX document, at
 * commit, and tear it down at the next navigation: a cost on edX's load event whatever the script does
 * (tests/bench/RESULTS.md). So the start script (entrypoints/hint-start) runs in edX's main world, waits for
 * the load event and sends PAGE_LOADED to the background, through the `chrome.runtime.sendMessage` that
 * `externally_connectable` gives edX's pages. The background then injects the hint (entrypoints/hint-app)
 * into that very document. In Firefox (MV2, no main-world scripts, no messaging from pages) the start script
 * runs in the isolated world and sends the same message the ordinary way.
 *
 * The background's side, which decides where the hint goes, is lib/hint-target.ts. This file is all the start
 * script loads.
 */
export const PAGE_LOADED = 'mm-companion:page-loaded';

/**
 * The extension's id, read from a stack trace of the start script: in edX's main world, Chrome exposes no
 * `runtime.id`, but the script's URL (chrome-extension://<id>/hint-start.js) is in its stack. Chrome ids are
 * 32 letters a–p.
 */
export function extensionIdFrom(stack: string | undefined): string | undefined {
  return /chrome-extension:\/\/([a-p]{32})\//.exec(stack ?? '')?.[1];
}
