import type * as z from 'zod';
import { daysBetween, type IsoDate, yearOf } from '../date/index';
import { compare as compareDecimal, type DecimalString, parseDecimal } from '../decimal/index';
import {
  err,
  type Issue,
  issue,
  type Locale,
  message,
  ok,
  parseWithSchema,
  prefixIssues,
  type Result,
} from '../explain/index';
import { careerEligibilityMessages } from '../explain/messages/career-eligibility';
import { commonMessages } from '../explain/messages/common';
import { RANK_LADDER } from '../packs/promotion';
import { predikatRank } from '../rating/index';
import type { EligibilityRule } from '../ruleset/sections/career';
import {
  type CompiledEligibilityRule,
  compiledRule,
  type EligibilityResult,
  evaluateCompiled,
} from './eligibility';
import { type EmployeeFacts, parseEmployeeFacts } from './eligibility-facts';
import { valueAtPath } from './fact-path';
import { localeOf, renderOrIssue } from './read-options';
import {
  meritCandidatesSchema,
  type meritCriterionSchema,
  type meritMeasureSchema,
  rankCandidatesOptionsSchema,
} from './schemas';

/**
 * What a merit criterion measures: `golongan` (the current rank), `years-in-rank` and `service`
 * (days since `rank.since` / `serviceStart`), `predikat` (the predikat of the last completed year,
 * by national rank; a missing year ranks lowest), `angka-kredit`, `age` (days since `birthDate`),
 * or `fact` (the value at `path`: a finite number or a decimal string, by value; anything else is an
 * issue).
 *
 * @category Careers
 * @example
 * ```ts
 * const m: MeritMeasure = 'predikat';
 * ```
 */
export type MeritMeasure = z.output<typeof meritMeasureSchema>;

/**
 * One declared criterion (or tie-breaker) of a merit ranking: the higher value ranks first unless
 * `order` is `asc`. A candidate without a value ranks after those with one.
 *
 * @category Careers
 * @example
 * ```ts
 * const c: MeritCriterion = { id: 'kinerja', measure: 'predikat' };
 * const t: MeritCriterion = { id: 'sertifikat', measure: 'fact', path: 'skor.kompetensi' };
 * ```
 */
export type MeritCriterion = z.input<typeof meritCriterionSchema>;

/**
 * A candidate for a vacancy: an id and the employee facts.
 *
 * @category Careers
 * @example
 * ```ts
 * const c: MeritCandidate = { id: '199001012015031001', facts: { education: 's1' } };
 * ```
 */
export interface MeritCandidate {
  readonly id: string;
  readonly facts: unknown;
}

/**
 * Options of {@link rankCandidates}.
 *
 * @category Careers
 * @example
 * ```ts
 * const o: RankCandidatesOptions = { asOf: '2025-06-30', criteria: [{ id: 'kinerja', measure: 'predikat' }],
 *   tieBreakers: [{ id: 'masa-kerja', measure: 'service' }] };
 * ```
 */
export type RankCandidatesOptions = z.input<typeof rankCandidatesOptionsSchema>;

/**
 * One ranked candidate: its position, the value of each criterion, and why it stands above the next
 * candidate (`decidedBy`: the first criterion that differs; null for the last or a full tie, then
 * the candidate id decides).
 *
 * @category Careers
 * @example
 * ```ts
 * const r: RankedCandidate = { position: 1, id: 'a', values: { kinerja: 5 },
 *   decidedBy: { criterion: 'kinerja', next: 'b', value: 5, nextValue: 4 }, eligibility };
 * ```
 */
export interface RankedCandidate {
  readonly position: number;
  readonly id: string;
  readonly values: Readonly<Record<string, string | number | null>>;
  readonly decidedBy: {
    readonly criterion: string;
    readonly next: string;
    readonly value: string | number | null;
    readonly nextValue: string | number | null;
  } | null;
  readonly eligibility: EligibilityResult;
}

/**
 * The result of {@link rankCandidates}: the eligible candidates in merit order and the ineligible
 * ones with their unmet conditions.
 *
 * @category Careers
 * @example
 * ```ts
 * const r: MeritRanking = { ranked: [], ineligible: [{ id: 'c', unmet: ['usia'], eligibility }] };
 * ```
 */
