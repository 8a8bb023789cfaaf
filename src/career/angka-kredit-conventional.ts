import {
  type DecimalInput,
  type DecimalString,
  dLt,
  dSub,
  fromDec,
  parseDecimal,
  toDec,
} from '../decimal/index';
import { type ExplanationNode, err, type Issue, issue, ok, type Result } from '../explain/index';
import { careerAkMessages } from '../explain/messages/career-ak';
import type { AngkaKreditData } from '../packs/angka-kredit';
import { checkJenjang, tablesOf } from './angka-kredit-internal';
import { optionsBag } from './read-options';

/**
 * Options of {@link convertConventionalAngkaKredit}.
 *
 * @category Careers
 * @example
 * ```ts
 * const options: ConvertConventionalOptions = { data: ANGKA_KREDIT };
 * ```
 */
export interface ConvertConventionalOptions {
  /** The AK tables; the built-in ones when left out. */
  readonly data?: AngkaKreditData;
}

/**
 * An AK converted from the conventional (cumulative) method to the integrasi method.
 *
 * @category Careers
 * @example
 * ```ts
 * const c: ConvertedAngkaKredit = {
 *   jenjang: 'ahli-muda', conventional: '260', base: '200', angkaKredit: '60', unconfirmed: false,
 *   explanation: { code: 'angka-kredit.conventional', ref: 'ahli-muda', output: '60' },
 * };
 * ```
 */
export interface ConvertedAngkaKredit {
  readonly jenjang: string;
  /** The conventional cumulative AK given. */
  readonly conventional: DecimalString;
  /** The jenjang's base: the conventional AK at which the jenjang starts. */
  readonly base: DecimalString;
  /** The integrasi AK: `conventional − base`, exactly. */
  readonly angkaKredit: DecimalString;
  /** True when the base comes from secondary sources only (the keterampilan jenjang). */
  readonly unconfirmed: boolean;
  readonly explanation: ExplanationNode;
}

/**
 * Converts an AK counted by the older conventional method (cumulative over the whole career) to
 * the integrasi method of PermenPANRB 1/2023, where AK counts within the current jenjang:
 * integrasi AK = conventional AK − the jenjang's base (ahli pertama 100, ahli muda 200, ahli
 * madya 400, ahli utama 850; for pemula 25, terampil 40, mahir 100, penyelia 200, *unconfirmed*,
 * flagged by `unconfirmed`). A conventional AK below the base is rejected
 * (`career.below-conventional-base`).
 *
 * @category Careers
 * @example
 * ```ts
 * const r = convertConventionalAngkaKredit('ahli-madya', '512.5');
 * r.ok && r.value.angkaKredit; // "112.5"
 * convertConventionalAngkaKredit('ahli-muda', 150); // { ok: false, issues: [{ code: 'career.below-conventional-base', … }] }
 * ```
 */
export function convertConventionalAngkaKredit(
  jenjang: string,
  conventional: DecimalInput,
  options: ConvertConventionalOptions = {},
): Result<ConvertedAngkaKredit, Issue[]> {
  const issues: Issue[] = [];
  const data = tablesOf(optionsBag(options, issues).data, issues);
  if (data === undefined) return err(issues);
  const j = checkJenjang(data, jenjang, ['jenjang']);
  const c = parseDecimal(conventional, ['conventional']);
  if (!j.ok || !c.ok || issues.length > 0)
    return err([...(j.ok ? [] : j.issues), ...(c.ok ? [] : c.issues), ...issues]);
  const base = toDec(j.value.row.conventionalBase);
  const value = toDec(c.value);
  if (dLt(value, base)) {
    return err([
      issue(careerAkMessages, 'career.below-conventional-base', ['conventional'], {
        value: c.value,
        base: fromDec(base),
        jenjang: j.value.code,
      }),
    ]);
  }
  const angkaKredit = fromDec(dSub(value, base));
  return ok({
    jenjang: j.value.code,
    conventional: c.value,
    base: fromDec(base),
    angkaKredit,
    unconfirmed: j.value.row.conventionalBaseUnconfirmed,
    explanation: {
      code: 'angka-kredit.conventional',
      ref: j.value.code,
      inputs: {
        conventional: c.value,
        base: fromDec(base),
        unconfirmed: j.value.row.conventionalBaseUnconfirmed,
      },
      output: angkaKredit,
    },
  });
}
