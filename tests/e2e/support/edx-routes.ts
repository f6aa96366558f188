/**
 * Serves edX from fixtures: every http(s) request of the browser is answered here or aborted, so no test
 * ever reaches the network (docs/testing.md: route http(s) only, never chrome-extension://).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext, Route } from 'playwright-core';
import { courseForKey } from '../../../lib/catalog';
import { parseCourseKey } from '../../../lib/course-key';
import { PAGE_HOSTS } from '../../../lib/platform-hosts';
import english from '../../../public/_locales/en/messages.json';

const PAGES = resolve(__dirname, '../../fixtures/pages');
const EDX_HOSTS = new Set(PAGE_HOSTS);

export interface RecordedRequest {
  readonly method: string;
  readonly url: string;
}

export interface PageFixture {
  readonly template: 'learning' | 'www-course' | 'courses' | 'bare' | 'mitxonline-product' | 'learn-app';
  readonly vars?: Record<string, string>;
}

/** A fixture's answer to a request, or REFUSED: another host, or not https. */
export type Answer = { readonly status: number; readonly contentType: string; readonly body: string } | typeof REFUSED;
export const REFUSED = 'refused';

export interface JsonFixture {
  readonly status: number;
  /** A value to serialise, or a raw string for malformed bodies. */
  readonly body: unknown;
}

function fill(template: string, vars: Record<string, string>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => escapeHtml(vars[name] ?? ''));
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function courseTitle(org: string, number: string): string {
  const course = courseForKey(org, number);
  const key = course?.titleMessage as keyof typeof english | undefined;
  return key ? english[key].message : `Some other course ${number}`;
}

/** The course apps: edX's at the root, MIT's under /learn (docs/platforms.md, "Hosts"). */
const COURSE_APPS: Readonly<Record<string, { base: string; site: string; home: string }>> = {
  'learning.edx.org': { base: '', site: 'edX', home: 'https://www.edx.org/' },
  'courses.learn.mit.edu': { base: '/learn', site: 'MIT Learn', home: 'https://learn.mit.edu/' },
  'courses.mitxonline.mit.edu': { base: '/learn', site: 'MITx Online', home: 'https://mitxonline.mit.edu/' },
};

/** The default page for a platform URL, modelled on the landmarks in docs/platforms.md. */
export function defaultPage(url: URL): PageFixture {
  const path = url.pathname
    .split('/')
    .filter(Boolean)
    .map((s) => decodeURIComponent(s));
  const app = COURSE_APPS[url.hostname];
  if (app) {
    const appPath = app.base ? path.slice(1) : path;
    const at = appPath[0] === 'preview' ? 1 : 0;
    const key = parseCourseKey(appPath[at + 1] ?? '');
    if (key && (!app.base || path[0] === 'learn')) {
      const vars = {
        ...app,
        org: key.org,
        number: key.number,
        title: courseTitle(key.org, key.number),
        key: appPath[at + 1] ?? '',
        tab: appPath[at + 2] ?? 'course',
      };
      return { template: 'learning', vars };
    }
    return { template: 'bare', vars: { title: app.site, body: 'Learning' } };
  }
  if (url.hostname === 'learn.mit.edu') return { template: 'learn-app' };
  if (url.hostname === 'mitxonline.mit.edu') {
    const id = path[0] === 'courses' ? (path[1] ?? '') : '';
    const number = id.split('+')[1] ?? '';
    return id
      ? { template: 'mitxonline-product', vars: { title: courseTitle('MITxT', number), readableId: id } }
      : { template: 'bare', vars: { title: 'MITx Online', body: 'MITx Online' } };
  }
  if (url.hostname === 'www.edx.org')
    return { template: 'www-course', vars: { title: path.at(-1) ?? 'edX', org: 'MITx' } };
  if (url.hostname === 'home.edx.org')
    return { template: 'courses', vars: { title: 'My courses', body: 'Your courses' } };
  return { template: 'courses', vars: { title: path.join(' / ') || 'edX', body: 'courses.edx.org page' } };
}

export class EdxRoutes {
  readonly requests: RecordedRequest[] = [];
  /** Delay before answering edX API requests, to test work cut off in the middle. */
  delayApiMs = 0;
  private readonly pages = new Map<string, PageFixture>();
  private readonly json = new Map<string, JsonFixture>();

  /** Serve `fixture` for this exact URL (query and fragment ignored) instead of the default page. */
  page(url: string, fixture: PageFixture): void {
    this.pages.set(withoutQuery(url), fixture);
  }

  /** Answer this exact URL (query ignored) with JSON, for the edX APIs. */
  api(url: string, fixture: JsonFixture): void {
    this.json.set(withoutQuery(url), fixture);
  }

  async install(context: BrowserContext): Promise<void> {
    await context.route(/^https?:\/\//, (route) => this.handle(route));
  }

  /**
   * The answer to one request, whatever carries it: Playwright's routing in Chromium, and in Firefox the
   * page's request interception and the proxy the background page's requests go through. Every request is
   * logged; one to another host, or not over https, is refused.
   */
  async answer(method: string, href: string): Promise<Answer> {
    this.requests.push({ method, url: href });
    const url = new URL(href);
    if (url.protocol !== 'https:' || !EDX_HOSTS.has(url.hostname)) return REFUSED;
    const json = this.json.get(withoutQuery(url.href));
    if (url.pathname.startsWith('/api/') && this.delayApiMs) await new Promise((r) => setTimeout(r, this.delayApiMs));
    if (json) {
      const body = typeof json.body === 'string' ? json.body : JSON.stringify(json.body);
      return { status: json.status, contentType: 'application/json', body };
    }
    if (url.pathname.startsWith('/api/'))
      return { status: 404, contentType: 'application/json', body: '{"detail":"Not found."}' };
    const fixture = this.pages.get(withoutQuery(url.href)) ?? defaultPage(url);
    const template = readFileSync(resolve(PAGES, `${fixture.template}.html`), 'utf8');
    return { status: 200, contentType: 'text/html; charset=utf-8', body: fill(template, fixture.vars ?? {}) };
  }

  private async handle(route: Route): Promise<void> {
    const request = route.request();
    const answer = await this.answer(request.method(), request.url());
    return answer === REFUSED ? route.abort('blockedbyclient') : route.fulfill(answer);
  }
}

function withoutQuery(url: string): string {
  const u = new URL(url);
  return `${u.origin}${u.pathname}`;
}
