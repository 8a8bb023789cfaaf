/**
 * Exact decimals: parsing, string arithmetic, rounding modes and the fast `Dec` values of the
 * scoring engine (exact rationals on JS numbers, with a BigInt fallback). The only module that
 * may import decimal.js (today only its tests do, as a reference).
 *
 * @module
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
export {
  DEC_HUNDRED,
  DEC_ONE,
  DEC_ZERO,
  type Dec,
  dAbs,
  dAdd,
  dCmp,
  dDiv,
  dEq,
  decOf,
  dFromInt,
  dGt,
  dGte,
  dIsNeg,
  dIsZero,
  dLt,
  dLte,
  dMax,
  dMean,
  dMin,
  dMul,
  dNeg,
  dRound,
  dRoundFixed,
  dSub,
  dSum,
  dToFixed,
  fromDec,
  toDec,
} from './dec';
export { DivisionByZeroError, InvalidDecimalError } from './errors';
export { assertDecimal, isDecimalString, parseDecimal } from './parse';
export { round, toFixedScale } from './round';
export {
  DECIMAL_PRECISION,
  type DecimalInput,
  type DecimalString,
  MAX_SCALE,
  ROUNDING_MODES,
  type RoundingMode,
} from './types';
