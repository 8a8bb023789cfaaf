import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KinerjaError } from '../explain/result';
import { fromDays, toDays } from './core';
import {
  addDays,
  type DateRange,
  dateRange,
  daysInMonth,
  type IsoDate,
  monthShares,
  parseDateRange,
  rangeContains,
  rangeDays,
  rangesOverlap,
} from './index';

const d = (s: string): IsoDate => s as IsoDate;
const r = (start: string, end: string): DateRange => ({ start: d(start), end: d(end) });
const dateIn = (from: string, to: string): fc.Arbitrary<IsoDate> =>
  fc.integer({ min: toDays(d(from)), max: toDays(d(to)) }).map(fromDays);
const rangeArb = fc
  .tuple(dateIn('1990-01-01', '2060-12-31'), fc.integer({ min: 0, max: 2000 }))
  .map(([start, n]): DateRange => ({ start, end: addDays(start, n) }));

describe('parseDateRange', () => {
  it('accepts a forward or one-day period and drops other keys', () => {
    expect(parseDateRange({ start: '2025-01-01', end: '2025-06-30' })).toEqual({
      ok: true,
      value: { start: '2025-01-01', end: '2025-06-30' },
    });
    expect(parseDateRange({ start: '2025-05-05', end: '2025-05-05', note: 'x' })).toEqual({
      ok: true,
      value: { start: '2025-05-05', end: '2025-05-05' },
    });
  });
  it('rejects a reversed period at the range path', () => {
    const res = parseDateRange({ start: '2025-07-01', end: '2025-06-30' }, ['period']);
    expect(res.ok).toBe(false);
    if (!res.ok) {
      expect(res.issues).toHaveLength(1);
      expect(res.issues[0]).toMatchObject({
        code: 'date.range-reversed',
        path: ['period'],
        params: { start: '2025-07-01', end: '2025-06-30' },
      });
    }
  });
  it('reports every bad end with its path', () => {
    const res = parseDateRange({ start: '2025-02-29', end: 20250101 }, ['p']);
    expect(res.ok).toBe(false);
    if (!res.ok) {
      expect(res.issues.map((i) => [i.code, i.path])).toEqual([
        ['date.not-a-date', ['p', 'start']],
        ['date.invalid-type', ['p', 'end']],
      ]);
    }
    const missing = parseDateRange({ start: '2025-01-01' });
    expect(missing.ok).toBe(false);
    if (!missing.ok)
      expect(missing.issues.map((i) => [i.code, i.path])).toEqual([['input.required', ['end']]]);
  });
  it('rejects non-objects', () => {
    for (const v of [null, 'x', 3, ['2025-01-01', '2025-01-02']]) {
      const res = parseDateRange(v);
      expect(res.ok).toBe(false);
      if (!res.ok) expect(res.issues[0]?.code).toBe('input.invalid-type');
    }
  });
  it('dateRange throws on a reversed period', () => {
    expect(dateRange(d('2025-01-01'), d('2025-01-01'))).toEqual(r('2025-01-01', '2025-01-01'));
    expect(() => dateRange(d('2025-01-02'), d('2025-01-01'))).toThrow(KinerjaError);
  });
});

describe('range queries', () => {
  it('count days inclusively', () => {
    expect(rangeDays(r('2024-01-01', '2024-12-31'))).toBe(366);
    expect(rangeDays(r('2025-01-01', '2025-12-31'))).toBe(365);
    expect(rangeDays(r('2025-05-05', '2025-05-05'))).toBe(1);
  });
  it('overlap when sharing a day', () => {
    const h1 = r('2025-01-01', '2025-06-30');
    expect(rangesOverlap(h1, r('2025-06-30', '2025-12-31'))).toBe(true);
    expect(rangesOverlap(h1, r('2025-07-01', '2025-12-31'))).toBe(false);
    expect(rangesOverlap(h1, r('2024-01-01', '2026-01-01'))).toBe(true);
    expect(rangesOverlap(r('2025-03-01', '2025-03-01'), h1)).toBe(true);
  });
  it('contain their ends', () => {
    const q1 = r('2025-01-01', '2025-03-31');
    expect(rangeContains(q1, d('2025-01-01'))).toBe(true);
    expect(rangeContains(q1, d('2025-03-31'))).toBe(true);
    expect(rangeContains(q1, d('2025-04-01'))).toBe(false);
    expect(rangeContains(q1, d('2024-12-31'))).toBe(false);
  });
  it('overlap is symmetric and means a shared day (property)', () => {
    fc.assert(
      fc.property(rangeArb, rangeArb, (a, b) => {
        const shared = rangeContains(a, b.start) || rangeContains(b, a.start);
        return rangesOverlap(a, b) === rangesOverlap(b, a) && rangesOverlap(a, b) === shared;
      }),
    );
  });
});

describe('monthShares', () => {
  it('splits a period into its months', () => {
    expect(monthShares(r('2025-01-20', '2025-03-31'))).toEqual([
      { year: 2025, month: 1, days: 12, daysInMonth: 31 },
      { year: 2025, month: 2, days: 28, daysInMonth: 28 },
      { year: 2025, month: 3, days: 31, daysInMonth: 31 },
    ]);
    expect(monthShares(r('2024-02-10', '2024-02-19'))).toEqual([
      { year: 2024, month: 2, days: 10, daysInMonth: 29 },
    ]);
    expect(monthShares(r('2024-12-31', '2025-01-01'))).toEqual([
      { year: 2024, month: 12, days: 1, daysInMonth: 31 },
      { year: 2025, month: 1, days: 1, daysInMonth: 31 },
    ]);
  });
  it('shares add up to the period and stay within their months (property)', () => {
    fc.assert(
      fc.property(rangeArb, (range) => {
        const shares = monthShares(range);
        const total = shares.reduce((s, x) => s + x.days, 0);
        const consecutive = shares.every((x, i) => {
          const prev = shares[i - 1];
          return prev === undefined || x.year * 12 + x.month === prev.year * 12 + prev.month + 1;
        });
        return (
          total === rangeDays(range) &&
          consecutive &&
          shares.every(
            (x) => x.days >= 1 && x.days <= x.daysInMonth && x.daysInMonth === daysInMonth(x.year, x.month),
          )
        );
      }),
    );
  });
});
