import { issue } from '../explain/issue';
import { dateMessages } from '../explain/messages/date';
import { err, type Issue, ok, type PathSegment, type Result } from '../explain/result';
import { fail, format, MAX_YEAR, MIN_YEAR, monthLength, toDays } from './core';
import { InvalidDateError } from './errors';

declare const isoDateBrand: unique symbol;

/**
 * A calendar date written `YYYY-MM-DD` (years 1000–9999), such as `"2025-12-31"`: no time, no
 * time zone. It is a `string` at run time (JSON-ready, and ordered by plain string comparison);
 * the brand only records that it was checked. Obtain one from {@link parseIsoDate},
 * {@link assertIsoDate} or {@link dateFromParts}.
 *
 * @category Dates
 * @example
 * ```ts
 * const d: IsoDate = assertIsoDate('2025-12-31');
 * JSON.stringify({ d }); // '{"d":"2025-12-31"}'
 * ```
 */
export type IsoDate = string & { readonly [isoDateBrand]: 'IsoDate' };

const SHAPE = /^\d{4}-\d{2}-\d{2}$/;

function received(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (value instanceof Date) return 'Date';
  return typeof value;
}

function shown(value: string): string {
  return value.length > 40 ? `${value.slice(0, 40)}…` : value;
}

function check(input: string): 'date.invalid-format' | 'date.out-of-range' | 'date.not-a-date' | null {
  if (input.length !== 10 || !SHAPE.test(input)) return 'date.invalid-format';
  const y = Number(input.slice(0, 4));
  const m = Number(input.slice(5, 7));
  const d = Number(input.slice(8, 10));
  if (y < MIN_YEAR) return 'date.out-of-range';
  if (m < 1 || m > 12 || d < 1 || d > monthLength(y, m)) return 'date.not-a-date';
  return null;
}

/**
 * Parses an untrusted value as an {@link IsoDate}. Only strings of the exact form `YYYY-MM-DD`
 * naming a real calendar date in years 1000–9999 pass; numbers, `Date` objects, timestamps,
 * surrounding spaces and unpadded parts are rejected with an issue at `path`:
 * `date.invalid-type`, `date.invalid-format`, `date.out-of-range` or `date.not-a-date`.
 *
 * @category Dates
 * @example
 * ```ts
 * parseIsoDate('2024-02-29'); // { ok: true, value: '2024-02-29' }
 * parseIsoDate('2025-02-29'); // { ok: false, issues: [{ code: 'date.not-a-date', path: [], … }] }
 * parseIsoDate('2025-1-01', ['start']); // { ok: false, issues: [{ code: 'date.invalid-format', path: ['start'], … }] }
 * ```
 */
export function parseIsoDate(input: unknown, path: readonly PathSegment[] = []): Result<IsoDate, Issue[]> {
  path = pathArg(path);
  if (typeof input !== 'string')
    return err([issue(dateMessages, 'date.invalid-type', path, { received: received(input) })]);
  const problem = check(input);
  if (problem === null) return ok(input as IsoDate);
  const params =
    problem === 'date.out-of-range'
      ? { value: shown(input), min: MIN_YEAR, max: MAX_YEAR }
      : { value: shown(input) };
  return err([issue(dateMessages, problem, path, params)]);
}

/**
 * Whether a value is a valid {@link IsoDate} (the same test as {@link parseIsoDate}).
 *
 * @category Dates
 * @example
 * ```ts
 * isIsoDate('2025-04-30'); // true
 * isIsoDate('2025-04-31'); // false
 * isIsoDate(20250101);     // false
 * ```
 */
export function isIsoDate(value: unknown): value is IsoDate {
  return typeof value === 'string' && check(value) === null;
}

/**
 * The throwing variant of {@link parseIsoDate}, for date literals in code and tests. Throws a
 * `KinerjaError` carrying the issue.
 *
 * @category Dates
 * @example
 * ```ts
 * assertIsoDate('2025-12-31'); // '2025-12-31' (typed IsoDate)
 * assertIsoDate('2025-13-01'); // throws KinerjaError (date.not-a-date)
 * ```
 */
export function assertIsoDate(input: string): IsoDate {
  const r = parseIsoDate(input);
  if (r.ok) return r.value;
  throw new InvalidDateError(r.issues, 'date');
}

/**
 * A `path` argument as given when it is one (strings and numbers), else the root.
 *
 * @internal
 */
export function pathArg(path: unknown): readonly PathSegment[] {
  if (!Array.isArray(path)) return [];
  for (let i = 0; i < path.length; i++) {
    const seg: unknown = path[i];
    if (typeof seg !== 'string' && typeof seg !== 'number') return [];
  }
  return path as readonly PathSegment[];
}

/**
 * A date argument of a helper, checked like {@link parseIsoDate}: the date, or an
 * {@link InvalidDateError} with the issue at `path` (the argument's name).
 *
 * @internal
 */
export function dateArg(value: unknown, ...path: PathSegment[]): IsoDate {
  if (typeof value === 'string' && check(value) === null) return value as IsoDate;
  const r = parseIsoDate(value, path);
  if (r.ok) return r.value;
  throw new InvalidDateError(r.issues);
}

/** The day number of a date argument (see {@link dateArg}). @internal */
export function daysArg(value: unknown, ...path: PathSegment[]): number {
  return toDays(dateArg(value, ...path));
}

/** Throws `date.range-reversed` at `path` when `end` is before `start`. @internal */
export function checkOrder(start: IsoDate, end: IsoDate, ...path: PathSegment[]): void {
  if (end < start) fail('date.range-reversed', { start, end }, path);
}

/**
 * Builds an {@link IsoDate} from its parts, or `null` when they name no calendar date (or a year
 * outside 1000–9999, or non-integers).
 *
 * @category Dates
 * @example
 * ```ts
 * dateFromParts(2024, 2, 29); // '2024-02-29'
 * dateFromParts(2025, 2, 29); // null
 * dateFromParts(2025, 13, 1); // null
 * ```
 */
export function dateFromParts(year: number, month: number, day: number): IsoDate | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12) return null;
  if (day < 1 || day > monthLength(year, month)) return null;
  return format(year, month, day);
}
