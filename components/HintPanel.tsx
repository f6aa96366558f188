/**
 * The hint's panel, drawn from a HintModel (lib/hint-model.ts): the full panel on course and program pages, one
 * line on unit pages, collapsed to its heading when the learner chose so.
 */
import type { CourseHint, HintAction, HintModel, NextLine, OutsideHint, ProgramHint } from '../lib/hint-model';
import type { TrackChoice } from '../lib/track';
import { urgency } from '../lib/deadlines';
import { formatDate, formatUsd, relativeDays, sourceText } from '../lib/format';
import { onPlatform } from '../lib/platform-words';
import { t, type MessageKey } from '../lib/i18n';
import { DeadlineList } from './DeadlineList';
import { ErrorNote } from './ErrorNote';
import { CourseGraded, dueWhen } from './GradedWork';
import {
  COMPACT_DEADLINE_KEYS,
  courseCode,
  courseTitle,
  stepCourse,
  stepPlace,
  syncReason,
  TRACK_NAME_KEYS,
} from './labels';
import { SequenceTrack } from './SequenceTrack';
import { StartsDiffer, startsOf } from './StartsDiffer';
import { StatusPill } from './StatusPill';

export interface HintHandlers {
  readonly onAction: (action: HintAction) => void;
  readonly onCollapse: (collapsed: boolean) => void;
  readonly onHide: () => void;
  readonly onOptions: () => void;
  /** Put the page's course into the learner's track (an outside course's swap buttons). */
  readonly onTrack: (track: TrackChoice) => void;
}

export interface HintPanelProps extends HintHandlers {
  readonly model: HintModel;
  readonly collapsed: boolean;
  readonly timeZone: string;
  /** The last command's failure, shown until the next action. */
  readonly error?: string;
}

const ACTION_KEYS: Record<HintAction, MessageKey> = {
  enrolled: 'action_enrolled',
  verified: 'action_verified',
  passed: 'action_passed',
};

function NextText({ line }: { line: NextLine }) {
  switch (line.kind) {
    case 'next':
      return <>{t('next_next', line.position, stepCourse(line.step))}</>;
    case 'order-first':
      return <>{t('next_order_first', line.position, stepCourse(line.step))}</>;
    case 'remaining':
      return <>{t('next_remaining', line.steps.join(t('listSeparator')))}</>;
    case 'alongside':
      return <>{t('next_alongside', line.steps.map((s) => stepCourse(s)).join(t('orSeparator')))}</>;
    case 'done':
      return <>{t('next_done')}</>;
  }
}

