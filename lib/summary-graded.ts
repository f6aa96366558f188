/**
 * The summary as the popup reads it: the hint's schema (lib/summary.ts) with each run's graded work, its
 * items still to do, the locked ones counted and its grade standing (lib/graded.ts).
 */
import * as z from 'zod/mini';
import { GradedItemSchema } from './state/graded-schema';
import { summarySchema } from './summary';

const GradedViewSchema = z.object({
  upcoming: z.array(GradedItemSchema),
  locked: z.object({ count: z.number(), firstDue: z.optional(z.string()) }),
  standing: z.optional(
    z.object({
      kind: z.enum(['passed', 'unreachable', 'needs']),
      current: z.number(),
      toCome: z.number(),
      needed: z.optional(z.number()),
      passMark: z.number(),
    }),
  ),
});

const GradedSummarySchema = summarySchema({ graded: z.optional(GradedViewSchema) });
export type GradedSummary = z.infer<typeof GradedSummarySchema>;

/** The stored summary with graded work, if it is sound, else undefined. */
export function parseGradedSummary(raw: unknown): GradedSummary | undefined {
  const parsed = GradedSummarySchema.safeParse(raw);
  return parsed.success ? parsed.data : undefined;
}
