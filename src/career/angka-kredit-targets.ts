import {
  DEC_ZERO,
  type Dec,
  type DecimalInput,
  type DecimalString,
  dFromInt,
  dGte,
  dMax,
  dMul,
  dSub,
  fromDec,
  parseDecimal,
  toDec,
} from '../decimal/index';
import { err, type Issue, issue, ok, type Result } from '../explain/index';
import { careerAkMessages } from '../explain/messages/career-ak';
import { commonMessages } from '../explain/messages/common';
import type { AngkaKreditData } from '../packs/angka-kredit';
import { checkJenjang, roundedDec, tablesOf } from './angka-kredit-internal';
import { optionsBag, typeName } from './read-options';

/**
 * Which AK figure thresholds compare: the exact accumulated AK (the default of the built-in
 * tables) or the AK rounded as the published tables round it (2 decimals, half-up).
 *
 * @category Careers
 * @example
 * ```ts
 * const t: AngkaKreditThresholds = 'exact';
 * ```
 */
export type AngkaKreditThresholds = 'exact' | 'rounded';

/**
 * Options of {@link angkaKreditTargets}.
 *
 * @category Careers
 * @example
 * ```ts
 * const options: AngkaKreditTargetsOptions = { golongan: 'III/a', accumulated: '37.5' };
 * ```
 */
export interface AngkaKreditTargetsOptions {
  /** The current golongan (within the jenjang); without it there is no `nextRank`. */
  readonly golongan?: string;
  /** The AK accumulated in the jenjang (integrasi); 0 when left out. */
  readonly accumulated?: DecimalInput;
  /** Which figure is compared; the tables' `thresholds` (exact) when left out. */
  readonly thresholds?: AngkaKreditThresholds;
  /** The AK tables; the built-in ones when left out. */
  readonly data?: AngkaKreditData;
}

/**
 * One AK target: what is needed, what remains, whether it is met.
 *
 * @category Careers
 * @example
 * ```ts
 * const t: AngkaKreditTarget = { jenjang: 'ahli-pertama', golongan: 'III/b', withJenjang: false, required: '50', remaining: '12.5', met: false };
 * ```
 */
export interface AngkaKreditTarget {
  /** The jenjang the step leads to. */
  readonly jenjang: string;
  /** The golongan the step leads to (null for `nextJenjang`, whose golongan follows the rank). */
  readonly golongan: string | null;
  /** Whether the step to the next rank needs kenaikan jenjang (the top golongan of a jenjang). */
  readonly withJenjang: boolean;
  /** AK needed within the current jenjang. */
  readonly required: DecimalString;
  /** `required − accumulated`, never below 0 (exact; on the rounded figure when thresholds are rounded). */
  readonly remaining: DecimalString;
  readonly met: boolean;
}

/**
 * What an official's AK leads to, from {@link angkaKreditTargets}.
 *
 * @category Careers
 * @example
 * ```ts
 * const t: AngkaKreditTargets = { jenjang: 'ahli-pertama', accumulated: '37.5', compared: '37.5', thresholds: 'exact', nextRank: null, nextJenjang: null };
 * ```
 */
export interface AngkaKreditTargets {
  readonly jenjang: string;
  /** The accumulated AK given (exact). */
  readonly accumulated: DecimalString;
  /** The figure compared with the targets: exact, or rounded to 2 decimals. */
  readonly compared: DecimalString;
  readonly thresholds: AngkaKreditThresholds;
  /** The next rank: inside the jenjang, or with the next jenjang from its top golongan; null at the top. */
  readonly nextRank: AngkaKreditTarget | null;
  /** Kenaikan jenjang; null for the top jenjang of its category (penyelia, ahli utama). */
  readonly nextJenjang: AngkaKreditTarget | null;
}

function target(
  jenjang: string,
  golongan: string | null,
  withJenjang: boolean,
  required: Dec,
  compared: Dec,
): AngkaKreditTarget {
  return {
    jenjang,
    golongan,
    withJenjang,
    required: fromDec(required),
    remaining: fromDec(dMax(DEC_ZERO, dSub(required, compared))),
    met: dGte(compared, required),
  };
}

