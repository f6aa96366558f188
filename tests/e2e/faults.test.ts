/**
 * Faults in the real browser: the service worker stopped in the middle of an edX sync and of a state change,
 * sync storage full, and an extension update (reload) with a page open: data kept, migrations run once, the
 * page keeps working and the hint goes quiet; a hint an earlier script left behind is removed. (Reminders across browser restarts: tests/e2e/reminders.test.ts.)
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EXTENSION_DIR, HINT, launchExtension, visit, type Launched } from './support/browser';
import { progress, seed, settings } from './support/state';

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(resolve(__dirname, `../fixtures/${name}.json`), 'utf8'));
const KEY = 'course-v1:MITx+6.431x+3T2026';

let browser: Launched;
let ext: Page; // an extension page, to read storage whatever happens to the worker
let cdp: CDPSession;

beforeEach(async () => {
  browser = await launchExtension();
  ext = await browser.context.newPage();
  await ext.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  cdp = await browser.context.newCDPSession(ext);
  await cdp.send('ServiceWorker.enable');
});
afterEach(async () => browser?.dispose());

const stored = () =>
  ext.evaluate(async () => ({
    progress: (await chrome.storage.local.get('progress')).progress as
      | {
          version: number;
          steps: Record<string, { runs: { id: string; facts: Record<string, { edx?: { value: unknown } }> }[] }>;
        }
      | undefined,
    log: (await chrome.storage.local.get('edx-sync'))['edx-sync'] as Record<string, { outcome: string }> | undefined,
  }));
const stopWorker = () => cdp.send('ServiceWorker.stopAllWorkers');

describe('faults', () => {
  it('the worker stopped in the middle of an edX sync: nothing half-written; the next visit completes it once', async () => {
    await seed(browser, progress({}, { onboardedAt: new Date().toISOString() }));
    const slow = (name: string) => ({ status: 200, body: fixture(`edx/${name}`) });
    const paths = { course_metadata: 'metadata.audit', dates: 'dates.audit', progress: 'progress.audit' } as const;
    for (const [path, name] of Object.entries(paths))
      browser.routes.api(`https://courses.edx.org/api/course_home/${path}/${KEY}`, slow(name));
    browser.routes.api(`https://courses.edx.org/api/courseware/course/${KEY}`, slow('courseware.audit'));
    browser.routes.delayApiMs = 1500;
    const page = await browser.context.newPage();
    await visit(page, `https://learning.edx.org/course/${KEY}/home`);
    await new Promise((r) => setTimeout(r, 300)); // the requests are under way
    await stopWorker();
    await new Promise((r) => setTimeout(r, 2000));
    const cut = await stored();
    expect(cut.progress?.steps['6.431x']?.runs ?? []).toEqual([]);
    expect(cut.log?.[KEY]).toBeUndefined();

    browser.routes.delayApiMs = 0;
    await visit(page, `https://learning.edx.org/course/${KEY}/dates`);
    await expect.poll(async () => (await stored()).log?.[KEY]?.outcome, { timeout: 15_000 }).toBe('ok');
    const done = await stored();
    expect(done.progress?.steps['6.431x']?.runs.length).toBe(1);
    expect(done.progress?.steps['6.431x']?.runs[0]?.facts.mode?.edx?.value).toBe('audit');
  });

  it('the worker stopped in the middle of a state change: the change is applied once or not at all, never half', async () => {
    await seed(browser, progress({}, { onboardedAt: new Date().toISOString() }));
    const outcomes: unknown[] = [];
    for (let i = 0; i < 5; i++) {
      const answer = ext.evaluate(
        (n) =>
          chrome.runtime
            .sendMessage({ mmc: 1, command: { type: 'addRun', course: '6.86x', start: `2027-0${n + 1}-10` } })
            .catch((e: Error) => ({ ok: false, error: e.message })),
        i,
      );
      await stopWorker();
      outcomes.push(await answer);
    }
    // Each run was added at most once; whatever was stored is sound and fully written.
    await new Promise((r) => setTimeout(r, 500));
    const runs = (await stored()).progress?.steps['6.86x']?.runs ?? [];
    // A worker stopped before it answered gives no answer at all (undefined): not acknowledged.
    const acknowledged = outcomes.filter((o) => (o as { ok?: boolean } | undefined)?.ok === true).length;
    console.log(`state change under a stopped worker: ${acknowledged} of 5 acknowledged, ${runs.length} stored`);
    expect(runs.length).toBeLessThanOrEqual(5);
    expect(runs.length).toBeGreaterThanOrEqual(acknowledged);
    expect(new Set(runs.map((r) => r.id)).size).toBe(runs.length);
    for (const r of runs) expect(r.facts).toHaveProperty('start');
  });

  it('sync storage full: the learner is told and the setting is kept', async () => {
    await seed(browser, progress({}, { onboardedAt: new Date().toISOString() }));
    // Fill sync storage to its quota (QUOTA_BYTES 102,400) with other keys.
    // The settings as the extension writes them (no test marker), then sync storage filled to its quota
    // (QUOTA_BYTES 102,400) with other keys, in shrinking pieces, so that not even a few more bytes fit.
    await ext.evaluate(async (s) => chrome.storage.sync.set({ settings: s }), settings());
    await ext.evaluate(async () => {
      let i = 0;
      for (const size of [8000, 1000, 100, 10, 1, 0]) {
        for (;;) {
          try {
            await chrome.storage.sync.set({ [`f${i++}`]: 'x'.repeat(size) });
          } catch {
            break;
          }
        }
      }
    });
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    // A change that makes the settings larger: one more reminder.
    await options.getByLabel('Another reminder, days before (1 to 60)').fill('21');
    await options.getByRole('button', { name: 'Add', exact: true }).click();
    await options.getByLabel('Another reminder, days before (1 to 60)').fill('28');
    await options.getByRole('button', { name: 'Add', exact: true }).click();
    await options.getByTestId('sync-quota').waitFor();
    const local = await ext.evaluate(
      async () => (await chrome.storage.local.get('settings')).settings as { reminders: { leadDays: number[] } },
    );
    expect(local.reminders.leadDays).toEqual([28, 21, 7, 3, 1]);
    expect(await options.getByTestId('lead-days').textContent()).toMatch(/28 days before.*21 days before/);
  });

  it('an update with a page open: the page keeps working and the hint goes quiet', async () => {
    const page = await browser.context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await visit(page, `https://learning.edx.org/course/${KEY}/home`);
    expect(await page.locator(HINT).count()).toBe(1);
    // Reloading the extension invalidates this page's content script, as an update does.
    await ext.evaluate(() => chrome.runtime.reload()).catch(() => undefined);
    await expect.poll(() => page.locator(HINT).count(), { timeout: 10_000 }).toBe(0);
    await page.getByRole('link', { name: 'Progress' }).click();
    expect(new URL(page.url()).pathname).toBe(`/course/${KEY}/progress`);
    expect(await page.locator('#tab-heading').textContent()).toBe('Progress');
    expect(pageErrors).toEqual([]);
  });

  it("a hint an earlier script left in the page (Firefox's reload injects the new script into open tabs): the new script removes it before showing its own", async () => {
    const page = await browser.context.newPage();
    // What an old instance leaves once it can no longer run: its host element, closed shadow root and all.
    await page.addInitScript(() =>
      document.addEventListener('DOMContentLoaded', () => {
        const old = document.createElement('mm-companion-hint');
        old.setAttribute('data-earlier', '');
        old.attachShadow({ mode: 'closed' }).textContent = 'Step 1 of 5 (an earlier version)';
        document.body.prepend(old);
      }),
    );
    await visit(page, `https://learning.edx.org/course/${KEY}/home`);
    await expect.poll(() => page.locator(`${HINT}[data-course]`).count(), { timeout: 10_000 }).toBe(1);
    expect(await page.locator(HINT).count()).toBe(1);
    expect(await page.locator(`${HINT}[data-earlier]`).count()).toBe(0);
  });
});

describe('an update from the previous stored version', () => {
  it('keeps the data, runs the migrations once, repairs nothing', async () => {
    // The same folder, a newer version in the manifest, the browser relaunched on the same profile:
    // Chrome sees an update of the same extension.
    const dir = mkdtempSync(join(tmpdir(), 'mmc-ext-'));
    cpSync(EXTENSION_DIR, dir, { recursive: true });
    const first = await launchExtension({ extensionDir: dir });
    const v1 = fixture('state/progress.v1');
    const page = await first.context.newPage();
    await page.goto(`chrome-extension://${first.extensionId}/popup.html`);
    await page.evaluate(async (p) => chrome.storage.local.set({ progress: p }), v1);
    await first.close();

    const manifestPath = join(dir, 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { version: string };
    writeFileSync(manifestPath, JSON.stringify({ ...manifest, version: '99.0.0' }));
    const updated = await launchExtension({ extensionDir: dir, profileDir: first.profileDir });
    try {
      const p = await updated.context.newPage();
      await p.goto(`chrome-extension://${updated.extensionId}/popup.html`);
      await expect
        .poll(() => p.evaluate(async () => Boolean((await chrome.storage.local.get('summary')).summary)), {
          timeout: 15_000,
        })
        .toBe(true);
      const after = await p.evaluate(async () => ({
        progress: (await chrome.storage.local.get('progress')).progress,
        recovered: (await chrome.storage.local.get('recovered')).recovered,
        version: chrome.runtime.getManifest().version,
      }));
      expect(after.version).toBe('99.0.0');
      expect(after.progress).toEqual(v1);
      expect(after.recovered ?? []).toEqual([]);
    } finally {
      await updated.close();
      await first.dispose();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
