/** Debian's Chromium, where it installs it (undefined: not installed); chromium.mjs. */
export const CHROMIUM: string | undefined;
/** The flags every Chromium of the tests and the bench starts with (chromium.mjs). */
export const QUIET_CHROMIUM_FLAGS: readonly string[];
