import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KinerjaError } from '../explain/result';
import { fromDays, toDays } from './core';
import {
  addDays,
  addWorkingDays,
  type DateRange,
  dayOfWeek,
  deadlineAfter,
  type IsoDate,
  isWorkingDay,
  lateness,
  periodDeadline,
  type WorkingDayOptions,
  workingDaysBetween,
} from './index';

const d = (s: string): IsoDate => s as IsoDate;
const dateIn = (from: string, to: string): fc.Arbitrary<IsoDate> =>
  fc.integer({ min: toDays(d(from)), max: toDays(d(to)) }).map(fromDays);
const someDate = dateIn('2024-01-01', '2026-12-31');

function thrownCode(f: () => unknown): string | undefined {
  try {
    f();
  } catch (e) {
    if (e instanceof KinerjaError) return e.issues[0]?.code;
    throw e;
  }
  return undefined;
}

/** Naive references: walk day by day. */
function naiveWorking(x: IsoDate, o: { holidays: readonly IsoDate[]; weekend: readonly number[] }): boolean {
  return !o.weekend.includes(dayOfWeek(x)) && !o.holidays.includes(x);
}
function naiveAdd(
  x: IsoDate,
  n: number,
  o: { holidays: readonly IsoDate[]; weekend: readonly number[] },
): IsoDate {
  let cur = x;
  if (n === 0) {
    while (!naiveWorking(cur, o)) cur = addDays(cur, 1);
    return cur;
  }
  const step = n > 0 ? 1 : -1;
  let rest = Math.abs(n);
  while (rest > 0) {
    cur = addDays(cur, step);
    if (naiveWorking(cur, o)) rest -= 1;
  }
  return cur;
}
function naiveBetween(
  a: IsoDate,
  b: IsoDate,
  o: { holidays: readonly IsoDate[]; weekend: readonly number[] },
): number {
  let count = 0;
  const [x, y, sign] = a <= b ? [a, b, 1] : [b, a, -1];
  for (let cur = addDays(x, 1); cur <= y; cur = addDays(cur, 1)) if (naiveWorking(cur, o)) count += 1;
  return count === 0 ? 0 : sign * count;
}

const optionsArb = fc.record({
  holidays: fc.array(someDate, { maxLength: 40 }),
  weekend: fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { maxLength: 5 }),
});

