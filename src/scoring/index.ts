export { type BatchItem, type BatchProgress, type ScoreBatchOptions, scoreBatch } from './batch';
export {
  type CompiledRuleset,
  compileRuleset,
  type RulesetLike,
  rulesetInternals,
  toCompiledRuleset,
} from './compile';
export { type ExplainOptions, explain } from './explain';
export {
  decimalLikeSchema,
  evaluationInputSchema,
  indicatorInputSchema,
  raterRatingsSchema,
  ratingValueSchema,
  targetRealisationSchema,
} from './schemas';
export { type ScoreOptions, scoreEvaluation } from './score';
export type {
  ComponentResult,
  EvaluationInput,
  EvaluationResult,
  FollowUpAction,
  IndicatorInput,
  IndicatorResult,
  RaterRatings,
  RatingValue,
  TargetRealisation,
} from './types';
