import { DEC_ZERO, type Dec, dAdd, dCmp, dDiv, decOf, dFromInt, dIsZero, dMul, dSub } from '../decimal/index';
import type { Ruleset } from '../ruleset/types';

/**
 * A reconciliation policy of a ruleset (`reconciliation.default` or `reconciliation.items[id]`).
 *
 * @category Assessment
 * @example
 * ```ts
 * const p: ReconciliationPolicy = { method: 'supervisor-of-record' };
 * ```
 */
export type ReconciliationPolicy = Ruleset['reconciliation']['default'];

/** The ratings of one item by rater group, as numbers (rating codes already mapped to their values). */
export type RaterGroups = ReadonlyMap<string, readonly Dec[]>;

/** The outcome of reconciling one item. */
export type Reconciled =
  | {
      readonly status: 'ok';
      /** The value of record. */
      readonly value: Dec;
      /** The value the policy computed (equal to `value` unless overridden downstream). */
      readonly computed: Dec;
      /** The groups that contributed, with their aggregate and effective weight (percent). */
      readonly contributions: ReadonlyArray<{
        readonly group: string;
        readonly value: Dec;
        readonly weight: Dec;
      }>;
    }
  | {
      readonly status: 'pending';
      readonly reason: 'missing-supervisor' | 'min-raters' | 'no-raters';
      readonly group?: string;
    };

function median(xs: readonly Dec[]): Dec {
  const s = [...xs].sort(dCmp);
  const mid = s.length >> 1;
  const hi = s[mid] ?? DEC_ZERO;
  if (s.length % 2 === 1) return hi;
  const lo = s[mid - 1] ?? DEC_ZERO;
  return dDiv(dAdd(lo, hi), dFromInt(2));
}

function mean(xs: readonly Dec[]): Dec {
  let total = DEC_ZERO;
  for (const x of xs) total = dAdd(total, x);
  return dDiv(total, dFromInt(xs.length));
}

/** Aggregates the raters of one group (mean, median, or mean after trimming `trim` from each end). */
export function aggregateGroup(
  xs: readonly Dec[],
  how: 'mean' | 'median' | 'trimmed-mean',
  trim: number,
): Dec {
  if (xs.length === 1) return xs[0] ?? DEC_ZERO;
  if (how === 'median') return median(xs);
  if (how === 'trimmed-mean' && trim > 0 && xs.length > 2 * trim) {
    return mean([...xs].sort(dCmp).slice(trim, xs.length - trim));
  }
  return mean(xs);
}

/**
 * Reconciles the ratings of one item under a policy. Not rated is not zero: groups without raters
 * are left out, and the weights of the groups present are renormalised.
 */
export function reconcileValues(policy: ReconciliationPolicy, groups: RaterGroups): Reconciled {
  if (policy.method === 'supervisor-of-record') {
    const sup = groups.get('supervisor')?.[0];
    if (sup === undefined) return { status: 'pending', reason: 'missing-supervisor' };
    return {
      status: 'ok',
      value: sup,
      computed: sup,
      contributions: [{ group: 'supervisor', value: sup, weight: dFromInt(100) }],
    };
  }
  for (const [group, min] of Object.entries(policy.minRaters)) {
    if ((groups.get(group)?.length ?? 0) < min) return { status: 'pending', reason: 'min-raters', group };
  }
  const parts: Array<{ group: string; value: Dec; weight: Dec }> = [];
  for (const [group, xs] of groups) {
    if (xs.length === 0) continue;
    let weight: Dec;
    if (policy.method === 'weighted') {
      const w = Object.hasOwn(policy.weights, group) ? policy.weights[group] : undefined;
      if (w === undefined) continue;
      weight = decOf(w);
      if (dIsZero(weight)) continue;
    } else {
      if (group === 'self') continue; // the mean policy averages the assessors, never the self-assessment
      weight = dFromInt(1);
    }
    parts.push({ group, value: aggregateGroup(xs, policy.groupAggregate, policy.trim), weight });
  }
  if (parts.length === 0) return { status: 'pending', reason: 'no-raters' };
  let total = DEC_ZERO;
  let acc = DEC_ZERO;
  for (const p of parts) {
    total = dAdd(total, p.weight);
    acc = dAdd(acc, dMul(p.value, p.weight));
  }
  const value = dDiv(acc, total);
  const hundred = dFromInt(100);
  return {
    status: 'ok',
    value,
    computed: value,
    contributions: parts.map((p) => ({
      group: p.group,
      value: p.value,
      weight: dDiv(dMul(p.weight, hundred), total),
    })),
  };
}

/** The distance between two values, for dialogue tolerances. */
export function distance(a: Dec, b: Dec): Dec {
  return dCmp(a, b) >= 0 ? dSub(a, b) : dSub(b, a);
}
