/**
 * axe-core, injected into a page (edX or extension) in Chromium or Firefox, run on one element; it reaches
 * into open shadow roots (the tests hand it the hint's closed one).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown; failureSummary?: string }[];
}

/** On a Playwright page (Chromium) or a Puppeteer one (Firefox): with one argument their evaluate is the same. */
export async function axeViolations(on: Page | PuppeteerPage, selector: string): Promise<AxeViolation[]> {
  const page = on as Page;
  // Evaluated over the browser's protocol: extension pages' CSP forbids injected <script> tags.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (sel) => {
    const axe = (
      window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: AxeViolation[] }> } }
    ).axe;
    const result = await axe.run({ include: [[sel]] }, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
    }));
  }, selector);
}
