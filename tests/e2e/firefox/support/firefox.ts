/**
 * The built add-on (`.output/firefox-mv2-timing`, the Firefox build with timing marks) in Debian's Firefox
 * ESR, headless, driven by puppeteer-core over WebDriver BiDi (docs/testing.md, "Firefox"). Pages' requests
 * are intercepted and answered by the same EdxRoutes as in Chromium; the background page's requests, which
 * BiDi does not see, go through a local proxy that calls it too (proxy.ts). The extension's UUID is fixed
 * so its pages have a known address, and survives a relaunch on the same profile.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type ElementHandle, type HTTPRequest, type Page } from 'puppeteer-core';
import { EdxRoutes, REFUSED } from '../../support/edx-routes';
import { SHOTS } from '../../support/browser';
import { startFixtureProxy, type FixtureProxy } from './proxy';

export const FIREFOX = '/usr/bin/firefox-esr';
export const FIREFOX_BUILD = resolve(__dirname, '../../../../.output/firefox-mv2-timing');
const GECKO_ID = 'micromasters-companion@mm-companion.invalid';
const UUID = '5d8b1f0e-2c4a-4e6b-9a7d-3f1e0c2b4a68';
/** The origin of the add-on's pages. */
export const EXT = `moz-extension://${UUID}`;
export const HINT = 'mm-companion-hint';
export { SHOTS };

/** What BiDi's session answers, untyped in puppeteer-core. */
interface BidiConnection {
  send(method: string, params: object): Promise<{ result: Record<string, unknown> }>;
}

export interface Firefox {
  readonly browser: Browser;
  readonly routes: EdxRoutes;
  readonly profileDir: string;
  /** A tab whose requests the fixtures answer. */
  newPage(): Promise<Page>;
  /** A page of the add-on (popup.html, options.html), opened in a tab, `width` wide. */
  extensionPage(path: string, width?: number): Promise<Page>;
  /** Runs `fn` in an add-on page, with the add-on's APIs as `browser` (storage, alarms, notifications). */
  inExtension<A, R>(fn: (arg: A) => Promise<R>, arg: A): Promise<R>;
  close(): Promise<void>;
  dispose(): Promise<void>;
}

export interface FirefoxOptions {
  readonly profileDir?: string;
  readonly routes?: EdxRoutes;
  readonly scheme?: 'light' | 'dark';
}

const connectionOf = (browser: Browser) => (browser as unknown as { connection: BidiConnection }).connection;
const contextOf = (page: Page) => (page.mainFrame() as unknown as { _id: string })._id;

export async function launchFirefox(options: FirefoxOptions = {}): Promise<Firefox> {
  if (!existsSync(FIREFOX)) throw new Error('Firefox ESR is not installed: apt-get install -y firefox-esr');
  if (!existsSync(join(FIREFOX_BUILD, 'manifest.json')))
    throw new Error('No Firefox build with timing marks: run `npm run build:timing` first');
  const routes = options.routes ?? new EdxRoutes();
  const profileDir = options.profileDir ?? mkdtempSync(join(tmpdir(), 'mmc-firefox-'));
  const proxy: FixtureProxy = await startFixtureProxy(routes);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    userDataDir: profileDir,
    args: ['--remote-allow-system-access'],
    acceptInsecureCerts: true,
    defaultViewport: { width: 1280, height: 800 },
    env: { ...process.env, TZ: 'UTC', MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }),
      'extensions.webextensions.keepStorageOnUninstall': true,
      'extensions.webextensions.keepUuidOnUninstall': true,
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxy.port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxy.port,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      'intl.locale.requested': 'en-US',
      'intl.accept_languages': 'en-US',
      // 0 dark, 1 light: BiDi has no media emulation for the colour scheme.
      'layout.css.prefers-color-scheme.content-override': options.scheme === 'dark' ? 0 : 1,
    },
  });
  await browser.installExtension(FIREFOX_BUILD);
  let ext: Page | undefined;

  const newPage = async () => {
    const page = await browser.newPage();
    await page.setRequestInterception(true);
    page.on('request', (request: HTTPRequest) => void answer(routes, request));
    return page;
  };
  const extensionPage = async (path: string, width = 400) => {
    const page = await browser.newPage();
    await page.setViewport({ width, height: 900 });
    // page.goto never settles on a moz-extension:// address; BiDi's own navigate does.
    await connectionOf(browser).send('browsingContext.navigate', {
      context: contextOf(page),
      url: `${EXT}/${path}`,
      wait: 'complete',
    });
    return page;
  };
  const inExtension = async <A, R>(fn: (arg: A) => Promise<R>, arg: A): Promise<R> => {
    ext ??= await extensionPage('popup.html');
    return ext.evaluate(fn as (arg: unknown) => Promise<R>, arg as unknown);
  };
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await browser.close();
    await proxy.close();
  };
  const dispose = async () => {
    await close();
    if (!options.profileDir) rmSync(profileDir, { recursive: true, force: true });
  };
  return { browser, routes, profileDir, newPage, extensionPage, inExtension, close, dispose };
}

