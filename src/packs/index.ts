import { permenpanrb_6_2022 } from './permenpanrb-6-2022';
import { pp30_2019, pp30_2019_360 } from './pp30-2019';
import { pp46_2011 } from './pp46-2011';

/**
 * The ids of the built-in ruleset packs (docs/regulations.md).
 *
 * @category Rulesets
 * @example
 * ```ts
 * PACK_IDS; // ["pp46-2011", "pp30-2019", "pp30-2019-360", "permenpanrb-6-2022"]
 * ```
 */
export const PACK_IDS = ['pp46-2011', 'pp30-2019', 'pp30-2019-360', 'permenpanrb-6-2022'] as const;

/**
 * A built-in pack id.
 *
 * @category Rulesets
 * @example
 * ```ts
 * const id: PackId = 'permenpanrb-6-2022';
 * ```
 */
export type PackId = (typeof PACK_IDS)[number];

/** The packs as written (ruleset file form), by id. */
export const PACK_SOURCES: Readonly<Record<PackId, unknown>> = {
  'pp46-2011': pp46_2011,
  'pp30-2019': pp30_2019,
  'pp30-2019-360': pp30_2019_360,
  'permenpanrb-6-2022': permenpanrb_6_2022,
};
