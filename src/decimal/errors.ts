import type { DecimalString } from './types';

/**
 * Thrown by {@link divide} and the engine's `dDiv` when the divisor is zero. Derives from `RangeError`. Domain code checks for a zero divisor before dividing and reports an
 * issue instead, so this error means a programming mistake, never bad user input.
 *
 * @category Decimal
 * @example
 * ```ts
 * try { divide('1', '0'); } catch (e) {
 *   e instanceof DivisionByZeroError; // true
 *   (e as DivisionByZeroError).dividend; // "1"
 * }
 * ```
 */
export class DivisionByZeroError extends RangeError {
  /** The number that was to be divided by zero. */
  readonly dividend: DecimalString;

  constructor(dividend: DecimalString) {
    super(`Division by zero (dividend ${dividend})`);
    this.name = 'DivisionByZeroError';
    this.dividend = dividend;
  }
}

/** Throws a RangeError unless `scale` is an integer from 0 to `max`. */
export function checkScale(scale: number, max: number): void {
  if (!Number.isInteger(scale) || scale < 0 || scale > max) {
    throw new RangeError(`Scale must be an integer from 0 to ${max}, got ${String(scale)}`);
  }
}
