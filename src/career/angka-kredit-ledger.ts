import type * as z from 'zod';
import { monthShares, yearOf } from '../date/index';
import {
  DEC_ZERO,
  type Dec,
  type DecimalInput,
  type DecimalString,
  dAdd,
  dGt,
  dIsNeg,
  dMin,
  dSum,
  fromDec,
  parseDecimal,
  toDec,
} from '../decimal/index';
import {
  type ExplanationNode,
  err,
  type Issue,
  issue,
  ok,
  type PathSegment,
  parseWithSchema,
  type Result,
} from '../explain/index';
import { careerAkMessages } from '../explain/messages/career-ak';
import { commonMessages } from '../explain/messages/common';
import type { AngkaKreditData } from '../packs/angka-kredit';
import { convertConventionalAngkaKredit } from './angka-kredit-conventional';
import {
  akOf,
  capOf,
  checkJenjang,
  checkMonths,
  checkPredikat,
  fractionOfTwelfths,
  roundedText,
  tablesOf,
  text,
  twelfthsOf,
} from './angka-kredit-internal';
import {
  type AngkaKreditTargets,
  type AngkaKreditThresholds,
  angkaKreditTargets,
} from './angka-kredit-targets';
import { optionsBag, typeName } from './read-options';
import { ledgerEntryInputSchema } from './schemas';

/**
 * One entry of an AK ledger as given: a predikat over some months of a year (or of a period
 * inside one year), in a jenjang. The input type of `ledgerEntryInputSchema`: `year` (from
 * `period` when left out; entries without either are not capped by year), `period` (inside one
 * calendar year; its fully covered months are `months` when that is left out), `jenjang` (the
 * ledger's when left out), `predikat`, `months` (a whole number from 0 to 12).
 *
 * @category Careers
 * @example
 * ```ts
 * const a: LedgerEntryInput = { year: 2024, jenjang: 'ahli-pertama', predikat: 'baik', months: 12 };
 * const b: LedgerEntryInput = { period: { start: '2025-01-01', end: '2025-06-30' }, predikat: 'sangat-baik' }; // 6 months
 * ```
 */
export type LedgerEntryInput = z.input<typeof ledgerEntryInputSchema>;

/**
 * Options of {@link buildLedger}.
 *
 * @category Careers
 * @example
 * ```ts
 * const options: LedgerOptions = { jenjang: 'ahli-muda', golongan: 'III/c', conventional: '230' };
 * ```
 */
export interface LedgerOptions {
  /** The jenjang of entries that name none (and of an empty ledger). */
  readonly jenjang?: string;
  /** The current golongan, for `targets.nextRank`. */
  readonly golongan?: string;
  /** The integrasi AK already accumulated in the first jenjang of the ledger. */
  readonly opening?: DecimalInput;
  /** Or: the conventional cumulative AK at the start, converted (conventional − the jenjang's base). */
  readonly conventional?: DecimalInput;
  /** Which figure thresholds compare; the tables' `thresholds` (exact) when left out. */
  readonly thresholds?: AngkaKreditThresholds;
  /** The AK tables; the built-in ones when left out. */
  readonly data?: AngkaKreditData;
}

/**
 * One entry of a ledger with its AK (before the yearly cap).
 *
 * @category Careers
 * @example
 * ```ts
 * const e: LedgerEntry = { index: 0, year: 2024, jenjang: 'pemula', predikat: 'sangat-baik', countedAs: 'sangat-baik', months: 12, angkaKredit: '5.625', fraction: '45/8', rounded: '5.63' };
 * ```
 */
export interface LedgerEntry {
  readonly index: number;
  readonly year: number | null;
  readonly jenjang: string;
  readonly predikat: string;
  readonly countedAs: string;
  readonly months: number;
  /** Exact (60 significant digits when the expansion does not terminate; `fraction` is exact). */
  readonly angkaKredit: DecimalString;
  readonly fraction: string;
  readonly rounded: DecimalString;
}

/**
 * The entries of one year in one jenjang, with the yearly cap applied.
 *
 * @category Careers
 * @example
 * ```ts
 * const y: LedgerYear = { year: 2024, jenjang: 'ahli-pertama', segment: 0, entries: [0, 1], earned: '25', cap: '18.75', credited: '18.75', capped: true };
 * ```
 */
export interface LedgerYear {
  /** The year; null for an entry without one (each such entry is a group of its own). */
  readonly year: number | null;
  readonly jenjang: string;
  /** The index of the jenjang segment in {@link AngkaKreditLedger.segments}. */
  readonly segment: number;
  /** Indices of the entries. */
  readonly entries: readonly number[];
  /** The sum of the entries' AK. */
  readonly earned: DecimalString;
  /** 150% of the jenjang's coefficient. */
  readonly cap: DecimalString;
  /** `min(earned, cap)`: what counts. */
  readonly credited: DecimalString;
  readonly capped: boolean;
}

