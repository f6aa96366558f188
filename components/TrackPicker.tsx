/**
 * The learner's track: its name and its two track courses beside the core 6.431x and 6.86x. A course the
 * track is known to include is ticked and fixed; one it is known not to include cannot be ticked
 * (docs/program.md, "Tracks"). What stops the choice is said next to it.
 */
import { CORE_STEPS, TRACK_COURSES, TRACK_NAMES, TRACK_RULES, type TrackName } from '../lib/catalog';
import { t } from '../lib/i18n';
import { draftChoice, renameDraft, type TrackDraft } from '../lib/track';
import { stepCourse, TRACK_NAME_KEYS } from './labels';

export function TrackPicker({
  id,
  draft,
  onChange,
}: {
  /** Prefix of the fields' ids, unique on the page. */
  id: string;
  draft: TrackDraft;
  onChange: (draft: TrackDraft) => void;
}) {
  const rule = TRACK_RULES[draft.name];
  const choice = draftChoice(draft);
  const problemId = `${id}-problem`;
  return (
    <div class="track-picker" data-testid="track-picker">
      <div class="field">
        <label for={`${id}-name`}>{t('trackNameLabel')}</label>
        <select
          id={`${id}-name`}
          value={draft.name}
          onChange={(e) => onChange(renameDraft(draft, e.currentTarget.value as TrackName))}
        >
          {TRACK_NAMES.map((name) => (
            <option key={name} value={name}>
              {t(TRACK_NAME_KEYS[name])}
            </option>
          ))}
        </select>
      </div>
      <fieldset aria-describedby={choice.ok ? undefined : problemId}>
        <legend>{t('trackCoursesLegend')}</legend>
        <ul class="track-picker__core muted">
          {CORE_STEPS.map((c) => (
            <li key={c}>{stepCourse(c)}</li>
          ))}
        </ul>
        {TRACK_COURSES.map((c) => {
          const fixed = rule.includes.includes(c);
          const barred = rule.excludes.includes(c);
          return (
            <label class="check" key={c}>
              <input
                type="checkbox"
                name={`${id}-course`}
                value={c}
                checked={draft.courses.includes(c)}
                disabled={fixed || barred}
                onChange={(e) =>
                  onChange({
                    name: draft.name,
                    courses: e.currentTarget.checked ? [...draft.courses, c] : draft.courses.filter((x) => x !== c),
                  })
                }
              />
              {stepCourse(c)}
            </label>
          );
        })}
      </fieldset>
      {!choice.ok && (
        <p class="note note--warn" id={problemId} role="status" data-testid="track-problem">
          {t(choice.key, t(TRACK_NAME_KEYS[draft.name]), choice.course ?? '')}
        </p>
      )}
    </div>
  );
}
