import { issue } from '../explain/index';
import { decimalMessages } from '../explain/messages/decimal';
import { checkScale, DivisionByZeroError, decimalFail, InvalidDecimalError, shownValue } from './errors';
import { canonicalDecimal } from './normalize';
import {
  type Rat,
  ratAdd,
  ratCmp,
  ratDiv,
  ratInt,
  ratMul,
  ratNeg,
  ratParse,
  ratRound,
  ratRoundFixed,
  ratScan,
  ratSub,
  ratToFixed,
  ratToString,
  sign,
  ZERO,
} from './rational';
import {
  DECIMAL_PRECISION,
  type DecimalInput,
  type DecimalString,
  MAX_SCALE,
  type RoundingMode,
} from './types';

/**
 * An exact value for hot paths (the scoring engine): parsed once, then combined by the `d…`
 * functions without re-parsing strings. Opaque and immutable; convert with {@link toDec} /
 * {@link decOf} and back with {@link fromDec} or {@link dToFixed}. Never put a `Dec` in a result:
 * results carry {@link DecimalString}s.
 *
 * A `Dec` is an exact rational number `n / d`, kept in JS numbers while both fit in safe integers
 * and in bigints otherwise, so every operation, division included, is exact and so are whole
 * chains of them: `dMul(dDiv(2, 3), 3)` is exactly 2. Rounding happens only where you ask for it
 * ({@link dRound}, {@link dToFixed}) and when printing a value whose decimal expansion does not
 * terminate ({@link fromDec}: {@link DECIMAL_PRECISION} significant digits).
 *
 * @category Decimals
 * @example
 * ```ts
 * const capaian: Dec = dMul(dDiv(toDec('90'), toDec('120')), DEC_HUNDRED);
 * fromDec(capaian); // "75"
 * dEq(dMul(dDiv(toDec('2'), toDec('3')), toDec('3')), toDec('2')); // true: chains are exact
 * ```
 */
export interface Dec {
  /** Type brand only; there is no such property at run time. */
  readonly __dec: unique symbol;
}

// A Dec is a Rat (see rational.ts); these casts cost nothing at run time.
const un = (d: Dec): Rat => d as unknown as Rat;
const wrap = (x: Rat): Dec => x as unknown as Dec;

/**
 * Converts user input to a {@link Dec}, validating it with the rules of {@link parseDecimal}.
 *
 * @throws {@link InvalidDecimalError} when `x` is not a decimal.
 * @category Decimals
 * @example
 * ```ts
 * fromDec(toDec('007.50')); // "7.5"
 * toDec('abc'); // throws InvalidDecimalError (decimal.invalid)
 * ```
 */
export function toDec(x: DecimalInput): Dec {
  // Fast paths: safe integers, and short plain decimals (a number whose String() is one has at
  // most 15 significant digits, so it is exact as written). Everything else, valid or not, goes
  // through the validator of parseDecimal.
  if (typeof x === 'number') {
    if (Number.isSafeInteger(x)) return wrap(ratInt(x)); // ratInt maps -0 to zero
    const q = ratScan(String(x));
    if (q !== undefined) return wrap(q);
  } else if (typeof x === 'string') {
    const q = ratScan(x);
    if (q !== undefined) return wrap(q);
  }
  const r = canonicalDecimal(x);
  if (typeof r === 'string') return wrap(ratParse(r));
  throw new InvalidDecimalError([issue(decimalMessages, r.code, [], r.params)]);
}

/**
 * {@link toDec} of the entry `i` of a list (a hole reads as `undefined`), with the issue at `[i]`.
 *
 * @internal
 */
export function toDecAt(xs: readonly unknown[], i: number): Dec {
  const x = xs[i];
  if (typeof x === 'number' && Number.isSafeInteger(x)) return wrap(ratInt(x));
  const r = canonicalDecimal(x);
  if (typeof r === 'string') return wrap(ratParse(r));
  throw new InvalidDecimalError([issue(decimalMessages, r.code, [i], r.params)]);
}

/** The rounding modes, for the check of {@link checkMode}. */
const MODES: ReadonlySet<unknown> = new Set(['half-up', 'half-even', 'down', 'up', 'floor', 'ceiling']);

/**
 * Throws an {@link InvalidDecimalError} (`decimal.invalid-rounding-mode`) unless `mode` is a
 * {@link RoundingMode}.
 *
 * @internal
 */
