import { type Dec, type DecimalString, dCmp, dSub, fromDec, parseDecimal, toDec } from '../decimal/index';
import {
  err,
  type Issue,
  issue,
  message,
  ok,
  parseWithSchema,
  prefixIssues,
  type Result,
} from '../explain/index';
import { organisationMessages } from '../explain/messages/organisation';
import { type CompiledBand, type CompiledBandSet, compileBandSet, matchBand } from '../rating/index';
import type { Ruleset } from '../ruleset/types';
import type { RulesetLike } from '../scoring/compile';
import { MAX_CODES, type MaskConstraint, movesStructure, planTarget, transfers } from './moves';
import { toCompiled } from './ruleset-source';
import { calibrationEmployeesSchema, distributionReportSchema } from './schemas';
import type {
  CalibrationAdvice,
  CalibrationCandidate,
  CalibrationEmployee,
  DistributionReport,
  MoveAdvice,
  PlannedMove,
  ViolationAdvice,
} from './types';

type ReadRuleset = Pick<Ruleset, 'final' | 'bandSets' | 'components'>;
type ReadReport = Pick<
  DistributionReport,
  'unitPredikat' | 'feasible' | 'advisory' | 'blocksFinalisation' | 'n' | 'counts' | 'violations' | 'moves'
> & {
  readonly constraints: readonly Pick<
    DistributionReport['constraints'][number],
    'id' | 'predikat' | 'bound' | 'limit' | 'actual'
  >[];
};

type Direction = 'up' | 'down';

interface Option {
  readonly to: string;
  readonly basis: 'score' | 'derived';
  readonly component?: string;
  readonly rating?: string;
  /** The value as recorded (its text) and exactly. */
  readonly text: DecimalString;
  readonly value: Dec;
  readonly edge: Dec;
  readonly distance: Dec;
}

/** The band next to `band` on the value axis, above (`up`) or below. */
function neighbour(set: CompiledBandSet, band: CompiledBand, side: Direction): CompiledBand | undefined {
  const edge = side === 'up' ? band.max : band.min;
  if (edge === undefined) return undefined;
  return set.bands.find((b) => {
    const other = side === 'up' ? b.min : b.max;
    return b !== band && other !== undefined && dCmp(other, edge) === 0;
  });
}

function option(
  band: CompiledBand,
  side: Direction,
  value: Recorded,
  extra: Pick<Option, 'to' | 'basis'> & { component?: string; rating?: string },
): Option {
  const edge = (side === 'up' ? band.max : band.min) as Dec;
  const distance = side === 'up' ? dSub(edge, value.dec) : dSub(value.dec, edge);
  return { ...extra, text: value.text, value: value.dec, edge, distance };
}

/** A recorded decimal: its text as given (canonical) and its exact value. */
interface Recorded {
  readonly text: DecimalString;
  readonly dec: Dec;
}

