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
