import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KinerjaError } from '../explain/result';
import { fromDays, toDays } from './core';
import {
  addDays,
  addYears,
  type DateSchedule,
  type IsoDate,
  isScheduleDate,
  parseDateSchedule,
  type ScheduleRegime,
  scheduleDateOnOrAfter,
  scheduleDatesBetween,
} from './index';

const d = (s: string): IsoDate => s as IsoDate;

/**
 * Kenaikan pangkat effective dates (docs/regulations.md): 1 April and 1 October until 2023; six dates a
 * year under Peraturan BKN 4/2023 (in force from 1 January 2024); every month from 1 October 2025
 * (Peraturan BKN 4/2025).
 */
const promotion: DateSchedule = [
  { until: d('2023-12-31'), months: [4, 10], day: 1 },
  { from: d('2024-01-01'), until: d('2025-09-30'), months: [2, 4, 6, 8, 10, 12], day: 1 },
  { from: d('2025-10-01'), months: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], day: 1 },
];

function thrownCode(f: () => unknown): string | undefined {
  try {
    f();
  } catch (e) {
    if (e instanceof KinerjaError) return e.issues[0]?.code;
    throw e;
  }
  return undefined;
}

describe('scheduleDateOnOrAfter with the promotion schedule', () => {
  it('follows the docs/regulations.md worked example: TMT 1 March 2016 + 4 years → 1 April 2020, then 1 April 2024', () => {
    const eligible = addYears(d('2016-03-01'), 4);
    expect(eligible).toBe('2020-03-01');
    const first = scheduleDateOnOrAfter(promotion, eligible);
    expect(first).toBe('2020-04-01');
    expect(scheduleDateOnOrAfter(promotion, addYears(d('2020-04-01'), 4))).toBe('2024-04-01');
  });
  it('uses the April/October regime until 2023', () => {
    expect(scheduleDateOnOrAfter(promotion, d('2020-04-01'))).toBe('2020-04-01');
    expect(scheduleDateOnOrAfter(promotion, d('2020-04-02'))).toBe('2020-10-01');
    expect(scheduleDateOnOrAfter(promotion, d('2022-11-15'))).toBe('2023-04-01');
  });
  it('crosses into the six-date regime in 2024', () => {
    expect(scheduleDateOnOrAfter(promotion, d('2023-10-02'))).toBe('2024-02-01');
    expect(scheduleDateOnOrAfter(promotion, d('2024-02-01'))).toBe('2024-02-01');
    expect(scheduleDateOnOrAfter(promotion, d('2024-02-02'))).toBe('2024-04-01');
    expect(scheduleDateOnOrAfter(promotion, d('2024-05-15'))).toBe('2024-06-01');
    expect(scheduleDateOnOrAfter(promotion, d('2024-12-02'))).toBe('2025-02-01');
  });
  it('crosses into the monthly regime from October 2025', () => {
    expect(scheduleDateOnOrAfter(promotion, d('2025-08-02'))).toBe('2025-10-01');
    expect(scheduleDateOnOrAfter(promotion, d('2025-09-15'))).toBe('2025-10-01');
    expect(scheduleDateOnOrAfter(promotion, d('2025-10-15'))).toBe('2025-11-01');
    expect(scheduleDateOnOrAfter(promotion, d('2025-12-02'))).toBe('2026-01-01');
  });
  it('knows which dates are schedule dates', () => {
    expect(isScheduleDate(promotion, d('2023-04-01'))).toBe(true);
    expect(isScheduleDate(promotion, d('2023-02-01'))).toBe(false);
    expect(isScheduleDate(promotion, d('2024-02-01'))).toBe(true);
    expect(isScheduleDate(promotion, d('2025-09-01'))).toBe(false);
    expect(isScheduleDate(promotion, d('2025-11-01'))).toBe(true);
    expect(isScheduleDate(promotion, d('2025-11-02'))).toBe(false);
  });
  it('lists the dates of a span across regimes', () => {
    expect(scheduleDatesBetween(promotion, d('2023-06-01'), d('2024-06-30'))).toEqual([
      '2023-10-01',
      '2024-02-01',
      '2024-04-01',
      '2024-06-01',
    ]);
    expect(scheduleDatesBetween(promotion, d('2025-08-01'), d('2026-01-01'))).toEqual([
      '2025-08-01',
      '2025-10-01',
      '2025-11-01',
      '2025-12-01',
      '2026-01-01',
    ]);
    expect(scheduleDatesBetween(promotion, d('2026-01-02'), d('2026-01-01'))).toEqual([]);
  });
});

