import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(cleanup);
import { DateInput } from '../../components/DateInput';
import { isPlausibleDate } from '../../lib/time';

describe('isPlausibleDate', () => {
  it.each([
    ['2026-11-21', true],
    ['2012-01-01', true],
    ['2011-12-31', false],
    ['2028-12-01', true],
    ['2028-12-02', false],
    ['9999-01-01', false],
    ['0201-05-01', false],
    ['next week', false],
  ])('%s, today 2026-12-01: %s', (date, ok) => {
    expect(isPlausibleDate(date, '2026-12-01')).toBe(ok);
  });
});

describe('DateInput', () => {
  const change = (value: string) => fireEvent.change(screen.getByLabelText('Start'), { target: { value } });
  const setup = () => {
    const onCommit = vi.fn();
    render(
      <>
        <label for="d">Start</label>
        <DateInput id="d" value="" onCommit={onCommit} />
      </>,
    );
    return onCommit;
  };

  it('a plausible date is saved at once', () => {
    const onCommit = setup();
    change('2026-11-21');
    expect(onCommit).toHaveBeenCalledWith('2026-11-21');
    expect(screen.queryByTestId('date-confirm')).toBeNull();
  });

  it('year 9999 is held and asked about; saved only when the learner says so', () => {
    const onCommit = setup();
    change('9999-11-21');
    expect(onCommit).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).toMatch(/9999 is outside 2012 to two years from now/);
    expect(screen.getByLabelText('Start').getAttribute('aria-invalid')).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: 'Use this date' }));
    expect(onCommit).toHaveBeenCalledWith('9999-11-21');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('cancel drops the held date and saves nothing; clearing saves null', () => {
    const onCommit = setup();
    change('2002-01-01');
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onCommit).not.toHaveBeenCalled();
    expect((screen.getByLabelText('Start') as HTMLInputElement).value).toBe('');
    change('');
    expect(onCommit).toHaveBeenCalledWith(null);
  });
});
