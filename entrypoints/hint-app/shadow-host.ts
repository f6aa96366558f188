/**
 * The hint's host element with a closed shadow root holding its own CSS: edX's styles cannot reach in
 * (`all: initial` on the host stops inherited ones), page scripts cannot read or script what is inside
 * (`host.shadowRoot` is null for them), and keys typed inside do not reach edX's shortcuts.
 *
 * Only the learner acts on the hint: events that a script made (`isTrusted` false, such as `button.click()` or
 * a dispatched MouseEvent) are stopped before they reach any of its controls. A keyboard press on a focused
 * button produces a trusted click, so keyboard users act as mouse users do.
 */
import { put, type Placement } from './placement';

export interface ShadowHost {
  readonly host: HTMLElement;
  /** Where the component renders. */
  readonly container: HTMLElement;
}

/** Events a page script could fake to press, type into or submit the hint's controls. */
export const GUARDED_EVENTS = [
  'click',
  'auxclick',
  'dblclick',
  'mousedown',
  'mouseup',
  'pointerdown',
  'pointerup',
  'keydown',
  'keyup',
  'keypress',
  'input',
  'change',
  'submit',
  'toggle',
] as const;

export function createShadowHost(tag: string, css: string, placement: Placement): ShadowHost {
  const host = document.createElement(tag);
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = `:host{all:initial !important}\n${css}`;
  const container = document.createElement('div');
  shadow.append(style, container);
  for (const type of GUARDED_EVENTS) {
    shadow.addEventListener(
      type,
      (event) => {
        if (event.isTrusted) return;
        event.stopImmediatePropagation();
        event.preventDefault();
      },
      { capture: true },
    );
  }
  for (const type of ['keydown', 'keyup', 'keypress'])
    shadow.addEventListener(type, (event) => event.stopPropagation());
  if (placement.floating) host.setAttribute('data-floating', '');
  put(host, placement);
  return { host, container };
}
