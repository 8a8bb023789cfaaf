import { deepFreeze } from '../explain/index';

/**
 * A decimal number written in plain notation (no exponent), as every output of the library carries
 * it: `"85.50"`, `"-0.1"`, `"170395000"`. Canonical form: no leading `+`, no superfluous leading
 * zeros, never `-0`. Obtain one from `parseDecimal`, `assertDecimal` or the arithmetic
 * functions of `kinerja/decimal`; a plain `string` is not assignable to it.
 *
 * @category Decimals
 * @example
 * ```ts
 * const d: DecimalString = assertDecimal('85.50'); // "85.50"
 * const s: string = d; // a DecimalString is a string
 * ```
 */
export type DecimalString = string & {
  /** Type brand only; there is no such property at run time. */
  readonly __decimal: unique symbol;
};

/**
 * A decimal object: a decimal.js `Decimal` (or a big.js `Big`, a bignumber.js `BigNumber`), or any
 * object with `toString()` writing its exact value as a decimal, in plain or exponent notation
 * (`"85.5"`, `"1e-7"`). The library reads it through `toString()`, exactly, and never keeps it.
 * The type asks for `toFixed()` as well, as those libraries have it, so that a plain object, an
 * array or a `Date` is not one (at run time they are rejected with `decimal.invalid`).
 *
 * @category Decimals
 * @example
 * ```ts
 * import Decimal from 'decimal.js';
 * const d: DecimalObject = new Decimal('0.1');
 * add(d, '0.2'); // "0.3"
 * ```
 */
export interface DecimalObject {
  /** The exact value, as a decimal in plain or exponent notation. */
  toString(): string;
  /** Present on decimal objects; never called. */
  toFixed(): string;
}

/**
 * What the decimal functions accept: a {@link DecimalString}, a decimal string in plain notation
 * (`"007.50"`, `"+1"`), a JSON number that is exact as written (`0.1`, `9.12`, `170395000`) or a
 * {@link DecimalObject} such as a decimal.js `Decimal` (read exactly through its `toString()`,
 * exponent notation included: `new Decimal('1e-7')` is `"0.0000001"`).
 *
 * @category Decimals
 * @example
 * ```ts
 * const inputs: DecimalInput[] = ['85.50', 9.12, assertDecimal('1')];
 * sum(inputs); // "95.62"
 * ```
 */
export type DecimalInput = DecimalString | string | number | DecimalObject;

/**
 * How to round a decimal to a number of decimal places.
 *
 * - `half-up`: to the nearest neighbour, ties away from zero (`2.5` → `3`, `-2.5` → `-3`);
 * - `half-even`: to the nearest neighbour, ties to the even neighbour (`2.5` → `2`, `3.5` → `4`);
 * - `down`: toward zero (`-2.7` → `-2`);
 * - `up`: away from zero (`-2.1` → `-3`);
 * - `floor`: toward −∞ (`-2.1` → `-3`);
 * - `ceiling`: toward +∞ (`-2.7` → `-2`).
 *
 * @category Decimals
 * @example
 * ```ts
 * round('2.345', 2, 'half-even'); // "2.34"
 * round('2.345', 2, 'half-up');   // "2.35"
 * ```
 */
export type RoundingMode = 'half-up' | 'half-even' | 'down' | 'up' | 'floor' | 'ceiling';

/**
 * Every {@link RoundingMode}, in a fixed order.
 *
 * @category Decimals
 * @example
 * ```ts
 * ROUNDING_MODES; // ['half-up', 'half-even', 'down', 'up', 'floor', 'ceiling']
 * ```
 */
export const ROUNDING_MODES: readonly RoundingMode[] = /* @__PURE__ */ deepFreeze([
  'half-up',
  'half-even',
  'down',
  'up',
  'floor',
  'ceiling',
] as const);

/**
 * The number of significant digits (60) two things are limited to:
 *
 * - inputs: a decimal with more significant digits is rejected (`decimal.too-precise`);
 * - printing a value whose decimal expansion does not terminate (a quotient such as 1/3): it is
 *   rounded to this many significant digits, half-even.
 *
 * Computation itself is exact: the engine's `Dec` is an exact rational, so addition, subtraction,
 * multiplication and division, and chains of them, never round; only {@link round} and its
 * relatives do, where asked. A terminating result prints exactly, even with more than 60
 * significant digits (the product of two 60-digit inputs has up to 120).
 *
 * @category Decimals
 * @example
 * ```ts
 * DECIMAL_PRECISION; // 60
 * divide('1', '3');  // "0.333333333333333333333333333333333333333333333333333333333333"
 * ```
 */
export const DECIMAL_PRECISION = 60;

/**
 * The largest `scale` (number of decimal places) {@link round} and its relatives accept (1000).
 *
 * @category Decimals
 * @example
 * ```ts
 * MAX_SCALE; // 1000
 * round('1', MAX_SCALE + 1); // throws InvalidDecimalError
 * ```
 */
export const MAX_SCALE = 1000;