export interface MeritRanking {
  readonly ranked: readonly RankedCandidate[];
  readonly ineligible: ReadonlyArray<{
    readonly id: string;
    readonly unmet: readonly string[];
    readonly eligibility: EligibilityResult;
  }>;
}

const LADDER: readonly string[] = RANK_LADDER.map((r) => r.golongan);

/** A measured value: a number (golongan position, predikat rank, days) or a decimal string. */
type Measured = number | DecimalString | null;

/** The value of a criterion for a candidate, or an issue (a `fact` that is not a finite number). */
function measure(c: MeritCriterion, f: EmployeeFacts, asOf: IsoDate): Result<Measured, Issue[]> {
  switch (c.measure) {
    case 'golongan': {
      const i = f.rank === undefined ? -1 : LADDER.indexOf(f.rank.golongan);
      return ok(i < 0 ? null : i);
    }
    case 'years-in-rank':
      return ok(f.rank === undefined ? null : daysBetween(f.rank.since, asOf));
    case 'service':
      return ok(f.serviceStart === undefined ? null : daysBetween(f.serviceStart, asOf));
    case 'age':
      return ok(f.birthDate === undefined ? null : daysBetween(f.birthDate, asOf));
    case 'predikat': {
      const p = f.performance?.find((x) => x.year === yearOf(asOf) - 1)?.predikat;
      return ok(p === undefined ? null : (predikatRank(p) ?? null));
    }
    case 'angka-kredit':
      return ok(f.angkaKredit ?? null);
    case 'fact': {
      const path = c.path ?? '';
      const v = valueAtPath(f, path);
      if (v === undefined || v === null) return ok(null);
      const d = typeof v === 'number' || typeof v === 'string' ? parseDecimal(v) : undefined;
      if (d?.ok) return ok(d.value);
      return err([
        issue(commonMessages, 'input.invalid-type', path.split('.'), {
          expected: 'a finite number or a decimal string',
          received: Array.isArray(v) ? 'array' : typeof v,
        }),
      ]);
    }
  }
}

/** Negative when `a` ranks before `b` under criterion `c` (a missing value ranks last). */
function compareBy(c: MeritCriterion, a: Measured, b: Measured): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  const d = typeof a === 'number' && typeof b === 'number' ? Math.sign(a - b) : compareDecimal(a, b);
  return c.order === 'asc' ? d : -d;
}

/**
 * Ranks candidates for a vacancy on merit: every candidate is evaluated against `rule` (raw, or
 * compiled by {@link compileEligibilityRule}) at `asOf`; the eligible ones are ordered by the
 * declared criteria, then the tie-breakers, then the candidate id (so the order never depends on
 * the input order), each position explained by the criterion that put it above the next; the
 * ineligible ones are listed with their unmet conditions. A `fact` criterion reads a finite number
 * or a decimal string (anything else at its path is an issue). Invalid rules, facts or options are
 * reported as issues (paths `rule…`, `candidates.<i>…`, `criteria.<i>…`, `options…`), never thrown.
 *
 * @category Careers
 * @example
 * ```ts
 * const r = rankCandidates(getPromotionRule('jpt-pratama')!, candidates, {
 *   asOf: '2025-06-30', criteria: [{ id: 'kinerja', measure: 'predikat' }], tieBreakers: [{ id: 'pangkat', measure: 'golongan' }],
 * });
 * // r.value.ranked[0]: { position: 1, id: 'b', values: { kinerja: 5, pangkat: 13 }, decidedBy: { criterion: 'kinerja', … } }
 * ```
 */
