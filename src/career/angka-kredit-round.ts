import { type DecimalInput, type DecimalString, round } from '../decimal/index';
import { ANGKA_KREDIT } from '../packs/angka-kredit';

/**
 * Rounds an angka kredit as the published conversion tables do (2 decimals, half-up), for display
 * and for thresholds compared on rounded figures. Ledgers keep the exact value; round only at the
 * end.
 *
 * @throws {@link KinerjaError} when `value` is not a decimal.
 * @category Careers
 * @example
 * ```ts
 * roundAngkaKredit('5.625'); // "5.63"
 * roundAngkaKredit('2.0833333333'); // "2.08"
 * roundAngkaKredit(18.75); // "18.75"
 * ```
 */
export function roundAngkaKredit(value: DecimalInput): DecimalString {
  return round(value, ANGKA_KREDIT.rounding.scale, ANGKA_KREDIT.rounding.mode);
}
