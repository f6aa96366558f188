/**
 * Keeps one <mm-companion-hint> in step with the page's URL and the learner's state: mounts it on an SDS
 * page the learner wants hints on, re-renders it on in-app navigation and on every state change, removes it
 * anywhere else.
 *
 * Each look at a URL ends with a performance measure, `mm-companion:checked` (from script start or from the
 * navigation), and each mount with `mm-companion:hint-mounted`: the benchmark and the end-to-end tests read
 * them from the page's timeline. They touch no layout and cost microseconds.
 */
import { render } from 'preact';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { HintPanel } from '../../components/HintPanel';
import themeCss from '../../components/theme.css?inline';
import { PROGRAM } from '../../lib/catalog';
import type { Command } from '../../lib/commands';
import { detectPage, type PageMatch } from '../../lib/detect';
import { hintModel, hintVisible, type HintAction } from '../../lib/hint-model';
import { liveState, type LiveState } from '../../lib/live-state';
import { sendCommand } from '../../lib/messages';
import type { StoredState } from '../../lib/storage';
import { localTimeZone } from '../../lib/time';
import hostCss from './hint.css?inline';
import { placementFor } from './placement';

export const HINT_TAG = 'mm-companion-hint';

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
  private ui: ShadowRootContentScriptUi<void> | undefined;
  private page: PageMatch | null = null;
  private url = '';
  private generation = 0;
  private readonly live: LiveState;
  private error: string | undefined;
  /** The learner's collapse choice, shown at once while the background stores it. */
  private collapsedNow: boolean | undefined;
  /** A floating panel starts collapsed, to cover as little of the page as it can; this tab only. */
  private floatingExpanded = false;

  constructor(private readonly ctx: ContentScriptContext) {
    this.live = liveState();
    // Changes after the first read: the first one is awaited by show() itself.
    void this.live.ready.then(() => this.live.subscribe((state) => void this.onStateChange(state)));
    ctx.onInvalidated(() => this.live.stop());
    // "Days left" changes at midnight: refresh the figures every minute.
    ctx.setInterval(() => this.render(), 60_000);
  }

  /** Shows the right hint for `url`, or none; `startedAt` is when this look began (performance.now()). */
  async show(url: string, startedAt: number): Promise<void> {
    const generation = ++this.generation;
    this.url = url;
    let page = detectPage(url);
    if (page?.needsContentCheck && !pageNamesProgram(document)) page = null;
    this.page = page;
    const state = page ? (this.live.current() ?? (await this.live.ready)) : undefined;
    if (generation !== this.generation) return;
    const visible = !!page && !!state && hintVisible(page, state.settings);
    // An SPA may have re-rendered the part of the page that held the hint: build it again.
    if (this.ui && (!visible || !this.ui.shadowHost.isConnected)) {
      this.ui.remove();
      this.ui = undefined;
    }
    if (visible && page && this.ui) this.render();
    else if (visible && page) await this.mount(page, generation, startedAt);
    if (generation === this.generation) performance.measure('mm-companion:checked', { start: startedAt });
  }

  private async onStateChange(state: StoredState): Promise<void> {
    this.collapsedNow = undefined;
    const page = this.page;
    if (!page) return;
    const visible = hintVisible(page, state.settings);
    if (visible !== !!this.ui) await this.show(this.url, performance.now());
    else this.render();
  }

  private async mount(page: PageMatch, generation: number, startedAt: number): Promise<void> {
    const placement = await placementFor(page, this.url);
    if (generation !== this.generation) return;
    const ui = await createShadowRootUi(this.ctx, {
      name: HINT_TAG,
      position: 'inline',
      anchor: placement.anchor,
      append: placement.append,
      css: `${themeCss}\n${hostCss}`,
      isolateEvents: true,
      onMount: () => this.render(),
      onRemove: () => render(null, ui.uiContainer),
    });
    // A newer navigation overtook this one while the UI was being built: it decides.
    if (generation !== this.generation) return;
    setOrRemove(ui.shadowHost, 'data-floating', placement.floating ? '' : undefined);
    this.ui = ui;
    ui.mount();
    performance.measure('mm-companion:hint-mounted', { start: startedAt });
  }

  private async send(command: Command): Promise<void> {
    const answer = await sendCommand(command);
    this.error = answer.ok ? undefined : answer.error;
    this.render();
  }

  private render(): void {
    const { ui, page } = this;
    const state = this.live.current();
    if (!ui || !page || !state) return;
    const timeZone = localTimeZone();
    const model = hintModel(page, state.progress, state.settings, Date.now(), timeZone);
    if (!model) return;
    setOrRemove(ui.shadowHost, 'data-course', page.course);
    setOrRemove(ui.shadowHost, 'data-step', page.step?.toString());
    ui.shadowHost.setAttribute('data-kind', page.kind);
    const course = page.course;
    const floating = ui.shadowHost.hasAttribute('data-floating');
    const collapsed = floating ? !this.floatingExpanded : (this.collapsedNow ?? state.settings.hints.collapsed);
    render(
      <HintPanel
        model={model}
        collapsed={collapsed}
        timeZone={timeZone}
        {...(this.error && { error: this.error })}
        onAction={(mark: HintAction) => course && void this.send({ type: 'mark', course, mark, ...(page.runKey && { runKey: page.runKey }) })}
        onCollapse={(next) => {
          if (floating) {
            this.floatingExpanded = !next;
            this.render();
            return;
          }
          this.collapsedNow = next;
          this.render();
          void this.send({ type: 'setHintCollapsed', collapsed: next });
        }}
        onHide={() => course && void this.send({ type: 'hideHint', course, hidden: true })}
        onOptions={() => void this.send({ type: 'openOptions' })}
      />,
      ui.uiContainer,
    );
  }
}
