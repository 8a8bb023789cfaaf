import {
  addDays as dfAddDays,
  addMonths as dfAddMonths,
  addYears as dfAddYears,
  differenceInCalendarDays,
  differenceInMonths,
  getDay,
} from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KinerjaError } from '../explain/result';
import { civilFromDays, daysFromCivil, fromDays, MAX_DAY, MIN_DAY, toDays } from './core';
import {
  addDays,
  addMonths,
  addYears,
  compareDates,
  dayOf,
  dayOfWeek,
  daysBetween,
  daysInMonth,
  endOfMonth,
  type IsoDate,
  isIsoDate,
  isLeapYear,
  maxDate,
  minDate,
  monthOf,
  startOfMonth,
  wholeMonthsBetween,
  wholeYearsBetween,
  yearOf,
} from './index';

const d = (s: string): IsoDate => s as IsoDate;
const dateIn = (from: string, to: string): fc.Arbitrary<IsoDate> =>
  fc.integer({ min: toDays(d(from)), max: toDays(d(to)) }).map(fromDays);
const anyDate = dateIn('1000-01-01', '9999-12-31');
/** Dates with room for a few centuries of arithmetic either way. */
const modernDate = dateIn('1800-01-01', '2299-12-31');

// Reference only: date-fns works on local-time Date objects. Noon avoids DST gaps at midnight.
const toJs = (x: IsoDate): Date => new Date(yearOf(x), monthOf(x) - 1, dayOf(x), 12);
const fromJs = (j: Date): string =>
  `${j.getFullYear()}-${String(j.getMonth() + 1).padStart(2, '0')}-${String(j.getDate()).padStart(2, '0')}`;

function thrownCode(f: () => unknown): string | undefined {
  try {
    f();
  } catch (e) {
    if (e instanceof KinerjaError) return e.issues[0]?.code;
    throw e;
  }
  return undefined;
}

describe('core conversions', () => {
  it('know the epoch and the bounds', () => {
    expect(daysFromCivil(1970, 1, 1)).toBe(0);
    expect(civilFromDays(0)).toEqual([1970, 1, 1]);
    expect(fromDays(MIN_DAY)).toBe('1000-01-01');
    expect(fromDays(MAX_DAY)).toBe('9999-12-31');
  });
  it('round-trip every day number (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: MIN_DAY, max: MAX_DAY }), (n) => {
        const x = fromDays(n);
        return isIsoDate(x) && toDays(x) === n;
      }),
    );
  });
  it('agree with Date.UTC (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: MIN_DAY, max: MAX_DAY }), (n) => {
        const j = new Date(n * 86_400_000);
        const [y, m, day] = civilFromDays(n);
        return j.getUTCFullYear() === y && j.getUTCMonth() + 1 === m && j.getUTCDate() === day;
      }),
    );
  });
});

describe('parts', () => {
  it('reads the parts', () => {
    expect([yearOf(d('2025-12-31')), monthOf(d('2025-12-31')), dayOf(d('2025-12-31'))]).toEqual([
      2025, 12, 31,
    ]);
    expect(dayOfWeek(d('2025-08-17'))).toBe(0);
    expect(dayOfWeek(d('2025-08-16'))).toBe(6);
    expect(dayOfWeek(d('1970-01-01'))).toBe(4);
    expect(dayOfWeek(d('1000-01-01'))).toBe(3);
  });
  it('knows leap years and month lengths', () => {
    expect([isLeapYear(2024), isLeapYear(2025), isLeapYear(1900), isLeapYear(2000)]).toEqual([
      true,
      false,
      false,
      true,
    ]);
    expect([daysInMonth(2024, 2), daysInMonth(2025, 2), daysInMonth(2025, 4), daysInMonth(2025, 12)]).toEqual(
      [29, 28, 30, 31],
    );
    expect(thrownCode(() => daysInMonth(2025, 13))).toBe('date.invalid-month');
    expect(thrownCode(() => isLeapYear(2024.5))).toBe('date.invalid-amount');
  });
  it('finds month starts and ends', () => {
    expect(startOfMonth(d('2025-02-14'))).toBe('2025-02-01');
    expect(endOfMonth(d('2024-02-14'))).toBe('2024-02-29');
    expect(endOfMonth(d('2025-02-14'))).toBe('2025-02-28');
    expect(endOfMonth(d('2025-12-01'))).toBe('2025-12-31');
  });
  it('dayOfWeek agrees with date-fns (property)', () => {
    fc.assert(fc.property(modernDate, (x) => dayOfWeek(x) === getDay(toJs(x))));
  });
});

describe('compare, min, max', () => {
  it('orders dates', () => {
    expect(compareDates(d('2025-01-31'), d('2025-02-01'))).toBe(-1);
    expect(compareDates(d('2025-02-01'), d('2025-02-01'))).toBe(0);
    expect(compareDates(d('2025-02-01'), d('2024-12-31'))).toBe(1);
    expect(minDate(d('2025-03-01'), d('2024-12-31'), d('2025-01-01'))).toBe('2024-12-31');
    expect(maxDate(d('2025-03-01'), d('2024-12-31'), d('2025-01-01'))).toBe('2025-03-01');
    const none: IsoDate[] = [];
    expect(minDate(...none)).toBeNull();
    expect(maxDate(...none)).toBeNull();
  });
  it('compareDates has the sign of daysBetween (property)', () => {
    fc.assert(
      fc.property(anyDate, anyDate, (a, b) => compareDates(a, b) === Math.sign(daysBetween(b, a)) + 0),
    );
  });
});

