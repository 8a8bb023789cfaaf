import {
  checkAmount,
  dayPart,
  fail,
  format,
  leap,
  monthLength,
  monthPart,
  shown,
  weekdayOfDays,
  yearPart,
} from './core';
import { dateArg, daysArg, type IsoDate } from './parse';

/**
 * The year of a date.
 *
 * @category Dates
 * @example
 * ```ts
 * yearOf(assertIsoDate('2025-12-31')); // 2025
 * ```
 */
export function yearOf(d: IsoDate): number {
  return yearPart(dateArg(d, 'd'));
}

/**
 * The month of a date, 1 (January) to 12 (December).
 *
 * @category Dates
 * @example
 * ```ts
 * monthOf(assertIsoDate('2025-12-31')); // 12
 * ```
 */
export function monthOf(d: IsoDate): number {
  return monthPart(dateArg(d, 'd'));
}

/**
 * The day of the month of a date, 1 to 31.
 *
 * @category Dates
 * @example
 * ```ts
 * dayOf(assertIsoDate('2025-12-31')); // 31
 * ```
 */
export function dayOf(d: IsoDate): number {
  return dayPart(dateArg(d, 'd'));
}

/**
 * The day of the week: 0 = Sunday (Minggu), 1 = Monday … 6 = Saturday (Sabtu), as
 * `Date.prototype.getDay`.
 *
 * @category Dates
 * @example
 * ```ts
 * dayOfWeek(assertIsoDate('2025-08-17')); // 0 (a Sunday)
 * ```
 */
export function dayOfWeek(d: IsoDate): number {
  return weekdayOfDays(daysArg(d, 'd'));
}

/**
 * Whether `year` is a leap year of the Gregorian calendar. Throws a `KinerjaError`
 * (`date.invalid-amount`) if `year` is not an integer.
 *
 * @category Dates
 * @example
 * ```ts
 * isLeapYear(2024); // true
 * isLeapYear(1900); // false
 * isLeapYear(2000); // true
 * ```
 */
export function isLeapYear(year: number): boolean {
  checkAmount(year, 'year');
  return leap(year);
}

/**
 * The number of days in a month (`month` 1..12). Throws a `KinerjaError` for a month outside
 * 1..12 (`date.invalid-month`) or a non-integer year.
 *
 * @category Dates
 * @example
 * ```ts
 * daysInMonth(2024, 2); // 29
 * daysInMonth(2025, 2); // 28
 * daysInMonth(2025, 4); // 30
 * ```
 */
export function daysInMonth(year: number, month: number): number {
  checkAmount(year, 'year');
  if (!Number.isInteger(month) || month < 1 || month > 12)
    fail('date.invalid-month', { value: shown(month) });
  return monthLength(year, month);
}

/**
 * The first day of the date's month.
 *
 * @category Dates
 * @example
 * ```ts
 * startOfMonth(assertIsoDate('2025-02-14')); // '2025-02-01'
 * ```
 */
export function startOfMonth(d: IsoDate): IsoDate {
  dateArg(d, 'd');
  return format(yearPart(d), monthPart(d), 1);
}

/**
 * The last day of the date's month.
 *
 * @category Dates
 * @example
 * ```ts
 * endOfMonth(assertIsoDate('2024-02-14')); // '2024-02-29'
 * endOfMonth(assertIsoDate('2025-02-14')); // '2025-02-28'
 * ```
 */
export function endOfMonth(d: IsoDate): IsoDate {
  dateArg(d, 'd');
  const y = yearPart(d);
  const m = monthPart(d);
  return format(y, m, monthLength(y, m));
}
