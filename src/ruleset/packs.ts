import { deepFreeze, KinerjaError } from '../explain/index';
import { PACK_IDS as IDS, type PackId, PACK_SOURCES as SOURCES } from '../packs/index';
import { parseRuleset } from './parse';
import type { Ruleset } from './types';

export type { PackId } from '../packs/index';

/**
 * The ids of the built-in ruleset packs (docs/regulations.md). Frozen.
 *
 * @category Rulesets
 * @example
 * ```ts
 * PACK_IDS; // ["pp46-2011", "pp30-2019", "pp30-2019-360", "permenpanrb-6-2022"]
 * ```
 */
export const PACK_IDS: readonly PackId[] = deepFreeze(IDS);

/** The packs as written, deeply frozen (the data of src/packs cannot import the freezer itself). */
const PACK_SOURCES = deepFreeze(SOURCES);

/**
 * Whether `id` names a built-in pack.
 *
 * @category Rulesets
 * @example
 * ```ts
 * isPackId('permenpanrb-6-2022'); // true
 * isPackId('pp99'); // false
 * ```
 */
export function isPackId(id: unknown): id is PackId {
  return typeof id === 'string' && (PACK_IDS as readonly string[]).includes(id);
}

/**
 * A built-in pack as a ruleset file would hold it, e.g. to save it with `JSON.stringify`. The data
 * is deeply frozen (shared by every caller): to edit it, copy it first (`structuredClone`, or
 * spread the keys you change). `undefined` for anything but a pack id (see {@link isPackId});
 * never throws.
 *
 * @category Rulesets
 * @example
 * ```ts
 * const file = getPackSource('pp46-2011');
 * file.id; // "pp46-2011"
 * Object.isFrozen(file); // true
 * const mine = { ...structuredClone(file), id: 'kab-contoh' };
 * ```
 */
export function getPackSource(id: PackId): Readonly<Record<string, unknown>>;
export function getPackSource(id: unknown): Readonly<Record<string, unknown>> | undefined;
export function getPackSource(id: unknown): Readonly<Record<string, unknown>> | undefined {
  return isPackId(id) ? (PACK_SOURCES[id] as Readonly<Record<string, unknown>>) : undefined;
}

const cache = new Map<PackId, Ruleset>();

/**
 * A built-in pack, validated. The result is shared and deeply frozen. `undefined` for anything
 * but a pack id (see {@link isPackId}); never throws.
 *
 * @category Rulesets
 * @example
 * ```ts
 * getPack('permenpanrb-6-2022').final.method; // "matrix"
 * getPack('pp99'); // undefined
 * ```
 */
export function getPack(id: PackId): Ruleset;
export function getPack(id: unknown): Ruleset | undefined;
export function getPack(id: unknown): Ruleset | undefined {
  if (!isPackId(id)) return undefined;
  const hit = cache.get(id);
  if (hit) return hit;
  const r = parseRuleset(PACK_SOURCES[id]);
  if (!r.ok) throw new KinerjaError(r.issues, `built-in pack ${id}`);
  const frozen = deepFreeze(r.value);
  cache.set(id, frozen);
  return frozen;
}

/**
 * A summary of a built-in pack, as `kinerja packs` lists them.
 *
 * @category Rulesets
 * @example
 * ```ts
 * const s: PackSummary = listPacks()[0];
 * ```
 */
export interface PackSummary {
  readonly id: PackId;
  readonly version: number;
  readonly name: { readonly id: string; readonly en: string };
  readonly effective: { readonly from: string; readonly until?: string };
  readonly final: 'weighted' | 'matrix';
  readonly components: readonly string[];
  readonly predikat: readonly string[];
}

/**
 * Lists the built-in packs with their validity and structure (deeply frozen).
 *
 * @category Rulesets
 * @example
 * ```ts
 * listPacks().map((p) => p.id); // ["pp46-2011", "pp30-2019", "pp30-2019-360", "permenpanrb-6-2022"]
 * ```
 */
export function listPacks(): readonly PackSummary[] {
  return deepFreeze(
    PACK_IDS.map((id): PackSummary => {
      const r = getPack(id);
      const name =
        r.name === undefined
          ? { id, en: id }
          : typeof r.name === 'string'
            ? { id: r.name, en: r.name }
            : r.name;
      return {
        id,
        version: r.version,
        name,
        effective:
          r.effective.until === undefined
            ? { from: r.effective.from }
            : { from: r.effective.from, until: r.effective.until },
        final: r.final.method,
        components: r.components.map((c) => c.id),
        predikat: r.predikat.map((p) => p.code),
      };
    }),
  );
}
