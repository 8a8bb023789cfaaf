import { type RaterGroups, reconcileValues } from '../assessment/index';
import { DEC_ZERO, type Dec, dCmp, decOf, dGt, dSub, fromDec } from '../decimal/index';
import type { ExplanationNode, PathSegment } from '../explain/index';
import type { CompiledRuleset } from './compile';
import { own, type Reader } from './read';
import type { RatingResult } from './types';

const BUILTIN_GROUPS = ['self', 'supervisor', 'peers', 'subordinates'];
const SINGLE = new Set(['self', 'supervisor']);
const SCALAR_CACHE_LIMIT = 512;
/** Per compiled ruleset: rating id → value given → its rating of record (bounded per id). */
type ScalarCache = Map<string, Map<string | number, { kind: 'number' | 'rating'; rec: RatingOfRecord }>>;
const scalarCaches = new WeakMap<CompiledRuleset, ScalarCache>();
let lastCompiled: CompiledRuleset | undefined;
let lastCache: ScalarCache | undefined;

/** The cache of a compiled ruleset (the last one is remembered: batches use one ruleset). */
function cacheOf(c: CompiledRuleset): ScalarCache {
  if (c === lastCompiled && lastCache) return lastCache;
  let cache = scalarCaches.get(c);
  if (!cache) {
    cache = new Map();
    scalarCaches.set(c, cache);
  }
  lastCompiled = c;
  lastCache = cache;
  return cache;
}

/** A rating of record for one id. */
export interface RatingOfRecord {
  readonly value: Dec;
  /** The rating code (categorical values). */
  readonly code: string | undefined;
  readonly result: RatingResult;
  readonly node: ExplanationNode;
}

/** Reads a value given by one rater: a rating code or a number. */
function readOne(
  c: CompiledRuleset,
  rd: Reader,
  raw: unknown,
  kind: 'number' | 'rating',
  path: readonly PathSegment[],
): Dec | undefined {
  if (kind === 'rating') {
    const v = typeof raw === 'string' ? c.scaleValues.get(raw) : undefined;
    if (v === undefined) {
      return rd.fail('scoring.unknown-rating-code', path, {
        value: JSON.stringify(raw) ?? String(raw),
        available: c.scaleCodes.join(', '),
      });
    }
    return v;
  }
  return rd.decimal(raw, path);
}

/** The scale code whose value is nearest to `v`; an exact tie goes to the worse level. */
export function nearestCode(c: CompiledRuleset, v: Dec): string {
  let best: string | undefined;
  let bestDist: Dec | undefined;
  for (const code of c.scaleCodes) {
    const x = c.scaleValues.get(code) ?? DEC_ZERO;
    const dist = dCmp(x, v) >= 0 ? dSub(x, v) : dSub(v, x);
    if (bestDist === undefined || dCmp(dist, bestDist) <= 0) {
      best = code;
      bestDist = dist;
    }
  }
  return best ?? '';
}

function codeOf(c: CompiledRuleset, v: Dec): string | undefined {
  for (const code of c.scaleCodes) if (dCmp(c.scaleValues.get(code) ?? DEC_ZERO, v) === 0) return code;
  return undefined;
}

/**
 * Reads `raw = ratings[id]` (an own property: see `own`): a value of record, or raters reconciled by the ruleset's policy for `id`.
 * Returns undefined when not rated (no issue) or invalid (issues recorded).
 */
