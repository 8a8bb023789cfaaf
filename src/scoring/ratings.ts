import {
  type RaterContext,
  type ReconciledRating,
  readRaterValue,
  reconcileRaters,
} from '../assessment/index';
import { fromDec } from '../decimal/index';
import { issue, type PathSegment } from '../explain/index';
import { scoringMessages } from '../explain/messages/scoring';
import type { DecRange, RatingOfRecord, RulesetInternals } from './compile';
import { isDecimalObject, own, type Reader } from './read';

export type { RatingOfRecord } from './compile';

/** The rater context of one rated id under a compiled ruleset. */
function raterContext(
  c: RulesetInternals,
  id: string,
  kind: 'number' | 'rating',
  range: DecRange | undefined,
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
  c: RulesetInternals,
  rd: Reader,
  raw: unknown,
  id: string,
  kind: 'number' | 'rating',
  range?: DecRange,
): RatingOfRecord | undefined {
  if (raw === undefined) return undefined;
  if (typeof raw !== 'object' || raw === null || isDecimalObject(raw)) {
    // A value of record: the usual ones were built when the ruleset was compiled.
    if (kind === 'rating' ? typeof raw === 'string' : typeof raw === 'number') {
      const hit = c.ratingsOfRecord.get(id)?.get(raw as string | number);
      if (hit) return hit;
      if (kind === 'rating') {
        const code = c.codeOfRecord.get(raw as string);
        if (code)
          return {
            value: code.value,
            code: code.code,
            result: code.result,
            node: { code: 'rating.of-record', ref: id, output: raw as string },
          };
      }
    }
    const v = readRaterValue(
      { kind, scaleCodes: c.scaleCodes, scaleValues: c.scaleValues, range },
      raw,
      ['ratings', id],
      rd.issues,
    );
    if (v === undefined) return undefined;
    const text = kind === 'rating' ? (raw as string) : fromDec(v);
    return {
      value: v,
      code: kind === 'rating' ? text : undefined,
      result: { value: text, computed: text, policy: 'of-record', needsDialogue: false },
      node: { code: 'rating.of-record', ref: id, output: text },
    };
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
    rd.issues.push(
      issue(scoringMessages, 'scoring.pending', path, { id, reason: out.reason, group: out.group ?? null }),
    );
    return undefined;
  }
  return out satisfies ReconciledRating;
}
