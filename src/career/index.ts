/**
 * Careers: eligibility rules as data and their evaluation (promotion into rank and post).
 *
 * @module
 */

export { ANGKA_KREDIT, type AngkaKreditData, type AngkaKreditJenjangData } from '../packs/angka-kredit';
export { angkaKredit } from './angka-kredit';
export {
  type ConvertConventionalOptions,
  type ConvertedAngkaKredit,
  convertConventionalAngkaKredit,
} from './angka-kredit-conventional';
export {
  type AngkaKreditLedger,
  buildLedger,
  type LedgerEntry,
  type LedgerEntryInput,
  type LedgerOptions,
  type LedgerSegment,
  type LedgerYear,
} from './angka-kredit-ledger';
export { roundAngkaKredit } from './angka-kredit-round';
export {
  type AngkaKreditTarget,
  type AngkaKreditTargets,
  type AngkaKreditTargetsOptions,
  type AngkaKreditThresholds,
  angkaKreditTargets,
} from './angka-kredit-targets';
export type { AngkaKreditOptions, AngkaKreditResult } from './angka-kredit-types';
export {
  type CompiledEligibilityRule,
  type CompileEligibilityRuleOptions,
  compileEligibilityRule,
  type EligibilityNode,
  type EligibilityOptions,
  type EligibilityResult,
  evaluateEligibility,
  parseEligibilityRule,
  type Shown,
} from './eligibility';
export { type RenderEligibilityOptions, renderEligibility } from './eligibility-explain';
export {
  type CurrentPosition,
  type DisciplineRecord,
  type EmployeeFacts,
  type PastPosition,
  parseEmployeeFacts,
} from './eligibility-facts';
export { getPromotionRule, PROMOTION_RULE_IDS, PROMOTION_SCHEDULE } from './eligibility-packs';
export {
  type MeritCandidate,
  type MeritCriterion,
  type MeritMeasure,
  type MeritRanking,
  type RankCandidatesOptions,
  type RankedCandidate,
  rankCandidates,
  renderRanking,
} from './ranking';
export {
  angkaKreditDataSchema,
  currentPositionSchema,
  disciplineRecordSchema,
  employeeFactsSchema,
  ledgerEntryInputSchema,
  meritCandidatesSchema,
  meritCriterionSchema,
  meritMeasureSchema,
  pastPositionSchema,
  rankCandidatesOptionsSchema,
} from './schemas';