// August 2025: the 15th is a Friday, the 16th–17th a weekend (17 August, a holiday, is a Sunday).
describe('working days', () => {
  it('skip the weekend', () => {
    expect(isWorkingDay(d('2025-08-15'))).toBe(true);
    expect(isWorkingDay(d('2025-08-16'))).toBe(false);
    expect(isWorkingDay(d('2025-08-17'))).toBe(false);
    expect(addWorkingDays(d('2025-08-15'), 1)).toBe('2025-08-18');
    expect(addWorkingDays(d('2025-08-14'), 2)).toBe('2025-08-18');
    expect(addWorkingDays(d('2025-08-16'), 1)).toBe('2025-08-18');
    expect(addWorkingDays(d('2025-08-18'), -1)).toBe('2025-08-15');
    expect(addWorkingDays(d('2025-08-04'), 10)).toBe('2025-08-18');
    expect(workingDaysBetween(d('2025-08-15'), d('2025-08-18'))).toBe(1);
    expect(workingDaysBetween(d('2025-08-18'), d('2025-08-15'))).toBe(-1);
    expect(workingDaysBetween(d('2025-08-16'), d('2025-08-17'))).toBe(0);
  });
  it('skip injected holidays', () => {
    const holidays = [d('2025-08-18'), d('2025-12-25'), d('2025-12-26')];
    expect(isWorkingDay(d('2025-08-18'), { holidays })).toBe(false);
    expect(isWorkingDay(d('2025-08-18'), { holidays: new Set(holidays) })).toBe(false);
    expect(addWorkingDays(d('2025-08-15'), 1, { holidays })).toBe('2025-08-19');
    expect(addWorkingDays(d('2025-12-24'), 1, { holidays })).toBe('2025-12-29');
    expect(addWorkingDays(d('2025-12-29'), -1, { holidays })).toBe('2025-12-24');
    expect(workingDaysBetween(d('2025-08-01'), d('2025-08-31'), { holidays })).toBe(19);
    expect(workingDaysBetween(d('2025-08-01'), d('2025-08-31'))).toBe(20);
  });
  it('roll a non-working day forward when n = 0', () => {
    expect(addWorkingDays(d('2025-08-15'), 0)).toBe('2025-08-15');
    expect(addWorkingDays(d('2025-08-16'), 0)).toBe('2025-08-18');
    expect(addWorkingDays(d('2025-08-16'), 0, { holidays: [d('2025-08-18')] })).toBe('2025-08-19');
  });
  it('take a custom weekend', () => {
    // A Friday–Saturday weekend.
    const weekend = [5, 6];
    expect(isWorkingDay(d('2025-08-17'), { weekend })).toBe(true);
    expect(addWorkingDays(d('2025-08-14'), 1, { weekend })).toBe('2025-08-17');
    expect(addWorkingDays(d('2025-08-14'), 1, { weekend: [] })).toBe('2025-08-15');
  });
  it('refuse impossible or invalid options', () => {
    expect(thrownCode(() => addWorkingDays(d('2025-08-14'), 1, { weekend: [0, 1, 2, 3, 4, 5, 6] }))).toBe(
      'date.no-working-days',
    );
    expect(thrownCode(() => workingDaysBetween(d('2025-08-14'), d('2025-08-15'), { weekend: [7] }))).toBe(
      'date.invalid-weekend',
    );
    expect(thrownCode(() => addWorkingDays(d('2025-08-14'), 1, { holidays: [d('2025-02-29')] }))).toBe(
      'date.not-a-date',
    );
    // A predicate never throws: invalid options or dates are not working days.
    expect(isWorkingDay(d('2025-08-14'), { weekend: [7] })).toBe(false);
    expect(isWorkingDay('2025-02-29' as never)).toBe(false);
    expect(thrownCode(() => addWorkingDays(d('2025-08-14'), 0.5))).toBe('date.invalid-amount');
  });
  it('handle long spans quickly', () => {
    const o = { holidays: [d('2025-01-02'), d('2080-05-05')], weekend: [0, 6] };
    expect(addWorkingDays(d('2025-01-01'), 26_000, o)).toBe(naiveAdd(d('2025-01-01'), 26_000, o));
    expect(addWorkingDays(d('2125-01-01'), -26_000, o)).toBe(naiveAdd(d('2125-01-01'), -26_000, o));
    expect(workingDaysBetween(d('2025-01-06'), addDays(d('2025-01-06'), 7 * 1000))).toBe(5000);
  });
  it('agree with a day-by-day walk (property)', () => {
    fc.assert(
      fc.property(someDate, fc.integer({ min: -60, max: 60 }), optionsArb, (x, n, o) => {
        if (o.weekend.length === 7) return;
        expect(addWorkingDays(x, n, o)).toBe(naiveAdd(x, n, o));
        expect(isWorkingDay(x, o)).toBe(naiveWorking(x, o));
      }),
    );
    fc.assert(
      fc.property(someDate, someDate, optionsArb, (a, b, o) => {
        expect(workingDaysBetween(a, b, o)).toBe(naiveBetween(a, b, o));
      }),
    );
  });
  it('addWorkingDays lands on a working day, inverse to workingDaysBetween (property)', () => {
    fc.assert(
      fc.property(someDate, fc.integer({ min: -300, max: 300 }), optionsArb, (x, n, o) => {
        const options: WorkingDayOptions = { holidays: new Set(o.holidays), weekend: o.weekend };
        const y = addWorkingDays(x, n, options);
        expect(isWorkingDay(y, options)).toBe(true);
        if (n > 0) expect(workingDaysBetween(x, y, options)).toBe(n);
        // Backwards, there are |n| working days in [y, x).
        if (n < 0) expect(workingDaysBetween(addDays(y, -1), addDays(x, -1), options)).toBe(-n);
      }),
    );
  });
});

describe('deadlines', () => {
  it('count calendar days for the appeal rule', () => {
    expect(deadlineAfter(d('2025-03-03'), { days: 14, kind: 'calendar' })).toBe('2025-03-17');
    // Calendar deadlines ignore holidays and weekends.
    expect(
      deadlineAfter(d('2025-08-03'), { days: 14, kind: 'calendar' }, { holidays: [d('2025-08-17')] }),
    ).toBe('2025-08-17');
  });
  it('count working days when asked', () => {
    expect(deadlineAfter(d('2025-03-03'), { days: 14, kind: 'working' })).toBe('2025-03-21');
    expect(
      deadlineAfter(d('2025-03-03'), { days: 14, kind: 'working' }, { holidays: [d('2025-03-14')] }),
    ).toBe('2025-03-24');
    expect(deadlineAfter(d('2025-08-16'), { days: 0, kind: 'working' })).toBe('2025-08-18');
  });
  it('run from a period end', () => {
    const q1: DateRange = { start: d('2025-01-01'), end: d('2025-03-31') };
    expect(periodDeadline(q1, { days: 5, kind: 'working' })).toBe('2025-04-07');
    expect(periodDeadline(q1, { days: 10, kind: 'calendar' })).toBe('2025-04-10');
  });
  it('refuse a bad rule', () => {
    expect(thrownCode(() => deadlineAfter(d('2025-03-03'), { days: -1, kind: 'calendar' }))).toBe(
      'date.invalid-amount',
    );
    expect(thrownCode(() => deadlineAfter(d('2025-03-03'), { days: 1.5, kind: 'calendar' }))).toBe(
      'date.invalid-amount',
    );
    const bad = { days: 3, kind: 'weekly' } as unknown as { days: number; kind: 'calendar' };
    expect(thrownCode(() => deadlineAfter(d('2025-03-03'), bad))).toBe('input.invalid-value');
  });
  it('measure lateness', () => {
    expect(lateness(d('2025-03-17'), d('2025-03-17'))).toBe(0);
    expect(lateness(d('2025-03-17'), d('2025-03-20'))).toBe(3);
    expect(lateness(d('2025-03-17'), d('2025-03-01'))).toBe(0);
    expect(lateness(d('2025-12-31'), d('2026-01-02'))).toBe(2);
  });
});
