import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { KinerjaError } from '../explain/index';
import {
  addDays,
  addMonths,
  addWorkingDays,
  addYears,
  compareDates,
  dateRangeSchema,
  dateScheduleSchema,
  daysBetween,
  deadlineAfter,
  InvalidDateError,
  type IsoDate,
  lateness,
  monthShares,
  periodDeadline,
  reviewPeriodContaining,
  reviewPeriods,
  scheduleDateOnOrAfter,
  scheduleDatesBetween,
  wholeMonthsBetween,
  wholeYearsBetween,
  workingDaysBetween,
} from './index';

const d = (s: string): IsoDate => s as IsoDate;

/** Calls `f`; a throw must be an InvalidDateError (a KinerjaError); a number must be finite. */
function safe(f: () => unknown): void {
  try {
    const v = f();
    if (typeof v === 'number') expect(Number.isFinite(v)).toBe(true);
  } catch (e) {
    expect(e).toBeInstanceOf(InvalidDateError);
    expect(e).toBeInstanceOf(KinerjaError);
  }
}

describe('date helpers: garbage in, an InvalidDateError out', () => {
  it('daysBetween on bad dates throws (it returned NaN)', () => {
    for (const bad of ['2025-13-01', 'soon', 20250101, null, undefined, { toString: () => '2025-01-01' }]) {
      expect(() => daysBetween(d('2025-01-01'), bad as never)).toThrow(InvalidDateError);
      expect(() => daysBetween(bad as never, d('2025-01-01'))).toThrow(InvalidDateError);
    }
    try {
      daysBetween(d('2025-01-01'), d('2025-02-30'));
    } catch (e) {
      expect((e as InvalidDateError).issues.map((i) => [i.code, i.path])).toEqual([
        ['date.not-a-date', ['b']],
      ]);
    }
    expect.assertions(13);
  });

  it('a huge working-day count is out of range at once (it looped for ever)', () => {
    expect(() => addWorkingDays(d('2025-01-31'), -9007199254740956)).toThrow(InvalidDateError);
    expect(() => addWorkingDays(d('2025-01-31'), 4_000_000, { weekend: [] })).toThrow(InvalidDateError);
  });

  it('a reversed range never loops: monthShares throws date.range-reversed', () => {
    expect(() => monthShares({ start: d('2025-03-01'), end: d('2025-01-01') })).toThrow(InvalidDateError);
  });

  it('any arguments: a value or an InvalidDateError, never TypeError, RangeError or NaN (property)', () => {
    const date = fc.oneof(
      fc.constantFrom('2025-01-31', '2024-02-29', '1000-01-01', '9999-12-31'),
      fc.anything(),
    );
    fc.assert(
      fc.property(date, date, fc.anything(), fc.anything(), (a, b, n, o) => {
        const x = a as IsoDate;
        const y = b as IsoDate;
        safe(() => addDays(x, n as number));
        safe(() => addMonths(x, n as number));
        safe(() => addYears(x, n as number));
        safe(() => addWorkingDays(x, n as number, o as never));
        safe(() => daysBetween(x, y));
        safe(() => wholeMonthsBetween(x, y));
        safe(() => wholeYearsBetween(x, y));
        safe(() => workingDaysBetween(x, y, o as never));
        safe(() => compareDates(x, y));
        safe(() => lateness(x, y));
        safe(() => deadlineAfter(x, n as never, o as never));
        safe(() => periodDeadline({ start: x, end: y }, o as never));
        safe(() => reviewPeriods(o as never, n as number));
        safe(() => reviewPeriodContaining(o as never, x));
        safe(() => scheduleDateOnOrAfter(o as never, x));
        safe(() => scheduleDatesBetween([{ months: [4], day: 1 }], x, y));
      }),
      { numRuns: 400 },
    );
  });

  it('the schemas convert to JSON Schema', () => {
    for (const s of [dateRangeSchema, dateScheduleSchema])
      expect(z.toJSONSchema(s, { io: 'input' })).toMatchObject({ type: expect.any(String) });
  });
});
