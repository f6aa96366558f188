/**
 * Keeps one <mm-companion-hint> in step with the page's URL: mounts it on an SDS page, re-renders it when
 * in-app navigation reaches another SDS page, removes it on any other page.
 *
 * Each look at a URL ends with a performance measure, `mm-companion:checked` (from script start or from
 * the navigation), and a first mount with `mm-companion:hint-mounted`: the benchmark and the end-to-end tests
 * read them from the page's timeline. They are invisible to the page's layout and cost microseconds.
 */
import { render } from 'preact';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { HintPanel } from '../../components/HintPanel';
import { PROGRAM } from '../../lib/catalog';
import { detectPage, type PageMatch } from '../../lib/detect';
import css from './hint.css?inline';
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
  private generation = 0;

  constructor(private readonly ctx: ContentScriptContext) {}

  /** Shows the right hint for `url`, or none; `startedAt` is when this look began (performance.now()). */
  async show(url: string, startedAt: number): Promise<void> {
    const generation = ++this.generation;
    let page = detectPage(url);
    if (page?.needsContentCheck && !pageNamesProgram(document)) page = null;
    this.page = page;
    // An SPA may have re-rendered the part of the page that held the hint: build it again.
    if (this.ui && (!page || !this.ui.shadowHost.isConnected)) {
      this.ui.remove();
      this.ui = undefined;
    }
    if (page && this.ui) this.render();
    else if (page) await this.mount(page, generation, startedAt);
    if (generation === this.generation) performance.measure('mm-companion:checked', { start: startedAt });
  }

  private async mount(page: PageMatch, generation: number, startedAt: number): Promise<void> {
    const placement = placementFor(page);
    const ui = await createShadowRootUi(this.ctx, {
      name: HINT_TAG,
      position: 'inline',
      anchor: placement.anchor,
      append: placement.append,
      css,
      isolateEvents: true,
      onMount: () => this.render(),
      onRemove: () => render(null, ui.uiContainer),
    });
    // A newer navigation overtook this one while the UI was being built: it decides.
    if (generation !== this.generation) return;
    this.ui = ui;
    ui.mount();
    performance.measure('mm-companion:hint-mounted', { start: startedAt });
  }

  private render(): void {
    const { ui, page } = this;
    if (!ui || !page) return;
    setOrRemove(ui.shadowHost, 'data-course', page.course);
    setOrRemove(ui.shadowHost, 'data-step', page.step?.toString());
    ui.shadowHost.setAttribute('data-kind', page.kind);
    render(<HintPanel page={page} />, ui.uiContainer);
  }
}
