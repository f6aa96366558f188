/**
 * Keeps one <mm-companion-hint> in step with the page's URL and the learner's program summary: mounts it
 * on an SDS page the learner wants hints on, re-renders it on in-app navigation and whenever the background
 * rewrites the summary, removes it anywhere else.
 *
 * Each look at a URL ends with a performance measure, `mm-companion:checked` (from the moment the content
 * script looked at the URL), and each mount with `mm-companion:hint-mounted`: the benchmark and the end-to-end tests read
 * them from the page's timeline. They touch no layout and cost microseconds.
 */
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { HintPanel } from '../../components/HintPanel';
import themeCss from '../../components/theme.css?inline';
import { PROGRAM } from '../../lib/catalog';
import type { Command } from '../../lib/commands';
import type { PageMatch } from '../../lib/detect';
import { hintModel, hintVisible, type HintAction } from '../../lib/hint-model';
import { sendCommand } from '../../lib/send-command';
import { emptySteps, type Summary } from '../../lib/summary';
import { summaryFeed, type SummaryFeed } from '../../lib/summary-reader';
import { localTimeZone } from '../../lib/time';
import hostCss from './hint.css?inline';
import { nextFrame } from './next-frame';
import { keepInPlace, placementFor } from './placement';
import { createShadowHost, type ShadowHost } from './shadow-host';

export const HINT_TAG = 'mm-companion-hint';

/** Hint settings before the background has written a summary (first run): the defaults. */
const DEFAULT_HINTS: Summary['hints'] = { coursePages: true, catalogPages: true, dashboards: true, collapsed: false, hiddenCourses: [], openOnUnits: [] };

/** The program dashboard's uuid is not known: it is SDS only if the page names the program. */
function pageNamesProgram(doc: Document): boolean {
  const headings = [...doc.querySelectorAll('h1, h2')].map((h) => h.textContent).join(' ');
  const text = `${doc.title} ${headings}`.toLowerCase();
  return PROGRAM.programTitleWords.some((words) => text.includes(words));
}

function setOrRemove(el: Element, name: string, value: string | undefined): void {
  if (value === undefined) el.removeAttribute(name);
  else el.setAttribute(name, value);
}

export class HintController {
  private ui: ShadowHost | undefined;
  /** Puts the hint back after the page's header when the app rebuilds the page around it. */
  private keeper: ReturnType<typeof keepInPlace> | undefined;
  private page: PageMatch | null = null;
  private url = '';
  /** What the URL alone said, before the page's content was checked. */
  private match: PageMatch | null = null;
  private generation = 0;
  /** The learner's summary, read from the first SDS page this tab shows (none on other edX pages). */
  private feed: SummaryFeed | undefined;
  private error: string | undefined;
  /** The learner's collapse choice, shown at once while the background stores it. */
  private collapsedNow: boolean | undefined;
  /** A floating panel starts collapsed, to cover as little of the page as it can; this tab only. */
  private floatingExpanded = false;

  constructor(private readonly ctx: ContentScriptContext) {
    ctx.onInvalidated(() => {
      // The extension was updated or removed: the page keeps working, the hint goes quiet.
      this.feed?.stop();
      this.unmount();
    });
    // "Days left" changes at midnight: refresh the figures every minute.
    ctx.setInterval(() => this.render(), 60_000);
    // WXT notices a dead extension context (after an update) when one of its timers fires: check often, so
    // the hint goes quiet within seconds. The handler does nothing; the check is WXT's.
    ctx.setInterval(() => undefined, 2_000);
  }

  private summary(): SummaryFeed {
    if (!this.feed) {
      const feed = summaryFeed();
      this.feed = feed;
      // Changes after the first read: the first one is awaited by show() itself.
      void feed.ready.then(() => feed.subscribe(() => void this.onSummaryChange()));
    }
    return this.feed;
  }

  private hints(): Summary['hints'] {
    return this.feed?.current()?.hints ?? DEFAULT_HINTS;
  }

  /**
   * Shows the right hint for `url`, or none; `startedAt` is when this look began (performance.now()), `match`
   * what the URL alone says (lib/detect.ts, run by the content script).
   */
  async show(url: string, startedAt: number, match: PageMatch | null): Promise<void> {
    const generation = ++this.generation;
    // A choice made on the previous page (open, collapsed) is stored by then; this page reads its own.
    if (url !== this.url) this.collapsedNow = undefined;
    this.url = url;
    this.match = match;
    let page = match;
    if (page?.needsContentCheck && !pageNamesProgram(document)) page = null;
    this.page = page;
    let frameStart = startedAt;
    if (page) {
      // The first read of the summary starts after edX's load event (the content script imports the hint
      // then): an extension API call during edX's loading held its DOMContentLoaded back.
      await this.summary().ready;
      await nextFrame();
      frameStart = performance.now();
    }
    if (generation !== this.generation) return;
    const visible = !!page && hintVisible(page, this.hints());
    // An SPA may have re-rendered the part of the page that held the hint: build it again.
    if (this.ui && (!visible || !this.ui.host.isConnected)) this.unmount();
    if (visible && page && this.ui) {
      this.keeper?.check();
      this.render();
    }
    else if (visible && page) await this.mount(page, generation, startedAt, frameStart);
    if (generation !== this.generation) return;
    performance.measure('mm-companion:checked', { start: startedAt });
    // After the frame: telling the background is not part of showing the hint.
    setTimeout(() => this.report(page), 0);
  }

