import { issue } from '../../explain/index';
import { commonMessages } from '../../explain/messages/common';
import { readReport, unreadableReport } from './guard';
import type { CaseReport } from './types';

/**
 * Combines the reports of several case files into one (counts added, results in order), e.g. to
 * print one summary line for a whole folder of case files. Never throws: what is not a report
 * counts as one failing result listing why.
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
  if (!Array.isArray(reports)) {
    const received = reports === null ? 'null' : typeof reports;
    return unreadableReport([
      issue(commonMessages, 'input.invalid-type', ['reports'], { expected: 'array', received }),
    ]);
  }
  // Each report read on its own (a hole or a non-report becomes one failing result).
  reports = Array.from(reports, (r, i) => readReport(r, ['reports', i]));
  return {
    passed: reports.reduce((n, r) => n + r.passed, 0),
    failed: reports.reduce((n, r) => n + r.failed, 0),
    results: reports.flatMap((r) => r.results),
  };
}