describe('addDays and daysBetween', () => {
  it('crosses months, years and leap days', () => {
    expect(addDays(d('2025-02-27'), 2)).toBe('2025-03-01');
    expect(addDays(d('2024-02-28'), 1)).toBe('2024-02-29');
    expect(addDays(d('2025-01-01'), -1)).toBe('2024-12-31');
    expect(daysBetween(d('2025-01-01'), d('2025-12-31'))).toBe(364);
    expect(daysBetween(d('2024-01-01'), d('2025-01-01'))).toBe(366);
    expect(daysBetween(d('2024-03-01'), d('2024-02-28'))).toBe(-2);
  });
  it('refuses bad amounts and results out of range', () => {
    expect(thrownCode(() => addDays(d('2025-01-01'), 1.5))).toBe('date.invalid-amount');
    expect(thrownCode(() => addDays(d('2025-01-01'), Number.NaN))).toBe('date.invalid-amount');
    expect(thrownCode(() => addDays(d('9999-12-31'), 1))).toBe('date.out-of-range');
    expect(thrownCode(() => addDays(d('1000-01-01'), -1))).toBe('date.out-of-range');
    expect(thrownCode(() => addMonths(d('9999-12-01'), 1))).toBe('date.out-of-range');
    expect(thrownCode(() => addYears(d('1000-06-01'), -1))).toBe('date.out-of-range');
  });
  it('addDays and daysBetween are inverse (property)', () => {
    fc.assert(
      fc.property(modernDate, fc.integer({ min: -100_000, max: 100_000 }), (a, n) => {
        const b = addDays(a, n);
        return isIsoDate(b) && daysBetween(a, b) === n && addDays(b, -n) === a;
      }),
    );
    fc.assert(fc.property(anyDate, anyDate, (a, b) => addDays(a, daysBetween(a, b)) === b));
  });
  it('agree with date-fns (property)', () => {
    fc.assert(
      fc.property(modernDate, fc.integer({ min: -40_000, max: 40_000 }), (a, n) => {
        expect(addDays(a, n)).toBe(fromJs(dfAddDays(toJs(a), n)));
      }),
    );
    fc.assert(
      fc.property(modernDate, modernDate, (a, b) => {
        expect(daysBetween(a, b)).toBe(differenceInCalendarDays(toJs(b), toJs(a)));
      }),
    );
  });
});

describe('addMonths and addYears', () => {
  it('clamp to the month end', () => {
    expect(addMonths(d('2025-01-31'), 1)).toBe('2025-02-28');
    expect(addMonths(d('2024-01-31'), 1)).toBe('2024-02-29');
    expect(addMonths(d('2025-03-31'), -1)).toBe('2025-02-28');
    expect(addMonths(d('2025-08-31'), 1)).toBe('2025-09-30');
    expect(addMonths(d('2025-11-15'), 2)).toBe('2026-01-15');
    expect(addMonths(d('2025-01-15'), -13)).toBe('2023-12-15');
    expect(addMonths(d('2025-01-15'), 0)).toBe('2025-01-15');
    expect(addYears(d('2024-02-29'), 1)).toBe('2025-02-28');
    expect(addYears(d('2024-02-29'), 4)).toBe('2028-02-29');
    expect(addYears(d('2016-03-01'), 4)).toBe('2020-03-01');
    expect(addYears(d('2025-06-30'), -10)).toBe('2015-06-30');
  });
  it('addMonths gives a valid date in the target month, never past it (property)', () => {
    fc.assert(
      fc.property(modernDate, fc.integer({ min: -2400, max: 2400 }), (a, n) => {
        const b = addMonths(a, n);
        const months = yearOf(b) * 12 + monthOf(b) - (yearOf(a) * 12 + monthOf(a));
        return (
          isIsoDate(b) &&
          months === n &&
          dayOf(b) <= dayOf(a) &&
          (dayOf(b) === dayOf(a) || b === endOfMonth(b))
        );
      }),
    );
  });
  it('addYears(d, n) = addMonths(d, 12n) (property)', () => {
    fc.assert(
      fc.property(
        modernDate,
        fc.integer({ min: -200, max: 200 }),
        (a, n) => addYears(a, n) === addMonths(a, 12 * n),
      ),
    );
  });
  it('agree with date-fns (property)', () => {
    fc.assert(
      fc.property(modernDate, fc.integer({ min: -1200, max: 1200 }), (a, n) => {
        expect(addMonths(a, n)).toBe(fromJs(dfAddMonths(toJs(a), n)));
        expect(addYears(a, Math.trunc(n / 12))).toBe(fromJs(dfAddYears(toJs(a), Math.trunc(n / 12))));
      }),
    );
  });
});

