import { isRecord } from '../explain/input-guard';
import { issue } from '../explain/issue';
import { commonMessages } from '../explain/messages/common';
import { err, type Issue, type PathSegment, type Result } from '../explain/result';
import { parseWithSchema } from '../explain/schema-parse';
import { dayPart, kind, monthLength, monthPart, recordArg, toDays, yearPart } from './core';
import { checkOrder, dateArg, type IsoDate, pathArg } from './parse';
import { dateRangeSchema } from './schemas';

/**
 * A period of calendar days, both ends **inclusive**: `{ start: '2025-01-01', end: '2025-12-31' }`
 * is the whole of 2025. `end` is never before `start` (a one-day period has `start === end`).
 *
 * @category Dates
 * @example
 * ```ts
 * const q1: DateRange = { start: assertIsoDate('2025-01-01'), end: assertIsoDate('2025-03-31') };
 * rangeDays(q1); // 90
 * ```
 */
export interface DateRange {
  /** First day of the period. */
  readonly start: IsoDate;
  /** Last day of the period (inclusive). */
  readonly end: IsoDate;
}

/**
 * Parses an untrusted `{ start, end }` object as a {@link DateRange}. Each end is parsed with
 * {@link parseIsoDate} (issues at `[...path, 'start']` and `[...path, 'end']`; a missing end is
 * `input.required`); an end before the start is `date.range-reversed` at `path`. Other keys are
 * ignored and not copied.
 *
 * @category Dates
 * @example
 * ```ts
 * parseDateRange({ start: '2025-01-01', end: '2025-06-30' });
 * // { ok: true, value: { start: '2025-01-01', end: '2025-06-30' } }
 * parseDateRange({ start: '2025-07-01', end: '2025-06-30' }, ['period']);
 * // { ok: false, issues: [{ code: 'date.range-reversed', path: ['period'], … }] }
 * ```
 */
export function parseDateRange(
  input: unknown,
  path: readonly PathSegment[] = [],
): Result<DateRange, Issue[]> {
  const base = pathArg(path);
  // The shape is checked here so that a non-object keeps its one issue at `path`.
  if (!isRecord(input))
    return err([
      issue(commonMessages, 'input.invalid-type', base, { expected: 'object', received: kind(input) }),
    ]);
  return parseWithSchema(dateRangeSchema, input, base);
}

/**
 * Builds a {@link DateRange} from two checked dates; throws a `KinerjaError`
 * (`date.range-reversed`) if `end` is before `start`.
 *
 * @category Dates
 * @example
 * ```ts
 * dateRange(assertIsoDate('2025-01-01'), assertIsoDate('2025-03-31')); // { start: '2025-01-01', end: '2025-03-31' }
 * ```
 */
export function dateRange(start: IsoDate, end: IsoDate): DateRange {
  dateArg(start, 'start');
  dateArg(end, 'end');
  checkOrder(start, end);
  return { start, end };
}

/**
 * A range argument of a helper: an object whose `start` and `end` are dates, `end` not before
 * `start`; otherwise an {@link InvalidDateError} with the issue under `name`.
 *
 * @internal
 */
export function rangeArg(value: unknown, name: string): DateRange {
  const r = recordArg(value, name);
  const start = dateArg(r.start, name, 'start');
  const end = dateArg(r.end, name, 'end');
  checkOrder(start, end, name);
  return { start, end };
}

/**
 * The number of days in a period, counting both ends.
 *
 * @category Dates
 * @example
 * ```ts
 * rangeDays({ start: assertIsoDate('2024-01-01'), end: assertIsoDate('2024-12-31') }); // 366
 * rangeDays({ start: assertIsoDate('2025-05-05'), end: assertIsoDate('2025-05-05') }); // 1
 * ```
 */
export function rangeDays(r: DateRange): number {
  const { start, end } = rangeArg(r, 'r');
  return toDays(end) - toDays(start) + 1;
}

/**
 * Whether two periods share at least one day (touching ends count, since ends are inclusive).
 *
 * @category Dates
 * @example
 * ```ts
 * const h1 = { start: assertIsoDate('2025-01-01'), end: assertIsoDate('2025-06-30') };
 * rangesOverlap(h1, { start: assertIsoDate('2025-06-30'), end: assertIsoDate('2025-12-31') }); // true
 * rangesOverlap(h1, { start: assertIsoDate('2025-07-01'), end: assertIsoDate('2025-12-31') }); // false
 * ```
 */
export function rangesOverlap(a: DateRange, b: DateRange): boolean {
  rangeArg(a, 'a');
  rangeArg(b, 'b');
  return a.start <= b.end && b.start <= a.end;
}

/**
 * Whether a date lies within a period (ends included).
 *
 * @category Dates
 * @example
 * ```ts
 * const q1 = { start: assertIsoDate('2025-01-01'), end: assertIsoDate('2025-03-31') };
 * rangeContains(q1, assertIsoDate('2025-03-31')); // true
 * rangeContains(q1, assertIsoDate('2025-04-01')); // false
 * ```
 */
export function rangeContains(r: DateRange, d: IsoDate): boolean {
  rangeArg(r, 'r');
  dateArg(d, 'd');
  return r.start <= d && d <= r.end;
}

/**
 * One calendar month's part of a period, as returned by {@link monthShares}.
 *
 * @category Dates
 * @example
 * ```ts
 * const share: MonthShare = { year: 2025, month: 1, days: 12, daysInMonth: 31 }; // 20–31 January
 * ```
 */
export interface MonthShare {
  /** Calendar year of the month. */
  readonly year: number;
  /** Month, 1..12. */
  readonly month: number;
  /** Days of this month inside the period. */
  readonly days: number;
  /** Days in this month. */
  readonly daysInMonth: number;
}

/**
 * The calendar months a period touches, in order, each with the number of its days the period
 * covers; for weighting periods by months, a partly covered month counting as its share of days
 * (`days / daysInMonth`, to be divided exactly with `src/decimal`).
 *
 * @category Dates
 * @example
 * ```ts
 * monthShares({ start: assertIsoDate('2025-01-20'), end: assertIsoDate('2025-02-28') });
 * // [{ year: 2025, month: 1, days: 12, daysInMonth: 31 }, { year: 2025, month: 2, days: 28, daysInMonth: 28 }]
 * ```
 */
export function monthShares(r: DateRange): MonthShare[] {
  const range = rangeArg(r, 'r');
  const out: MonthShare[] = [];
  const endY = yearPart(range.end);
  const endM = monthPart(range.end);
  let y = yearPart(range.start);
  let m = monthPart(range.start);
  let firstDay = dayPart(range.start);
  for (;;) {
    const length = monthLength(y, m);
    const last = y === endY && m === endM;
    const lastDay = last ? dayPart(range.end) : length;
    out.push({ year: y, month: m, days: lastDay - firstDay + 1, daysInMonth: length });
    if (last) return out;
    firstDay = 1;
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
}
