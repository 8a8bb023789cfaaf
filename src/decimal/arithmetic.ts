import {
  DEC_ZERO,
  type Dec,
  dAbs,
  dAdd,
  dDiv,
  dGt,
  dMax,
  dMin,
  dMul,
  dNeg,
  dSub,
  fromDec,
  toDec,
  toDecAt,
} from './dec';
import { decimalFail } from './errors';
import type { DecimalInput, DecimalString } from './types';

/**
 * `a + b`, exact. Inputs follow the rules of {@link parseDecimal}; the result is in plain notation
 * without superfluous trailing zeros.
 *
 * @throws {@link InvalidDecimalError} when an input is not a decimal.
 * @category Decimals
 * @example
 * ```ts
 * add('0.1', '0.2'); // "0.3"
 * add(0.1, 0.2);     // "0.3" (each number is exact as written)
 * add('85.50', '0.50'); // "86"
 * ```
 */
export function add(a: DecimalInput, b: DecimalInput): DecimalString {
  return fromDec(dAdd(toDec(a), toDec(b)));
}

/**
 * `a − b`, exact.
 *
 * @throws {@link InvalidDecimalError} when an input is not a decimal.
 * @category Decimals
 * @example
 * ```ts
 * subtract('1', '0.9'); // "0.1"
 * subtract(2, '2.5');   // "-0.5"
 * ```
 */
export function subtract(a: DecimalInput, b: DecimalInput): DecimalString {
  return fromDec(dSub(toDec(a), toDec(b)));
}

/**
 * `a × b`, exact.
 *
 * @throws {@link InvalidDecimalError} when an input is not a decimal.
 * @category Decimals
 * @example
 * ```ts
 * multiply('1.1', '1.1'); // "1.21"
 * multiply('0.75', 100);  // "75"
 * ```
 */
export function multiply(a: DecimalInput, b: DecimalInput): DecimalString {
  return fromDec(dMul(toDec(a), toDec(b)));
}

/**
 * `a ÷ b`: the exact quotient, printed exactly when its decimal expansion terminates, otherwise
 * rounded to {@link DECIMAL_PRECISION} significant digits (half-even). Round the result with
 * {@link round} before recording it. For chains of operations use the `Dec` functions of the engine: they
 * keep quotients exact (`dDiv`), and only printing rounds.
 *
 * @throws {@link DivisionByZeroError} (an {@link InvalidDecimalError}) when `b` is zero; {@link InvalidDecimalError} when an input is not a decimal.
 * @category Decimals
 * @example
 * ```ts
 * divide('90', '120'); // "0.75"
 * divide('2', '3');    // "0.666666666666666666666666666666666666666666666666666666666667"
 * divide('1', '0');    // throws DivisionByZeroError
 * ```
 */
export function divide(a: DecimalInput, b: DecimalInput): DecimalString {
  return fromDec(dDiv(toDec(a), toDec(b)));
}

/**
 * `−a` (the negation of zero is `"0"`).
 *
 * @throws {@link InvalidDecimalError} when the input is not a decimal.
 * @category Decimals
 * @example
 * ```ts
 * negate('2.50'); // "-2.5"
 * negate('0');    // "0"
 * ```
 */
export function negate(a: DecimalInput): DecimalString {
  return fromDec(dNeg(toDec(a)));
}

/**
 * `|a|`.
 *
 * @throws {@link InvalidDecimalError} when the input is not a decimal.
 * @category Decimals
 * @example
 * ```ts
 * abs('-2.50'); // "2.5"
 * ```
 */
export function abs(a: DecimalInput): DecimalString {
  return fromDec(dAbs(toDec(a)));
}

/**
 * The exact sum of a list; `"0"` for an empty list.
 *
 * @throws {@link InvalidDecimalError} when an input is not a decimal.
 * @category Decimals
 * @example
 * ```ts
 * sum(['0.1', '0.2', 0.3]); // "0.6"
 * sum([]);                  // "0"
 * ```
 */
export function sum(xs: readonly DecimalInput[]): DecimalString {
  return fromDec(total(list(xs)));
}

/** The argument as a list of decimals, or an {@link InvalidDecimalError} for anything else. */
function list(xs: unknown): readonly unknown[] {
  if (Array.isArray(xs)) return xs;
  return decimalFail('decimal.invalid-list', {
    received: xs === null ? 'null' : typeof xs,
  });
}

/** The exact sum of a list of inputs (holes and bad entries throw with their index). */
function total(xs: readonly unknown[]): Dec {
  let acc = DEC_ZERO;
  for (let i = 0; i < xs.length; i++) acc = dAdd(acc, toDecAt(xs, i));
  return acc;
}

/**
 * The arithmetic mean of a non-empty list (the exact sum divided by the count, so printed like
 * {@link divide}).
 *
 * @throws {@link InvalidDecimalError} when `xs` is empty or when an input is not a decimal.
 * @category Decimals
 * @example
 * ```ts
 * mean(['80', '85', '90']); // "85"
 * mean([1, 2]);             // "1.5"
 * mean([]);                 // throws InvalidDecimalError (decimal.empty-list)
 * ```
 */
export function mean(xs: readonly DecimalInput[]): DecimalString {
  const values = list(xs);
  if (values.length === 0) decimalFail('decimal.empty-list', { operation: 'mean' });
  return fromDec(dDiv(total(values), toDec(values.length)));
}

/**
 * The smallest of one or more decimals.
 *
 * @throws {@link InvalidDecimalError} when called without arguments or when an input is not a decimal.
 * @category Decimals
 * @example
 * ```ts
 * min('3', '2.50', 4); // "2.5"
 * ```
 */
export function min(...xs: readonly DecimalInput[]): DecimalString {
  return fromDec(extreme(xs, dMin, 'min'));
}

/**
 * The largest of one or more decimals.
 *
 * @throws {@link InvalidDecimalError} when called without arguments or when an input is not a decimal.
 * @category Decimals
 * @example
 * ```ts
 * max('3', '2.50', '-4'); // "3"
 * ```
 */
export function max(...xs: readonly DecimalInput[]): DecimalString {
  return fromDec(extreme(xs, dMax, 'max'));
}

function extreme(xs: readonly DecimalInput[], pick: (a: Dec, b: Dec) => Dec, name: string): Dec {
  if (xs.length === 0) decimalFail('decimal.empty-list', { operation: name });
  let acc = toDecAt(xs, 0);
  for (let i = 1; i < xs.length; i++) acc = pick(acc, toDecAt(xs, i));
  return acc;
}

/**
 * `a` limited to the range `[lo, hi]`: `lo` if below it, `hi` if above it, otherwise `a`.
 *
 * @throws {@link InvalidDecimalError} when `lo > hi` or when an input is not a decimal.
 * @category Decimals
 * @example
 * ```ts
 * clamp('120', '0', '100'); // "100"
 * clamp('-5', '0', '100');  // "0"
 * clamp('85.50', 0, 100);   // "85.5"
 * ```
 */
export function clamp(a: DecimalInput, lo: DecimalInput, hi: DecimalInput): DecimalString {
  const l = toDec(lo);
  const h = toDec(hi);
  if (dGt(l, h)) decimalFail('decimal.bounds-reversed', { min: fromDec(l), max: fromDec(h) });
  return fromDec(dMin(dMax(toDec(a), l), h));
}
