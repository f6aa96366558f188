/**
 * Progress version 1 to 2: every run gets an id that never changes.
 *
 * Version 1 named a run typed in the popup `<course>@<instant>`, which its own id rule refused, so each read
 * renamed it `<course>#<index>`; reminders were recorded under both names, and backups of such a run could
 * not be restored. Here each run whose id broke that rule is named once, `<course>~<addedAt digits>`, and
 * every delivered reminder recorded under either old name is recorded under the new one, so nothing already
 * shown is shown again. Runs whose ids were sound keep them.
 *
 * Frozen: this file imports nothing, so it keeps meaning what it meant when version 2 shipped.
 */
type Json = Record<string, unknown>;

const isRecord = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const SOUND_V1_ID = /^[A-Za-z0-9._:+\-~]{1,120}$/;

function idFor(course: string, addedAt: string, taken: Set<string>): string {
  const base = `${course}~${addedAt.replace(/[^0-9TZ]/g, '')}`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}~${n}`;
  taken.add(id);
  return id;
}

export function progressV2(v1: Json): Json {
  if (!isRecord(v1.steps)) return v1;
  const taken = new Set<string>();
  for (const step of Object.values(v1.steps))
    if (isRecord(step) && Array.isArray(step.runs))
      for (const run of step.runs)
        if (isRecord(run) && typeof run.id === 'string' && SOUND_V1_ID.test(run.id)) taken.add(run.id);

  /** Old name -> new id, for the delivered reminders. */
  const renamed = new Map<string, string>();
  const steps: Json = {};
  for (const [key, step] of Object.entries(v1.steps)) {
    if (!isRecord(step) || !Array.isArray(step.runs)) {
      steps[key] = step;
      continue;
    }
    const runs = step.runs.map((run: unknown, index: number) => {
      if (!isRecord(run) || typeof run.course !== 'string') return run;
      if (typeof run.id === 'string' && SOUND_V1_ID.test(run.id)) return run;
      // Without a sound addedAt, repair names the run (from the addedAt it gives it).
      if (typeof run.addedAt !== 'string' || Number.isNaN(Date.parse(run.addedAt))) return run;
      const id = idFor(run.course, run.addedAt, taken);
      // Its names in version 1: as stored, as made (`<course>@<addedAt>`) and as repair renamed it.
      if (typeof run.id === 'string') renamed.set(run.id, id);
      renamed.set(`${run.course}@${run.addedAt}`, id);
      renamed.set(`${run.course}#${index}`, id);
      return { ...run, id };
    });
    steps[key] = { ...step, runs };
  }

  let fired = v1.fired;
  if (isRecord(v1.fired) && renamed.size) {
    const names = [...renamed.keys()].sort((a, b) => b.length - a.length);
    const next: Json = {};
    for (const [reminder, at] of Object.entries(v1.fired)) {
      const old = names.find((name) => reminder.startsWith(`${name}:`));
      const id = old === undefined ? reminder : `${renamed.get(old)}${reminder.slice(old.length)}`;
      // The same reminder recorded under both old names: keep the first delivery.
      const kept = next[id];
      next[id] = typeof kept === 'string' && typeof at === 'string' && kept < at ? kept : at;
    }
    fired = next;
  }
  return { ...v1, steps, fired };
}
