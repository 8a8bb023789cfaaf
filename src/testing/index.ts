/**
 * `kinerja/testing`: tools to test an agency's policy as code. Policy case files (docs/testing-policies.md,
 * "Policy case files") run with {@link runPolicyCases}, print with {@link formatCaseReport}, and
 * register as vitest or `node:test` tests with {@link describePolicyCases}. Property tests get
 * fast-check arbitraries of valid rulesets, evaluations, SKP plans and employee facts from
 * {@link createArbitraries}, and storage adapters are checked with {@link describeStoreConformance}.
 * fast-check and the test framework are passed in: this entry point imports neither.
 *
 * Nothing else in the package imports this entry point.
 *
 * @packageDocumentation
 */

export {
  type Broken,
  createArbitraries,
  type DecimalStyle,
  type EmployeeFactsArbitraryOptions,
  type EvaluationArbitraryOptions,
  type GeneratedSkpPlan,
  type KinerjaArbitraries,
  type KinerjaArbitrary,
  type KinerjaFastCheck,
  type KinerjaFastCheckArbitrary,
  type RulesetArbitraryOptions,
  type RulesetFile,
  type RulesetSource,
  type RulesetWithEvaluations,
  type RulesetWithEvaluationsOptions,
  type SkpPlanArbitraryOptions,
} from './arbitraries/index';
export { angkaKreditCaseRunner } from './cases/angka-kredit';
export { annualCaseRunner } from './cases/annual';
export {
  type DescribePolicyCasesOptions,
  describePolicyCases,
  type PolicyTestApi,
} from './cases/describe-policy-cases';
export { distributionCaseRunner } from './cases/distribution';
export { eligibilityCaseRunner } from './cases/eligibility';
export { evaluationCaseRunner } from './cases/evaluation';
export { type FormatCaseReportOptions, formatCaseReport } from './cases/format-case-report';
export { mergeCaseReports } from './cases/merge-case-reports';
export { type ParseCaseFileOptions, parseCaseFile } from './cases/parse-case-file';
export { runPolicyCases } from './cases/run-policy-cases';
export {
  CASE_KINDS,
  type CaseContext,
  type CaseFailure,
  type CaseFile,
  type CaseKind,
  type CaseKindRunner,
  type CaseOutcome,
  type CaseReport,
  type CaseResult,
  type PolicyCase,
  type RulesetRef,
  type RunPolicyCasesOptions,
} from './cases/types';
export {
  describeStoreConformance,
  type StoreConformanceArbitrary,
  type StoreConformanceCommand,
  type StoreConformanceFastCheck,
  type StoreConformanceGroup,
  type StoreConformanceOptions,
  type StoreConformanceTestApi,
  type StoreUnderTest,
} from './store-conformance';
