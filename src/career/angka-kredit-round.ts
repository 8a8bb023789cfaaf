import { type DecimalInput, type DecimalString, parseDecimal, round } from '../decimal/index';
import { err, type Issue, issue, ok, type Result } from '../explain/index';
import { commonMessages } from '../explain/messages/common';
import { ANGKA_KREDIT } from '../packs/angka-kredit';

/**
 * Rounds an angka kredit as the published conversion tables do (2 decimals, half-up), for display
 * and for thresholds compared on rounded figures. Ledgers keep the exact value; round only at the
 * end. A value that is not a decimal gives its issues (`decimal.invalid`, …), never a throw.
 *
 * @category Careers
 * @example
 * ```ts
 * roundAngkaKredit('5.625'); // { ok: true, value: "5.63" }
 * roundAngkaKredit('2.0833333333'); // { ok: true, value: "2.08" }
 * roundAngkaKredit(18.75); // { ok: true, value: "18.75" }
 * roundAngkaKredit('lima'); // { ok: false, issues: [{ code: 'decimal.invalid', … }] }
 * ```
 */
export function roundAngkaKredit(value: DecimalInput): Result<DecimalString, Issue[]> {
  const d = parseDecimal(value, ['value']);
  if (!d.ok) return d;
  try {
    return ok(round(d.value, ANGKA_KREDIT.rounding.scale, ANGKA_KREDIT.rounding.mode));
  } catch (e) {
    return err([
      issue(commonMessages, 'input.invalid', ['value'], {
        detail: e instanceof Error ? e.message : String(e),
      }),
    ]);
  }
}
