/**
 * The hint on the page: a host element with a closed shadow root (shadow-host.ts), kept after its landmark
 * (placement.ts), rendering HintPanel from a model it is given. It decides nothing about the page: the
 * router (router.ts) says when to create it, what to show and when to remove it.
 *
 * Its only state is the learner's hand on it in this tab: a collapse choice shown at once while the
 * background stores it, whether a floating panel is open, and the last command's failure.
 */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { HintPanel } from '../../components/HintPanel';
import themeCss from '../../components/theme.css?inline';
import type { Command, CommandResult } from '../../lib/commands';
import type { PageMatch } from '../../lib/detect';
import { collapseCommand, markCommand, storedCollapsed, type HintModel, type HintSettings } from '../../lib/hint-model';
import hostCss from './hint.css?inline';
import { keepInPlace, type Placement } from './placement';
import { HINT_TAG } from './hint-tag';
import { createShadowHost } from './shadow-host';

/** What the hint shows: the model of the page, the page it is on and the learner's hint settings. */
export interface HintInput {
  readonly url: string;
  readonly page: PageMatch;
  readonly model: HintModel;
  readonly hints: HintSettings;
  readonly timeZone: string;
}

export interface Hint {
  render(input: HintInput): void;
  /** Whether the hint is still in the page (a single-page app may have rebuilt the part that held it). */
  readonly connected: () => boolean;
  /** Puts the hint back after its landmark if a navigation moved the landmarks. */
  readonly keepInPlace: () => void;
  remove(): void;
}

type Send = (command: Command) => Promise<CommandResult>;

interface HintViewProps {
  readonly input: HintInput;
  readonly send: Send;
  /** Set for a floating panel: whether the learner opened it, and how to open or close it. */
  readonly floating?: { readonly open: boolean; readonly setOpen: (open: boolean) => void };
}

function HintView({ input, floating, send }: HintViewProps) {
  const { model, page, hints } = input;
  const stored = storedCollapsed(model, page, hints);
  // A collapse choice made on this page, shown at once; it does not carry over to the next page.
  const [choice, setChoice] = useState<{ readonly url: string; readonly collapsed: boolean }>();
  const collapsedNow = choice?.url === input.url ? choice.collapsed : undefined;
  const [error, setError] = useState<string>();
  // Once the background has stored a choice, the stored value speaks.
  useEffect(() => setChoice(undefined), [stored]);
  const run = async (command: Command) => {
    const answer = await send(command);
    setError(answer.ok ? undefined : answer.error);
  };
  const collapsed = floating ? !floating.open : (collapsedNow ?? stored);
  return (
    <HintPanel
      model={model}
      collapsed={collapsed}
      timeZone={input.timeZone}
      {...(error && { error })}
      onAction={(mark) => model.kind === 'course' && void run(markCommand(page, model, mark))}
      onCollapse={(next) => {
        if (floating) return floating.setOpen(!next);
        setChoice({ url: input.url, collapsed: next });
        void run(collapseCommand(model, page, next));
      }}
      onHide={() => page.course && void run({ type: 'hideHint', course: page.course, hidden: true })}
      onOptions={() => void run({ type: 'openOptions' })}
      onTrack={(track) => void run({ type: 'setTrack', track })}
    />
  );
}

function setOrRemove(el: Element, name: string, value: string | undefined): void {
  if (value === undefined) el.removeAttribute(name);
  else el.setAttribute(name, value);
}

/** Puts a hint in the page where `placement` says, for the page at `url`. */
export function createHint(placement: Placement, url: string, send: Send): Hint {
  const ui = createShadowHost(HINT_TAG, `${themeCss}\n${hostCss}`, placement);
  const keeper = placement.floating ? undefined : keepInPlace(ui.host, url);
  // A floating panel starts collapsed, to cover as little of the page as it can; opened, it stays open in
  // this tab across in-app navigation.
  let floatingOpen = false;
  let shown: HintInput | undefined;
  const draw = () => {
    if (!shown) return;
    const floating = placement.floating
      ? { open: floatingOpen, setOpen: (open: boolean) => ((floatingOpen = open), draw()) }
      : undefined;
    render(<HintView input={shown} send={send} {...(floating && { floating })} />, ui.container);
  };
  return {
    render(input) {
      shown = input;
      setOrRemove(ui.host, 'data-course', input.page.course);
      setOrRemove(ui.host, 'data-step', input.page.step?.toString());
      ui.host.setAttribute('data-kind', input.page.kind);
      draw();
    },
    connected: () => ui.host.isConnected,
    keepInPlace: () => keeper?.check(),
    remove() {
      keeper?.stop();
      render(null, ui.container);
      ui.host.remove();
    },
  };
}
