/**
 * The shapes of graded work as stored (a run's `graded`), with the checks a platform's answer must pass.
 * The summary carries a lighter view of the items still to do (lib/summary.ts), which is what the hint and
 * the popup parse; these stay out of their bundles.
 */
import * as z from 'zod/mini';
import { instant } from './values';

const fraction = z.number().check(z.gte(0), z.lte(1));

/** One graded item as stored and summarised (lib/graded-parse.ts reads it from the platform). */
export const GradedItemSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(240)),
  title: z.string().check(z.minLength(1), z.maxLength(200)),
  type: z.optional(z.string().check(z.maxLength(80))),
  due: z.optional(instant),
  done: z.boolean(),
  locked: z.boolean(),
  link: z.optional(z.string().check(z.regex(/^https:\/\/[a-z.]+\.(?:edx\.org|mit\.edu)\//), z.maxLength(500))),
  score: z.optional(fraction),
});
export type StoredGradedItem = z.infer<typeof GradedItemSchema>;

/** A policy's assignment type (lib/grade-standing.ts). */
export const PolicyTypeSchema = z.object({
  type: z.string().check(z.minLength(1), z.maxLength(80)),
  weight: z.number(),
  count: z.number().check(z.int(), z.gte(0), z.lte(1000)),
  droppable: z.number().check(z.int(), z.gte(0), z.lte(1000)),
});