/**
 * A run of consecutive entries in one jenjang: AK accumulates from its opening balance (0, unless
 * it is the first segment and an opening or conventional AK was given).
 *
 * @category Careers
 * @example
 * ```ts
 * const s: LedgerSegment = { jenjang: 'ahli-muda', opening: '0', earned: '25', accumulated: '25', accumulatedRounded: '25.00' };
 * ```
 */
export interface LedgerSegment {
  readonly jenjang: string;
  readonly opening: DecimalString;
  /** The credited AK of its years. */
  readonly earned: DecimalString;
  /** `opening + earned`. */
  readonly accumulated: DecimalString;
  readonly accumulatedRounded: DecimalString;
}

/**
 * An angka kredit ledger, from {@link buildLedger}.
 *
 * @category Careers
 * @example
 * ```ts
 * const r = buildLedger([{ year: 2024, predikat: 'baik', months: 12 }], { jenjang: 'ahli-pertama' });
 * const ledger: AngkaKreditLedger | undefined = r.ok ? r.value : undefined;
 * ```
 */
export interface AngkaKreditLedger {
  readonly entries: readonly LedgerEntry[];
  readonly years: readonly LedgerYear[];
  readonly segments: readonly LedgerSegment[];
  /** All credited AK (after the yearly cap), across jenjang, exact. */
  readonly total: DecimalString;
  readonly totalRounded: DecimalString;
  /** The current jenjang: the last segment's. */
  readonly jenjang: string;
  /** The AK accumulated in the current jenjang (integrasi), exact. */
  readonly accumulated: DecimalString;
  readonly accumulatedRounded: DecimalString;
  /** What remains towards the next rank and jenjang. */
  readonly targets: AngkaKreditTargets;
  /** `career.yearly-cap` warnings, one per capped year. */
  readonly warnings: readonly Issue[];
  readonly explanation: ExplanationNode;
}

interface Checked {
  readonly index: number;
  readonly year: number | null;
  readonly jenjang: string;
  readonly coefficient: string;
  readonly predikat: string;
  readonly countedAs: string;
  readonly months: number;
  readonly value: Dec;
}

function checkEntry(
  data: AngkaKreditData,
  input: unknown,
  index: number,
  defaultJenjang: string | undefined,
): Result<Checked, Issue[]> {
  const path: PathSegment[] = ['entries', index];
  const parsed = parseWithSchema(ledgerEntryInputSchema, input, path);
  if (!parsed.ok) return parsed;
  const e = parsed.value;
  const issues: Issue[] = [];
  const j = checkJenjang(data, e.jenjang ?? defaultJenjang, [...path, 'jenjang']);
  if (!j.ok) issues.push(...j.issues);
  const p = checkPredikat(data, e.predikat, [...path, 'predikat']);
  if (!p.ok) issues.push(...p.issues);
  let year: number | null = e.year ?? null;
  let fullMonths: number | undefined;
  if (e.period !== undefined) {
    const { start, end } = e.period;
    const y = yearOf(start);
    if (yearOf(end) !== y) {
      issues.push(issue(careerAkMessages, 'career.period-spans-years', [...path, 'period'], { start, end }));
    } else if (year !== null && year !== y) {
      issues.push(
        issue(careerAkMessages, 'career.year-mismatch', [...path, 'year'], { year, periodYear: y }),
      );
    } else {
      year = y;
      fullMonths = monthShares({ start, end }).filter((s) => s.days === s.daysInMonth).length;
    }
  }
  let months: number | undefined = fullMonths;
  if (e.months !== undefined || fullMonths === undefined) {
    const m = checkMonths(e.months, [...path, 'months']);
    if (m.ok) months = m.value;
    else issues.push(...m.issues);
  }
  if (!j.ok || !p.ok || months === undefined || issues.length > 0) return err(issues);
  return ok({
    index,
    year,
    jenjang: j.value.code,
    coefficient: j.value.row.coefficient,
    predikat: p.value.code,
    countedAs: p.value.countedAs,
    months,
    value: akOf(p.value.percent, j.value.row.coefficient, months),
  });
}