export function checkMode(mode: unknown): asserts mode is RoundingMode {
  if (!MODES.has(mode))
    decimalFail(
      'decimal.invalid-rounding-mode',
      { value: shownValue(mode), expected: [...MODES].join(', ') },
      ['mode'],
    );
}

/**
 * Converts a trusted {@link DecimalString} to a {@link Dec} without validating it (fast).
 * Passing anything but a canonical DecimalString is a programming error with unspecified results.
 *
 * @category Decimals
 * @example
 * ```ts
 * fromDec(decOf(assertDecimal('85.50'))); // "85.5"
 * ```
 */
export function decOf(x: DecimalString): Dec {
  return wrap(ratParse(x));
}

/**
 * Prints a {@link Dec} in plain notation without superfluous trailing zeros. A value whose decimal
 * expansion terminates prints exactly, however many digits it has; any other value (a quotient
 * such as 2/3) prints rounded to {@link DECIMAL_PRECISION} significant digits, half-even.
 *
 * @category Decimals
 * @example
 * ```ts
 * fromDec(toDec('85.50')); // "85.5"
 * fromDec(dDiv(DEC_ONE, dFromInt(8))); // "0.125"
 * fromDec(dDiv(dFromInt(2), dFromInt(3))); // "0.666…667" (60 significant digits)
 * ```
 */
export function fromDec(d: Dec): DecimalString {
  return ratToString(un(d), DECIMAL_PRECISION) as DecimalString;
}

/**
 * Zero.
 *
 * @category Decimals
 * @example
 * ```ts
 * fromDec(DEC_ZERO); // "0"
 * ```
 */
export const DEC_ZERO: Dec = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ wrap(ZERO));

/**
 * One.
 *
 * @category Decimals
 * @example
 * ```ts
 * fromDec(DEC_ONE); // "1"
 * ```
 */
export const DEC_ONE: Dec = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ wrap(/* @__PURE__ */ ratInt(1)));

/**
 * One hundred (percentages).
 *
 * @category Decimals
 * @example
 * ```ts
 * fromDec(DEC_HUNDRED); // "100"
 * ```
 */
export const DEC_HUNDRED: Dec = /* @__PURE__ */ Object.freeze(
  /* @__PURE__ */ wrap(/* @__PURE__ */ ratInt(100)),
);

/**
 * `a + b`, exact.
 *
 * @category Decimals
 * @example
 * ```ts
 * fromDec(dAdd(toDec('0.1'), toDec('0.2'))); // "0.3"
 * ```
 */
export function dAdd(a: Dec, b: Dec): Dec {
  return wrap(ratAdd(un(a), un(b)));
}

/**
 * `a − b`, exact.
 *
 * @category Decimals
 * @example
 * ```ts
 * fromDec(dSub(toDec('1'), toDec('0.9'))); // "0.1"
 * ```
 */
export function dSub(a: Dec, b: Dec): Dec {
  return wrap(ratSub(un(a), un(b)));
}

/**
 * `a × b`, exact.
 *
 * @category Decimals
 * @example
 * ```ts
 * fromDec(dMul(toDec('1.1'), toDec('1.1'))); // "1.21"
 * ```
 */
export function dMul(a: Dec, b: Dec): Dec {
  return wrap(ratMul(un(a), un(b)));
}

/**
 * `a ÷ b`, exact: the quotient is a rational, never rounded, so `dMul(dDiv(a, b), b)` is `a`.
 * Printing a quotient that does not terminate ({@link fromDec}) rounds it to
 * {@link DECIMAL_PRECISION} significant digits.
 *
 * @throws {@link DivisionByZeroError} when `b` is zero.
 * @category Decimals
 * @example
 * ```ts
 * fromDec(dDiv(toDec('90'), toDec('120'))); // "0.75"
 * fromDec(dDiv(DEC_ONE, toDec('3')));       // "0.333…" (60 digits)
 * dEq(dMul(dDiv(DEC_ONE, toDec('3')), toDec('3')), DEC_ONE); // true
 * dDiv(DEC_ONE, DEC_ZERO);                  // throws DivisionByZeroError
 * ```
 */
export function dDiv(a: Dec, b: Dec): Dec {
  const y = un(b);
  if (y.n === 0) throw new DivisionByZeroError(fromDec(a));
  return wrap(ratDiv(un(a), y));
}

/**
 * `−a`.
 *
 * @category Decimals
 * @example
 * ```ts
 * fromDec(dNeg(toDec('2.5'))); // "-2.5"
 * ```
 */