export function rankCandidates(
  rule: EligibilityRule | CompiledEligibilityRule,
  candidates: readonly MeritCandidate[],
  options: RankCandidatesOptions,
): Result<MeritRanking, Issue[]> {
  const issues: Issue[] = [];
  const compiled = compiledRule(rule);
  if (!compiled.ok) issues.push(...compiled.issues);
  const o = parseWithSchema(rankCandidatesOptionsSchema, options, []);
  if (!o.ok) issues.push(...o.issues.map((i) => (i.path.length === 0 ? { ...i, path: ['options'] } : i)));
  const list = parseWithSchema(meritCandidatesSchema, candidates, ['candidates']);
  if (!list.ok) issues.push(...list.issues);
  if (!compiled.ok || !o.ok || !list.ok) return err(issues);
  const { asOf } = o.value;
  const criteria = [...o.value.criteria, ...(o.value.tieBreakers ?? [])];
  const seenCriteria = new Set<string>();
  criteria.forEach((c, i) => {
    if (seenCriteria.has(c.id))
      issues.push(
        issue(commonMessages, 'input.invalid-value', ['criteria', i, 'id'], { expected: 'a unique id' }),
      );
    seenCriteria.add(c.id);
  });
  type Evaluated = { id: string; result: EligibilityResult; values: Record<string, Measured> };
  const evaluated: Evaluated[] = [];
  const ids = new Set<string>();
  list.value.forEach((c, i) => {
    if (ids.has(c.id))
      issues.push(
        issue(commonMessages, 'input.invalid-value', ['candidates', i, 'id'], { expected: 'a unique id' }),
      );
    ids.add(c.id);
    const f = parseEmployeeFacts(c.facts);
    if (!f.ok) {
      issues.push(...prefixIssues(['candidates', i, 'facts'], f.issues));
      return;
    }
    const result = evaluateCompiled(compiled.value.rule, f.value, asOf, compiled.value.schedule);
    const values: Record<string, Measured> = {};
    if (result.eligible)
      for (const criterion of criteria) {
        const m = measure(criterion, f.value, asOf);
        if (m.ok) values[criterion.id] = m.value;
        else issues.push(...prefixIssues(['candidates', i, 'facts'], m.issues));
      }
    evaluated.push({ id: c.id, result, values });
  });
  if (issues.length > 0) return err(issues);
  const eligible = evaluated.filter((e) => e.result.eligible);
  eligible.sort((a, b) => {
    for (const c of criteria) {
      const d = compareBy(c, a.values[c.id] ?? null, b.values[c.id] ?? null);
      if (d !== 0) return d;
    }
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
  const ranked: RankedCandidate[] = eligible.map((e, i) => {
    const next = eligible[i + 1];
    let decidedBy: RankedCandidate['decidedBy'] = null;
    if (next !== undefined) {
      for (const c of criteria) {
        const a = e.values[c.id] ?? null;
        const b = next.values[c.id] ?? null;
        if (compareBy(c, a, b) !== 0) {
          decidedBy = { criterion: c.id, next: next.id, value: a, nextValue: b };
          break;
        }
      }
    }
    return { position: i + 1, id: e.id, values: e.values, decidedBy, eligibility: e.result };
  });
  const ineligible = evaluated
    .filter((e) => !e.result.eligible)
    .map((e) => ({ id: e.id, unmet: e.result.unmet, eligibility: e.result }));
  return ok({ ranked, ineligible });
}

/**
 * Renders a merit ranking in Indonesian (`id`, default) or English: one line per position with
 * the criterion that placed it above the next candidate, then the ineligible candidates with their
 * unmet conditions. A value that is not a ranking renders as the issue found (one line), never a
 * throw.
 *
 * @category Careers
 * @example
 * ```ts
 * renderRanking(ranking, { locale: 'en' });
 * // 1. b — above a by kinerja (5 vs 4)
 * // 2. a
 * // Not eligible: c (unmet: usia)
 * ```
 */
export function renderRanking(ranking: MeritRanking, options: { readonly locale?: Locale } = {}): string {
  const locale = localeOf(options);
  return renderOrIssue(ranking, 'ranking', locale, (value) => {
    const r = value as unknown as MeritRanking;
    const out: string[] = [];
    for (const x of r.ranked) {
      const d = x.decidedBy;
      out.push(
        (d === null
          ? message(careerEligibilityMessages, 'ranking.position', { position: x.position, id: x.id })
          : message(careerEligibilityMessages, 'ranking.position-above', {
              position: x.position,
              id: x.id,
              next: d.next,
              criterion: d.criterion,
              value: d.value,
              nextValue: d.nextValue,
            }))[locale],
      );
    }
    for (const x of r.ineligible)
      out.push(
        message(careerEligibilityMessages, 'ranking.ineligible', { id: x.id, unmet: x.unmet.join(', ') })[
          locale
        ],
      );
    return `${out.join('\n')}\n`;
  });
}