async function answer(routes: EdxRoutes, request: HTTPRequest): Promise<void> {
  if (!/^https?:/.test(request.url())) return request.continue();
  const a = await routes.answer(request.method(), request.url());
  if (a === REFUSED) return request.abort('blockedbyclient');
  return request.respond({ status: a.status, contentType: a.contentType, body: a.body });
}

/**
 * Opens `url` and waits for the content script's verdict (the timing build's mark), then hands every hint's
 * closed shadow root to the page's main world as `host.shadowRoot`, for this test's evaluations and axe.
 * BiDi serialises closed roots when asked to (`includeShadowTree: 'all'`), as Chromium's DevTools does.
 */
export async function visit(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('mm-companion:checked').length > 0, {
    timeout: 10_000,
  });
  await exposeHints(page);
}

export async function exposeHints(page: Page): Promise<number> {
  const bidi = connectionOf(page.browser());
  const target = { context: contextOf(page) };
  const found = await bidi.send('script.callFunction', {
    functionDeclaration: `() => [...document.querySelectorAll('${HINT}')]`,
    awaitPromise: false,
    target,
    serializationOptions: { includeShadowTree: 'all', maxDomDepth: 1 },
  });
  const hosts = ((found.result.result as { value?: unknown[] }).value ?? []) as {
    sharedId: string;
    value?: { shadowRoot?: { sharedId: string } };
  }[];
  for (const host of hosts) {
    const root = host.value?.shadowRoot;
    if (!root) continue;
    await bidi.send('script.callFunction', {
      functionDeclaration:
        '(root, host) => { Object.defineProperty(host, "shadowRoot", { configurable: true, get: () => root }); }',
      awaitPromise: false,
      target,
      arguments: [{ sharedId: root.sharedId }, { sharedId: host.sharedId }],
    });
  }
  return hosts.length;
}

/** The element matching `selector` inside the page's hint, to click as a learner does (trusted input). */
export async function hintElement(page: Page, selector: string): Promise<ElementHandle<Element>> {
  const handle = await page.evaluateHandle(
    (tag, sel) => document.querySelector(tag)?.shadowRoot?.querySelector(sel) ?? null,
    HINT,
    selector,
  );
  const element = handle.asElement();
  if (!element) throw new Error(`nothing in the hint matches ${selector}`);
  return element as ElementHandle<Element>;
}

/** Waits for the content script's next look (after an in-app navigation), then exposes the hint again. */
export async function nextLook(page: Page, navigate: () => Promise<unknown>): Promise<void> {
  const n = await page.evaluate(() => performance.getEntriesByName('mm-companion:checked').length);
  await navigate();
  await page.waitForFunction((k) => performance.getEntriesByName('mm-companion:checked').length > k, {}, n);
  await exposeHints(page);
}

/** The text of the element matching `selector` inside the page's hint (after exposeHints). */
export function inHint(page: Page, selector: string): Promise<string | null> {
  return page.evaluate(
    (tag, sel) => document.querySelector(tag)?.shadowRoot?.querySelector(sel)?.textContent ?? null,
    HINT,
    selector,
  );
}
