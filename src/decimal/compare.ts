import { type Dec, dCmp, dIsNeg, dIsZero, toDec } from './dec';
import { canonicalDecimal } from './normalize';
import type { DecimalInput } from './types';

/**
 * Compares by numeric value: `-1` if `a < b`, `0` if equal, `1` if `a > b`. A total order, usable
 * as an `Array.prototype.sort` comparator.
 *
 * @throws {@link InvalidDecimalError} when an input is not a decimal.
 * @category Decimals
 * @example
 * ```ts
 * compare('85.50', '85.5'); // 0
 * compare('-1', 0);         // -1
 * ['10', '9.5', '-2'].sort(compare); // ['-2', '9.5', '10']
 * ```
 */
export function compare(a: DecimalInput, b: DecimalInput): -1 | 0 | 1 {
  return dCmp(toDec(a), toDec(b));
}

/**
 * `a = b` by numeric value (the scale written does not matter).
 *
 * @throws {@link InvalidDecimalError} when an input is not a decimal.
 * @category Decimals
 * @example
 * ```ts
 * equals('85.50', 85.5); // true
 * equals('0', '-0.00');  // true
 * ```
 */
export function equals(a: DecimalInput, b: DecimalInput): boolean {
  return compare(a, b) === 0;
}

/**
 * `a < b`.
 *
 * @throws {@link InvalidDecimalError} when an input is not a decimal.
 * @category Decimals
 * @example
 * ```ts
 * lessThan('9.99', '10'); // true
 * ```
 */
export function lessThan(a: DecimalInput, b: DecimalInput): boolean {
  return compare(a, b) < 0;
}

/**
 * `a ≤ b`.
 *
 * @throws {@link InvalidDecimalError} when an input is not a decimal.
 * @category Decimals
 * @example
 * ```ts
 * lessThanOrEqual('10.00', '10'); // true
 * ```
 */
export function lessThanOrEqual(a: DecimalInput, b: DecimalInput): boolean {
  return compare(a, b) <= 0;
}

/**
 * `a > b`.
 *
 * @throws {@link InvalidDecimalError} when an input is not a decimal.
 * @category Decimals
 * @example
 * ```ts
 * greaterThan('90.01', 90); // true
 * ```
 */
export function greaterThan(a: DecimalInput, b: DecimalInput): boolean {
  return compare(a, b) > 0;
}

/**
 * `a ≥ b`.
 *
 * @throws {@link InvalidDecimalError} when an input is not a decimal.
 * @category Decimals
 * @example
 * ```ts
 * greaterThanOrEqual('90', '90.00'); // true
 * ```
 */
export function greaterThanOrEqual(a: DecimalInput, b: DecimalInput): boolean {
  return compare(a, b) >= 0;
}

/**
 * `a = 0`; `false` for anything that is not a decimal (a predicate never throws).
 * @category Decimals
 * @example
 * ```ts
 * isZero('0.00'); // true
 * isZero('-0');   // true
 * ```
 */
export function isZero(a: DecimalInput): boolean {
  const d = read(a);
  return d !== undefined && dIsZero(d);
}

/** The value of a predicate's argument, or `undefined` when it is not a decimal (predicates never throw). */
function read(a: unknown): Dec | undefined {
  const r = canonicalDecimal(a);
  return typeof r === 'string' ? toDec(r) : undefined;
}

/**
 * `a < 0` (zero is neither negative nor positive); `false` for anything that is not a decimal
 * (a predicate never throws).
 * @category Decimals
 * @example
 * ```ts
 * isNegative('-0.01'); // true
 * isNegative('-0');    // false
 * ```
 */
export function isNegative(a: DecimalInput): boolean {
  const d = read(a);
  return d !== undefined && dIsNeg(d);
}

/**
 * `a > 0` (zero is neither negative nor positive); `false` for anything that is not a decimal
 * (a predicate never throws).
 * @category Decimals
 * @example
 * ```ts
 * isPositive('0.01'); // true
 * isPositive('0');    // false
 * ```
 */
export function isPositive(a: DecimalInput): boolean {
  const d = read(a);
  return d !== undefined && !dIsZero(d) && !dIsNeg(d);
}