describe('schedules with gaps, limits and odd boundaries', () => {
  it('returns null when no regime is in force any more, or past the limit', () => {
    const ended: DateSchedule = [{ until: d('2020-12-31'), months: [4], day: 1 }];
    expect(scheduleDateOnOrAfter(ended, d('2020-04-02'))).toBeNull();
    expect(scheduleDatesBetween(ended, d('2020-01-01'), d('2030-01-01'))).toEqual(['2020-04-01']);
    const open: DateSchedule = [{ months: [4, 10], day: 1 }];
    expect(scheduleDateOnOrAfter(open, d('2025-05-01'), { limit: d('2025-09-30') })).toBeNull();
    expect(scheduleDateOnOrAfter(open, d('2025-05-01'), { limit: d('2025-10-01') })).toBe('2025-10-01');
    expect(scheduleDateOnOrAfter([], d('2025-05-01'))).toBeNull();
    expect(scheduleDateOnOrAfter([{ months: [], day: 1 }], d('2025-05-01'))).toBeNull();
    expect(scheduleDateOnOrAfter(open, d('9999-10-02'))).toBeNull();
  });
  it('counts a date only under the regime in force on that date', () => {
    const midMonth: DateSchedule = [
      { until: d('2024-01-14'), months: [1], day: 20 },
      { from: d('2024-01-15'), months: [1], day: 10 },
    ];
    // 10 January falls under the first regime (day 20), 20 January under the second (day 10).
    expect(scheduleDatesBetween(midMonth, d('2024-01-01'), d('2024-01-31'))).toEqual([]);
    expect(scheduleDateOnOrAfter(midMonth, d('2023-02-01'))).toBe('2025-01-10');
    expect(scheduleDateOnOrAfter(midMonth, d('2023-01-01'))).toBe('2023-01-20');
    const waiting: DateSchedule = [{ from: d('2030-06-15'), months: [6, 7], day: 1 }];
    expect(scheduleDateOnOrAfter(waiting, d('2025-01-01'))).toBe('2030-07-01');
  });
  it('rejects invalid schedules', () => {
    expect(parseDateSchedule(promotion)).toEqual({ ok: true, value: promotion });
    const bad = parseDateSchedule(
      [
        { months: [0, 13, 1.5], day: 29 },
        { from: '2025-01-01', until: '2024-12-31', months: [1], day: 1 },
        { from: '2025-02-30', months: [1] },
      ],
      ['promotion'],
    );
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.issues.map((i) => [i.code, i.path])).toEqual([
        ['date.schedule-month', ['promotion', 0, 'months', 0]],
        ['date.schedule-month', ['promotion', 0, 'months', 1]],
        ['date.schedule-month', ['promotion', 0, 'months', 2]],
        ['date.schedule-day', ['promotion', 0, 'day']],
        ['date.range-reversed', ['promotion', 1]],
        ['date.not-a-date', ['promotion', 2, 'from']],
        ['input.required', ['promotion', 2, 'day']],
      ]);
    }
    const overlap = parseDateSchedule([
      { until: d('2024-01-01'), months: [4], day: 1 },
      { from: d('2024-01-01'), months: [4], day: 1 },
    ]);
    expect(overlap.ok).toBe(false);
    if (!overlap.ok) expect(overlap.issues.map((i) => i.code)).toEqual(['date.schedule-overlap']);
    expect(thrownCode(() => scheduleDateOnOrAfter([{ months: [4], day: 31 }], d('2025-01-01')))).toBe(
      'date.schedule-day',
    );
    expect(parseDateSchedule({}).ok).toBe(false);
  });
});

/** Random valid schedules: non-overlapping regimes in 2000–2040, the outer ones possibly open. */
const scheduleArb: fc.Arbitrary<DateSchedule> = fc
  .record({
    points: fc.uniqueArray(fc.integer({ min: toDays(d('2000-01-01')), max: toDays(d('2040-12-31')) }), {
      minLength: 2,
      maxLength: 8,
    }),
    regimes: fc.array(
      fc.record({
        months: fc.uniqueArray(fc.integer({ min: 1, max: 12 }), { maxLength: 12 }),
        day: fc.integer({ min: 1, max: 28 }),
      }),
      { minLength: 4, maxLength: 4 },
    ),
    openStart: fc.boolean(),
    openEnd: fc.boolean(),
  })
  .map(({ points, regimes, openStart, openEnd }) => {
    const sorted = [...points].sort((a, b) => a - b);
    const out: ScheduleRegime[] = [];
    for (let i = 0; i + 1 < sorted.length && out.length < regimes.length; i += 2) {
      const r = regimes[out.length];
      const from = sorted[i];
      const until = sorted[i + 1];
      if (r === undefined || from === undefined || until === undefined) break;
      out.push({ from: fromDays(from), until: fromDays(until), ...r });
    }
    const first = out[0];
    const last = out[out.length - 1];
    if (openStart && first) out[0] = { until: first.until as IsoDate, months: first.months, day: first.day };
    if (openEnd && last) {
      const { until: _until, ...rest } = out[out.length - 1] ?? last;
      out[out.length - 1] = rest;
    }
    return out;
  });

const queryDate = fc.integer({ min: toDays(d('1999-01-01')), max: toDays(d('2042-12-31')) }).map(fromDays);

describe('schedule properties', () => {
  it('generated schedules are valid', () => {
    fc.assert(fc.property(scheduleArb, (s) => parseDateSchedule(s).ok));
  });
  it('scheduleDateOnOrAfter is the first schedule date on or after the input', () => {
    fc.assert(
      fc.property(scheduleArb, queryDate, (s, x) => {
        const limit = d('2045-12-31');
        const found = scheduleDateOnOrAfter(s, x, { limit });
        const end = found ?? limit;
        // No schedule date in [x, found), by brute force over the days.
        for (let day = x; day < end; day = addDays(day, 1)) {
          if (isScheduleDate(s, day)) return false;
        }
        if (found === null) return !isScheduleDate(s, limit) || limit < x;
        return found >= x && isScheduleDate(s, found);
      }),
      { numRuns: 60 },
    );
  });
  it('scheduleDatesBetween lists exactly the schedule dates of the span', () => {
    fc.assert(
      fc.property(scheduleArb, queryDate, fc.integer({ min: 0, max: 800 }), (s, x, n) => {
        const to = addDays(x, n);
        const expected: IsoDate[] = [];
        for (let day = x; day <= to; day = addDays(day, 1)) if (isScheduleDate(s, day)) expected.push(day);
        expect(scheduleDatesBetween(s, x, to)).toEqual(expected);
        expect(scheduleDateOnOrAfter(s, x, { limit: to })).toBe(expected[0] ?? null);
      }),
      { numRuns: 60 },
    );
  });
});
