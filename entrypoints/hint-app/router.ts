/**
 * The page decision for one tab, at its first look and at every in-app navigation: which SDS page the URL
 * shows (lib/detect.ts, with the page's content where the URL cannot tell), whether the learner wants a hint
 * there (their settings, in the summary), and mounting, updating or removing the hint to match.
 *
 * Each look has its own AbortSignal: a newer look aborts the older one's waits (the summary, the frame, the
 * landmark), so a slow look never mounts a hint for a page the learner has left. On an edX page outside the
 * program nothing but the URL is looked at: the hint's code (hint-parts.ts) is loaded on the first SDS page.
 */
import { browser } from 'wxt/browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageMatch } from '../../lib/detect';
import type { HintSettings } from '../../lib/hint-model';
import { decidePage } from '../../lib/detect';
import { sendCommand } from '../../lib/send-command';
import { isTabPageQuestion, type TabPage } from '../../lib/tab-pages';
import type { SummaryFeed } from '../../lib/summary-reader';
import { timing } from '../../lib/timing';
import type { Hint } from './hint';
import type * as HintPartsModule from './hint-parts';
import { removeEarlierHints } from './hint-tag';
import { nextFrame } from './next-frame';

type HintParts = typeof HintPartsModule;

/** The content script's name, as WXT's context knows it (an extension update stops the older script). */
const SCRIPT_NAME = 'hint';

class PageRouter {
  private look: AbortController | undefined;
  private url = '';
  private page: PageMatch | null = null;
  private parts: Promise<HintParts> | undefined;
  private feed: SummaryFeed | undefined;
  private hint: Hint | undefined;
  /** The run key last reported to the background. */
  private reportedRun = '';

  constructor(private readonly ctx: ContentScriptContext) {
    ctx.onInvalidated(() => {
      // The extension was updated or removed: the page keeps working, the hint goes quiet.
      this.look?.abort();
      this.feed?.stop();
      this.unmount();
    });
    // "Days left" changes at midnight: refresh the figures every minute.
    ctx.setInterval(() => void this.refresh(), 60_000);
    // WXT notices a dead extension context (after an update) when one of its timers fires: check often, so
    // the hint goes quiet within seconds. The handler does nothing; the check is WXT's.
    ctx.setInterval(() => undefined, 2_000);
  }

  /** Looks at the page now showing at `url`. */
  go(url: string): void {
    timing.begin('checked');
    this.look?.abort();
    const look = new AbortController();
    this.look = look;
    this.url = url;
    this.page = decidePage(url, document);
    if (!this.page && !this.hint) return this.settled(look.signal);
    this.settle(look.signal).catch((error: unknown) =>
      console.warn('MicroMasters Companion: the hint could not load.', error),
    );
  }

  private async settle(signal: AbortSignal): Promise<void> {
    const { page, url } = this;
    const parts = page ? await this.loadParts() : undefined;
    if (page && parts) {
      await this.summary(parts).ready;
      await nextFrame();
      timing.begin('hint-render');
    }
    if (signal.aborted) return;
    const visible = !!page && !!parts && parts.hintVisible(page, this.hints(parts));
    if (this.hint && (!visible || !this.hint.connected())) this.unmount();
    if (visible && parts) {
      if (this.hint) this.hint.keepInPlace();
      else {
        const placement = await parts.placementFor(url, signal);
        if (signal.aborted || this.ctx.isInvalid) return;
        this.hint = parts.createHint(placement, url, sendCommand);
        this.render(parts);
        timing.end('hint-mounted', 'checked');
        // The hint's own share of the frame that paints it, unless it waited for edX to render its landmark.
        if (!placement.waited) timing.end('hint-render');
        timing.painted('hint', 'checked', placement.waited);
        return this.settled(signal);
      }
      this.render(parts);
    }
    this.settled(signal);
  }

  /** The look is done: measured, and its run reported to the background after the frame. */
  private settled(signal: AbortSignal): void {
    if (signal.aborted) return;
    timing.end('checked');
    const page = this.page;
    setTimeout(() => this.report(page), 0);
  }

  private loadParts(): Promise<HintParts> {
    return (this.parts ??= import('./hint-parts'));
  }

