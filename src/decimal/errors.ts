import { issue, KinerjaError } from '../explain/index';
import { decimalMessages } from '../explain/messages/decimal';
import type { MessageParams } from '../explain/messages/index';
import type { DecimalString } from './types';

/**
 * Thrown by the decimal helpers ({@link add}, {@link compare}, {@link round}, …) when an argument
 * is not something they can compute with: not a decimal, a bad scale or rounding mode, an empty
 * list where a value is needed, a reversed range. A {@link KinerjaError}: its `issues` carry a
 * stable code (`decimal.invalid`, `decimal.invalid-scale`, …) and the message in both languages.
 * Parse untrusted input with {@link parseDecimal} first to get issues instead of a throw.
 *
 * @category Decimals
 * @example
 * ```ts
 * try { add('1', 'abc'); } catch (e) {
 *   e instanceof InvalidDecimalError; // true
 *   e instanceof KinerjaError;        // true
 *   (e as InvalidDecimalError).issues[0].code; // "decimal.invalid"
 * }
 * ```
 */
export class InvalidDecimalError extends KinerjaError {
  constructor(issues: ConstructorParameters<typeof KinerjaError>[0], what = 'decimal') {
    super(issues, what);
    this.name = 'InvalidDecimalError';
  }
}

/**
 * Thrown by {@link divide} and the engine's `dDiv` when the divisor is zero: an
 * {@link InvalidDecimalError} (so a {@link KinerjaError}) with one issue `decimal.division-by-zero`.
 * Domain code checks for a zero divisor before dividing and reports an issue instead, so this
 * error means a programming mistake, never bad user input.
 *
 * @category Decimals
 * @example
 * ```ts
 * try { divide('1', '0'); } catch (e) {
 *   e instanceof DivisionByZeroError; // true
 *   e instanceof KinerjaError;        // true
 *   (e as DivisionByZeroError).dividend; // "1"
 * }
 * ```
 */
export class DivisionByZeroError extends InvalidDecimalError {
  /** The number that was to be divided by zero. */
  readonly dividend: DecimalString;

  constructor(dividend: DecimalString) {
    const shown = shownValue(dividend);
    super([issue(decimalMessages, 'decimal.division-by-zero', [], { dividend: shown })], 'division');
    this.name = 'DivisionByZeroError';
    this.dividend = shown as DecimalString;
  }
}

/** Throws an {@link InvalidDecimalError} with one issue. */
export function decimalFail(
  code: keyof typeof decimalMessages,
  params: MessageParams = {},
  path: readonly (string | number)[] = [],
): never {
  throw new InvalidDecimalError([issue(decimalMessages, code, path, params)]);
}

/** Throws an {@link InvalidDecimalError} unless `scale` is an integer from 0 to `max`. */
export function checkScale(scale: number, max: number): void {
  if (typeof scale !== 'number' || !Number.isInteger(scale) || scale < 0 || scale > max) {
    decimalFail('decimal.invalid-scale', { value: shownValue(scale), max }, ['scale']);
  }
}

/** A value shown in a message, whatever it is (never throws). */
export function shownValue(v: unknown): string {
  if (typeof v === 'string') return v.length > 40 ? `${v.slice(0, 40)}…` : v;
  if (
    typeof v === 'number' ||
    typeof v === 'boolean' ||
    typeof v === 'bigint' ||
    v === undefined ||
    v === null
  )
    return String(v);
  return Array.isArray(v) ? 'array' : typeof v;
}

/** A `path` argument as given when it is one (strings and numbers), else the root. */
export function pathArg(path: unknown): readonly (string | number)[] {
  if (!Array.isArray(path)) return [];
  for (let i = 0; i < path.length; i++) {
    const seg: unknown = path[i];
    if (typeof seg !== 'string' && typeof seg !== 'number') return [];
  }
  return path as readonly (string | number)[];
}
