import { fromDec, toDec } from '../decimal/index';
import { err, type Issue, ok, type Result } from '../explain/index';
import {
  akOf,
  checkJenjang,
  checkMonths,
  checkPredikat,
  fractionOfTwelfths,
  roundedText,
  tablesOf,
  terminates,
  text,
  twelfthsOf,
} from './angka-kredit-internal';
import type { AngkaKreditOptions, AngkaKreditResult } from './angka-kredit-types';
import { optionsBag } from './read-options';

/**
 * The angka kredit (AK) a functional official earns for a predikat in a jenjang over a number of
 * months (PermenPANRB 1/2023, docs/regulations.md): percentage for the predikat × the jenjang's annual
 * coefficient × months / 12, exactly.
 *
 * Percentages: sangat-baik 150, baik 100, butuh-perbaikan 75, kurang 50, sangat-kurang 25; the
 * predikat of older regimes count as their equals (`cukup` as butuh-perbaikan, `buruk` as
 * sangat-kurang). `months` is a whole number from 0 to 12. The result keeps the exact value
 * (`angkaKredit`, and `fraction` when the expansion does not terminate) and the value rounded as
 * the published tables round it (`rounded`: 2 decimals, half-up). Bad input (an unknown jenjang
 * or predikat, months that are not a whole number 0–12, options or tables that are not objects of
 * the documented shape) gives issues, never a throw.
 *
 * @category Careers
 * @example
 * ```ts
 * const r = angkaKredit('ahli-pertama', 'sangat-baik', { months: 12 });
 * r.ok && r.value.angkaKredit; // "18.75"
 * const p = angkaKredit('pemula', 'sangat-baik', { months: 12 });
 * p.ok && [p.value.angkaKredit, p.value.rounded]; // ["5.625", "5.63"]
 * const t = angkaKredit('ahli-pertama', 'baik', { months: 2 });
 * t.ok && [t.value.fraction, t.value.rounded]; // ["25/12", "2.08"]
 * angkaKredit('ahli-pertama', 'baik', { months: 13 }); // { ok: false, issues: [{ code: 'career.invalid-months', … }] }
 * ```
 */
export function angkaKredit(
  jenjang: string,
  predikat: string,
  options: AngkaKreditOptions,
): Result<AngkaKreditResult, Issue[]> {
  const issues: Issue[] = [];
  // Without options, `months` is missing: reported as such.
  const o = optionsBag(options, issues);
  const data = tablesOf(o.data, issues);
  if (data === undefined) return err(issues);
  const j = checkJenjang(data, jenjang, ['jenjang']);
  const p = checkPredikat(data, predikat, ['predikat']);
  const m = checkMonths(o.months, ['months']);
  if (!j.ok || !p.ok || !m.ok || issues.length > 0) {
    return err([...(j.ok ? [] : j.issues), ...(p.ok ? [] : p.issues), ...(m.ok ? [] : m.issues), ...issues]);
  }
  const value = akOf(p.value.percent, j.value.row.coefficient, m.value);
  const rounded = roundedText(data, value);
  const percent = fromDec(toDec(p.value.percent));
  const coefficient = fromDec(toDec(j.value.row.coefficient));
  return ok({
    jenjang: j.value.code,
    predikat: p.value.code,
    countedAs: p.value.countedAs,
    months: m.value,
    percent,
    coefficient,
    angkaKredit: text(value),
    exact: terminates(value),
    fraction: fractionOfTwelfths(twelfthsOf(value)),
    rounded,
    explanation: {
      code: 'angka-kredit',
      ref: j.value.code,
      inputs: {
        predikat: p.value.code,
        countedAs: p.value.countedAs,
        percent,
        coefficient,
        months: m.value,
        exact: text(value),
      },
      output: rounded,
    },
  });
}
