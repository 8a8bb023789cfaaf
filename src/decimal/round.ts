import { dToFixed, toDec } from './dec';
import type { DecimalInput, DecimalString, RoundingMode } from './types';

/**
 * Rounds to `scale` decimal places with `mode` (default `half-up`, ties away from zero) and returns
 * exactly `scale` decimals: this is how recorded results are formatted. A negative result that
 * rounds to zero prints as zero without sign.
 *
 * @param scale - Decimal places, an integer from 0 to {@link MAX_SCALE}.
 * @throws {@link InvalidDecimalError} for a negative, fractional or too large `scale`
 * (`decimal.invalid-scale`), an unknown `mode` or when `a` is not a decimal.
 * @category Decimals
 * @example
 * ```ts
 * round('85.5', 2);                 // "85.50"
 * round('85.555', 2);               // "85.56"
 * round('85.5', 0);                 // "86"
 * round('-2.5', 0);                 // "-3"
 * round('2.5', 0, 'half-even');     // "2"
 * round('2.71', 1, 'down');         // "2.7"
 * round('-0.004', 2);               // "0.00"
 * round('1', -1);                   // throws InvalidDecimalError (decimal.invalid-scale)
 * ```
 */
export function round(a: DecimalInput, scale: number, mode: RoundingMode = 'half-up'): DecimalString {
  return dToFixed(toDec(a), scale, mode);
}

/**
 * Same as {@link round}: rounds to `scale` decimal places and returns exactly `scale` decimals.
 *
 * @throws {@link InvalidDecimalError} for a negative, fractional or too large `scale`
 * (`decimal.invalid-scale`), an unknown `mode` or when `a` is not a decimal.
 * @category Decimals
 * @example
 * ```ts
 * toFixedScale('7', 2);              // "7.00"
 * toFixedScale('7.125', 2, 'floor'); // "7.12"
 * ```
 */
export function toFixedScale(a: DecimalInput, scale: number, mode: RoundingMode = 'half-up'): DecimalString {
  return round(a, scale, mode);
}
