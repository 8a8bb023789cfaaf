import { KinerjaError } from '../explain/result';

/**
 * Thrown by the date helpers ({@link addDays}, {@link daysBetween}, {@link reviewPeriods}, …) when
 * an argument is not something they can compute with: not an {@link IsoDate}, an amount that is
 * not a safe integer, a result outside years 1000–9999, an invalid calendar, rule or option. A
 * {@link KinerjaError}: its `issues` carry a stable code (`date.invalid-format`,
 * `date.invalid-amount`, …) with the argument's name as the path, and the message in both
 * languages. Parse untrusted input with {@link parseIsoDate} first to get issues instead.
 *
 * @category Dates
 * @example
 * ```ts
 * try { daysBetween('2025-01-01' as IsoDate, 'soon' as IsoDate); } catch (e) {
 *   e instanceof InvalidDateError; // true
 *   e instanceof KinerjaError;     // true
 *   (e as InvalidDateError).issues[0]; // { code: 'date.invalid-format', path: ['b'], … }
 * }
 * ```
 */
export class InvalidDateError extends KinerjaError {
  constructor(issues: ConstructorParameters<typeof KinerjaError>[0], what = 'date argument') {
    super(issues, what);
    this.name = 'InvalidDateError';
  }
}
