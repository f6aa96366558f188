/**
 * The built extension in Debian's Chromium, headless, through playwright-core (docs/testing.md, "Real
 * Chromium for end-to-end tests"). The tests load the build with timing marks (lib/timing.ts), which they
 * read to know when the content script has looked at a page; `npm test` builds it.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, selectors, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { CHROMIUM, QUIET_CHROMIUM_FLAGS } from '../../support/chromium.mjs';
import { openClosedRoots } from './closed-root';
import { EdxRoutes } from './edx-routes';
import type { InExtension } from './state';

/** The shipped build (`npm run build`). */
export const SHIPPED_DIR = resolve(__dirname, '../../../.output/chrome-mv3');
/** The same build with its timing marks (`WXT_TIMING_MARKS=on wxt build`): what the tests load. */
export const EXTENSION_DIR = resolve(__dirname, '../../../.output/chrome-mv3-timing');

export interface Launched {
  readonly context: BrowserContext;
  readonly worker: Worker | undefined;
  readonly extensionId: string | undefined;
  readonly routes: EdxRoutes;
  readonly profileDir: string;
  /** Runs code in the extension's service worker (tests/e2e/support/state.ts). */
  readonly inExtension: InExtension;
  /** Closes the browser; the profile survives until `dispose`, so a test can relaunch on it. */
  close(): Promise<void>;
  dispose(): Promise<void>;
}

export interface LaunchOptions {
  /** Reuse a profile (a browser restart); a fresh temporary one otherwise. */
  readonly profileDir?: string;
  readonly routes?: EdxRoutes;
  readonly colorScheme?: 'light' | 'dark';
  readonly locale?: string;
  readonly timeZone?: string;
  /** Load the extension from another folder (the shipped build, or a copy to simulate an update). */
  readonly extensionDir?: string;
  /**
   * Keep Chromium's back/forward cache on, as in a learner's browser: Playwright turns it off by default
   * (`--disable-back-forward-cache`).
   */
  readonly backForwardCache?: boolean;
}

export const HINT = 'mm-companion-hint';

/** Where the tests' screenshots go: docs/screenshots for `npm run screenshots`, else .tmp/screenshots. */
export const SHOTS = process.env.SCREENSHOT_DIR ?? '.tmp/screenshots';
mkdirSync(SHOTS, { recursive: true });
/** Prefix of a locator inside the hint's (closed) shadow root: `page.locator(`${IN_HINT}[data-testid=x]`)`. */
export const IN_HINT = 'mm-hint=';

let engineRegistered: Promise<void> | undefined;
/**
 * A selector engine that looks inside each hint host's shadow root, in the page's main world, where
 * openClosedRoots has handed it over; registered once, before any browser starts.
 */
function registerHintEngine(): Promise<void> {
  engineRegistered ??= selectors.register(
    'mm-hint',
    `({
    queryAll(scope, selector) {
      const hosts = scope.localName === '${HINT}' ? [scope] : [...scope.querySelectorAll('${HINT}')];
      return hosts.flatMap((host) => (host.shadowRoot ? [...host.shadowRoot.querySelectorAll(selector)] : []));
    },
    query(scope, selector) {
      return this.queryAll(scope, selector)[0] ?? null;
    },
  })`,
  );
  return engineRegistered;
}

export async function launchExtension(options: LaunchOptions = {}): Promise<Launched> {
  await registerHintEngine();
  if (!CHROMIUM) throw new Error('Chromium is not installed: apt-get install -y chromium');
  const dir = options.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error('No build: run `npm run build` first');
  const profileDir = options.profileDir ?? mkdtempSync(join(tmpdir(), 'mmc-profile-'));
  const routes = options.routes ?? new EdxRoutes();
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    colorScheme: options.colorScheme ?? 'light',
    locale: options.locale ?? 'en-US',
    viewport: { width: 1280, height: 800 },
    // The worker computes days in the machine's zone: pin it so expected dates do not depend on the host.
    env: { ...process.env, TZ: options.timeZone ?? 'UTC' },
    args: [
      `--disable-extensions-except=${dir}`,
      `--load-extension=${dir}`,
      `--lang=${options.locale ?? 'en-US'}`,
      ...QUIET_CHROMIUM_FLAGS,
    ],
    ...(options.backForwardCache && { ignoreDefaultArgs: ['--disable-back-forward-cache'] }),
  });
  await routes.install(context);
  // The extension has a service worker only once it has a background entrypoint.
  const worker =
    context.serviceWorkers()[0] ??
    (await context.waitForEvent('serviceworker', { timeout: 3_000 }).catch(() => undefined));
  const extensionId = worker ? new URL(worker.url()).host : undefined;
  let closed = false;
  const close = async () => {
    if (!closed) await context.close();
    closed = true;
  };
  const dispose = async () => {
    await close();
    if (!options.profileDir) rmSync(profileDir, { recursive: true, force: true });
  };
  const inExtension: InExtension = async <A, R>(fn: (arg: A) => Promise<R>, arg: A) => {
    const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    return sw.evaluate(fn as (arg: unknown) => Promise<R>, arg as unknown);
  };
  return { context, worker, extensionId, routes, profileDir, inExtension, close, dispose };
}

/** Evaluates in the extension's service worker, waiting for one if the browser has not started it yet. */
export async function worker(launched: Launched): Promise<Worker> {
  const found = launched.context.serviceWorkers()[0] ?? (await launched.context.waitForEvent('serviceworker'));
  return found;
}

/** Waits until the content script has looked at the current URL (it records a performance measure). */
export async function waitForContentScript(page: Page, count = 1): Promise<void> {
  await page.waitForFunction((n) => performance.getEntriesByName('mm-companion:checked').length >= n, count, {
    timeout: 10_000,
  });
  await exposeHint(page);
}

/** Hands the current hint's closed shadow root to this test (closed-root.ts); call after the hint remounts. */
export async function exposeHint(page: Page): Promise<number> {
  return openClosedRoots(page, HINT);
}

/**
 * Opens `url` to its load event and says whether a content script of ours started in that document: the
 * timing build measures its start at document_start, so by the load event it has, where the script runs.
 */
export async function scriptRunsAt(page: Page, url: string): Promise<boolean> {
  await page.goto(url, { waitUntil: 'load' });
  return page.evaluate(() => performance.getEntriesByName('mm-companion:started').length > 0);
}

/** Opens `url` and waits for the content script's verdict. */
export async function visit(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await waitForContentScript(page);
}

export interface PopupOptions {
  readonly scheme?: 'light' | 'dark';
  readonly height?: number;
  /** A tab to bring to the front first: the popup page then loads behind it and reads it as the active tab. */
  readonly activeTab?: Page;
}

/**
 * Opens the popup page in a tab of its own, as the toolbar would show it (400 px wide), in a colour scheme,
 * and waits for its first render (the timing build's mark).
 */
export async function openPopup(
  b: Launched,
  { scheme = 'light', height = 900, activeTab }: PopupOptions = {},
): Promise<Page> {
  const popup = await b.context.newPage();
  await popup.emulateMedia({ colorScheme: scheme });
  await popup.setViewportSize({ width: 400, height });
  await activeTab?.bringToFront();
  await popup.goto(`chrome-extension://${b.extensionId}/popup.html`);
  await popup.waitForFunction(() => performance.getEntriesByName('mm-companion:popup-rendered').length > 0);
  return popup;
}
