/**
 * The learner's track: choose it, or take what MITx Online's program requirements settle, shown with their
 * source. Saving changes only which courses count; runs, grades and dates of every course are kept.
 */
import { useEffect, useState } from 'preact/hooks';
import { TRACK_NAME_KEYS } from '../../components/labels';
import { TrackPicker } from '../../components/TrackPicker';
import type { Command, CommandResult } from '../../lib/commands';
import { t } from '../../lib/i18n';
import type { Progress } from '../../lib/state/schema';
import { draftChoice, type TrackDraft } from '../../lib/track';

const sameTrack = (a: TrackDraft, b: TrackDraft) =>
  a.name === b.name && a.courses.length === b.courses.length && a.courses.every((c) => b.courses.includes(c));

export function TrackSection({
  progress,
  send,
}: {
  progress: Progress;
  send: (command: Command) => Promise<CommandResult>;
}) {
  const stored = progress.track;
  const [draft, setDraft] = useState<TrackDraft>(stored);
  const [saved, setSaved] = useState(false);
  // The stored track changed elsewhere (the hint's swap, a restore): show it.
  useEffect(() => setDraft(stored), [stored.name, stored.courses.join()]);
  const choice = draftChoice(draft);
  const changed = !sameTrack(draft, stored);
  const suggestion = progress.trackSuggestion;
  const suggested: TrackDraft | undefined = suggestion && {
    name: suggestion.name ?? stored.name,
    courses: suggestion.courses,
  };
  const save = async (track: TrackDraft, by: 'learner' | 'mitxonline') => {
    const ok = draftChoice(track);
    if (!ok.ok) return;
    const answer = await send({ type: 'setTrack', track: ok.track, by });
    setSaved(answer.ok);
  };
  return (
    <section aria-labelledby="track-heading">
      <h2 id="track-heading">{t('trackHeading')}</h2>
      <p class="muted">{t('trackIntro')}</p>
      {stored.by === 'default' && (
        <p class="note" data-testid="track-default">
          {t('trackDefault')}
        </p>
      )}
      {suggestion && suggested && (
        <div class="note" data-testid="track-suggestion">
          <p>{t('trackSuggestion', suggestion.programTitle, suggestion.programId, ...suggestion.courses)}</p>
          {sameTrack(suggested, stored) ? (
            <p class="muted">{t('trackSuggestionSame', suggestion.programTitle)}</p>
          ) : (
            draftChoice(suggested).ok && (
              <button type="button" onClick={() => void save(suggested, 'mitxonline')}>
                {t('trackSuggestionUse')}
              </button>
            )
          )}
        </div>
      )}
      <TrackPicker
        id="options-track"
        draft={draft}
        onChange={(next) => {
          setSaved(false);
          setDraft(next);
        }}
      />
      <div class="actions">
        <button
          type="button"
          class="primary"
          disabled={!choice.ok || !changed}
          onClick={() => void save(draft, 'learner')}
        >
          {t('trackSave')}
        </button>
        <span role="status" class="muted" data-testid="track-status">
          {saved && !changed
            ? t('trackSaved')
            : stored.by !== 'default' && t('trackSavedName', t(TRACK_NAME_KEYS[stored.name]))}
        </span>
      </div>
    </section>
  );
}
