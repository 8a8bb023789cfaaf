import { err, type Issue, issue, ok, type PathSegment, type Result } from '../explain/index';
import { decimalMessages } from '../explain/messages/decimal';
import { InvalidDecimalError, pathArg } from './errors';
import { canonicalDecimal } from './normalize';
import type { DecimalInput, DecimalString } from './types';

/**
 * Parses a decimal from user input (a JSON value) without throwing.
 *
 * - Strings must be plain decimal notation, `^[+-]?\d+(\.\d+)?$`: `""`, `" 1"`, `".5"`, `"1."`,
 *   `"1e3"`, `"0x10"`, `"1_000"` and `"--1"` are rejected (`decimal.invalid`). The scale written is
 *   kept (`"85.50"` stays `"85.50"`); leading zeros and a leading `+` are dropped and a negative zero
 *   becomes zero (`"-0.00"` → `"0.00"`).
 * - Numbers must be finite (`decimal.not-finite`) and exact as written (`decimal.inexact`): safe
 *   integers, and non-integers whose shortest form (`String(n)`) has at most 15 significant
 *   digits, such as `0.1` or `9.12`; `0.1 + 0.2` is rejected. Tiny numbers come out in plain
 *   notation (`1e-7` → `"0.0000001"`), and `-0` becomes `"0"`.
 * - Bigints are exact.
 * - A decimal object ({@link DecimalObject}: a decimal.js `Decimal`, or any object whose
 *   `toString()` writes a decimal) is read exactly through `toString()`, in plain or exponent
 *   notation (`new Decimal('1e-7')` → `"0.0000001"`); an exponent beyond ±1000 is
 *   `decimal.exponent-out-of-range`, `NaN` and `Infinity` are `decimal.not-finite`. Plain objects,
 *   arrays, dates and objects whose `toString` throws or returns no decimal are `decimal.invalid`.
 * - Anything else is `decimal.invalid`, with the type received in the issue's params.
 * - More than {@link DECIMAL_PRECISION} significant digits is `decimal.too-precise`.
 *
 * @param input - The value to parse.
 * @param path - Where the value sits in a larger input; copied into the issue.
 * @returns The canonical {@link DecimalString}, or one issue.
 * @category Decimals
 * @example
 * ```ts
 * parseDecimal('007.50'); // { ok: true, value: "7.50" }
 * parseDecimal(1e-7);     // { ok: true, value: "0.0000001" }
 * parseDecimal('1e3', ['weight']);
 * // { ok: false, issues: [{ path: ['weight'], code: 'decimal.invalid', ... }] }
 * parseDecimal(0.1 + 0.2).ok; // false (decimal.inexact)
 * ```
 */
export function parseDecimal(
  input: unknown,
  path: readonly PathSegment[] = [],
): Result<DecimalString, Issue[]> {
  const r = canonicalDecimal(input);
  if (typeof r === 'string') return ok(r as DecimalString);
  return err([issue(decimalMessages, r.code, pathArg(path), r.params)]);
}

/**
 * Tells whether `value` is a {@link DecimalString} in canonical form, that is, exactly what
 * {@link parseDecimal} returns for it: plain notation, no leading `+`, no superfluous leading zeros,
 * no negative zero, at most {@link DECIMAL_PRECISION} significant digits.
 *
 * @category Decimals
 * @example
 * ```ts
 * isDecimalString('85.50'); // true
 * isDecimalString('-0.1');  // true
 * isDecimalString('1e3');   // false
 * isDecimalString('007');   // false (not canonical: parseDecimal gives "7")
 * isDecimalString(85.5);    // false (a number, not a string)
 * ```
 */
export function isDecimalString(value: unknown): value is DecimalString {
  return typeof value === 'string' && canonicalDecimal(value) === value;
}

/**
 * Parses a decimal, throwing on bad input: meant for literals in code. Same rules as
 * {@link parseDecimal}.
 *
 * @throws {@link InvalidDecimalError} (a `KinerjaError`) with one issue when `input` is not a decimal.
 * @category Decimals
 * @example
 * ```ts
 * assertDecimal('85.50'); // "85.50"
 * assertDecimal(9.12);    // "9.12"
 * assertDecimal('abc');   // throws InvalidDecimalError (decimal.invalid)
 * ```
 */
export function assertDecimal(input: DecimalInput): DecimalString {
  const r = canonicalDecimal(input);
  if (typeof r === 'string') return r as DecimalString;
  throw new InvalidDecimalError([issue(decimalMessages, r.code, [], r.params)]);
}
