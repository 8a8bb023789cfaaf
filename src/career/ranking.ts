import { daysBetween, type IsoDate, isoDate, yearOf } from '../date/index';
import { compare as compareDecimal, isDecimalString } from '../decimal/index';
import { err, type Issue, issue, type Locale, message, ok, type Result } from '../explain/index';
import { RANK_LADDER } from '../packs/promotion';
import { predikatRank } from '../rating/index';
import { type EligibilityResult, evaluateEligibility } from './eligibility';
import type { EmployeeFacts } from './eligibility-facts';
import type { EligibilityRule } from './eligibility-rule';

/**
 * What a merit criterion measures: `golongan` (the current rank), `years-in-rank` and `service`
 * (days since `rank.since` / `serviceStart`), `predikat` (the predikat of the last completed year,
 * by national rank; a missing year ranks lowest), `angka-kredit`, `age` (days since `birthDate`),
 * or `fact` (the value at `path`: numbers and decimal strings by value, other strings by code order).
 *
 * @category Career
 * @example
 * ```ts
 * const m: MeritMeasure = 'predikat';
 * ```
 */
export type MeritMeasure =
  | 'golongan'
  | 'years-in-rank'
  | 'service'
  | 'predikat'
  | 'angka-kredit'
  | 'age'
  | 'fact';

/**
 * One declared criterion (or tie-breaker) of a merit ranking: the higher value ranks first unless
 * `order` is `asc`. A candidate without a value ranks after those with one.
 *
 * @category Career
 * @example
 * ```ts
 * const c: MeritCriterion = { id: 'kinerja', measure: 'predikat' };
 * const t: MeritCriterion = { id: 'sertifikat', measure: 'fact', path: 'skor.kompetensi' };
 * ```
 */
export interface MeritCriterion {
  readonly id: string;
  readonly measure: MeritMeasure;
  /** For `fact`: a dot path into the facts. */
  readonly path?: string;
  /** `desc` (default): higher first; `asc`: lower first. */
  readonly order?: 'asc' | 'desc';
}

/**
 * A candidate for a vacancy: an id and the employee facts.
 *
 * @category Career
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
 * @category Career
 * @example
 * ```ts
 * const o: RankCandidatesOptions = { asOf: '2025-06-30', criteria: [{ id: 'kinerja', measure: 'predikat' }],
 *   tieBreakers: [{ id: 'masa-kerja', measure: 'service' }] };
 * ```
 */
export interface RankCandidatesOptions {
  readonly asOf: IsoDate | string;
  readonly criteria: readonly MeritCriterion[];
  readonly tieBreakers?: readonly MeritCriterion[];
}

/**
 * One ranked candidate: its position, the value of each criterion, and why it stands above the next
 * candidate (`decidedBy`: the first criterion that differs; null for the last or a full tie, then
 * the candidate id decides).
 *
 * @category Career
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
 * @category Career
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

function pathValue(facts: EmployeeFacts, path: string): unknown {
  let cur: unknown = facts;
  for (const seg of path.split('.')) {
    if (typeof cur !== 'object' || cur === null || !Object.hasOwn(cur, seg)) return undefined;
    cur = (cur as Record<string, unknown>)[seg];
  }
  return cur;
}

function measure(c: MeritCriterion, f: EmployeeFacts, asOf: IsoDate): string | number | null {
  switch (c.measure) {
    case 'golongan': {
      const i = f.rank === undefined ? -1 : LADDER.indexOf(f.rank.golongan);
      return i < 0 ? null : i;
    }
    case 'years-in-rank':
      return f.rank === undefined ? null : daysBetween(f.rank.since, asOf);
    case 'service':
      return f.serviceStart === undefined ? null : daysBetween(f.serviceStart, asOf);
    case 'age':
      return f.birthDate === undefined ? null : daysBetween(f.birthDate, asOf);
    case 'predikat': {
      const p = f.performance?.find((x) => x.year === yearOf(asOf) - 1)?.predikat;
      return p === undefined ? null : (predikatRank(p) ?? null);
    }
    case 'angka-kredit':
      return f.angkaKredit ?? null;
    case 'fact': {
      const v = pathValue(f, c.path ?? '');
      return typeof v === 'number' || typeof v === 'string' ? v : null;
    }
  }
}

/** Negative when `a` ranks before `b` under criterion `c`. */
function compareBy(c: MeritCriterion, a: string | number | null, b: string | number | null): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  let d: number;
  const numeric = (x: unknown) => typeof x === 'number' || isDecimalString(x);
  if (numeric(a) && numeric(b)) d = compareDecimal(String(a), String(b));
  else d = String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0;
  return c.order === 'asc' ? d : -d;
}

