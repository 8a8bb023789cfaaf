import {
  type RaterContext,
  type ReconciledRating,
  readRaterValue,
  reconcileRaters,
} from '../assessment/index';
import { type Dec, fromDec } from '../decimal/index';
import { type ExplanationNode, issue, type PathSegment } from '../explain/index';
import type { CompiledRuleset } from './compile';
import { own, type Reader } from './read';
import type { RatingResult } from './types';

const SCALAR_CACHE_LIMIT = 512;

/** A rating of record for one id. */
export interface RatingOfRecord {
  readonly value: Dec;
  /** The rating code (categorical values). */
  readonly code: string | undefined;
  readonly result: RatingResult;
  readonly node: ExplanationNode;
}

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

/** The rater context of one rated id under a compiled ruleset. */
function raterContext(
  c: CompiledRuleset,
  id: string,
  kind: 'number' | 'rating',
  range: RaterContext['range'],
): RaterContext {
  const rec = c.ruleset.reconciliation;
  return {
    range,
    policy: own(rec.items, id) ?? rec.default,
    kind,
    scaleCodes: c.scaleCodes,
    scaleValues: c.scaleValues,
    groups: c.raterGroups,
    tolerance: rec.dialogue,
    record: (d) => c.record('rating', d),
  };
}

/**
 * Reads `raw = ratings[id]` (an own property: see `own`): a value of record, or raters reconciled
 * by the ruleset's policy for `id` (src/assessment). Returns undefined when not rated (no issue) or
 * invalid or pending (issues recorded).
 */
export function readRating(
  c: CompiledRuleset,
  rd: Reader,
  raw: unknown,
  id: string,
  kind: 'number' | 'rating',
  range?: RaterContext['range'],
): RatingOfRecord | undefined {
  if (raw === undefined) return undefined;
  if (typeof raw !== 'object' || raw === null) {
    // A value of record: the same (id, value) always reads the same, so it is built once per
    // compiled ruleset and shared (results are immutable data).
    const cache = cacheOf(c);
    let byValue = cache.get(id);
    const hit = byValue?.get(raw as string | number);
    if (hit && hit.kind === kind) return hit.rec;
    const v = readRaterValue(
      { kind, scaleCodes: c.scaleCodes, scaleValues: c.scaleValues },
      raw,
      ['ratings', id],
      rd.issues,
    );
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
  if (Array.isArray(raw)) {
    rd.fail('input.invalid-type', path, { expected: 'value or raters object', received: 'array' });
    return undefined;
  }
  const out = reconcileRaters(raw as Record<string, unknown>, raterContext(c, id, kind, range), id, path);
  if (Array.isArray(out)) {
    rd.issues.push(...out);
    return undefined;
  }
  if ('pending' in out) {
    rd.issues.push(issue('scoring.pending', path, { id, reason: out.reason, group: out.group ?? null }));
    return undefined;
  }
  return out satisfies ReconciledRating;
}
