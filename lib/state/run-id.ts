/**
 * A run's identity. It is made once, when the run is first recorded (typed by the learner or read from a
 * platform), from its course number and that moment, and it never changes afterwards: backups, reminder ids,
 * notification ids and calendar UIDs all rest on it. A run key learned later is stored beside it, not in it.
 */

/** What a stored run id may look like (older versions made other shapes; the migration renames those). */
export const RUN_ID_PATTERN = /^[A-Za-z0-9._:+\-~]{1,120}$/;

/** `6.431x` recorded at `2026-11-30T12:00:00.000Z` is `6.431x~20261130T120000000Z`; `~2`, `~3` ... when taken. */
export function makeRunId(course: string, addedAt: string, taken: (id: string) => boolean = () => false): string {
  const base = `${course}~${addedAt.replace(/[^0-9TZ]/g, '')}`;
  let id = base;
  for (let n = 2; taken(id); n++) id = `${base}~${n}`;
  return id;
}

/** The id of a run recorded now in `progress`: made as above, never one a run there already has. */
export function newRunId(
  progress: { readonly steps: Readonly<Record<string, { readonly runs: readonly { readonly id: string }[] }>> },
  course: string,
  addedAt: string,
): string {
  const taken = new Set(Object.values(progress.steps).flatMap((s) => s.runs.map((r) => r.id)));
  return makeRunId(course, addedAt, (id) => taken.has(id));
}
