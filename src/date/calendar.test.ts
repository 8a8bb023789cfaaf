import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KinerjaError } from '../explain/result';
import { fromDays, toDays } from './core';
import {
  addDays,
  type IsoDate,
  REVIEW_FREQUENCIES,
  type ReviewCalendar,
  type ReviewFrequency,
  rangeContains,
  reviewPeriodContaining,
  reviewPeriods,
} from './index';

const d = (s: string): IsoDate => s as IsoDate;
const spans = (calendar: ReviewCalendar, year: number): string[][] =>
  reviewPeriods(calendar, year).map((p) => [p.start, p.end]);

function thrownCode(f: () => unknown): string | undefined {
  try {
    f();
  } catch (e) {
    if (e instanceof KinerjaError) return e.issues[0]?.code;
    throw e;
  }
  return undefined;
}

describe('reviewPeriods, calendar year', () => {
  it('monthly', () => {
    const ps = reviewPeriods({ frequency: 'monthly' }, 2024);
    expect(ps).toHaveLength(12);
    expect(ps[1]).toEqual({
      start: '2024-02-01',
      end: '2024-02-29',
      year: 2024,
      index: 2,
      frequency: 'monthly',
    });
    expect(ps[11]).toEqual({
      start: '2024-12-01',
      end: '2024-12-31',
      year: 2024,
      index: 12,
      frequency: 'monthly',
    });
  });
  it('quarterly', () => {
    expect(spans({ frequency: 'quarterly' }, 2025)).toEqual([
      ['2025-01-01', '2025-03-31'],
      ['2025-04-01', '2025-06-30'],
      ['2025-07-01', '2025-09-30'],
      ['2025-10-01', '2025-12-31'],
    ]);
  });
  it('semester', () => {
    expect(reviewPeriods({ frequency: 'semester' }, 2025)).toEqual([
      { start: '2025-01-01', end: '2025-06-30', year: 2025, index: 1, frequency: 'semester' },
      { start: '2025-07-01', end: '2025-12-31', year: 2025, index: 2, frequency: 'semester' },
    ]);
  });
  it('annual', () => {
    expect(reviewPeriods({ frequency: 'annual', yearStartMonth: 1 }, 2025)).toEqual([
      { start: '2025-01-01', end: '2025-12-31', year: 2025, index: 1, frequency: 'annual' },
    ]);
  });
});

describe('reviewPeriods, April–March year (yearStartMonth 4)', () => {
  const april = (frequency: ReviewFrequency): ReviewCalendar => ({ frequency, yearStartMonth: 4 });
  it('monthly', () => {
    const ps = reviewPeriods(april('monthly'), 2023);
    expect(ps[0]).toMatchObject({ start: '2023-04-01', end: '2023-04-30', year: 2023, index: 1 });
    expect(ps[10]).toMatchObject({ start: '2024-02-01', end: '2024-02-29', year: 2023, index: 11 });
    expect(ps[11]).toMatchObject({ start: '2024-03-01', end: '2024-03-31', year: 2023, index: 12 });
  });
  it('quarterly', () => {
    expect(spans(april('quarterly'), 2025)).toEqual([
      ['2025-04-01', '2025-06-30'],
      ['2025-07-01', '2025-09-30'],
      ['2025-10-01', '2025-12-31'],
      ['2026-01-01', '2026-03-31'],
    ]);
  });
  it('semester', () => {
    expect(spans(april('semester'), 2025)).toEqual([
      ['2025-04-01', '2025-09-30'],
      ['2025-10-01', '2026-03-31'],
    ]);
  });
  it('annual', () => {
    expect(reviewPeriods(april('annual'), 2025)).toEqual([
      { start: '2025-04-01', end: '2026-03-31', year: 2025, index: 1, frequency: 'annual' },
    ]);
  });
  it('finds the period of a date', () => {
    expect(reviewPeriodContaining(april('quarterly'), d('2026-02-10'))).toEqual({
      start: '2026-01-01',
      end: '2026-03-31',
      year: 2025,
      index: 4,
      frequency: 'quarterly',
    });
    expect(reviewPeriodContaining(april('annual'), d('2025-04-01'))).toMatchObject({ year: 2025, index: 1 });
    expect(reviewPeriodContaining(april('annual'), d('2025-03-31'))).toMatchObject({ year: 2024, index: 1 });
  });
});

describe('reviewPeriodContaining, calendar year', () => {
  it('finds the period of a date', () => {
    expect(reviewPeriodContaining({ frequency: 'quarterly' }, d('2025-05-20'))).toEqual({
      start: '2025-04-01',
      end: '2025-06-30',
      year: 2025,
      index: 2,
      frequency: 'quarterly',
    });
    expect(reviewPeriodContaining({ frequency: 'monthly' }, d('2025-12-31'))).toMatchObject({ index: 12 });
    expect(reviewPeriodContaining({ frequency: 'semester' }, d('2025-07-01'))).toMatchObject({ index: 2 });
  });
});

describe('invalid calendars', () => {
  it('throw KinerjaError', () => {
    const weekly = { frequency: 'weekly' } as unknown as ReviewCalendar;
    expect(thrownCode(() => reviewPeriods(weekly, 2025))).toBe('date.invalid-frequency');
    expect(thrownCode(() => reviewPeriods({ frequency: 'monthly', yearStartMonth: 13 }, 2025))).toBe(
      'date.invalid-month',
    );
    expect(thrownCode(() => reviewPeriods({ frequency: 'monthly' }, 2025.5))).toBe('date.invalid-amount');
    expect(thrownCode(() => reviewPeriods({ frequency: 'monthly', yearStartMonth: 4 }, 9999))).toBe(
      'date.out-of-range',
    );
    expect(reviewPeriods({ frequency: 'monthly' }, 9999)).toHaveLength(12);
    expect(
      thrownCode(() => reviewPeriodContaining({ frequency: 'annual', yearStartMonth: 4 }, d('1000-01-01'))),
    ).toBe('date.out-of-range');
  });
});

const calendarArb = fc.record({
  frequency: fc.constantFrom(...REVIEW_FREQUENCIES),
  yearStartMonth: fc.integer({ min: 1, max: 12 }),
});

describe('review calendar properties', () => {
  it('periods cover the year with no gap and no overlap', () => {
    fc.assert(
      fc.property(calendarArb, fc.integer({ min: 1000, max: 9998 }), (calendar, year) => {
        const ps = reviewPeriods(calendar, year);
        const m = calendar.yearStartMonth;
        const start = `${year}-${String(m).padStart(2, '0')}-01`;
        const next = `${year + 1}-${String(m).padStart(2, '0')}-01` as IsoDate;
        expect(ps[0]?.start).toBe(start);
        expect(ps[ps.length - 1]?.end).toBe(addDays(next, -1));
        ps.forEach((p, i) => {
          expect(p.index).toBe(i + 1);
          expect(p.year).toBe(year);
          expect(p.end >= p.start).toBe(true);
          const prev = ps[i - 1];
          if (prev) expect(p.start).toBe(addDays(prev.end, 1));
        });
      }),
    );
  });
  it('reviewPeriodContaining returns the period of the year that holds the date', () => {
    fc.assert(
      fc.property(
        calendarArb,
        fc.integer({ min: toDays(d('1001-01-01')), max: toDays(d('9998-12-31')) }).map(fromDays),
        (calendar, x) => {
          const p = reviewPeriodContaining(calendar, x);
          expect(rangeContains(p, x)).toBe(true);
          expect(reviewPeriods(calendar, p.year)[p.index - 1]).toEqual(p);
        },
      ),
    );
  });
});
