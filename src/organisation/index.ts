/**
 * The unit and its curve: the distribution of employee predikat that a unit's own predikat allows
 * (docs/regulations.md), the fewest moves that would fit it, and calibration advice.
 *
 * @module
 */
export { calibrationAdvice } from './calibration-advice';
export { checkDistribution } from './check-distribution';
export {
  type CompiledConstraint,
  type CompiledCurve,
  compileCurve,
  type DistributionSource,
} from './curve';
export {
  calibrationEmployeesSchema,
  distributionInputSchema,
  distributionPolicySchema,
  distributionReportSchema,
  headcountSchema,
  unitCountsSchema,
  unitMemberSchema,
  unitMembersSchema,
  unitPeopleSchema,
} from './schemas';
export type {
  CalibrationAdvice,
  CalibrationCandidate,
  CalibrationEmployee,
  ConstraintCheck,
  CurveConstraint,
  DistributionPolicy,
  DistributionReport,
  MoveAdvice,
  PlannedMove,
  UnitMember,
  UnitPeople,
  ViolationAdvice,
} from './types';
