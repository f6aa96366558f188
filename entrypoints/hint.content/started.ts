/**
 * When the content script began, taken by the first module of the bundle to be evaluated (index.tsx imports
 * it first), so "script start to hint painted" counts the evaluation of every other module too.
 */
export const SCRIPT_START = performance.now();
