/**
 * When the content script began, taken by the first module of the bundle to be evaluated (index.ts imports
 * it first), so the script's measured time at document_start counts the evaluation of every other module.
 */
export const SCRIPT_START = performance.now();
