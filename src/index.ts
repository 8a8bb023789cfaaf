/**
 * kinerja: performance management of Indonesian civil servants (ASN).
 *
 * @packageDocumentation
 */

export {
  describeStep,
  type Err,
  type ExplanationNode,
  err,
  formatIssue,
  formatPath,
  type Issue,
  KinerjaError,
  type Locale,
  type LocalizedText,
  type Ok,
  ok,
  type PathSegment,
  type Result,
  renderTree,
  unwrap,
} from './explain/index';
export {
  assertRuleset,
  getPack,
  getPackSource,
  isPackId,
  listPacks,
  PACK_IDS,
  type PackId,
  type PackSummary,
  type ParseRulesetOptions,
  parseRuleset,
  RULESET_SCHEMA_ID,
  RULESET_SCHEMA_VERSION,
  type Ruleset,
  type RulesetInput,
  rulesetJsonSchema,
} from './ruleset/index';
export {
  type BatchItem,
  type BatchProgress,
  type CompiledRuleset,
  type ComponentResult,
  compileRuleset,
  type DecimalLike,
  type EvaluationInput,
  type EvaluationResult,
  type ExplainOptions,
  explain,
  type FollowUpAction,
  type IndicatorInput,
  type IndicatorResult,
  type RaterRatings,
  type RatingResult,
  type RatingValue,
  type ScoreBatchOptions,
  type ScoreOptions,
  scoreBatch,
  scoreEvaluation,
  type TargetRealisation,
} from './scoring/index';
