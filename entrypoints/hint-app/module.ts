/**
 * The hint's module: everything of the content script after its first lines, imported by the loader
 * (entrypoints/hint-start) once edX's page has loaded. Built as an ES module (modules/es-module-scripts.ts),
 * web-accessible to the platforms' pages only (wxt.config.ts); it runs in the content script's isolated
 * world, with the same DOM.
 *
 * It is a file of its own, not part of the content script, because the browser compiles and runs a content
 * script on every navigation of every page it matches, while the page loads (docs/decisions.md).
 */
export { startRouter } from './router';
