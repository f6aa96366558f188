/** The catalog's shape, checked by tests/unit/catalog.test.ts (kept out of the content script's bundle). */
import { z } from 'zod';
import { CREDIT_ROUTES, STEP_IDS } from './catalog';

const step = z.enum(STEP_IDS);
const number = z.string().regex(/^[A-Za-z0-9.\-_]+$/);

export const CatalogCourseSchema = z.strictObject({
  number,
  keyNumbers: z.array(number).min(1),
  keyNumberPatterns: z.array(z.string()),
  step,
  role: z.enum(['course', 'content', 'assessment', 'capstone', 'legacy']),
  titleMessage: z.string().min(1),
  slugs: z.array(z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)),
  priceUsd: z.number().int().nonnegative(),
  advice: z.array(z.string().min(1)),
});

export const ProgramStepSchema = z.strictObject({ step, counts: number, primary: number });
export const ConcurrencyRuleSchema = z.strictObject({ steps: z.tuple([step, step]), source: z.string().min(10) });
export const LegacyCreditRuleSchema = z.strictObject({
  id: z.enum(CREDIT_ROUTES),
  step,
  passesStep: z.boolean(),
  source: z.string().min(10),
});