/**
 * Ranks candidates for a vacancy on merit: every candidate is evaluated against `rule` at `asOf`;
 * the eligible ones are ordered by the declared criteria, then the tie-breakers, then the candidate
 * id (so the order never depends on the input order), each position explained by the criterion
 * that put it above the next; the ineligible ones are listed with their unmet conditions.
 * Invalid facts or options are reported as issues (paths `candidates.<i>.facts…`), never thrown.
 *
 * @category Career
 * @example
 * ```ts
 * const r = rankCandidates(getPromotionRule('jpt-pratama')!, candidates, {
 *   asOf: '2025-06-30', criteria: [{ id: 'kinerja', measure: 'predikat' }], tieBreakers: [{ id: 'pangkat', measure: 'golongan' }],
 * });
 * // r.value.ranked[0]: { position: 1, id: 'b', values: { kinerja: 5, pangkat: 13 }, decidedBy: { criterion: 'kinerja', … } }
 * ```
 */
export function rankCandidates(
  rule: EligibilityRule,
  candidates: readonly MeritCandidate[],
  options: RankCandidatesOptions,
): Result<MeritRanking, Issue[]> {
  const issues: Issue[] = [];
  const criteria = [...options.criteria, ...(options.tieBreakers ?? [])];
  const seenCriteria = new Set<string>();
  criteria.forEach((c, i) => {
    if (seenCriteria.has(c.id))
      issues.push(issue('input.invalid-value', ['criteria', i, 'id'], { expected: 'a unique id' }));
    seenCriteria.add(c.id);
    if (c.measure === 'fact' && typeof c.path !== 'string')
      issues.push(issue('input.required', ['criteria', i, 'path']));
  });
  const evaluated: Array<{ id: string; result: EligibilityResult; facts: EmployeeFacts }> = [];
  const ids = new Set<string>();
  candidates.forEach((c, i) => {
    if (ids.has(c.id))
      issues.push(issue('input.invalid-value', ['candidates', i, 'id'], { expected: 'a unique id' }));
    ids.add(c.id);
    const r = evaluateEligibility(rule, c.facts, { asOf: options.asOf });
    if (!r.ok) {
      for (const x of r.issues)
        issues.push({ ...x, path: x.path[0] === 'facts' ? ['candidates', i, ...x.path] : x.path });
    } else evaluated.push({ id: c.id, result: r.value, facts: c.facts as EmployeeFacts });
  });
  if (issues.length > 0) return err(issues);
  const asOf = isoDate(String(options.asOf));
  const eligible = evaluated
    .filter((e) => e.result.eligible)
    .map((e) => ({
      ...e,
      values: Object.fromEntries(criteria.map((c) => [c.id, measure(c, e.facts, asOf)])) as Record<
        string,
        string | number | null
      >,
    }));
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
 * unmet conditions.
 *
 * @category Career
 * @example
 * ```ts
 * renderRanking(ranking, { locale: 'en' });
 * // 1. b — above a by kinerja (5 vs 4)
 * // 2. a
 * // Not eligible: c (unmet: usia)
 * ```
 */
export function renderRanking(ranking: MeritRanking, options: { readonly locale?: Locale } = {}): string {
  const locale = options.locale ?? 'id';
  const out: string[] = [];
  for (const r of ranking.ranked) {
    const d = r.decidedBy;
    out.push(
      (d === null
        ? message('ranking.position', { position: r.position, id: r.id })
        : message('ranking.position-above', {
            position: r.position,
            id: r.id,
            next: d.next,
            criterion: d.criterion,
            value: d.value,
            nextValue: d.nextValue,
          }))[locale],
    );
  }
  for (const x of ranking.ineligible)
    out.push(message('ranking.ineligible', { id: x.id, unmet: x.unmet.join(', ') })[locale]);
  return `${out.join('\n')}\n`;
}