/** Prepares, per regime, how one employee's nearest qualifying change is found. */
function optionFinder(
  ruleset: ReadRuleset,
  rank: ReadonlyMap<string, number>,
): (e: CalibrationEmployee, from: string, to: string) => Option | undefined {
  const sets = new Map<string, CompiledBandSet>();
  const bandSet = (id: string): CompiledBandSet | undefined => {
    let s = sets.get(id);
    if (!s) {
      const raw = Object.hasOwn(ruleset.bandSets, id) ? ruleset.bandSets[id] : undefined;
      if (!raw) return undefined;
      s = compileBandSet(id, raw);
      sets.set(id, s);
    }
    return s;
  };
  // A change helps when it gives a predikat beyond `from`, and not beyond `to`, in the plan's direction.
  const helps = (from: string, to: string, result: string): boolean => {
    const f = rank.get(from) as number;
    const t = rank.get(to) as number;
    const r = rank.get(result);
    if (r === undefined) return false;
    return t < f ? r < f && r >= t : r > f && r <= t;
  };
  const decimal = (x: unknown): Recorded | undefined => {
    const p = parseDecimal(x);
    return p.ok ? { text: p.value, dec: toDec(p.value) } : undefined;
  };
  const final = ruleset.final;
  if (final.method === 'weighted') {
    const set = bandSet(final.bandSet);
    return (e, from, to) => {
      if (!set || e.result.score === null) return undefined;
      const value = decimal(e.result.score);
      const match = value === undefined ? undefined : matchBand(set, value.dec, undefined);
      if (!match || value === undefined) return undefined;
      let best: Option | undefined;
      for (const side of ['up', 'down'] as const) {
        const next = neighbour(set, match.band, side);
        if (!next || !helps(from, to, next.code)) continue;
        const o = option(match.band, side, value, { to: next.code, basis: 'score' });
        if (!best || dCmp(o.distance, best.distance) < 0) best = o;
      }
      return best;
    };
  }
  const axes = [final.rows, final.columns] as const;
  const derivedSet = new Map<string, CompiledBandSet | undefined>();
  for (const id of axes) {
    const def = ruleset.components.find((c) => c.id === id);
    const setId = def?.rating?.derive?.bandSet;
    derivedSet.set(id, setId === undefined ? undefined : bandSet(setId));
  }
  const cell = (row: string, column: string): string | undefined => {
    const r = Object.hasOwn(final.cells, row) ? final.cells[row] : undefined;
    return r && Object.hasOwn(r, column) ? r[column] : undefined;
  };
  return (e, from, to) => {
    const comps = e.result.components;
    const rowRating = comps[final.rows]?.rating ?? undefined;
    const colRating = comps[final.columns]?.rating ?? undefined;
    if (rowRating === undefined || colRating === undefined) return undefined;
    let best: Option | undefined;
    for (const id of axes) {
      const comp = comps[id];
      const set = derivedSet.get(id);
      if (comp?.source !== 'derived' || comp.mean === undefined || !set) continue;
      const value = decimal(comp.mean);
      const match = value === undefined ? undefined : matchBand(set, value.dec, undefined);
      if (!match || value === undefined) continue;
      for (const side of ['up', 'down'] as const) {
        const next = neighbour(set, match.band, side);
        if (!next) continue;
        const result = id === final.rows ? cell(next.code, colRating) : cell(rowRating, next.code);
        if (result === undefined || !helps(from, to, result)) continue;
        const o = option(match.band, side, value, {
          to: result,
          basis: 'derived',
          component: id,
          rating: next.code,
        });
        if (!best || dCmp(o.distance, best.distance) < 0) best = o;
      }
    }
    return best;
  };
}

function candidate(
  e: CalibrationEmployee,
  from: string,
  o: Option,
  rank: ReadonlyMap<string, number>,
): CalibrationCandidate {
  const value = o.text;
  const edge = fromDec(o.edge);
  const distance = fromDec(o.distance);
  const direction = (rank.get(o.to) as number) < (rank.get(from) as number) ? 'up' : 'down';
  const reason =
    o.basis === 'score'
      ? message(organisationMessages, 'organisation.reason-score', {
          value,
          edge,
          distance,
          predikat: from,
          to: o.to,
          direction,
        })
      : message(organisationMessages, 'organisation.reason-derived', {
          component: o.component ?? '',
          value,
          edge,
          distance,
          rating: o.rating ?? '',
          to: o.to,
        });
  const base = { employee: e.id, predikat: from, to: o.to, basis: o.basis, value, edge, distance, reason };
  return o.component === undefined ? base : { ...base, component: o.component };
}