  /** Tells the background which SDS page this tab shows (for the popup), only when that changes. */
  private reported = '';
  private report(page: PageMatch | null): void {
    const seen = page ? { kind: page.kind, ...(page.course && { course: page.course }), ...(page.step && { step: page.step }), ...(page.runKey && { runKey: page.runKey }) } : null;
    const key = JSON.stringify(seen);
    if (key === this.reported || (!seen && !this.reported)) return;
    this.reported = key;
    void sendCommand({ type: 'pageSeen', page: seen });
  }

  private async onSummaryChange(): Promise<void> {
    this.collapsedNow = undefined;
    const page = this.page;
    if (!page) return;
    if (hintVisible(page, this.hints()) !== !!this.ui) await this.show(this.url, performance.now(), this.match);
    else this.render();
  }

  private async mount(page: PageMatch, generation: number, startedAt: number, frameStart: number): Promise<void> {
    const placement = await placementFor(this.url);
    if (generation !== this.generation || this.ctx.isInvalid) return;
    this.ui = createShadowHost(HINT_TAG, `${themeCss}\n${hostCss}`, placement);
    if (!placement.floating) this.keeper = keepInPlace(this.ui.host, this.url);
    this.render();
    performance.measure('mm-companion:hint-mounted', { start: startedAt });
    // For the benchmark. show() mounts at the start of a frame, so that frame paints the hint, unless the
    // placement had to wait for edX to render its landmark (then the next frame does). hint-render is the
    // hint's own share of that frame; hint-frame-done comes from a task queued in the frame, which runs once
    // its layout and paint are done.
    const done = new MessageChannel();
    done.port1.onmessage = () => {
      performance.measure('mm-companion:hint-frame-done', { start: startedAt });
      done.port1.close();
    };
    const painting = () => {
      performance.measure('mm-companion:hint-painted', { start: startedAt });
      done.port2.postMessage(null);
    };
    if (placement.waited) requestAnimationFrame(painting);
    else {
      performance.measure('mm-companion:hint-render', { start: frameStart });
      painting();
    }
  }

  private unmount(): void {
    this.keeper?.stop();
    this.keeper = undefined;
    if (!this.ui) return;
    render(null, this.ui.container);
    this.ui.host.remove();
    this.ui = undefined;
  }

  private async send(command: Command): Promise<void> {
    const answer = await sendCommand(command);
    this.error = answer.ok ? undefined : answer.error;
    this.render();
  }

  private render(): void {
    const { ui, page } = this;
    if (!ui || !page) return;
    const timeZone = localTimeZone();
    const summary = this.feed?.current();
    const model = hintModel(page, summary?.steps ?? emptySteps(), Date.now(), timeZone, summary?.sync);
    if (!model) return;
    setOrRemove(ui.host, 'data-course', page.course);
    setOrRemove(ui.host, 'data-step', page.step?.toString());
    ui.host.setAttribute('data-kind', page.kind);
    const course = page.course;
    const floating = ui.host.hasAttribute('data-floating');
    // A unit page shows one line unless the learner opened it for this course (remembered per course).
    const compactPage = model.kind === 'course' && model.compact;
    const collapsed = floating ? !this.floatingExpanded : compactPage ? (this.collapsedNow ?? !(course && this.hints().openOnUnits.includes(course))) : (this.collapsedNow ?? this.hints().collapsed);
    render(
      <HintPanel
        model={model}
        collapsed={collapsed}
        timeZone={timeZone}
        {...(this.error && { error: this.error })}
        onAction={(mark: HintAction) => course && void this.send({ type: 'mark', course, mark, ...(page.runKey ? { runKey: page.runKey } : model.kind === 'course' && { platform: model.platform }) })}
        onCollapse={(next) => {
          if (floating) this.floatingExpanded = !next;
          else {
            this.collapsedNow = next;
            if (compactPage && course) void this.send({ type: 'setHintOpenOnUnits', course, open: !next });
            else void this.send({ type: 'setHintCollapsed', collapsed: next });
          }
          this.render();
        }}
        onHide={() => course && void this.send({ type: 'hideHint', course, hidden: true })}
        onOptions={() => void this.send({ type: 'openOptions' })}
      />,
      ui.container,
    );
  }
}