/**
 * The AK targets of an official in the integrasi method (docs/regulations.md): AK accumulates within the
 * jenjang, and the rank at position k (0 = lowest) of the jenjang's golongan needs
 * `perPangkat × (k + 1)` for the next rank inside the jenjang; from the top golongan the next rank
 * comes with kenaikan jenjang, which needs the jenjang's `forJenjang` AK (e.g. ahli pertama III/a
 * → III/b at 50, III/b → ahli muda III/c at 100). The AK accumulated counts since entering the
 * jenjang (the surplus after a kenaikan pangkat carries on), the library's reading of the tables.
 *
 * @category Careers
 * @example
 * ```ts
 * const r = angkaKreditTargets('ahli-pertama', { golongan: 'III/a', accumulated: '37.5' });
 * r.ok && r.value.nextRank; // { jenjang: 'ahli-pertama', golongan: 'III/b', withJenjang: false, required: '50', remaining: '12.5', met: false }
 * r.ok && r.value.nextJenjang?.remaining; // "62.5"
 * angkaKreditTargets('ahli-utama', { golongan: 'III/a' }); // { ok: false, issues: [{ code: 'career.unknown-golongan', … }] }
 * ```
 */
export function angkaKreditTargets(
  jenjang: string,
  options: AngkaKreditTargetsOptions = {},
): Result<AngkaKreditTargets, Issue[]> {
  const issues: Issue[] = [];
  const o = optionsBag(options, issues);
  const data = tablesOf(o.data, issues);
  if (data === undefined) return err(issues);
  const j = checkJenjang(data, jenjang, ['jenjang']);
  if (!j.ok) issues.push(...j.issues);
  let accumulated: Dec = DEC_ZERO;
  if (o.accumulated !== undefined) {
    const a = parseDecimal(o.accumulated, ['accumulated']);
    if (a.ok) accumulated = toDec(a.value);
    else issues.push(...a.issues);
  }
  if (o.thresholds !== undefined && o.thresholds !== 'exact' && o.thresholds !== 'rounded')
    issues.push(
      issue(commonMessages, 'input.invalid-value', ['thresholds'], { expected: '"exact", "rounded"' }),
    );
  if (o.golongan !== undefined && typeof o.golongan !== 'string')
    issues.push(
      issue(commonMessages, 'input.invalid-type', ['golongan'], {
        expected: 'string',
        received: typeName(o.golongan),
      }),
    );
  if (!j.ok || issues.length > 0) return err(issues);
  const { code, row } = j.value;
  let position: number | undefined;
  if (typeof o.golongan === 'string') {
    const i = row.golongan.indexOf(o.golongan);
    if (i < 0) {
      return err([
        issue(careerAkMessages, 'career.unknown-golongan', ['golongan'], {
          value: o.golongan,
          jenjang: code,
          expected: row.golongan.join(', '),
        }),
      ]);
    }
    position = i;
  }
  const thresholds = (o.thresholds as AngkaKreditThresholds | undefined) ?? data.thresholds;
  const compared = thresholds === 'rounded' ? roundedDec(data, accumulated) : accumulated;
  const nextRow =
    row.next === null || !Object.hasOwn(data.jenjang, row.next) ? undefined : data.jenjang[row.next];
  const nextJenjang =
    row.next !== null && row.forJenjang !== null
      ? target(row.next, null, true, toDec(row.forJenjang), compared)
      : null;
  let nextRank: AngkaKreditTarget | null = null;
  if (position !== undefined) {
    const inside = row.golongan[position + 1];
    if (inside !== undefined) {
      nextRank = target(code, inside, false, dMul(toDec(row.perPangkat), dFromInt(position + 1)), compared);
    } else if (row.next !== null && row.forJenjang !== null && nextRow !== undefined) {
      nextRank = target(row.next, nextRow.golongan[0] ?? null, true, toDec(row.forJenjang), compared);
    }
  }
  return ok({
    jenjang: code,
    accumulated: fromDec(accumulated),
    compared: fromDec(compared),
    thresholds,
    nextRank,
    nextJenjang,
  });
}
