/**
 * The hint's host element with an open shadow root holding its own CSS: edX's styles cannot reach in
 * (`all: initial` on the host stops inherited ones), and keys typed inside do not reach edX's shortcuts.
 * Twenty lines instead of WXT's shadow-root UI helper, which would add about 2.5 kB to every edX page.
 */
import type { Placement } from './placement';

export interface ShadowHost {
  readonly host: HTMLElement;
  /** Where the component renders. */
  readonly container: HTMLElement;
}

export function createShadowHost(tag: string, css: string, placement: Placement): ShadowHost {
  const host = document.createElement(tag);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = `:host{all:initial !important}\n${css}`;
  const container = document.createElement('div');
  shadow.append(style, container);
  for (const type of ['keydown', 'keyup', 'keypress']) shadow.addEventListener(type, (event) => event.stopPropagation());
  if (placement.floating) host.setAttribute('data-floating', '');
  if (placement.append === 'after') placement.anchor.after(host);
  else placement.anchor.append(host);
  return { host, container };
}
