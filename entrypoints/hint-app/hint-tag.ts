/** The hint's host element's tag: one per page, owned by the newest content script. */
export const HINT_TAG = 'mm-companion-hint';

/**
 * Removes hints an earlier instance of the content script left in the page. When the extension is reloaded
 * or updated, Firefox injects the new script into open tabs while the old one can no longer run to remove
 * its own hint; Chromium's old script removes its hint when WXT's context tells it a newer one started, and
 * this removes what is left either way. Called before the new script shows anything.
 */
export function removeEarlierHints(): void {
  for (const old of document.querySelectorAll(HINT_TAG)) old.remove();
}