  private summary(parts: HintParts): SummaryFeed {
    if (!this.feed) {
      const feed = parts.summaryFeed();
      this.feed = feed;
      // Changes after the first read: the first one is awaited by settle() itself.
      void feed.ready.then(() => feed.subscribe(() => void this.onSummaryChange(parts)));
    }
    return this.feed;
  }

  /** The learner's hint settings: the latest summary's, else the defaults (before the first summary). */
  private hints(parts: HintParts): HintSettings {
    return this.feed?.current()?.hints ?? parts.defaultHintSettings();
  }

  private onSummaryChange(parts: HintParts): void {
    const { page } = this;
    if (!page) return;
    if (parts.hintVisible(page, this.hints(parts)) !== !!this.hint) this.go(this.url);
    else this.render(parts);
  }

  private async refresh(): Promise<void> {
    if (this.hint) this.render(await this.loadParts());
  }

  private render(parts: HintParts): void {
    const { hint, page } = this;
    if (!hint || !page) return;
    const summary = this.feed?.current();
    const timeZone = parts.localTimeZone();
    const model = parts.hintModel(
      page,
      summary?.steps ?? parts.emptySteps(),
      summary?.track ?? parts.faqTrack(),
      Date.now(),
      timeZone,
      summary?.sync,
    );
    if (model) hint.render({ url: this.url, page, model, hints: this.hints(parts), timeZone });
  }

  private unmount(): void {
    this.hint?.remove();
    this.hint = undefined;
  }

  /** What the popup is told when it asks which SDS page this tab shows. */
  tabPage(): TabPage | null {
    return tabPageOf(this.page);
  }

  /**
   * Tells the background the course run on screen when it changes, so it reads the platform for that run
   * (throttled there). Pages without a run, and other looks at the same run, need no message: the popup asks
   * the tab itself (tabPage).
   */
  private report(page: PageMatch | null): void {
    const runKey = page?.runKey;
    if (!runKey || runKey === this.reportedRun) return;
    this.reportedRun = runKey;
    void sendCommand({ type: 'pageSeen', page: tabPageOf(page) });
  }
}

/** Starts following this tab's pages: the module's one export, called by the content script. */
export function startRouter(): void {
  // WXT's started-script notice as a DOM event only, not also a window message that edX's scripts could read.
  const ctx = new ContentScriptContext(SCRIPT_NAME, { noScriptStartedPostMessage: true });
  const router = new PageRouter(ctx);
  removeEarlierHints();
  router.go(location.href);
  followInAppNavigation(ctx, (url) => router.go(url));
  // The popup asks which SDS page this tab shows (lib/tab-pages.ts): answered at once, from the latest look.
  const answer = (message: unknown, _sender: unknown, sendResponse: (response: unknown) => void) => {
    if (isTabPageQuestion(message)) sendResponse(router.tabPage());
    return false;
  };
  browser.runtime.onMessage.addListener(answer);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(answer));
}

/**
 * Calls `go` with the new URL at each in-app navigation (the History API, and Back and Forward between its
 * entries), read from the event: location may lag (docs/testing.md). With the Navigation API, only
 * same-document navigations: a navigation to another document gets its own script, or none, and work here
 * would only hold that page back. Without it (older Firefox), WXT's watcher polls the location, which only
 * ever changes in-app.
 */
function followInAppNavigation(ctx: ContentScriptContext, go: (url: string) => void): void {
  if (!('navigation' in window)) {
    ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => go(newUrl.href));
    return;
  }
  let last = location.href;
  const onNavigate = (event: NavigateEvent) => {
    const { url, sameDocument } = event.destination;
    if (!sameDocument || url === last) return;
    last = url;
    go(url);
  };
  window.navigation.addEventListener('navigate', onNavigate, { signal: ctx.signal });
}

/** The part of a page decision the popup and the background are told. */
function tabPageOf(page: PageMatch | null): TabPage | null {
  return page
    ? {
        kind: page.kind,
        ...(page.course && { course: page.course }),
        ...(page.step && { step: page.step }),
        ...(page.runKey && { runKey: page.runKey }),
      }
    : null;
}
