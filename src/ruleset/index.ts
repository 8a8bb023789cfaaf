export {
  checkPartition,
  type DecInterval,
  type Domain,
  findInterval,
  type Interval,
  indexOfInterval,
  toDecInterval,
} from './intervals';
export { RULESET_SCHEMA_ID, rulesetJsonSchema } from './json-schema';
export { mergeOverride } from './merge';
export {
  getPack,
  getPackSource,
  isPackId,
  listPacks,
  PACK_IDS,
  type PackId,
  type PackSummary,
} from './packs';
export { assertRuleset, type ParseRulesetOptions, parseRuleset } from './parse';
export { RULESET_SCHEMA_VERSION, rulesetSchema } from './schema';
export {
  ELIGIBILITY_LEAF_TYPES,
  type EligibilityLeaf,
  type EligibilityLeafType,
  type EligibilityRule,
  eligibilityRuleSchema,
} from './sections/career';
export type { Ruleset, RulesetInput } from './types';
export { UNIT_PREDIKAT, validateRuleset } from './validate';