export function dNeg(a: Dec): Dec {
  return wrap(ratNeg(un(a)));
}

/**
 * `|a|`.
 *
 * @category Decimals
 * @example
 * ```ts
 * fromDec(dAbs(toDec('-2.5'))); // "2.5"
 * ```
 */
export function dAbs(a: Dec): Dec {
  const x = un(a);
  return sign(x) < 0 ? wrap(ratNeg(x)) : a;
}

/**
 * Compares by numeric value: `-1` if `a < b`, `0` if equal (`"1.50"` equals `"1.5"`), `1` if `a > b`.
 *
 * @category Decimals
 * @example
 * ```ts
 * dCmp(toDec('1.50'), toDec('1.5')); // 0
 * dCmp(toDec('-1'), DEC_ZERO);       // -1
 * ```
 */
export function dCmp(a: Dec, b: Dec): -1 | 0 | 1 {
  return ratCmp(un(a), un(b));
}

/**
 * `a = b` by numeric value.
 *
 * @category Decimals
 * @example
 * ```ts
 * dEq(toDec('85.50'), toDec('85.5')); // true
 * ```
 */
export function dEq(a: Dec, b: Dec): boolean {
  return ratCmp(un(a), un(b)) === 0;
}

/**
 * `a < b`.
 *
 * @category Decimals
 * @example
 * ```ts
 * dLt(toDec('1'), toDec('2')); // true
 * ```
 */
export function dLt(a: Dec, b: Dec): boolean {
  return ratCmp(un(a), un(b)) < 0;
}

/**
 * `a ≤ b`.
 *
 * @category Decimals
 * @example
 * ```ts
 * dLte(toDec('2'), toDec('2.0')); // true
 * ```
 */
export function dLte(a: Dec, b: Dec): boolean {
  return ratCmp(un(a), un(b)) <= 0;
}

/**
 * `a > b`.
 *
 * @category Decimals
 * @example
 * ```ts
 * dGt(toDec('2'), toDec('1')); // true
 * ```
 */
export function dGt(a: Dec, b: Dec): boolean {
  return ratCmp(un(a), un(b)) > 0;
}

/**
 * `a ≥ b`.
 *
 * @category Decimals
 * @example
 * ```ts
 * dGte(toDec('2'), toDec('2.00')); // true
 * ```
 */
export function dGte(a: Dec, b: Dec): boolean {
  return ratCmp(un(a), un(b)) >= 0;
}

/**
 * `a = 0`.
 *
 * @category Decimals
 * @example
 * ```ts
 * dIsZero(toDec('0.00')); // true
 * ```
 */
export function dIsZero(a: Dec): boolean {
  return un(a).n === 0; // a value outside the safe range has n = NaN
}

/**
 * `a < 0` (zero, even a negative zero, is not negative).
 *
 * @category Decimals
 * @example
 * ```ts
 * dIsNeg(toDec('-0.01')); // true
 * dIsNeg(dNeg(DEC_ZERO)); // false
 * ```
 */
export function dIsNeg(a: Dec): boolean {
  return sign(un(a)) < 0;
}

/**
 * The smaller of `a` and `b` (`a` when equal).
 *
 * @category Decimals
 * @example
 * ```ts
 * fromDec(dMin(toDec('3'), toDec('2.5'))); // "2.5"
 * ```
 */
export function dMin(a: Dec, b: Dec): Dec {
  return ratCmp(un(b), un(a)) < 0 ? b : a;
}

/**
 * The larger of `a` and `b` (`a` when equal).
 *
 * @category Decimals
 * @example
 * ```ts
 * fromDec(dMax(toDec('3'), toDec('2.5'))); // "3"
 * ```
 */
export function dMax(a: Dec, b: Dec): Dec {
  return ratCmp(un(b), un(a)) > 0 ? b : a;
}

/**
 * Rounds to `scale` decimal places with `mode` (see {@link RoundingMode}), exactly: the rounded
 * value is the integer quotient of `a·10^scale` adjusted by the exact remainder, over `10^scale`.
 *
 * @throws {@link InvalidDecimalError} unless `scale` is an integer from 0 to {@link MAX_SCALE} and `mode` a {@link RoundingMode}.
 * @category Decimals
 * @example
 * ```ts
 * fromDec(dRound(toDec('85.555'), 2, 'half-up')); // "85.56"
 * fromDec(dRound(toDec('2.5'), 0, 'half-even'));  // "2"
 * ```
 */
