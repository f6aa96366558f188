/**
 * Settings version 2 to 3: graded work gets reminders of its own, per kind (assignments, exams), off until
 * the learner opts in, each 1 day before and on the morning of the day when switched on.
 *
 * Frozen: this file imports nothing, so it keeps meaning what it meant when version 3 shipped.
 */
type Json = Record<string, unknown>;

const isRecord = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

export function settingsV3(v2: Json): Json {
  if (!isRecord(v2.reminders)) return v2;
  const off = () => ({ enabled: false, leadDays: [1], dayOf: true });
  return { ...v2, reminders: { ...v2.reminders, graded: { assignments: off(), exams: off() } } };
}
