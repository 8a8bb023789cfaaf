import { deepFreeze } from '../explain/freeze';
import {
  checkAmount,
  fail,
  format,
  MAX_YEAR,
  MIN_YEAR,
  monthLength,
  monthPart,
  recordArg,
  shown,
  yearPart,
} from './core';
import { dateArg, type IsoDate } from './parse';
import type { DateRange } from './range';

/**
 * How often periodic performance evaluations happen (PermenPANRB 6/2022 lets the agency choose
 * monthly, quarterly or semester periods; `annual` is the annual evaluation).
 *
 * @category Dates
 * @example
 * ```ts
 * const f: ReviewFrequency = 'quarterly';
 * ```
 */
export type ReviewFrequency = 'monthly' | 'quarterly' | 'semester' | 'annual';

/**
 * Every {@link ReviewFrequency}, shortest first (for schemas and selects).
 *
 * @category Dates
 * @example
 * ```ts
 * REVIEW_FREQUENCIES; // ['monthly', 'quarterly', 'semester', 'annual']
 * ```
 */
export const REVIEW_FREQUENCIES = deepFreeze([
  'monthly',
  'quarterly',
  'semester',
  'annual',
] as const satisfies readonly ReviewFrequency[]);

const MONTHS: Readonly<Record<ReviewFrequency, number>> = {
  monthly: 1,
  quarterly: 3,
  semester: 6,
  annual: 12,
};

/**
 * An agency's review calendar: the frequency of periodic evaluations and the month its
 * (performance or fiscal) year starts in.
 *
 * @category Dates
 * @example
 * ```ts
 * const calendar: ReviewCalendar = { frequency: 'quarterly' };                  // Jan–Mar, Apr–Jun, …
 * const aprilYear: ReviewCalendar = { frequency: 'semester', yearStartMonth: 4 }; // Apr–Sep, Oct–Mar
 * ```
 */
export interface ReviewCalendar {
  /** How often periods end. */
  readonly frequency: ReviewFrequency;
  /** The month (1..12) the year starts in; default 1 (January). */
  readonly yearStartMonth?: number;
}

/**
 * One review period of a {@link ReviewCalendar}: its dates (both inclusive) and its place in
 * the year.
 *
 * @category Dates
 * @example
 * ```ts
 * reviewPeriods({ frequency: 'semester' }, 2025)[1];
 * // { start: '2025-07-01', end: '2025-12-31', year: 2025, index: 2, frequency: 'semester' }
 * ```
 */
export interface ReviewPeriod extends DateRange {
  /** The year the period belongs to: the calendar year in which that year starts. */
  readonly year: number;
  /** Position within the year, from 1. */
  readonly index: number;
  /** The frequency of the calendar that produced the period. */
  readonly frequency: ReviewFrequency;
}

function periodLength(calendar: ReviewCalendar): number {
  const f: unknown = calendar.frequency;
  if (typeof f !== 'string' || !(REVIEW_FREQUENCIES as readonly string[]).includes(f))
    fail('date.invalid-frequency', { value: shown(f) }, ['frequency']);
  return MONTHS[f as ReviewFrequency];
}

function startMonth(calendar: ReviewCalendar): number {
  const m: unknown = calendar.yearStartMonth ?? 1;
  if (typeof m !== 'number' || !Number.isInteger(m) || m < 1 || m > 12)
    fail('date.invalid-month', { value: shown(m) }, ['yearStartMonth']);
  return m as number;
}

function period(
  year: number,
  index: number,
  length: number,
  start: number,
  frequency: ReviewFrequency,
): ReviewPeriod {
  const first = start - 1 + (index - 1) * length; // months after January of `year`, 0-based
  const last = first + length - 1;
  const y1 = year + Math.floor(first / 12);
  const m1 = (first % 12) + 1;
  const y2 = year + Math.floor(last / 12);
  const m2 = (last % 12) + 1;
  return {
    start: format(y1, m1, 1),
    end: format(y2, m2, monthLength(y2, m2)),
    year,
    index,
    frequency,
  };
}

function checkPeriodYear(year: number, start: number): void {
  checkAmount(year, 'year');
  const lastYear = start === 1 ? MAX_YEAR : MAX_YEAR - 1;
  if (year < MIN_YEAR || year > lastYear)
    fail('date.out-of-range', { value: year, min: MIN_YEAR, max: lastYear });
}

/**
 * The review periods of one year, in order. They cover the year, from the 1st of
 * `yearStartMonth` in `year` to the day before the next year starts, without gap or overlap.
 * Throws a `KinerjaError` for an unknown frequency, a start month outside 1..12 or a year
 * outside 1000–9999.
 *
 * @category Dates
 * @example
 * ```ts
 * reviewPeriods({ frequency: 'quarterly' }, 2025).map((p) => [p.start, p.end]);
 * // [['2025-01-01', '2025-03-31'], ['2025-04-01', '2025-06-30'], ['2025-07-01', '2025-09-30'], ['2025-10-01', '2025-12-31']]
 * reviewPeriods({ frequency: 'annual', yearStartMonth: 4 }, 2025);
 * // [{ start: '2025-04-01', end: '2026-03-31', year: 2025, index: 1, frequency: 'annual' }]
 * ```
 */
export function reviewPeriods(calendar: ReviewCalendar, year: number): ReviewPeriod[] {
  recordArg(calendar, 'calendar');
  const length = periodLength(calendar);
  const start = startMonth(calendar);
  checkPeriodYear(year, start);
  const out: ReviewPeriod[] = [];
  for (let index = 1; index <= 12 / length; index += 1) {
    out.push(period(year, index, length, start, calendar.frequency));
  }
  return out;
}

/**
 * The review period that contains a date.
 *
 * @category Dates
 * @example
 * ```ts
 * reviewPeriodContaining({ frequency: 'quarterly' }, assertIsoDate('2025-05-20'));
 * // { start: '2025-04-01', end: '2025-06-30', year: 2025, index: 2, frequency: 'quarterly' }
 * reviewPeriodContaining({ frequency: 'quarterly', yearStartMonth: 4 }, assertIsoDate('2026-02-10'));
 * // { start: '2026-01-01', end: '2026-03-31', year: 2025, index: 4, frequency: 'quarterly' }
 * ```
 */
export function reviewPeriodContaining(calendar: ReviewCalendar, d: IsoDate): ReviewPeriod {
  recordArg(calendar, 'calendar');
  dateArg(d, 'd');
  const length = periodLength(calendar);
  const start = startMonth(calendar);
  const month = monthPart(d);
  const year = month >= start ? yearPart(d) : yearPart(d) - 1;
  checkPeriodYear(year, start);
  const offset = (month - start + 12) % 12;
  return period(year, Math.floor(offset / length) + 1, length, start, calendar.frequency);
}
