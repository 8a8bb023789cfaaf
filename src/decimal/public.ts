/**
 * `kinerja/decimal`: exact decimal helpers on `DecimalString` values ("85.50"): parsing, string
 * arithmetic, comparison and the rounding modes of the rulesets. Every helper is exact (no binary
 * floating point); the domain API of `kinerja` uses the same arithmetic.
 *
 * @example
 * ```ts
 * import { add, round } from 'kinerja/decimal';
 *
 * add('0.1', '0.2'); // "0.3"
 * round('85.125', 2, 'half-up'); // "85.13"
 * ```
 *
 * @module kinerja/decimal
 */
export { abs, add, clamp, divide, max, mean, min, multiply, negate, subtract, sum } from './arithmetic';
export {
  compare,
  equals,
  greaterThan,
  greaterThanOrEqual,
  isNegative,
  isPositive,
  isZero,
  lessThan,
  lessThanOrEqual,
} from './compare';
export { DivisionByZeroError, InvalidDecimalError } from './errors';
export { assertDecimal, isDecimalString, parseDecimal } from './parse';
export { round } from './round';
export {
  DECIMAL_PRECISION,
  type DecimalInput,
  type DecimalObject,
  type DecimalString,
  MAX_SCALE,
  ROUNDING_MODES,
  type RoundingMode,
} from './types';
