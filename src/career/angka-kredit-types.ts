import type { DecimalString } from '../decimal/index';
import type { ExplanationNode } from '../explain/index';
import type { AngkaKreditData } from '../packs/angka-kredit';

/**
 * Options of {@link angkaKredit}.
 *
 * @category Careers
 * @example
 * ```ts
 * const options: AngkaKreditOptions = { months: 12 };
 * ```
 */
export interface AngkaKreditOptions {
  /**
   * Months of the period: a whole number from 0 to 12 (a JSON number or a decimal string such as
   * "6"). Partial months are rejected (`career.invalid-months`): the regulation counts whole months.
   */
  readonly months: number | string;
  /** The AK tables; the built-in ones of PermenPANRB 1/2023 when left out. */
  readonly data?: AngkaKreditData;
}

/**
 * The AK earned for a predikat in a jenjang over some months, from {@link angkaKredit}.
 *
 * @category Careers
 * @example
 * ```ts
 * const r: AngkaKreditResult = {
 *   jenjang: 'ahli-pertama', predikat: 'baik', countedAs: 'baik', months: 2,
 *   percent: '100', coefficient: '12.5',
 *   angkaKredit: '2.08333333333333333333333333333333333333333333333333333333333',
 *   exact: false, fraction: '25/12', rounded: '2.08',
 *   explanation: { code: 'angka-kredit', ref: 'ahli-pertama', output: '2.08' },
 * };
 * ```
 */
export interface AngkaKreditResult {
  readonly jenjang: string;
  /** The predikat as given. */
  readonly predikat: string;
  /** The predikat of the AK table it counts as (`cukup` → `butuh-perbaikan`, `buruk` → `sangat-kurang`). */
  readonly countedAs: string;
  readonly months: number;
  /** The percentage of the coefficient for the predikat. */
  readonly percent: DecimalString;
  /** The annual coefficient of the jenjang. */
  readonly coefficient: DecimalString;
  /**
   * The AK: exact when its decimal expansion terminates (`exact` true); else (a third from the
   * division by 12) printed with 60 significant digits, and `fraction` is the exact value.
   */
  readonly angkaKredit: DecimalString;
  /** Whether `angkaKredit` is the exact value. */
  readonly exact: boolean;
  /** The exact value as a reduced fraction ("25/12"), or an integer ("15"). */
  readonly fraction: string;
  /** Rounded as the published tables (2 decimals, half-up). */
  readonly rounded: DecimalString;
  readonly explanation: ExplanationNode;
}
