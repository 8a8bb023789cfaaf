import type { ExplanationNode, Result } from '../explain/index';
import { ok } from '../explain/index';
import { countPeople, curveFor, type DistributionSource, limitsFor } from './curve';
import { minimumMoves, sumOver } from './moves';
import type { ConstraintCheck, DistributionReport, UnitPeople } from './types';

/**
 * Checks a unit's employee predikat against the distribution curve of its unit predikat
 * (docs/regulations.md; docs/distribution.md, case kind `distribution`).
 *
 * `source` is a ruleset — a pack id, a parsed or a compiled ruleset (its `distribution` section and
 * its predikat: the PermenPANRB 6/2022 pack carries the curves of the MenPANRB circular) —, a
 * {@link DistributionPolicy} of your own, or a curve made by {@link compileCurve};
 * `people` are counts by predikat or a list of employees with their predikat (the format
 * `distribution-input`, {@link distributionInputSchema}).
 *
 * Each constraint's limit in people comes from its share by the counting rule ("at most p%"
 * allows ⌊p·n/100⌋, "at least p%" needs ⌈p·n/100⌉, computed exactly) or from its count. The report
 * says which constraints fail, whether any distribution of the unit's size can satisfy them all
 * (`feasible`; a unit too small for its curve is infeasible, not in violation) and `moves`: the
 * exact fewest employees whose predikat must change for every constraint to hold. It reports
 * only: whether a violation blocks finalisation is the policy's `blocksFinalisation`, and a unit
 * below `minimumUnitSize` gets the report as advice (`advisory`).
 *
 * Nothing is cached: a ruleset or policy object is validated on every call (a pack id or a
 * compiled ruleset costs no validation). To check many units fast, prepare the curve once with
 * {@link compileCurve} and pass it instead. Invalid input (an unknown unit predikat or predikat, a negative or fractional count, an
 * employee listed twice) comes back as issues, with paths under `unitPredikat` and `people`.
 *
 * @category Organisation
 * @example
 * ```ts
 * import { checkDistribution } from 'kinerja';
 * const pack = 'permenpanrb-6-2022';
 * const r = checkDistribution(pack, 'baik', { 'sangat-baik': 1, baik: 8, 'butuh-perbaikan': 1 });
 * if (r.ok) {
 *   r.value.violations; // ['baik-max-70']: at most ⌊0.7 × 10⌋ = 7 baik
 *   r.value.moves; // 1
 * }
 // A unit of one under `kurang` (which needs a kurang and a butuh perbaikan) is infeasible:
 * checkDistribution(pack, 'kurang', { kurang: 1 }); // value: { ok: false, feasible: false, violations: [], moves: null, … }
 * // People as a list:
 * checkDistribution(pack, 'istimewa', [{ id: 'e1', predikat: 'sangat-baik' }, { id: 'e2', predikat: 'baik' }]);
 * ```
 */
export function checkDistribution(
  source: DistributionSource,
  unitPredikat: string,
  people: UnitPeople,
): Result<DistributionReport> {
  const compiled = curveFor(source, unitPredikat);
  if (!compiled.ok) return compiled;
  const curve = compiled.value;
  const counted = countPeople(curve, people);
  if (!counted.ok) return counted;
  const { counts, n } = counted.value;
  const limits = limitsFor(curve, n);
  const checks: ConstraintCheck[] = [];
  let allMet = true;
  curve.constraints.forEach((c, i) => {
    const limit = limits[i] as number;
    const actual = sumOver(c.mask, counts);
    const met = c.bound === 'max' ? actual <= limit : actual >= limit;
    if (!met) allMet = false;
    checks.push({
      id: c.id,
      predikat: c.predikat,
      bound: c.bound,
      percent: c.percent,
      count: c.count,
      limit,
      actual,
      ok: met,
    });
  });
  // The current distribution satisfying every constraint proves feasibility with 0 moves.
  const moves = allMet ? 0 : minimumMoves(curve.structure, counts, n, limits);
  const feasible = moves !== null;
  const violations = feasible ? checks.filter((c) => !c.ok).map((c) => c.id) : [];
  const advisory = n < curve.minimumUnitSize;
  const byCode: Record<string, number> = {};
  curve.codes.forEach((code, i) => {
    byCode[code] = counts[i] as number;
  });
  const explanation: ExplanationNode = {
    code: 'distribution',
    ref: unitPredikat,
    inputs: { n, feasible, moves, advisory, minimumUnitSize: curve.minimumUnitSize },
    output: allMet ? 'ok' : feasible ? 'violated' : 'infeasible',
    children: checks.map((c) => ({
      code: 'distribution.constraint',
      ref: c.id,
      inputs: {
        predikat: c.predikat.join(' + '),
        bound: c.bound,
        percent: c.percent,
        count: c.count,
        limit: c.limit,
        actual: c.actual,
      },
      output: c.ok ? 'met' : 'not-met',
    })),
  };
  return ok({
    unitPredikat,
    ok: allMet,
    feasible,
    advisory,
    blocksFinalisation: curve.blocksFinalisation && feasible && !advisory && violations.length > 0,
    n,
    counts: byCode,
    constraints: checks,
    violations,
    moves,
    explanation,
  });
}
