import {
  DEC_ZERO,
  type Dec,
  type DecimalString,
  dCmp,
  decOf,
  dGt,
  dLt,
  dSub,
  fromDec,
  parseDecimal,
} from '../decimal/index';
import { type ExplanationNode, type Issue, issue, type PathSegment } from '../explain/index';
import { assessmentMessages } from '../explain/messages/assessment';
import { commonMessages } from '../explain/messages/common';
import { scoringMessages } from '../explain/messages/scoring';
import { BUILTIN_RATER_GROUPS } from '../ruleset/sections/assessment';
import { type RaterGroups, type ReconciliationPolicy, reconcileValues } from './reconcile';
import type { ReconciliationResult } from './types';

export { BUILTIN_RATER_GROUPS };

const SINGLE = new Set(['self', 'supervisor']);

/** A value as text for a message: JSON where it can be, else its type name (never throws). */
export function display(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  try {
    const json = JSON.stringify(value);
    if (json !== undefined) return json;
  } catch {
    // a BigInt, a cycle or a throwing toJSON: the type name below
  }
  return value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
}

/** What reading raters needs to know: the policy, the kind of value, the scale, groups, tolerance. */
export interface RaterContext {
  readonly policy: ReconciliationPolicy;
  readonly kind: 'number' | 'rating';
  /** Rating codes best first and the number each stands for (categorical values). */
  readonly scaleCodes: readonly string[];
  readonly scaleValues: ReadonlyMap<string, Dec>;
  /** Every group a rater may belong to (the built-in four and the ruleset's own). */
  readonly groups: ReadonlySet<string>;
  readonly tolerance: { readonly steps?: number | undefined; readonly points?: DecimalString | undefined };
  /** Records a computed number (the ruleset's rounding of ratings); identity by default. */
  readonly record?: (d: Dec) => { readonly carry: Dec; readonly text: DecimalString };
  /** The range every rater's number must lie in (numbers only), when the item has one. */
  readonly range?: { readonly min: Dec | undefined; readonly max: Dec | undefined } | undefined;
}

/** A reconciled rating: the value of record to compute with, its code, the result and the step. */
export interface ReconciledRating {
  readonly value: Dec;
  readonly code: string | undefined;
  readonly result: ReconciliationResult;
  readonly node: ExplanationNode;
}

/** A pending reconciliation: not enough raters yet (not an input error). */
export interface PendingRating {
  readonly pending: true;
  readonly reason: 'missing-supervisor' | 'min-raters' | 'no-raters';
  readonly group: string | undefined;
}

function codeOf(ctx: RaterContext, v: Dec): string | undefined {
  for (const code of ctx.scaleCodes) if (dCmp(ctx.scaleValues.get(code) ?? DEC_ZERO, v) === 0) return code;
  return undefined;
}

/** The scale code whose value is nearest to `v`; an exact tie goes to the worse level. */
export function nearestCode(ctx: Pick<RaterContext, 'scaleCodes' | 'scaleValues'>, v: Dec): string {
  let best: string | undefined;
  let bestDist: Dec | undefined;
  for (const code of ctx.scaleCodes) {
    const x = ctx.scaleValues.get(code) ?? DEC_ZERO;
    const dist = dCmp(x, v) >= 0 ? dSub(x, v) : dSub(v, x);
    if (bestDist === undefined || dCmp(dist, bestDist) <= 0) {
      best = code;
      bestDist = dist;
    }
  }
  return best ?? '';
}

/** Reads one rater's value: a rating code, or a decimal. */
export function readRaterValue(
  ctx: Pick<RaterContext, 'kind' | 'scaleCodes' | 'scaleValues' | 'range'>,
  raw: unknown,
  path: readonly PathSegment[],
  issues: Issue[],
): Dec | undefined {
  if (ctx.kind === 'rating') {
    const v = typeof raw === 'string' ? ctx.scaleValues.get(raw) : undefined; // a Map: no inherited keys
    if (v === undefined) {
      issues.push(
        issue(scoringMessages, 'scoring.unknown-rating-code', path, {
          value: display(raw),
          available: ctx.scaleCodes.join(', '),
        }),
      );
    }
    return v;
  }
  const r = parseDecimal(raw, path);
  if (!r.ok) {
    issues.push(...r.issues);
    return undefined;
  }
  const v = decOf(r.value);
  // Each rater's number must lie in the item's range, not only the reconciled value: a self
  // rating of 110 next to a supervisor's 90 is an error, not a 94.
  const range = ctx.range;
  if (
    range &&
    ((range.min !== undefined && dLt(v, range.min)) || (range.max !== undefined && dLt(range.max, v)))
  ) {
    issues.push(
      issue(scoringMessages, 'scoring.out-of-range', path, {
        value: fromDec(v),
        min: range.min ? fromDec(range.min) : '-∞',
        max: range.max ? fromDec(range.max) : '+∞',
      }),
    );
    return undefined;
  }
  return v;
}

/**
 * Reads a raters object `{ self, supervisor, peers: [], subordinates: [], <group>: …, override? }`
 * and reconciles it under the policy. Not rated is not zero: absent groups are left out. The
 * employee's own rating is kept beside the value of record and counted only by a `weighted` policy
 * that gives `self` a weight. Returns the reconciled rating, a pending state, or issues at `path`.
 */
