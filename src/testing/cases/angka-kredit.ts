import { angkaKredit, buildLedger, type LedgerEntryInput, type LedgerOptions } from '../../career/index';
import { issue } from '../../explain/index';
import { commonMessages } from '../../explain/messages/common';
import { checkRunnerArgs } from './guard';
import type { CaseKindRunner } from './types';

/**
 * The runner of `angka-kredit` cases (docs/testing-policies.md): input `{ jenjang, predikat, months }` or
 * `{ jenjang, entries: [{ predikat, months, year?, period?, jenjang? }] }` (and optionally
 * `golongan`, `opening`, `conventional`, `thresholds` for a ledger). The result's `angkaKredit` is
 * the exact AK (for entries: the ledger total, after the yearly cap) rounded to 2 decimals half-up;
 * `exact` is the exact value, and a ledger adds `accumulated`, `capped`, `years`, `targets`. A
 * rejected input gives the issues (`career.unknown-jenjang`, `career.invalid-months`, …). The case's
 * ruleset is not used: the AK tables are national.
 *
 * @category Testing
 * @example
 * ```ts
 * runPolicyCases({ cases: [{
 *   name: 'ahli pertama, baik, two months', kind: 'angka-kredit',
 *   input: { jenjang: 'ahli-pertama', predikat: 'baik', months: 2 },
 *   expect: { angkaKredit: '2.08' },
 * }] });
 * ```
 */
export const angkaKreditCaseRunner: CaseKindRunner = (c, ctx?) => {
  const rejected = checkRunnerArgs(c, ctx, false);
  if (rejected) return rejected;
  const input = c.input;
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    const received = input === null ? 'null' : Array.isArray(input) ? 'array' : typeof input;
    return { error: [issue(commonMessages, 'input.invalid-type', [], { expected: 'object', received })] };
  }
  const { jenjang, predikat, months, entries, golongan, opening, conventional, thresholds } = input as Record<
    string,
    unknown
  >;
  if (entries === undefined) {
    const r = angkaKredit(jenjang as string, predikat as string, { months: months as number });
    if (!r.ok) return { error: r.issues };
    const v = r.value;
    return {
      actual: { angkaKredit: v.rounded, exact: v.angkaKredit, fraction: v.fraction, countedAs: v.countedAs },
    };
  }
  if (!Array.isArray(entries)) {
    return {
      error: [
        issue(commonMessages, 'input.invalid-type', ['entries'], {
          expected: 'array',
          received: typeof entries,
        }),
      ],
    };
  }
  const options = {
    ...(jenjang !== undefined ? { jenjang } : {}),
    ...(golongan !== undefined ? { golongan } : {}),
    ...(opening !== undefined ? { opening } : {}),
    ...(conventional !== undefined ? { conventional } : {}),
    ...(thresholds !== undefined ? { thresholds } : {}),
  } as LedgerOptions;
  const r = buildLedger(entries as LedgerEntryInput[], options);
  if (!r.ok) return { error: r.issues };
  const l = r.value;
  return {
    actual: {
      angkaKredit: l.totalRounded,
      exact: l.total,
      jenjang: l.jenjang,
      accumulated: l.accumulated,
      capped: l.years.some((y) => y.capped),
      years: l.years,
      targets: l.targets,
    },
  };
};
