import type { CaseReport } from './types';

/**
 * Combines the reports of several case files into one (counts added, results in order), e.g. to
 * print one summary line for a whole folder of case files.
 *
 * @category Testing
 * @example
 * ```ts
 * import { mergeCaseReports, runPolicyCases } from 'kinerja/testing';
 * const report = mergeCaseReports([runPolicyCases(a, { file: 'a.cases.json' }), runPolicyCases(b, { file: 'b.cases.json' })]);
 * report.passed + report.failed; // every case of both files
 * ```
 */
export function mergeCaseReports(reports: readonly CaseReport[]): CaseReport {
  return {
    passed: reports.reduce((n, r) => n + r.passed, 0),
    failed: reports.reduce((n, r) => n + r.failed, 0),
    results: reports.flatMap((r) => r.results),
  };
}
