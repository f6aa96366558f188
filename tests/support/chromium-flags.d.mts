/** The flags every Chromium of the tests and the bench starts with (chromium-flags.mjs). */
export const QUIET_CHROMIUM_FLAGS: readonly string[];
