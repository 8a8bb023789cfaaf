import type { Ruleset } from '../ruleset/index';

/**
 * The national rank of each predikat code across regimes (docs/regulations.md): 5 best … 1 worst.
 * `cukup` ranks with butuh-perbaikan, `buruk` with sangat-kurang.
 *
 * @category Rating
 * @example
 * ```ts
 * PREDIKAT_RANK['butuh-perbaikan']; // 3
 * PREDIKAT_RANK.cukup; // 3
 * ```
 */
export const PREDIKAT_RANK: Readonly<Record<string, number>> = {
  'sangat-baik': 5,
  baik: 4,
  'butuh-perbaikan': 3,
  cukup: 3,
  kurang: 2,
  'sangat-kurang': 1,
  buruk: 1,
};

/**
 * The rank of a predikat in a ruleset (its own order), falling back to the national ranks.
 * Returns `undefined` for a code neither knows.
 *
 * @category Rating
 * @example
 * ```ts
 * predikatRank('baik'); // 4
 * predikatRank('baik', getPack('pp46-2011')); // 4
 * ```
 */
export function predikatRank(code: string, ruleset?: Pick<Ruleset, 'predikat'>): number | undefined {
  const own = ruleset?.predikat.find((p) => p.code === code);
  return own?.rank ?? (Object.hasOwn(PREDIKAT_RANK, code) ? PREDIKAT_RANK[code] : undefined);
}

/**
 * Compares two predikat codes by rank: positive when `a` is better than `b`, 0 when they rank the
 * same (e.g. cukup and butuh-perbaikan). Unknown codes throw a RangeError (validate input first).
 *
 * @category Rating
 * @example
 * ```ts
 * comparePredikat('sangat-baik', 'baik') > 0; // true
 * comparePredikat('cukup', 'butuh-perbaikan'); // 0
 * ```
 */
export function comparePredikat(a: string, b: string, ruleset?: Pick<Ruleset, 'predikat'>): number {
  const ra = predikatRank(a, ruleset);
  const rb = predikatRank(b, ruleset);
  if (ra === undefined || rb === undefined)
    throw new RangeError(`Unknown predikat: ${ra === undefined ? a : b}`);
  return ra - rb;
}

/**
 * Whether `code` is at least as good as `threshold` (e.g. "predikat at least baik").
 *
 * @category Rating
 * @example
 * ```ts
 * isAtLeast('sangat-baik', 'baik'); // true
 * isAtLeast('butuh-perbaikan', 'baik'); // false
 * ```
 */
export function isAtLeast(code: string, threshold: string, ruleset?: Pick<Ruleset, 'predikat'>): boolean {
  return comparePredikat(code, threshold, ruleset) >= 0;
}
