/**
 * The lifecycle of evaluations and SKP plans, roles and authorisation, appeals (keberatan) and
 * conflicts of interest: pure functions over plain, JSON-serialisable data.
 *
 * @module
 */
export { type AuthorizationSubject, authorize } from './authorize';
export { authorizeSkpPlan } from './authorize-skp-plan';
export { type AvailableActionsOptions, availableActions } from './available-actions';
export { type CreateSkpPlanInput, createSkpPlan } from './create-skp-plan';
export {
  type EvaluationAppealDeadlineOptions,
  evaluationAppealDeadline,
} from './evaluation-appeal-deadline';
export {
  FINALISED_CHANGES,
  FINALISED_FROZEN_FIELDS,
  finalisedViolation,
  isFinalised,
} from './finalised';
export {
  EVALUATION_ACTIONS,
  EVALUATION_STATES,
  EVALUATION_TRANSITIONS,
  SKP_PLAN_STATES,
  SKP_PLAN_TRANSITIONS,
  type Transition,
  type TransitionCondition,
} from './lifecycle';
export { type OpenEvaluationInput, type OpenOptions, openEvaluation } from './open-evaluation';
export {
  actorSchema,
  availableActionsOptionsSchema,
  createSkpPlanInputSchema,
  evaluationActionSchema,
  evaluationAppealDeadlineOptionsSchema,
  evaluationSchema,
  openEvaluationInputSchema,
  openOptionsSchema,
  skpPlanActionSchema,
  skpPlanSchema,
  transitionOptionsSchema,
  workflowRulesSchema,
} from './schemas';
export { transition } from './transition';
export { type SkpTransitionOptions, transitionSkpPlan } from './transition-skp-plan';
export type {
  Actor,
  AppealDecision,
  AppealRecord,
  AssessmentRecord,
  AuthorizableAction,
  ConflictOfInterest,
  Decision,
  DecisionReason,
  DialogueRecord,
  Evaluation,
  EvaluationAction,
  EvaluationActionType,
  EvaluationState,
  HistoryEntry,
  JsonValue,
  MediationRecord,
  RecordOfResult,
  Revision,
  SkpAuthorizableAction,
  SkpHistoryEntry,
  SkpPlan,
  SkpPlanAction,
  SkpPlanActionType,
  SkpPlanState,
  SupervisorAssessment,
  TransitionOptions,
  WorkflowRole,
  WorkflowRules,
  WorkflowRuleset,
  WorkflowSettings,
} from './types';
