import { compare, type Dec, type DecimalString, dCmp, decOf } from '../decimal/index';
import { type Issue, issue, type PathSegment } from '../explain/index';
import { rulesetMessages } from '../explain/messages/ruleset';

/** An interval as bands and table segments declare it. */
export interface Interval {
  readonly min?: DecimalString | undefined;
  readonly max?: DecimalString | undefined;
  readonly minInclusive: boolean;
  readonly maxInclusive: boolean;
}

/** A domain: inclusive bounds, each optional (unbounded). */
export interface Domain {
  readonly min?: DecimalString | undefined;
  readonly max?: DecimalString | undefined;
}

const show = (d: DecimalString | undefined, side: 'min' | 'max'): string =>
  d ?? (side === 'min' ? '-∞' : '+∞');

/**
 * Checks that intervals partition a domain: no empty interval, no gap, no overlap (each value of the
 * domain in exactly one interval). Issues point at `path` + index of the offending interval.
 */
export function checkPartition(
  domain: Domain,
  intervals: readonly Interval[],
  path: readonly PathSegment[],
): Issue[] {
  const issues: Issue[] = [];
  const indexed = intervals.map((iv, index) => ({ iv, index }));
  for (const { iv, index } of indexed) {
    if (iv.min !== undefined && iv.max !== undefined) {
      const c = compare(iv.min, iv.max);
      if (c > 0 || (c === 0 && !(iv.minInclusive && iv.maxInclusive))) {
        issues.push(issue(rulesetMessages, 'ruleset.band-empty', [...path, index]));
      }
    }
  }
  if (issues.length > 0) return issues;
  if (domain.min !== undefined && domain.max !== undefined && compare(domain.min, domain.max) > 0) {
    return [
      issue(rulesetMessages, 'ruleset.range-reversed', [...path.slice(0, -1), 'domain'], {
        detail: 'domain min > max',
      }),
    ];
  }
  // Sort by lower bound: unbounded first, then by value, inclusive before exclusive at equal values.
  indexed.sort((a, b) => {
    if (a.iv.min === undefined) return b.iv.min === undefined ? 0 : -1;
    if (b.iv.min === undefined) return 1;
    const c = compare(a.iv.min, b.iv.min);
    if (c !== 0) return c;
    return a.iv.minInclusive === b.iv.minInclusive ? 0 : a.iv.minInclusive ? -1 : 1;
  });
  const first = indexed[0];
  const last = indexed[indexed.length - 1];
  if (!first || !last) return issues;
  // The lower end of the domain.
  if (first.iv.min !== undefined) {
    if (domain.min === undefined) {
      issues.push(
        issue(rulesetMessages, 'ruleset.band-domain', [...path, first.index], {
          detail: `nothing below ${first.iv.min} / tidak ada di bawah ${first.iv.min}`,
        }),
      );
    } else {
      const c = compare(first.iv.min, domain.min);
      if (c > 0 || (c === 0 && !first.iv.minInclusive)) {
        issues.push(issue(rulesetMessages, 'ruleset.band-gap', [...path, first.index], { at: domain.min }));
      }
    }
  }
  // Neighbours.
  for (let k = 0; k + 1 < indexed.length; k++) {
    const a = indexed[k];
    const b = indexed[k + 1];
    if (!a || !b) continue;
    if (a.iv.max === undefined || b.iv.min === undefined) {
      issues.push(
        issue(rulesetMessages, 'ruleset.band-overlap', [...path, b.index], { at: show(b.iv.min, 'min') }),
      );
      continue;
    }
    const c = compare(a.iv.max, b.iv.min);
    if (c < 0) issues.push(issue(rulesetMessages, 'ruleset.band-gap', [...path, b.index], { at: a.iv.max }));
    else if (c > 0)
      issues.push(issue(rulesetMessages, 'ruleset.band-overlap', [...path, b.index], { at: b.iv.min }));
    else if (a.iv.maxInclusive && b.iv.minInclusive) {
      issues.push(issue(rulesetMessages, 'ruleset.band-overlap', [...path, b.index], { at: b.iv.min }));
    } else if (!a.iv.maxInclusive && !b.iv.minInclusive) {
      issues.push(issue(rulesetMessages, 'ruleset.band-gap', [...path, b.index], { at: b.iv.min }));
    }
  }
  // The upper end of the domain.
  if (last.iv.max !== undefined) {
    if (domain.max === undefined) {
      issues.push(
        issue(rulesetMessages, 'ruleset.band-domain', [...path, last.index], {
          detail: `nothing above ${last.iv.max} / tidak ada di atas ${last.iv.max}`,
        }),
      );
    } else {
      const c = compare(last.iv.max, domain.max);
      if (c < 0 || (c === 0 && !last.iv.maxInclusive)) {
        issues.push(issue(rulesetMessages, 'ruleset.band-gap', [...path, last.index], { at: last.iv.max }));
      }
    }
  }
  return issues;
}

/**
 * An interval with its bounds already parsed (a compiled band or conversion segment): the form
 * {@link indexOfInterval} searches on the scoring hot path.
 */
export interface DecInterval {
  readonly min: Dec | undefined;
  readonly max: Dec | undefined;
  readonly minInclusive: boolean;
  readonly maxInclusive: boolean;
}

/**
 * The one interval-containment loop of the library: the index of the first interval (in
 * declaration order) that contains `x`, or -1. Bands (rating/bands.ts), conversion tables
 * (scoring/measures.ts) and {@link findInterval} all search with it; validation guarantees at most
 * one interval matches inside the domain.
 */
export function indexOfInterval(intervals: readonly DecInterval[], x: Dec): number {
  for (let i = 0; i < intervals.length; i++) {
    const iv = intervals[i] as DecInterval;
    if (iv.min !== undefined) {
      const c = dCmp(x, iv.min);
      if (c < 0 || (c === 0 && !iv.minInclusive)) continue;
    }
    if (iv.max !== undefined) {
      const c = dCmp(x, iv.max);
      if (c > 0 || (c === 0 && !iv.maxInclusive)) continue;
    }
    return i;
  }
  return -1;
}

/** Parses the bounds of a declared interval once, for {@link indexOfInterval}. */
export function toDecInterval(iv: Interval): DecInterval {
  return {
    min: iv.min === undefined ? undefined : decOf(iv.min),
    max: iv.max === undefined ? undefined : decOf(iv.max),
    minInclusive: iv.minInclusive,
    maxInclusive: iv.maxInclusive,
  };
}

/**
 * Finds the interval containing `value` (the first one, in declaration order), or -1: the
 * declared (text) form of {@link indexOfInterval}.
 */
export function findInterval(intervals: readonly Interval[], value: DecimalString): number {
  return indexOfInterval(intervals.map(toDecInterval), decOf(value));
}
