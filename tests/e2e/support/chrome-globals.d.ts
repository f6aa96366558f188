// `chrome.*` inside page.evaluate / worker.evaluate callbacks, which run in the browser.
/// <reference types="chrome" />
