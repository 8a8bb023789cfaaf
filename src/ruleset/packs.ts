import { KinerjaError } from '../explain/index';
import { PACK_IDS, PACK_SOURCES, type PackId } from '../packs/index';
import { parseRuleset } from './parse';
import type { Ruleset } from './types';

export { PACK_IDS, type PackId } from '../packs/index';

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
export function isPackId(id: string): id is PackId {
  return (PACK_IDS as readonly string[]).includes(id);
}

/**
 * A built-in pack as a ruleset file would hold it (a fresh deep copy: change it freely), e.g. to
 * save it with `JSON.stringify` and edit it.
 *
 * @category Rulesets
 * @example
 * ```ts
 * const file = getPackSource('pp46-2011');
 * file.id; // "pp46-2011"
 * ```
 */
export function getPackSource(id: PackId): Record<string, unknown> {
  return structuredClone(PACK_SOURCES[id]) as Record<string, unknown>;
}

const cache = new Map<PackId, Ruleset>();

/**
 * A built-in pack, validated (the result is shared: treat it as read-only).
 *
 * @category Rulesets
 * @example
 * ```ts
 * getPack('permenpanrb-6-2022').final.method; // "matrix"
 * ```
 */
export function getPack(id: PackId): Ruleset {
  const hit = cache.get(id);
  if (hit) return hit;
  if (!isPackId(id)) throw new RangeError(`Unknown pack "${String(id)}"; available: ${PACK_IDS.join(', ')}`);
  const r = parseRuleset(PACK_SOURCES[id]);
  if (!r.ok) throw new KinerjaError(r.issues, `built-in pack ${id}`);
  cache.set(id, r.value);
  return r.value;
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
 * Lists the built-in packs with their validity and structure.
 *
 * @category Rulesets
 * @example
 * ```ts
 * listPacks().map((p) => p.id); // ["pp46-2011", "pp30-2019", "pp30-2019-360", "permenpanrb-6-2022"]
 * ```
 */
export function listPacks(): PackSummary[] {
  return PACK_IDS.map((id) => {
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
  });
}