function CourseBody({ model, timeZone }: { model: CourseHint; timeZone: string }) {
  const credited = model.standing.credited;
  const view = model.run?.view;
  const statusSource = sourceText(view?.status ?? view?.mode, Date.now(), 'value', model.platform);
  return (
    <>
      <SequenceTrack steps={model.steps} highlight={model.step} compact />
      <p class="row">
        <span class="row__label">{t('thisCourse')}</span> <StatusPill status={model.status} credited={credited} />{' '}
        {statusSource && (
          <span class="source" data-testid="status-source">
            {statusSource}
          </span>
        )}
      </p>
      {model.syncFailed && (
        <p class="note" data-testid="sync-failed">
          {t(onPlatform('syncFailed', model.platform), syncReason(model.syncFailed))}
        </p>
      )}
      <DeadlineList rows={model.deadlines} timeZone={timeZone} />
      {model.graded && <CourseGraded graded={model.graded} now={Date.now()} timeZone={timeZone} />}
      {model.payDatesDiffer && (
        <p class="note note--warn" data-testid="dates-differ">
          {t(onPlatform('deadlinesDiffer', model.platform))}
        </p>
      )}
      <StartsDiffer starts={startsOf(view, model.startsDiffer)} timeZone={timeZone} platform={model.platform} />
      {model.price && (
        <p class="row" data-testid="price">
          {t(model.price.from === 'platform' ? 'priceFromPlatform' : 'priceFromProgram', formatUsd(model.price.usd))}
        </p>
      )}
      {model.status === 'missed-upgrade' && <p class="note note--warn">{t('missedExplain')}</p>}
      {model.startUnknown && model.deadlines.length === 0 && model.status !== 'missed-upgrade' && (
        <p class="note" data-testid="start-unknown">
          {t('startUnknown')}
        </p>
      )}
      {model.next.map((line) => (
        <p key={line.kind} class={`next next--${line.kind}`} data-testid={`next-${line.kind}`}>
          <NextText line={line} />
        </p>
      ))}
      {model.advice.length > 0 && (
        <details class="advice" open>
          <summary>{t('adviceHeading')}</summary>
          <ul>
            {model.advice.map((a) => (
              <li key={a.key} data-advice={a.key}>
                {t(a.key, ...a.subs)}
              </li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}

function ProgramBody({ model, timeZone }: { model: ProgramHint; timeZone: string }) {
  const highlight = model.next.kind === 'next' ? model.next.step : undefined;
  return (
    <>
      <SequenceTrack steps={model.steps} {...(highlight && { highlight })} />
      <p class="row" data-testid="program-passed">
        {t('programPassed', model.passedCount)}
      </p>
      <p class="next" data-testid={`next-${model.next.kind}`}>
        <NextText line={model.next} />
      </p>
      {model.deadline && <DeadlineList rows={[model.deadline]} timeZone={timeZone} />}
    </>
  );
}

/** A course outside the learner's track: which four count instead, and whether a swap can bring it in. */
function OutsideBody({ model }: { model: OutsideHint }) {
  const trackName = t(TRACK_NAME_KEYS[model.track.name]);
  return (
    <>
      <SequenceTrack steps={model.steps} compact />
      <p class="row" data-testid="outside-body">
        {t('outsideBody', trackName, ...model.track.courses)}
      </p>
      {model.swaps.length === 0 && (
        <p class="note" data-testid="outside-no-swap">
          {t('outsideNoSwap', trackName, model.course.number)}
        </p>
      )}
    </>
  );
}

/** The swaps that bring an outside course into the track, and the way to the options page's track section. */
function OutsideActions({
  model,
  onTrack,
  onOptions,
}: { model: OutsideHint } & Pick<HintHandlers, 'onTrack' | 'onOptions'>) {
  return (
    <>
      {model.swaps.map((swap) => (
        <button
          key={swap.replaces}
          type="button"
          class="action"
          data-swap={swap.replaces}
          onClick={() => onTrack(swap.track)}
        >
          {t('outsideSwap', swap.replaces)}
        </button>
      ))}
      <button type="button" class="action action--quiet" onClick={onOptions}>
        {t('outsideChangeTrack')}
      </button>
    </>
  );
}

/** The hint's headline: the course's place in the learner's track, or the program's name. */
function headlineOf(model: HintModel): string {
  if (model.kind === 'program') return t('programName');
  if (model.kind === 'outside') return t('outsideTitle', model.course.number);
  const position = model.standing.position;
  if (position !== undefined) return t('hintStepOfProgram', position);
  return t('hintRoleOfProgram', stepPlace(model.standing), t(TRACK_NAME_KEYS[model.track.name]));
}

/**
 * One line for the pages where the learner works (courseware, units): the step, the course's status and the
 * one deadline to act on, with days left in its urgency colour, and a button that opens the full panel.
 */
function CompactLine({
  model,
  timeZone,
  onOpen,
}: {
  model: CourseHint | OutsideHint;
  timeZone: string;
  onOpen: () => void;
}) {
  const rows = model.kind === 'course' ? model.deadlines : [];
  const urgent = model.kind === 'course' ? model.graded?.urgent : undefined;
  const row = rows.find((r) => r.actOn) ?? rows[0];
  const position = model.kind === 'course' ? model.standing.position : undefined;
  const place =
    model.kind === 'outside'
      ? t('outsideShort')
      : position !== undefined
        ? t('hintStepShort', position)
        : stepPlace(model.standing);
  return (
    <section class="hint hint--compact" aria-label={t('hintLabel')} data-testid="hint" data-compact="">
      <p class="compact__line">
        <span class="compact__step" data-testid="hint-step">
          {place}
        </span>{' '}
        <span class="title">{courseCode(model.course.number)}</span>
        {model.kind === 'course' && (
          <>
            {' '}
            <StatusPill status={model.status} />
          </>
        )}
      </p>
      {/* Outside the line that may be cut short: the deadline is never hidden. */}
      {row && (
        <p
          class={`compact__deadline deadline--${urgency(row.days)}`}
          data-testid="compact-deadline"
          data-kind={row.deadline.kind}
        >
          {t(
            onPlatform(COMPACT_DEADLINE_KEYS[row.deadline.kind], row.deadline.platform),
            formatDate(row.deadline.at, timeZone),
            relativeDays(row.days),
          )}
        </p>
      )}
      {urgent && (
        <p
          class={`compact__deadline deadline--${urgency(urgent.days)}`}
          data-testid="compact-graded"
          data-item={urgent.item.id}
        >
          {t('compactGraded', urgent.item.title, dueWhen(urgent.item, urgent.days, timeZone))}
        </p>
      )}
      <button type="button" class="tool" aria-expanded="false" aria-controls="mmc-hint-body" onClick={onOpen}>
        {t('actionOpen')}
      </button>
    </section>
  );
}

/** The hint shown on an SDS page: where the course sits, its status, the deadline that matters, advice. */
export function HintPanel({
  model,
  collapsed,
  timeZone,
  error,
  onAction,
  onCollapse,
  onHide,
  onOptions,
  onTrack,
}: HintPanelProps) {
  const bodyId = 'mmc-hint-body';
  // On a unit page "collapsed" is the one line; opening it shows the full panel.
  if (model.kind !== 'program' && model.compact && collapsed)
    return <CompactLine model={model} timeZone={timeZone} onOpen={() => onCollapse(false)} />;
  const headline = headlineOf(model);
  return (
    <section class={`hint${collapsed ? ' hint--collapsed' : ''}`} aria-label={t('hintLabel')} data-testid="hint">
      <header class="hint__head">
        <div class="hint__titles">
          <p class="eyebrow" data-testid="hint-step">
            {headline}
          </p>
          {model.kind !== 'program' ? (
            <p class="headline">
              <span class="title" data-testid="hint-title">
                {courseTitle(model.course.number)}
              </span>{' '}
              <span class="code">{courseCode(model.course.number)}</span>{' '}
              <span class="code" data-testid="hint-platform">
                {t(model.platform === 'mitxonline' ? 'platformMitx' : 'platformEdx')}
              </span>
              {collapsed && model.kind === 'course' && (
                <>
                  {' '}
                  <StatusPill status={model.status} />
                </>
              )}
            </p>
          ) : (
            <p class="headline" data-testid="hint-summary">
              {t('hintProgramSummary')}
            </p>
          )}
        </div>
        <div class="hint__tools">
          <button type="button" class="tool" onClick={onOptions}>
            {t('actionOptions')}
          </button>
          <button
            type="button"
            class="tool"
            aria-expanded={!collapsed}
            aria-controls={bodyId}
            onClick={() => onCollapse(!collapsed)}
          >
            {collapsed ? t('actionExpand') : t('actionCollapse')}
          </button>
        </div>
      </header>
      {!collapsed && (
        <div class="hint__body" id={bodyId}>
          {model.kind === 'course' && <CourseBody model={model} timeZone={timeZone} />}
          {model.kind === 'program' && <ProgramBody model={model} timeZone={timeZone} />}
          {model.kind === 'outside' && <OutsideBody model={model} />}
          <div class="actions" role="group" aria-label={t('actionsLabel')}>
            {model.kind === 'outside' && <OutsideActions model={model} onTrack={onTrack} onOptions={onOptions} />}
            {model.kind === 'course' &&
              model.actions.map((action) => (
                <button key={action} type="button" class="action" data-action={action} onClick={() => onAction(action)}>
                  {t(ACTION_KEYS[action])}
                </button>
              ))}
            {model.kind !== 'program' && (
              <button type="button" class="action action--quiet" onClick={onHide}>
                {t('actionHide')}
              </button>
            )}
          </div>
          <ErrorNote error={error} />
        </div>
      )}
    </section>
  );
}
