import { type Dec, decOf } from '../decimal/index';
import { type DecInterval, indexOfInterval, type Ruleset } from '../ruleset/index';

/** A band with its bounds parsed once for fast lookup. */
export interface CompiledBand extends DecInterval {
  readonly index: number;
  readonly code: string;
  readonly min: Dec | undefined;
  readonly max: Dec | undefined;
  readonly minInclusive: boolean;
  readonly maxInclusive: boolean;
  readonly requires: readonly string[];
  readonly otherwise: string | undefined;
}

/** A band set ready for lookups. */
export interface CompiledBandSet {
  readonly id: string;
  readonly bands: readonly CompiledBand[];
  readonly domainMin: Dec | undefined;
  readonly domainMax: Dec | undefined;
}

/** Compiles one band set of a validated ruleset. */
export function compileBandSet(id: string, set: Ruleset['bandSets'][string]): CompiledBandSet {
  return {
    id,
    bands: set.bands.map((b, index) => ({
      index,
      code: b.code,
      min: b.min === undefined ? undefined : decOf(b.min),
      max: b.max === undefined ? undefined : decOf(b.max),
      minInclusive: b.minInclusive,
      maxInclusive: b.maxInclusive,
      requires: b.requires ?? [],
      otherwise: b.otherwise,
    })),
    domainMin: set.domain.min === undefined ? undefined : decOf(set.domain.min),
    domainMax: set.domain.max === undefined ? undefined : decOf(set.domain.max),
  };
}

/** The outcome of banding a value. */
export interface BandMatch {
  /** The code given (after a flag condition). */
  readonly code: string;
  /** The band the value fell in. */
  readonly band: CompiledBand;
  /** Flags the band required that were not set (the code is then the band's `otherwise`). */
  readonly missingFlags: readonly string[];
}

/**
 * Finds the band of `value`; `flags` are the evaluation's flags for bands that require some.
 * Returns `undefined` when the value lies outside every band (outside the domain).
 */
export function matchBand(
  set: CompiledBandSet,
  value: Dec,
  flags: Readonly<Record<string, boolean>> | undefined,
): BandMatch | undefined {
  const i = indexOfInterval(set.bands, value);
  if (i < 0) return undefined;
  const band = set.bands[i] as CompiledBand;
  if (band.requires.length === 0) return { code: band.code, band, missingFlags: NO_FLAGS };
  const missing = band.requires.filter((f) => flags?.[f] !== true);
  return {
    code: missing.length === 0 ? band.code : (band.otherwise ?? band.code),
    band,
    missingFlags: missing,
  };
}
const NO_FLAGS: readonly string[] = Object.freeze([]);