/** Checks the employees against the report: known predikat, unique ids, the same counts. */
function checkEmployees(report: ReadReport, employees: readonly CalibrationEmployee[]): Issue[] {
  const issues: Issue[] = [];
  const codes = Object.keys(report.counts);
  const counts = new Map<string, number>(codes.map((c) => [c, 0]));
  const seen = new Map<string, number>();
  employees.forEach((e, i) => {
    const p = e.result.predikat;
    const c = typeof p === 'string' ? counts.get(p) : undefined;
    if (c === undefined)
      issues.push(
        issue(organisationMessages, 'organisation.unknown-predikat', [i, 'result', 'predikat'], {
          code: String(p),
          available: codes.join(', '),
        }),
      );
    else counts.set(p as string, c + 1);
    const first = seen.get(e.id);
    if (first !== undefined)
      issues.push(
        issue(organisationMessages, 'organisation.duplicate-employee', [i, 'id'], { id: e.id, first }),
      );
    else seen.set(e.id, i);
  });
  if (issues.length > 0) return prefixIssues(['employees'], issues);
  for (const code of codes) {
    const mine = counts.get(code) as number;
    const theirs = report.counts[code] as number;
    if (mine !== theirs)
      issues.push(
        issue(organisationMessages, 'organisation.advice-mismatch', ['employees'], {
          code,
          employees: mine,
          report: theirs,
        }),
      );
  }
  return issues;
}

/**
 * Calibration advice for a unit whose distribution violates its curve: the fewest-moves plan
 * (among those, the one moving people across the fewest predikat steps) and, for each violated
 * constraint, the moves that serve it with the employees who are candidates, ranked. Advice only:
 * no result is changed — recalibration stays a human decision, recorded through the usual
 * workflow.
 *
 * Candidates are ranked by how little would have to change:
 *
 * - numeric regimes (a weighted final score banded into predikat): the distance of the final
 *   score to its band's edge in the direction of the move;
 * - the matrix regime (PermenPANRB 6/2022): only employees with a component rating *derived* from
 *   item ratings are ranked, by the distance of the item mean to the threshold whose crossing
 *   would give a predikat the move needs. A direct rating is the supervisor's judgement: such
 *   employees are listed as `unranked`.
 *
 * `ruleset` is the one their results were scored under (its bands and matrix): a pack id, a parsed
 * or a compiled ruleset, the first argument as everywhere; `report` is what
 * {@link checkDistribution} returned for these employees. Every argument is read through a schema
 * (`distributionReportSchema`, `calibrationEmployeesSchema`): bad input gives issues
 * (under `ruleset`, `report` and `employees`), never a throw. Each violation says whether it blocks
 * finalisation (the ruleset's `distribution.blocksFinalisation`; never in an advisory unit).
 *
 * @category Organisation
 * @example
 * ```ts
 * import { calibrationAdvice, checkDistribution, getPack, unwrap } from 'kinerja';
 * const pack = getPack('permenpanrb-6-2022');
 * // employees: [{ id, result }] with each one's EvaluationResult
 * const report = unwrap(checkDistribution(pack, 'baik', employees.map((e) => ({ id: e.id, predikat: e.result.predikat }))));
 * const advice = unwrap(calibrationAdvice(pack, report, employees));
 * advice.plan; // e.g. [{ from: 'baik', to: 'butuh-perbaikan', count: 1 }]
 * advice.violations[0]?.moves[0]?.candidates[0]; // { employee: 'e7', component: 'hasil-kerja', value: '1.57', edge: '1.5', distance: '0.07', … }
 * ```
 */
export function calibrationAdvice(
  ruleset: RulesetLike,
  report: DistributionReport,
  employees: readonly CalibrationEmployee[],
): Result<CalibrationAdvice> {
  const compiled = toCompiled(ruleset);
  const readReport = parseWithSchema(distributionReportSchema, report, ['report']);
  const readEmployees = parseWithSchema(calibrationEmployeesSchema, employees, ['employees']);
  const read: Issue[] = [
    ...(compiled.ok ? [] : compiled.issues),
    ...(readReport.ok ? checkReport(readReport.value) : readReport.issues),
    ...(readEmployees.ok ? [] : readEmployees.issues),
  ];
  if (!compiled.ok || !readReport.ok || !readEmployees.ok || read.length > 0) return err(read);
  return advise(
    compiled.value.ruleset,
    readReport.value,
    readEmployees.value as unknown as readonly CalibrationEmployee[],
  );
}

