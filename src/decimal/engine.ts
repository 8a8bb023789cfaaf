/**
 * The decimal.js configuration of the library. This folder is the only place that imports
 * decimal.js; nothing here is exported from the package.
 *
 * @internal
 * @module
 */
import Decimal from 'decimal.js';
import type { DecimalString, RoundingMode } from './types';
import { DECIMAL_PRECISION } from './types';

/**
 * A private decimal.js constructor: 60 significant digits, half-even for the rounding that
 * division needs, plain notation for every exponent the library can meet. Built with `clone`,
 * so the global `Decimal` stays untouched.
 */
export const D: Decimal.Constructor = Decimal.clone({
  precision: DECIMAL_PRECISION,
  rounding: Decimal.ROUND_HALF_EVEN,
  toExpNeg: -1e9,
  toExpPos: 1e9,
});

/** An instance of {@link D}. */
export type DInstance = Decimal;

/** decimal.js rounding constants by mode. */
export const ROUNDING: Readonly<Record<RoundingMode, Decimal.Rounding>> = {
  'half-up': Decimal.ROUND_HALF_UP,
  'half-even': Decimal.ROUND_HALF_EVEN,
  down: Decimal.ROUND_DOWN,
  up: Decimal.ROUND_UP,
  floor: Decimal.ROUND_FLOOR,
  ceiling: Decimal.ROUND_CEIL,
};

/** Plain notation without superfluous trailing zeros; `-0` prints as `0`. */
export function plain(x: Decimal): DecimalString {
  return x.toString() as DecimalString;
}

/** Pads a plain-notation string with zeros to exactly `scale` decimals (never shortens). */
export function padScale(s: string, scale: number): string {
  if (scale === 0) return s;
  const dot = s.indexOf('.');
  const have = dot === -1 ? 0 : s.length - dot - 1;
  const zeros = scale - have;
  if (zeros <= 0) return s;
  return (dot === -1 ? `${s}.` : s) + '0'.repeat(zeros);
}

/** Rounds to `scale` decimals and prints exactly `scale` decimals (`-0.00` prints as `0.00`). */
export function fixed(x: Decimal, scale: number, mode: RoundingMode): DecimalString {
  return padScale(x.toDecimalPlaces(scale, ROUNDING[mode]).toString(), scale) as DecimalString;
}
