/** Every visible state of the grade standing and the locked-items note. */
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { LockedNote, StandingLine } from '../../components/GradedWork';
import type { GradedView } from '../../lib/graded';

afterEach(cleanup);
const view = (over: Partial<GradedView>): GradedView => ({ upcoming: [], locked: { count: 0 }, ...over });
const standing = (kind: 'passed' | 'unreachable' | 'needs', needed?: number) =>
  view({ standing: { kind, current: 0.485, toCome: 0.428, passMark: 0.6, ...(needed !== undefined && { needed }) } });

describe('grade standing', () => {
  it.each([
    [
      'needs',
      standing('needs', 0.32),
      'Grade now 48.5%, with 42.8% of the grade still to come. To reach the pass mark (60%) you need an average of 32% on the remaining graded work.',
    ],
    [
      'passed',
      standing('passed'),
      'Grade now 48.5%, with 42.8% of the grade still to come. Already passed: that reaches the pass mark (60%).',
    ],
    [
      'unreachable',
      standing('unreachable'),
      'Grade now 48.5%, with 42.8% of the grade still to come. The pass mark (60%) is no longer reachable in this run.',
    ],
  ] as const)('%s', (_, graded, text) => {
    render(<StandingLine graded={graded} />);
    expect(screen.getByTestId('grade-standing').textContent).toBe(text);
  });

  it('says nothing without a standing (no policy, or weights that do not sum to 1)', () => {
    render(<StandingLine graded={view({})} />);
    expect(screen.queryByTestId('grade-standing')).toBeNull();
  });
});

describe('locked graded work', () => {
  it.each([
    [1, '1 graded item is locked until you upgrade; it is due Wed, Dec 9, 2026.'],
    [5, '5 graded items are locked until you upgrade; the first is due Wed, Dec 9, 2026.'],
  ] as const)('%i item(s)', (count, text) => {
    render(<LockedNote graded={view({ locked: { count, firstDue: '2026-12-09T23:59:00Z' } })} timeZone="UTC" />);
    expect(screen.getByTestId('graded-locked').textContent).toBe(text);
  });

  it('none locked: no note', () => {
    render(<LockedNote graded={view({})} timeZone="UTC" />);
    expect(screen.queryByTestId('graded-locked')).toBeNull();
  });
});