/**
 * Builds an angka kredit ledger (docs/regulations.md): the exact AK of each entry, the entries grouped by
 * year within each jenjang with the yearly cap (150% of the coefficient) applied and reported, AK
 * accumulated within each jenjang (integrasi: it restarts at 0 in a new jenjang; a run of
 * consecutive entries in one jenjang is a *segment*), an opening balance given directly or
 * converted from the conventional method, and what remains towards the next rank and jenjang.
 *
 * Entries are taken in the order given (oldest first). Every figure is exact; the `…Rounded`
 * figures are rounded as the published tables (2 decimals, half-up). Thresholds compare the exact
 * accumulated AK unless `thresholds: 'rounded'` (or the tables) say to compare it rounded.
 * Entries without a year (and without a period) are each capped on their own: with at most 12
 * months each, the cap never cuts them. Bad input gives every issue found, with its path.
 *
 * @category Careers
 * @example
 * ```ts
 * const r = buildLedger(
 *   [
 *     { year: 2024, predikat: 'sangat-baik', months: 12 },
 *     { year: 2025, predikat: 'baik', months: 6 },
 *   ],
 *   { jenjang: 'ahli-pertama', golongan: 'III/a', conventional: '110' },
 * );
 * r.ok && r.value.total; // "25" (18.75 + 6.25)
 * r.ok && r.value.accumulated; // "35" (10 converted + 25)
 * r.ok && r.value.targets.nextRank?.remaining; // "15" (50 for III/b)
 * ```
 */
