/**
 * Keeps one <mm-companion-hint> in step with the page's URL: mounts it on an SDS page, re-renders it when
 * in-app navigation reaches another SDS page, removes it on any other page.
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
  const text = `${doc.title} ${[...doc.querySelectorAll('h1, h2')].map((h) => h.textContent).join(' ')}`.toLowerCase();
  return PROGRAM.programTitleWords.some((words) => text.includes(words));
}

export class HintController {
  private ui: ShadowRootContentScriptUi<void> | undefined;
  private page: PageMatch | null = null;
  private generation = 0;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly scriptStart: number,
  ) {}

  async show(url: string): Promise<void> {
    const generation = ++this.generation;
    let page = detectPage(url);
    if (page?.needsContentCheck && !pageNamesProgram(document)) page = null;
    this.page = page;
    if (!page) {
      this.ui?.remove();
      this.ui = undefined;
      return;
    }
    if (!this.ui) {
      const placement = placementFor(page);
      const ui = await createShadowRootUi(this.ctx, {
        name: HINT_TAG,
        position: 'inline',
        anchor: placement.anchor,
        append: placement.append,
        css,
        isolateEvents: true,
        onMount: (container) => this.render(container),
        onRemove: () => render(null, ui.uiContainer),
      });
      // A newer navigation overtook this one while the UI was being built.
      if (generation !== this.generation || !this.page) return;
      this.ui = ui;
      ui.mount();
      performance.measure('mm-companion:hint-mounted', { start: this.scriptStart });
    } else {
      this.render(this.ui.uiContainer);
    }
  }

  private render(container: HTMLElement): void {
    const page = this.page;
    const root = container.getRootNode();
    if (!page) return;
    if (root instanceof ShadowRoot) {
      toggleAttribute(root.host, 'data-course', page.course);
      toggleAttribute(root.host, 'data-step', page.step?.toString());
      root.host.setAttribute('data-kind', page.kind);
    }
    render(<HintPanel page={page} />, container);
  }
}

function toggleAttribute(el: Element, name: string, value: string | undefined): void {
  if (value === undefined) el.removeAttribute(name);
  else el.setAttribute(name, value);
}
