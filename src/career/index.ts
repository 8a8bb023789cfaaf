/**
 * Careers: eligibility rules as data and their evaluation (promotion into rank and post).
 *
 * @module
 */

export {
  type EligibilityNode,
  type EligibilityOptions,
  type EligibilityResult,
  evaluateEligibility,
  parseEligibilityRule,
} from './eligibility';
export {
  type CurrentPosition,
  type DisciplineRecord,
  type EmployeeFacts,
  type PastPosition,
  parseEmployeeFacts,
} from './eligibility-facts';
export { type RenderEligibilityOptions, renderEligibility } from './eligibility-explain';
export { getPromotionRule, PROMOTION_RULE_IDS, promotionSchedule } from './eligibility-packs';
export { type EligibilityRule, LEAF_TYPES, type LeafType } from './eligibility-rule';