export function dRound(a: Dec, scale: number, mode: RoundingMode): Dec {
  checkScale(scale, MAX_SCALE);
  checkMode(mode);
  return wrap(ratRound(un(a), scale, mode));
}

/**
 * Rounds to `scale` decimal places with `mode` (exactly, like {@link dRound}) and prints exactly
 * `scale` decimals (what results record: `"85.50"`). A rounded negative zero prints without sign
 * (`"0.00"`).
 *
 * @throws {@link InvalidDecimalError} unless `scale` is an integer from 0 to {@link MAX_SCALE} and `mode` a {@link RoundingMode}.
 * @category Decimals
 * @example
 * ```ts
 * dToFixed(toDec('85.5'), 2, 'half-up');     // "85.50"
 * dToFixed(toDec('-0.001'), 2, 'half-up');   // "0.00"
 * dToFixed(toDec('2.5'), 0, 'half-even');    // "2"
 * ```
 */
export function dToFixed(a: Dec, scale: number, mode: RoundingMode): DecimalString {
  checkScale(scale, MAX_SCALE);
  checkMode(mode);
  return ratToFixed(un(a), scale, mode) as DecimalString;
}

/**
 * Rounds to `scale` decimals with `mode` once and returns both the rounded value and its text with
 * exactly `scale` decimals: the same as {@link dRound} and {@link dToFixed} together, at the cost
 * of one. This is how results record a value.
 *
 * @throws {@link InvalidDecimalError} unless `scale` is an integer from 0 to {@link MAX_SCALE} and `mode` a {@link RoundingMode}.
 * @category Decimals
 * @example
 * ```ts
 * const r = dRoundFixed(toDec('85.505'), 2, 'half-up');
 * r.text; // "85.51"
 * fromDec(r.value); // "85.51"
 * ```
 */
export function dRoundFixed(
  a: Dec,
  scale: number,
  mode: RoundingMode,
): { readonly value: Dec; readonly text: DecimalString } {
  checkScale(scale, MAX_SCALE);
  checkMode(mode);
  const r = ratRoundFixed(un(a), scale, mode);
  return { value: wrap(r.value), text: r.text as DecimalString };
}

/**
 * The exact sum; {@link DEC_ZERO} for an empty list.
 *
 * @category Decimals
 * @example
 * ```ts
 * fromDec(dSum([toDec('0.1'), toDec('0.2'), toDec('0.3')])); // "0.6"
 * fromDec(dSum([])); // "0"
 * ```
 */
export function dSum(xs: readonly Dec[]): Dec {
  let acc = ZERO;
  for (const x of xs) acc = ratAdd(acc, un(x));
  return wrap(acc);
}

/**
 * The arithmetic mean: the exact sum divided by the count, exact (printing it rounds a
 * non-terminating mean to {@link DECIMAL_PRECISION} significant digits).
 *
 * @throws {@link InvalidDecimalError} (`decimal.empty-list`) when `xs` is empty.
 * @category Decimals
 * @example
 * ```ts
 * fromDec(dMean([toDec('80'), toDec('85'), toDec('90.5')])); // "85.1666666666666666666666666666666666666666666666666666666667"
 * dMean([]); // throws InvalidDecimalError
 * ```
 */
export function dMean(xs: readonly Dec[]): Dec {
  if (xs.length === 0) decimalFail('decimal.empty-list', { operation: 'mean' });
  return wrap(ratDiv(un(dSum(xs)), ratInt(xs.length)));
}

const SMALL_INTS: (Dec | undefined)[] = [];
const SMALL_INT_MAX = 1000;

/**
 * A {@link Dec} from a safe integer (counts, indexes, months). Values 0 to 1000 are cached.
 *
 * @throws {@link InvalidDecimalError} unless `n` is a safe integer.
 * @category Decimals
 * @example
 * ```ts
 * fromDec(dFromInt(12)); // "12"
 * dFromInt(0.5); // throws InvalidDecimalError
 * ```
 */
export function dFromInt(n: number): Dec {
  if (n >= 0 && n <= SMALL_INT_MAX && Number.isInteger(n)) {
    const hit = SMALL_INTS[n];
    if (hit !== undefined) return hit;
    const made = wrap(ratInt(n)); // ratInt also maps -0 to zero
    SMALL_INTS[n] = made;
    return made;
  }
  if (!Number.isSafeInteger(n)) decimalFail('decimal.not-safe-integer', { value: shownValue(n) });
  return wrap(ratInt(n));
}
