import { existsSync } from 'node:fs';

/** Debian's Chromium, where it installs it (undefined: not installed). */
export const CHROMIUM = ['/usr/lib/chromium/chromium', '/usr/bin/chromium'].find((p) => existsSync(p));

/**
 * The flags every Chromium of the tests and the bench starts with: no sandbox (they run as root in CI), no
 * GPU, and nothing of the browser's own that reaches the network or wakes on a timer (QUIC, first-run
 * pages, background networking, component updates, sync).
 */
export const QUIET_CHROMIUM_FLAGS = Object.freeze([
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]);