describe('wholeYearsBetween and wholeMonthsBetween', () => {
  it('count completed years on the anniversary, not the day before', () => {
    expect(wholeYearsBetween(d('2016-03-01'), d('2020-03-01'))).toBe(4);
    expect(wholeYearsBetween(d('2016-03-01'), d('2020-02-29'))).toBe(3);
    expect(wholeYearsBetween(d('1980-07-17'), d('2025-07-16'))).toBe(44);
    expect(wholeYearsBetween(d('1980-07-17'), d('2025-07-17'))).toBe(45);
    expect(wholeYearsBetween(d('2025-07-17'), d('2025-07-17'))).toBe(0);
    expect(wholeYearsBetween(d('2025-01-01'), d('2025-12-31'))).toBe(0);
  });
  it('complete a 29 February year on 28 February of a common year', () => {
    expect(wholeYearsBetween(d('2020-02-29'), d('2021-02-27'))).toBe(0);
    expect(wholeYearsBetween(d('2020-02-29'), d('2021-02-28'))).toBe(1);
    expect(wholeYearsBetween(d('2020-02-29'), d('2024-02-28'))).toBe(3);
    expect(wholeYearsBetween(d('2020-02-29'), d('2024-02-29'))).toBe(4);
  });
  it('are negative and antisymmetric backwards', () => {
    expect(wholeYearsBetween(d('2020-03-01'), d('2016-03-01'))).toBe(-4);
    expect(wholeYearsBetween(d('2020-02-29'), d('2016-03-01'))).toBe(-3);
    expect(wholeMonthsBetween(d('2025-03-15'), d('2025-01-15'))).toBe(-2);
    expect(wholeMonthsBetween(d('2025-03-14'), d('2025-01-15'))).toBe(-1);
    expect(Object.is(wholeMonthsBetween(d('2025-01-20'), d('2025-01-10')), 0)).toBe(true);
  });
  it('count months with month-end clamping', () => {
    expect(wholeMonthsBetween(d('2025-01-15'), d('2025-03-14'))).toBe(1);
    expect(wholeMonthsBetween(d('2025-01-15'), d('2025-03-15'))).toBe(2);
    expect(wholeMonthsBetween(d('2025-01-31'), d('2025-02-27'))).toBe(0);
    expect(wholeMonthsBetween(d('2025-01-31'), d('2025-02-28'))).toBe(1);
    expect(wholeMonthsBetween(d('2025-01-31'), d('2025-03-30'))).toBe(1);
    expect(wholeMonthsBetween(d('2025-01-31'), d('2025-03-31'))).toBe(2);
    expect(wholeMonthsBetween(d('2020-02-29'), d('2021-02-28'))).toBe(12);
  });
  it('form a Galois connection with addMonths/addYears (property)', () => {
    fc.assert(
      fc.property(modernDate, modernDate, fc.integer({ min: 0, max: 3000 }), (a, b, n) => {
        if (b < a) return true;
        return (
          wholeMonthsBetween(a, b) >= n === addMonths(a, n) <= b &&
          wholeYearsBetween(a, b) >= Math.floor(n / 12) === addYears(a, Math.floor(n / 12)) <= b
        );
      }),
    );
  });
  it('are antisymmetric and years = trunc(months / 12) (property)', () => {
    fc.assert(
      fc.property(modernDate, modernDate, (a, b) => {
        const m = wholeMonthsBetween(a, b);
        return (
          wholeMonthsBetween(b, a) === -m + 0 &&
          wholeYearsBetween(a, b) === Math.trunc(m / 12) + 0 &&
          wholeMonthsBetween(a, addMonths(a, Math.abs(m))) === Math.abs(m)
        );
      }),
    );
  });
  it('differ from date-fns differenceInMonths at month ends, where date-fns is inconsistent', () => {
    // date-fns: 1 month although 29 February 2024 exists (its own addMonths gives it).
    expect(differenceInMonths(toJs(d('2024-02-28')), toJs(d('2024-01-29')))).toBe(1);
    expect(wholeMonthsBetween(d('2024-01-29'), d('2024-02-28'))).toBe(0);
    expect(addMonths(d('2024-01-29'), 1)).toBe('2024-02-29');
    // date-fns: 31 March → 30 April is 1 month but 31 January → 30 April only 2 (addMonths gives 30 April).
    expect(differenceInMonths(toJs(d('1990-04-30')), toJs(d('1990-03-31')))).toBe(1);
    expect(differenceInMonths(toJs(d('1990-04-30')), toJs(d('1990-01-31')))).toBe(2);
    expect(addMonths(d('1990-01-31'), 3)).toBe('1990-04-30');
    expect(wholeMonthsBetween(d('1990-01-31'), d('1990-04-30'))).toBe(3);
  });
  it('wholeMonthsBetween agrees with date-fns differenceInMonths when no clamping is involved (property)', () => {
    fc.assert(
      fc.property(modernDate, modernDate, (a, b) => {
        const [x, y] = a <= b ? [a, b] : [b, a];
        if (dayOf(x) > 28) return;
        expect(wholeMonthsBetween(x, y)).toBe(differenceInMonths(toJs(y), toJs(x)));
      }),
    );
  });
});