export function buildLedger(
  entries: readonly LedgerEntryInput[],
  given: LedgerOptions = {},
): Result<AngkaKreditLedger, Issue[]> {
  const issues: Issue[] = [];
  const options = optionsBag(given, issues);
  const data = tablesOf(options.data, issues);
  if (data === undefined) return err(issues);
  if (!Array.isArray(entries)) {
    issues.push(
      issue(commonMessages, 'input.invalid-type', ['entries'], {
        expected: 'array',
        received: typeName(entries),
      }),
    );
    return err(issues);
  }
  const defaultJenjang = options.jenjang;
  if (defaultJenjang !== undefined) {
    const j = checkJenjang(data, defaultJenjang, ['jenjang']);
    if (!j.ok) issues.push(...j.issues);
  } else if (entries.length === 0) issues.push(issue(commonMessages, 'input.required', ['jenjang']));
  for (const key of ['golongan'] as const)
    if (options[key] !== undefined && typeof options[key] !== 'string')
      issues.push(
        issue(commonMessages, 'input.invalid-type', [key], {
          expected: 'string',
          received: typeName(options[key]),
        }),
      );
  if (options.thresholds !== undefined && options.thresholds !== 'exact' && options.thresholds !== 'rounded')
    issues.push(
      issue(commonMessages, 'input.invalid-value', ['thresholds'], { expected: '"exact", "rounded"' }),
    );
  const checked: Checked[] = [];
  const unknownDefault = defaultJenjang !== undefined && issues.length > 0;
  const fallback = unknownDefault || typeof defaultJenjang !== 'string' ? undefined : defaultJenjang;
  // Indexed, not forEach: a hole in a sparse array is an entry that is missing, not skipped.
  for (let i = 0; i < entries.length; i += 1) {
    const r = checkEntry(data, entries[i], i, fallback);
    if (r.ok) checked.push(r.value);
    else if (!unknownDefault) issues.push(...r.issues);
    else issues.push(...r.issues.filter((x) => x.path[x.path.length - 1] !== 'jenjang'));
  }
  if (options.opening !== undefined && options.conventional !== undefined) {
    issues.push(
      issue(commonMessages, 'input.invalid', ['opening'], {
        detail: 'opening and conventional exclude each other',
      }),
    );
  }
  const firstJenjang = checked[0]?.jenjang ?? fallback ?? '';
  let opening: Dec = DEC_ZERO;
  const openingNodes: ExplanationNode[] = [];
  if (options.opening !== undefined) {
    const o = parseDecimal(options.opening as DecimalInput, ['opening']);
    if (!o.ok) issues.push(...o.issues);
    else if (dIsNeg(toDec(o.value)))
      issues.push(issue(commonMessages, 'input.too-small', ['opening'], { minimum: 0 }));
    else opening = toDec(o.value);
  } else if (options.conventional !== undefined && issues.length === 0) {
    const c = convertConventionalAngkaKredit(firstJenjang, options.conventional as DecimalInput, { data });
    if (!c.ok) issues.push(...c.issues);
    else {
      opening = toDec(c.value.angkaKredit);
      openingNodes.push(c.value.explanation);
    }
  }
  if (issues.length > 0) return err(issues);

  // Segments: runs of consecutive entries in one jenjang.
  const segmentOf: number[] = [];
  const segmentJenjang: string[] = [];
  for (const e of checked) {
    if (segmentJenjang[segmentJenjang.length - 1] !== e.jenjang) segmentJenjang.push(e.jenjang);
    segmentOf.push(segmentJenjang.length - 1);
  }
  if (segmentJenjang.length === 0) segmentJenjang.push(firstJenjang);

  // Years: entries of one year within one segment; undated entries alone.
  const groups = new Map<string, Checked[]>();
  checked.forEach((e, i) => {
    const key = e.year === null ? `undated:${e.index}` : `${segmentOf[i]}:${e.year}`;
    const list = groups.get(key);
    if (list === undefined) groups.set(key, [e]);
    else list.push(e);
  });
  const warnings: Issue[] = [];
  const years: LedgerYear[] = [];
  const yearNodes: ExplanationNode[][] = segmentJenjang.map(() => []);
  const earnedBySegment: Dec[] = segmentJenjang.map(() => DEC_ZERO);
  for (const list of groups.values()) {
    const first = list[0];
    if (first === undefined) continue;
    const segment = segmentOf[checked.indexOf(first)] ?? 0;
    const earned = dSum(list.map((e) => e.value));
    const cap = capOf(data, first.coefficient);
    const credited = dMin(earned, cap);
    const capped = dGt(earned, cap);
    if (capped) {
      warnings.push(
        issue(
          careerAkMessages,
          'career.yearly-cap',
          ['entries', first.index],
          { year: first.year, jenjang: first.jenjang, earned: text(earned), cap: text(cap) },
          'warning',
        ),
      );
    }
    earnedBySegment[segment] = dAdd(earnedBySegment[segment] ?? DEC_ZERO, credited);
    years.push({
      year: first.year,
      jenjang: first.jenjang,
      segment,
      entries: list.map((e) => e.index),
      earned: text(earned),
      cap: text(cap),
      credited: text(credited),
      capped,
    });
    yearNodes[segment]?.push({
      code: 'angka-kredit.year',
      ref: first.year === null ? '—' : String(first.year),
      inputs: { jenjang: first.jenjang, earned: text(earned), cap: text(cap), capped },
      output: text(credited),
      children: list.map((e) => ({
        code: 'angka-kredit',
        ref: e.jenjang,
        inputs: {
          predikat: e.predikat,
          countedAs: e.countedAs,
          percent: fromDec(toDec(data.percentages[e.countedAs] ?? '0')),
          coefficient: fromDec(toDec(e.coefficient)),
          months: e.months,
          exact: text(e.value),
        },
        output: roundedText(data, e.value),
      })),
    });
  }

  const segments: LedgerSegment[] = segmentJenjang.map((jenjang, i) => {
    const open = i === 0 ? opening : DEC_ZERO;
    const earned = earnedBySegment[i] ?? DEC_ZERO;
    const accumulated = dAdd(open, earned);
    return {
      jenjang,
      opening: text(open),
      earned: text(earned),
      accumulated: text(accumulated),
      accumulatedRounded: roundedText(data, accumulated),
    };
  });
  const last = segments[segments.length - 1];
  const lastIndex = segments.length - 1;
  const accumulated = dAdd(lastIndex === 0 ? opening : DEC_ZERO, earnedBySegment[lastIndex] ?? DEC_ZERO);
  const total = dSum(earnedBySegment);
  const jenjang = last?.jenjang ?? firstJenjang;
  const t = angkaKreditTargets(jenjang, {
    accumulated: text(accumulated),
    ...(typeof options.golongan === 'string' ? { golongan: options.golongan } : {}),
    ...(options.thresholds !== undefined ? { thresholds: options.thresholds as AngkaKreditThresholds } : {}),
    data,
  });
  if (!t.ok) return err(t.issues);
  return ok({
    entries: checked.map((e) => ({
      index: e.index,
      year: e.year,
      jenjang: e.jenjang,
      predikat: e.predikat,
      countedAs: e.countedAs,
      months: e.months,
      angkaKredit: text(e.value),
      fraction: fractionOfTwelfths(twelfthsOf(e.value)),
      rounded: roundedText(data, e.value),
    })),
    years,
    segments,
    total: text(total),
    totalRounded: roundedText(data, total),
    jenjang,
    accumulated: text(accumulated),
    accumulatedRounded: roundedText(data, accumulated),
    targets: t.value,
    warnings,
    explanation: {
      code: 'angka-kredit.ledger',
      inputs: { accumulated: text(accumulated), thresholds: t.value.thresholds },
      output: text(total),
      children: [
        ...openingNodes,
        ...segments.map((s, i) => ({
          code: 'angka-kredit.segment',
          ref: s.jenjang,
          inputs: { opening: s.opening, earned: s.earned },
          output: s.accumulated,
          children: yearNodes[i] ?? [],
        })),
      ],
    },
  });
}