export function readRating(
  c: CompiledRuleset,
  rd: Reader,
  raw: unknown,
  id: string,
  kind: 'number' | 'rating',
): RatingOfRecord | undefined {
  if (raw === undefined) return undefined;
  if (typeof raw !== 'object' || raw === null) {
    // A value of record: the same (id, value) always reads the same, so it is built once per
    // compiled ruleset and shared (results are immutable data).
    const cache = cacheOf(c);
    let byValue = cache.get(id);
    const hit = byValue?.get(raw as string | number);
    if (hit && hit.kind === kind) return hit.rec;
    const v = readOne(c, rd, raw, kind, ['ratings', id]);
    if (v === undefined) return undefined;
    const text = kind === 'rating' ? String(raw) : fromDec(v);
    const rec: RatingOfRecord = Object.freeze({
      value: v,
      code: kind === 'rating' ? String(raw) : undefined,
      result: Object.freeze({ value: text, computed: text, policy: 'of-record', needsDialogue: false }),
      node: Object.freeze({ code: 'rating.of-record', ref: id, output: text }),
    });
    if (typeof raw === 'string' || typeof raw === 'number') {
      if (!byValue) {
        byValue = new Map();
        cache.set(id, byValue);
      }
      if (byValue.size < SCALAR_CACHE_LIMIT) byValue.set(raw, { kind, rec });
    }
    return rec;
  }
  const path: PathSegment[] = ['ratings', id];
  const policy = own(c.ruleset.reconciliation.items, id) ?? c.ruleset.reconciliation.default;
  if (Array.isArray(raw)) {
    rd.fail('input.invalid-type', path, { expected: 'value or raters object', received: 'array' });
    return undefined;
  }
  const groups = new Map<string, Dec[]>();
  const known = new Set([...BUILTIN_GROUPS, ...c.ruleset.reconciliation.raterGroups]);
  const before = rd.issues.length;
  let self: Dec | undefined;
  let supervisor: Dec | undefined;
  for (const [group, value] of Object.entries(raw as Record<string, unknown>)) {
    if (!known.has(group)) {
      rd.fail('scoring.unknown-rater-group', [...path, group], { group, available: [...known].join(', ') });
      continue;
    }
    if (value === undefined || value === null) continue;
    if (SINGLE.has(group) || !Array.isArray(value)) {
      if (Array.isArray(value)) {
        rd.fail('input.invalid-type', [...path, group], { expected: 'one value', received: 'array' });
        continue;
      }
      const v = readOne(c, rd, value, kind, [...path, group]);
      if (v === undefined) continue;
      groups.set(group, [v]);
      if (group === 'self') self = v;
      if (group === 'supervisor') supervisor = v;
    } else {
      const xs: Dec[] = [];
      value.forEach((x, i) => {
        const v = readOne(c, rd, x, kind, [...path, group, i]);
        if (v !== undefined) xs.push(v);
      });
      groups.set(group, xs);
    }
  }
  if (rd.issues.length > before) return undefined;
  // The employee's own rating is kept beside the value of record, never counted in it by default.
  const assessors: RaterGroups =
    policy.method === 'weighted' ? groups : new Map([...groups].filter(([g]) => g !== 'self'));
  const rec = reconcileValues(policy, assessors);
  if (rec.status === 'pending') {
    rd.fail('scoring.pending', path, { id, reason: rec.reason, group: rec.group ?? null });
    return undefined;
  }
  const code = kind === 'rating' ? (codeOf(c, rec.value) ?? nearestCode(c, rec.value)) : undefined;
  // A computed number is recorded where the ruleset's `rounding.rating` says; a code is itself.
  const recorded = code === undefined ? c.record('rating', rec.value) : undefined;
  const valueOfRecord =
    code !== undefined ? (c.scaleValues.get(code) ?? rec.value) : (recorded?.carry ?? rec.value);
  const show = (v: Dec): string => (kind === 'rating' ? (codeOf(c, v) ?? fromDec(v)) : fromDec(v));
  const tolerance = c.ruleset.reconciliation.dialogue;
  let needsDialogue = false;
  if (self !== undefined && supervisor !== undefined) {
    if (kind === 'rating') {
      // Distance in steps of the scale, whatever numbers the levels carry.
      const a = c.scaleCodes.indexOf(codeOf(c, self) ?? '');
      const b = c.scaleCodes.indexOf(codeOf(c, supervisor) ?? '');
      needsDialogue = Math.abs(a - b) > (tolerance.steps ?? 0);
    } else {
      const gap = dCmp(self, supervisor) >= 0 ? dSub(self, supervisor) : dSub(supervisor, self);
      needsDialogue = dGt(gap, tolerance.points !== undefined ? decOf(tolerance.points) : DEC_ZERO);
    }
  }
  const result: RatingResult = {
    value: code ?? recorded?.text ?? fromDec(rec.value),
    computed: fromDec(rec.computed),
    policy: policy.method,
    ...(self !== undefined ? { self: show(self) } : {}),
    ...(supervisor !== undefined ? { supervisor: show(supervisor) } : {}),
    needsDialogue,
  };
  return {
    value: valueOfRecord,
    code,
    result,
    node: {
      code: `rating.${policy.method}`,
      ref: id,
      inputs: Object.fromEntries(rec.contributions.map((p) => [p.group, fromDec(p.value)])),
      output: result.value,
    },
  };
}
