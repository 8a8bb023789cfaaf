import * as z from 'zod';
import {
  err,
  formatPath,
  type Issue,
  isRecord,
  issue,
  ok,
  type PathSegment,
  parseWithSchema,
  type Result,
} from '../../explain/index';
import { commonMessages } from '../../explain/messages/common';
import type { CaseOutcome, CaseReport, CaseResult, RunPolicyCasesOptions } from './types';

/**
 * What the case functions of `kinerja/testing` do with arguments they cannot use: they never
 * throw; a case file, a report or options that cannot be read become a failing result listing
 * every issue, and a kind runner given something that is not a case and its context rejects it.
 */

const received = (v: unknown): string => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);

function wrongType(path: readonly PathSegment[], expected: string, value: unknown): Issue {
  return issue(commonMessages, 'input.invalid-type', path, { expected, received: received(value) });
}

/** Reads the options of `runPolicyCases`: absent → none; the types of the fields are checked. */
export function readRunOptions(options: unknown): Result<RunPolicyCasesOptions, Issue[]> {
  if (options === undefined) return ok({});
  if (!isRecord(options)) return err([wrongType(['options'], 'object', options)]);
  const issues: Issue[] = [];
  const { baseDir, readFile, kinds, file } = options;
  if (baseDir !== undefined && typeof baseDir !== 'string')
    issues.push(wrongType(['options', 'baseDir'], 'string', baseDir));
  if (file !== undefined && typeof file !== 'string')
    issues.push(wrongType(['options', 'file'], 'string', file));
  if (readFile !== undefined && typeof readFile !== 'function')
    issues.push(wrongType(['options', 'readFile'], 'function', readFile));
  if (kinds !== undefined) {
    if (!isRecord(kinds)) issues.push(wrongType(['options', 'kinds'], 'object', kinds));
    else
      for (const [k, runner] of Object.entries(kinds))
        if (typeof runner !== 'function') issues.push(wrongType(['options', 'kinds', k], 'function', runner));
  }
  return issues.length > 0 ? err(issues) : ok(options as RunPolicyCasesOptions);
}

/** A failing result that stands for what could not be read (a case file, a report), with its issues. */
export function unreadable(name: string, issues: readonly Issue[], file?: string): CaseResult {
  const failures = issues.map((i) => ({
    code: i.code,
    path: formatPath(i.path),
    expected: undefined,
    actual: undefined,
    message: i.message,
  }));
  const base = { name, kind: 'case-file', ok: false, failures };
  return file === undefined ? base : { ...base, file };
}

/** A report of one failing result for a case file that could not be read. */
export function unreadableReport(issues: readonly Issue[], file?: string): CaseReport {
  return { passed: 0, failed: 1, results: [unreadable(file ?? 'case file', issues, file)] };
}

const failureSchema = z.looseObject({
  code: z.string(),
  path: z.string(),
  expected: z.unknown(),
  actual: z.unknown(),
  message: z.strictObject({ id: z.string(), en: z.string() }).optional(),
});

const resultSchema = z.looseObject({
  name: z.string(),
  kind: z.string(),
  ok: z.boolean(),
  failures: z.array(failureSchema),
  file: z.string().optional(),
});

/** The shape of a {@link CaseReport}, as `formatCaseReport` and `mergeCaseReports` read one. */
const reportSchema = z.looseObject({
  passed: z.int().min(0),
  failed: z.int().min(0),
  results: z.array(resultSchema),
});

/** Reads a case report; what is not one becomes a report of one failing result with the issues. */
export function readReport(value: unknown, path: readonly PathSegment[] = ['report']): CaseReport {
  const r = parseWithSchema(reportSchema, value, path);
  return r.ok ? (value as CaseReport) : unreadableReport(r.issues);
}

/**
 * Checks the arguments of a kind runner: a case (an object) and its context (with `ruleset` and
 * `compiled` functions). The rejection is returned as the case's outcome.
 */
export function checkRunnerArgs(c: unknown, ctx: unknown, needsContext = true): CaseOutcome | undefined {
  const issues: Issue[] = [];
  if (!isRecord(c)) issues.push(wrongType(['case'], 'object', c));
  if (
    needsContext &&
    (!isRecord(ctx) || typeof ctx.ruleset !== 'function' || typeof ctx.compiled !== 'function')
  )
    issues.push(wrongType(['context'], 'case context', ctx));
  // An eligibility case's rule id and date (parseCaseFile has checked them in a file).
  if (isRecord(c) && c.rule !== undefined && typeof c.rule !== 'string')
    issues.push(wrongType(['rule'], 'string', c.rule));
  if (isRecord(c) && c.asOf !== undefined && typeof c.asOf !== 'string')
    issues.push(wrongType(['asOf'], 'string', c.asOf));
  return issues.length > 0 ? { error: issues } : undefined;
}
