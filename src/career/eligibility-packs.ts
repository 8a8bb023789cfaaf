import type { DateSchedule } from '../date/index';
import { deepFreeze, unwrap } from '../explain/index';
import {
  AK_NEEDED,
  ECHELON_RANGES,
  EDUCATION_CAP,
  PROMOTION_RULES,
  PROMOTION_SCHEDULE as PROMOTION_SCHEDULE_DATA,
  RANK_LADDER,
  STARTING_RANK,
  UJIAN_DINAS,
} from '../packs/promotion';
import { type CompiledEligibilityRule, compileEligibilityRule } from './eligibility';

// The promotion data is exported and shared: frozen, so no caller can change what another reads.
for (const table of [
  AK_NEEDED,
  ECHELON_RANGES,
  EDUCATION_CAP,
  PROMOTION_RULES,
  PROMOTION_SCHEDULE_DATA,
  RANK_LADDER,
  STARTING_RANK,
  UJIAN_DINAS,
])
  deepFreeze(table);

/**
 * The ids of the built-in promotion rules (docs/careers.md), frozen.
 *
 * @category Careers
 * @example
 * ```ts
 * PROMOTION_RULE_IDS.includes('kenaikan-pangkat-reguler'); // true
 * ```
 */
export const PROMOTION_RULE_IDS: readonly string[] = Object.freeze(Object.keys(PROMOTION_RULES));

const COMPILED: Readonly<Record<string, CompiledEligibilityRule>> = Object.freeze(
  Object.fromEntries(
    PROMOTION_RULE_IDS.map((id) => [
      id,
      unwrap(compileEligibilityRule(PROMOTION_RULES[id as keyof typeof PROMOTION_RULES])),
    ]),
  ),
);

/**
 * A built-in promotion rule by id (`kenaikan-pangkat-reguler`, `kenaikan-pangkat-fungsional`,
 * `kenaikan-jenjang-fungsional`, `administrator`, `jpt-pratama`, `jpt-madya`, `jpt-utama`),
 * compiled and frozen (see {@link compileEligibilityRule}), or undefined for any other argument.
 *
 * @category Careers
 * @example
 * ```ts
 * getPromotionRule('jpt-pratama')?.id; // 'jpt-pratama'
 * getPromotionRule('toString'); // undefined
 * ```
 */
export function getPromotionRule(id: string): CompiledEligibilityRule | undefined {
  return typeof id === 'string' && Object.hasOwn(COMPILED, id) ? COMPILED[id] : undefined;
}

/**
 * The national promotion schedule (effective dates of kenaikan pangkat), frozen: 1 April and
 * 1 October until 2023-12-31; the 1st of February, April, June, August, October and December from
 * 2024-01-01 to 2025-09-30; the 1st of every month from 2025-10-01.
 *
 * @category Careers
 * @example
 * ```ts
 * scheduleDateOnOrAfter(PROMOTION_SCHEDULE, assertIsoDate('2020-03-01')); // '2020-04-01'
 * ```
 */
export const PROMOTION_SCHEDULE: DateSchedule = PROMOTION_SCHEDULE_DATA as unknown as DateSchedule;
