/**
 * Internal integer calendar arithmetic (proleptic Gregorian calendar). Not exported from the
 * barrel: the public functions validate their arguments and call these.
 *
 * A date is handled as its *day number*: days since 1970-01-01 (negative before). The conversions
 * are Howard Hinnant's `days_from_civil` / `civil_from_days`, exact for every year.
 */

import { isRecord } from '../explain/input-guard';
import { issue } from '../explain/issue';
import { commonMessages } from '../explain/messages/common';
import { dateMessages } from '../explain/messages/date';
import type { MessageParams } from '../explain/messages/index';
import type { PathSegment } from '../explain/result';
import { InvalidDateError } from './errors';
import type { IsoDate } from './parse';

/** The first year an {@link IsoDate} may have. */
export const MIN_YEAR = 1000;
/** The last year an {@link IsoDate} may have. */
export const MAX_YEAR = 9999;

/** Whether `year` is a Gregorian leap year. */
export function leap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** Days in month `month` (1..12) of `year`; the month must be valid. */
export function monthLength(year: number, month: number): number {
  if (month === 2) return leap(year) ? 29 : 28;
  return MONTH_DAYS[month - 1] ?? 0;
}

/** Day number (days since 1970-01-01) of a valid calendar date. */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The calendar date `[year, month, day]` of a day number. */
export function civilFromDays(days: number): [number, number, number] {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return [year, month, day];
}

/** Day number of the first representable date, 1000-01-01. */
export const MIN_DAY = daysFromCivil(MIN_YEAR, 1, 1);
/** Day number of the last representable date, 9999-12-31. */
export const MAX_DAY = daysFromCivil(MAX_YEAR, 12, 31);

const ZERO = 48;

/** Year of a valid {@link IsoDate}, read from its digits. */
export function yearPart(d: IsoDate): number {
  return (
    (d.charCodeAt(0) - ZERO) * 1000 +
    (d.charCodeAt(1) - ZERO) * 100 +
    (d.charCodeAt(2) - ZERO) * 10 +
    (d.charCodeAt(3) - ZERO)
  );
}

/** Month (1..12) of a valid {@link IsoDate}. */
export function monthPart(d: IsoDate): number {
  return (d.charCodeAt(5) - ZERO) * 10 + (d.charCodeAt(6) - ZERO);
}

/** Day of month of a valid {@link IsoDate}. */
export function dayPart(d: IsoDate): number {
  return (d.charCodeAt(8) - ZERO) * 10 + (d.charCodeAt(9) - ZERO);
}

/** Day number of a valid {@link IsoDate}. */
export function toDays(d: IsoDate): number {
  return daysFromCivil(yearPart(d), monthPart(d), dayPart(d));
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : `${n}`;
}

/** Formats a date known to be valid and within years 1000..9999. */
export function format(year: number, month: number, day: number): IsoDate {
  return `${year}-${pad2(month)}-${pad2(day)}` as IsoDate;
}

/** The messages the date module raises: its own and those of input checks. */
export const DATE_MESSAGES = { ...commonMessages, ...dateMessages };

/** Throws the module's {@link InvalidDateError} with one issue. */
export function fail(
  code: keyof typeof DATE_MESSAGES,
  params: MessageParams = {},
  path: readonly PathSegment[] = [],
): never {
  throw new InvalidDateError([issue(DATE_MESSAGES, code, path, params)]);
}

/** A value shown in a message, whatever it is (never throws, never calls the caller's code). */
export function shown(v: unknown): string {
  if (typeof v === 'string') return v.length > 40 ? `${v.slice(0, 40)}…` : v;
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint' || v == null) return String(v);
  return Array.isArray(v) ? 'array' : typeof v;
}

/** The kind of a value for `received` in a message. */
export function kind(v: unknown): string {
  return v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v;
}

/**
 * An object argument (a calendar, a rule, a range) as a record, or a throw
 * (`input.invalid-type` at `[name]`).
 */
export function recordArg(value: unknown, name: string): Record<string, unknown> {
  if (isRecord(value)) return value;
  return fail('input.invalid-type', { expected: 'object', received: kind(value) }, [name]);
}

/**
 * An optional options argument: `undefined` gives the defaults (`{}`), an object is read, anything
 * else throws (`input.invalid-type` at `['options']`).
 */
export function optionsArg<T extends object>(value: T | undefined, name = 'options'): Partial<T> {
  if (value === undefined) return {};
  return recordArg(value, name) as Partial<T>;
}

/** Throws `date.out-of-range` unless `year` is within 1000..9999. */
export function checkYear(year: number, shown: string | number = year): void {
  if (year < MIN_YEAR || year > MAX_YEAR)
    fail('date.out-of-range', { value: shown, min: MIN_YEAR, max: MAX_YEAR });
}

/** The {@link IsoDate} of a day number; throws `date.out-of-range` outside 1000-01-01..9999-12-31. */
export function fromDays(days: number): IsoDate {
  const [y, m, d] = civilFromDays(days);
  if (days < MIN_DAY || days > MAX_DAY) fail('date.out-of-range', { value: y, min: MIN_YEAR, max: MAX_YEAR });
  return format(y, m, d);
}

/** Throws `date.invalid-amount` unless `n` is a safe integer (and at least `min` if given). */
export function checkAmount(n: number, name: string, min?: number): void {
  if (!Number.isSafeInteger(n) || (min !== undefined && n < min)) {
    fail(
      'date.invalid-amount',
      min === undefined ? { name, value: shown(n) } : { name, value: shown(n), min },
    );
  }
}

/** Day of week of a day number: 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekdayOfDays(days: number): number {
  return (((days + 4) % 7) + 7) % 7;
}
