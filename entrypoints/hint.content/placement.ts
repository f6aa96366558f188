/**
 * Where the hint goes on each host (edx.md, "Page landmarks"). The course is identified by the URL; the DOM
 * only places the hint, and every host has a fallback so a redesign never hides it.
 */
import type { PageMatch } from '../../lib/detect';

export interface Placement {
  readonly anchor: Element;
  readonly append: 'after' | 'first';
}

const ANCHORS: readonly string[] = [
  'header.learning-header', // learning.edx.org course app
  '#courseTabsNavigation', // learning.edx.org, when the header was swapped by a plugin slot
  'main h1', // www.edx.org course and program pages
  'header', // courses.edx.org legacy pages, dashboards
];

export function placementFor(_page: PageMatch, doc: Document = document): Placement {
  for (const selector of ANCHORS) {
    const anchor = doc.querySelector(selector);
    if (anchor?.parentElement) return { anchor, append: 'after' };
  }
  return { anchor: doc.body, append: 'first' };
}
