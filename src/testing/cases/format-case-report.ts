import { type Issue, isRecord, issue, type Locale, message } from '../../explain/index';
import { commonMessages } from '../../explain/messages/common';
import { testingMessages } from '../../explain/messages/testing';
import { showValue } from './compare';
import { readReport, unreadableReport } from './guard';
import type { CaseFailure, CaseReport, CaseResult } from './types';

/** What is wrong with the options of {@link formatCaseReport} (absent options are the defaults). */
function optionIssues(options: unknown): Issue[] {
  if (options === undefined) return [];
  if (!isRecord(options)) {
    const received = options === null ? 'null' : Array.isArray(options) ? 'array' : typeof options;
    return [issue(commonMessages, 'input.invalid-type', ['options'], { expected: 'object', received })];
  }
  const locale = options.locale;
  return locale === undefined || locale === 'id' || locale === 'en'
    ? []
    : [issue(commonMessages, 'input.invalid-value', ['options', 'locale'], { expected: '"id", "en"' })];
}

/**
 * Options of {@link formatCaseReport}.
 *
 * @category Testing
 * @example
 * ```ts
 * const options: FormatCaseReportOptions = { locale: 'id' };
 * ```
 */
export interface FormatCaseReportOptions {
  /** The language of the failure lines (default `en`). The summary line is the same in both. */
  readonly locale?: Locale;
}

/** One failure as `path: expected …, actual …`, or `path: message`. */
export function formatFailure(f: CaseFailure, locale: Locale): string {
  if (f.message !== undefined) return f.path === '' ? f.message[locale] : `${f.path}: ${f.message[locale]}`;
  return message(testingMessages, 'testing.mismatch', {
    path: f.path,
    expected: showValue(f.expected),
    actual: showValue(f.actual),
  })[locale];
}

/** The line of one failing case. */
export function formatFailedCase(r: CaseResult, locale: Locale): string {
  const name = r.file === undefined ? r.name : `${r.file} › ${r.name}`;
  const details = r.failures.map((f) => formatFailure(f, locale)).join('; ');
  return message(testingMessages, 'testing.case-failed', { name, details })[locale];
}

/**
 * Formats a case report as `kinerja test` prints it (docs/testing-policies.md): one line per failing case with
 * its name (after its file, when known) and, for each failing path, the path, the expected and the
 * actual value (JSON; `(missing)` for a path the result lacks), or the reason the case failed; the
 * last line is exactly `N passed, M failed`. Lines are joined with `\n`, without a final newline.
 * Never throws: what is not a report (or options that cannot be used) is formatted as one failing
 * result listing why.
 *
 * @category Testing
 * @example
 * ```ts
 * import { formatCaseReport } from 'kinerja/testing';
 * formatCaseReport({
 *   passed: 3,
 *   failed: 1,
 *   results: [{ name: 'A1', kind: 'evaluation', ok: false, failures: [{ code: 'testing.mismatch', path: 'score', expected: '83.30', actual: '83.29' }] }],
 * }, { locale: 'en' });
 * // 'FAIL A1 — score: expected "83.30", actual "83.29"\n3 passed, 1 failed'
 * ```
 */
export function formatCaseReport(report: CaseReport, options?: FormatCaseReportOptions): string {
  const bad = optionIssues(options);
  if (bad.length > 0) report = unreadableReport(bad);
  else report = readReport(report);
  const locale = bad.length > 0 ? 'en' : (options?.locale ?? 'en');
  const lines = report.results.filter((r) => !r.ok).map((r) => formatFailedCase(r, locale));
  lines.push(
    message(testingMessages, 'testing.summary', { passed: report.passed, failed: report.failed })[locale],
  );
  return lines.join('\n');
}
