import { type DateSchedule, parseDateSchedule } from '../date/index';
import { PROMOTION_RULES, PROMOTION_SCHEDULE } from '../packs/promotion';
import type { EligibilityRule } from './eligibility-rule';

/**
 * The ids of the built-in promotion rules (CONTRACT.md).
 *
 * @category Career
 * @example
 * ```ts
 * PROMOTION_RULE_IDS.includes('kenaikan-pangkat-reguler'); // true
 * ```
 */
export const PROMOTION_RULE_IDS: readonly string[] = Object.keys(PROMOTION_RULES);

/**
 * A built-in promotion rule by id (`kenaikan-pangkat-reguler`, `kenaikan-pangkat-fungsional`,
 * `kenaikan-jenjang-fungsional`, `administrator`, `jpt-pratama`, `jpt-madya`, `jpt-utama`), or
 * undefined.
 *
 * @category Career
 * @example
 * ```ts
 * getPromotionRule('jpt-pratama')?.id; // 'jpt-pratama'
 * getPromotionRule('toString'); // undefined
 * ```
 */
export function getPromotionRule(id: string): EligibilityRule | undefined {
  return Object.hasOwn(PROMOTION_RULES, id)
    ? (PROMOTION_RULES[id as keyof typeof PROMOTION_RULES] as EligibilityRule)
    : undefined;
}

const parsed = parseDateSchedule(PROMOTION_SCHEDULE);

/**
 * The national promotion schedule (effective dates of kenaikan pangkat): 1 April and 1 October
 * until 2023-12-31; the 1st of February, April, June, August, October and December from
 * 2024-01-01 to 2025-09-30; the 1st of every month from 2025-10-01.
 *
 * @category Career
 * @example
 * ```ts
 * scheduleDateOnOrAfter(promotionSchedule, isoDate('2020-03-01')); // '2020-04-01'
 * ```
 */
export const promotionSchedule: DateSchedule = parsed.ok ? parsed.value : [];