/** A report's own consistency: its codes, and its constraints over them. */
function checkReport(report: ReadReport): Issue[] {
  const codes = Object.keys(report.counts);
  if (codes.length === 0 || codes.length > MAX_CODES)
    return [
      issue(organisationMessages, 'organisation.too-many-predikat', ['report', 'counts'], {
        count: codes.length,
        max: MAX_CODES,
      }),
    ];
  const issues: Issue[] = [];
  let total = 0;
  for (const c of codes) total += report.counts[c] as number;
  if (total !== report.n)
    issues.push(
      issue(organisationMessages, 'organisation.advice-mismatch', ['report', 'n'], {
        code: '*',
        employees: total,
        report: report.n,
      }),
    );
  report.constraints.forEach((c, i) => {
    c.predikat.forEach((p, j) => {
      if (!Object.hasOwn(report.counts, p))
        issues.push(
          issue(
            organisationMessages,
            'organisation.unknown-predikat',
            ['report', 'constraints', i, 'predikat', j],
            {
              code: p,
              available: codes.join(', '),
            },
          ),
        );
    });
  });
  return issues;
}

function advise(
  ruleset: ReadRuleset,
  report: ReadReport,
  employees: readonly CalibrationEmployee[],
): Result<CalibrationAdvice> {
  const issues = checkEmployees(report, employees);
  if (issues.length > 0) return err(issues);
  const base = {
    unitPredikat: report.unitPredikat,
    feasible: report.feasible,
    advisory: report.advisory,
    moves: report.moves,
  };
  if (!report.feasible || report.violations.length === 0) return ok({ ...base, plan: [], violations: [] });
  const codes = Object.keys(report.counts);
  const rank = new Map(codes.map((c, i) => [c, i]));
  const counts = codes.map((c) => report.counts[c] as number);
  const maskOf = (predikat: readonly string[]): number =>
    predikat.reduce((m, p) => m | (1 << (rank.get(p) as number)), 0);
  const constraints: MaskConstraint[] = report.constraints.map((c) => ({
    mask: maskOf(c.predikat),
    bound: c.bound,
  }));
  const structure = movesStructure(codes.length, constraints);
  const target = planTarget(
    structure,
    counts,
    report.n,
    report.constraints.map((c) => c.limit),
  );
  const plan: PlannedMove[] =
    target === null
      ? []
      : transfers(counts, target).map((t) => ({
          from: codes[t.from] as string,
          to: codes[t.to] as string,
          count: t.count,
        }));
  const find = optionFinder(ruleset, rank);
  const moveAdvice: MoveAdvice[] = plan.map((m) => {
    const ranked: CalibrationCandidate[] = [];
    const unranked: string[] = [];
    for (const e of employees) {
      if (e.result.predikat !== m.from) continue;
      const o = find(e, m.from, m.to);
      if (o) ranked.push(candidate(e, m.from, o, rank));
      else unranked.push(e.id);
    }
    ranked.sort((a, b) => {
      const c = dCmp(toDec(a.distance), toDec(b.distance));
      return c !== 0 ? c : a.employee < b.employee ? -1 : a.employee > b.employee ? 1 : 0;
    });
    return { ...m, candidates: ranked, unranked };
  });
  const violations: ViolationAdvice[] = report.constraints
    .filter((c) => report.violations.includes(c.id))
    .map((c) => {
      const inside = new Set(c.predikat);
      const serves = (m: PlannedMove): boolean =>
        c.bound === 'max' ? inside.has(m.from) && !inside.has(m.to) : !inside.has(m.from) && inside.has(m.to);
      return {
        constraint: c.id,
        predikat: c.predikat,
        bound: c.bound,
        limit: c.limit,
        actual: c.actual,
        blocksFinalisation: report.blocksFinalisation,
        moves: moveAdvice.filter(serves),
      };
    });
  return ok({ ...base, plan, violations });
}
