/** The note shown when the learner's start date and the platform's fall on different days, naming both. */
import { formatDate } from '../lib/format';
import { t } from '../lib/i18n';
import type { Platform } from '../lib/platform';
import { onPlatform } from '../lib/platform-words';
import type { RunView } from '../lib/state/facts';
import { parseDateOrInstant } from '../lib/time';

/** The learner's start date and the platform's, when a run has both and they fall on different days. */
export function startsOf(
  view: RunView | undefined,
  differ: boolean,
): { learner: string; platform: string } | undefined {
  const [a, b] = [view?.start, view?.startOther];
  if (!differ || !a || !b) return undefined;
  return a.by === 'learner' ? { learner: a.value, platform: b.value } : { learner: b.value, platform: a.value };
}

/** "Your start date (Sat 21 Nov 2026) and edX's (Tue 10 Nov 2026) differ: …", both targets being shown. */
export function StartsDiffer({
  starts,
  timeZone,
  platform,
}: {
  starts: { learner: string; platform: string } | undefined;
  timeZone: string;
  platform?: Platform;
}) {
  if (!starts) return null;
  const day = (value: string) => {
    const date = parseDateOrInstant(value, timeZone);
    return date ? formatDate(Date.parse(`${date}T12:00:00Z`), 'UTC') : value;
  };
  return (
    <p class="note note--warn" data-testid="starts-differ">
      {t(onPlatform('startsDiffer', platform), day(starts.learner), day(starts.platform))}
    </p>
  );
}