export function reconcileRaters(
  raw: Readonly<Record<string, unknown>>,
  ctx: RaterContext,
  id: string,
  path: readonly PathSegment[],
): ReconciledRating | PendingRating | Issue[] {
  const issues: Issue[] = [];
  const groups = new Map<string, Dec[]>();
  let self: Dec | undefined;
  let supervisor: Dec | undefined;
  let override: { value: Dec; text: string; reason: string; author: string } | undefined;
  for (const [group, value] of Object.entries(raw)) {
    if (group === 'override') {
      const o = value as Record<string, unknown> | null;
      const reason = typeof o?.reason === 'string' ? o.reason.trim() : '';
      const author = typeof o?.author === 'string' ? o.author.trim() : '';
      if (typeof o !== 'object' || o === null || o.value === undefined || reason === '' || author === '') {
        issues.push(issue(assessmentMessages, 'assessment.override-incomplete', [...path, 'override']));
        continue;
      }
      const v = readRaterValue(ctx, o.value, [...path, 'override', 'value'], issues);
      if (v !== undefined)
        override = { value: v, text: ctx.kind === 'rating' ? String(o.value) : fromDec(v), reason, author };
      continue;
    }
    if (!ctx.groups.has(group)) {
      issues.push(
        issue(scoringMessages, 'scoring.unknown-rater-group', [...path, group], {
          group,
          available: [...ctx.groups].join(', '),
        }),
      );
      continue;
    }
    if (value === undefined || value === null) continue;
    if (SINGLE.has(group) || !Array.isArray(value)) {
      if (Array.isArray(value)) {
        issues.push(
          issue(commonMessages, 'input.invalid-type', [...path, group], {
            expected: 'one value',
            received: 'array',
          }),
        );
        continue;
      }
      const v = readRaterValue(ctx, value, [...path, group], issues);
      if (v === undefined) continue;
      groups.set(group, [v]);
      if (group === 'self') self = v;
      if (group === 'supervisor') supervisor = v;
    } else {
      const xs: Dec[] = [];
      value.forEach((x, i) => {
        const v = readRaterValue(ctx, x, [...path, group, i], issues);
        if (v !== undefined) xs.push(v);
      });
      groups.set(group, xs);
    }
  }
  if (issues.length > 0) return issues;
  const policy = ctx.policy;
  const assessors: RaterGroups =
    policy.method === 'weighted' ? groups : new Map([...groups].filter(([g]) => g !== 'self'));
  const rec = reconcileValues(policy, assessors);
  if (rec.status === 'pending' && !override) return { pending: true, reason: rec.reason, group: rec.group };
  const computed = rec.status === 'ok' ? rec.value : undefined;
  const show = (v: Dec): string => (ctx.kind === 'rating' ? (codeOf(ctx, v) ?? fromDec(v)) : fromDec(v));
  let code: string | undefined;
  let value: Dec;
  let text: string;
  if (override) {
    value = override.value;
    code = ctx.kind === 'rating' ? override.text : undefined;
    text = override.text;
  } else {
    const c = computed ?? DEC_ZERO;
    if (ctx.kind === 'rating') {
      code = codeOf(ctx, c) ?? nearestCode(ctx, c);
      value = ctx.scaleValues.get(code) ?? c;
      text = code;
    } else {
      const recorded = ctx.record ? ctx.record(c) : { carry: c, text: fromDec(c) };
      value = recorded.carry;
      text = recorded.text;
    }
  }
  let needsDialogue = false;
  if (self !== undefined && supervisor !== undefined) {
    if (ctx.kind === 'rating') {
      // Distance in steps of the scale, whatever numbers the levels carry.
      const a = ctx.scaleCodes.indexOf(codeOf(ctx, self) ?? '');
      const b = ctx.scaleCodes.indexOf(codeOf(ctx, supervisor) ?? '');
      needsDialogue = Math.abs(a - b) > (ctx.tolerance.steps ?? 0);
    } else {
      const gap = dCmp(self, supervisor) >= 0 ? dSub(self, supervisor) : dSub(supervisor, self);
      needsDialogue = dGt(gap, ctx.tolerance.points !== undefined ? decOf(ctx.tolerance.points) : DEC_ZERO);
    }
  }
  const result: ReconciliationResult = {
    value: text,
    computed: computed === undefined ? '' : fromDec(computed),
    policy: policy.method,
    ...(self !== undefined ? { self: show(self) } : {}),
    ...(supervisor !== undefined ? { supervisor: show(supervisor) } : {}),
    needsDialogue,
    ...(override
      ? { override: { value: override.text, reason: override.reason, author: override.author } }
      : {}),
  };
  const contributions = rec.status === 'ok' ? rec.contributions : [];
  return {
    value,
    code,
    result,
    node: {
      code: override ? 'rating.override' : `rating.${policy.method}`,
      ref: id,
      inputs: override
        ? { reason: override.reason, author: override.author, computed: result.computed }
        : Object.fromEntries(contributions.map((p) => [p.group, fromDec(p.value)])),
      output: result.value,
    },
  };
}
