import { formatPath, type Issue, KinerjaError, type LocalizedText, message } from '../../explain/index';
import { testingMessages } from '../../explain/messages/testing';
import { angkaKreditCaseRunner } from './angka-kredit';
import { annualCaseRunner } from './annual';
import { matches, valueAt } from './compare';
import { distributionCaseRunner } from './distribution';
import { eligibilityCaseRunner } from './eligibility';
import { evaluationCaseRunner } from './evaluation';
import { readRunOptions, unreadableReport } from './guard';
import { parseCaseFileInternal } from './parse-case-file';
import { CaseSetupError, RulesetResolver } from './rulesets';
import type {
  CaseFailure,
  CaseFile,
  CaseKindRunner,
  CaseOutcome,
  CaseReport,
  CaseResult,
  PolicyCase,
  RunPolicyCasesOptions,
} from './types';

const BUILT_IN_RUNNERS: Readonly<Record<string, CaseKindRunner>> = {
  evaluation: evaluationCaseRunner,
  annual: annualCaseRunner,
  'angka-kredit': angkaKreditCaseRunner,
  distribution: distributionCaseRunner,
  eligibility: eligibilityCaseRunner,
};

/** Issues as `code at path; …`, for the message of a rejected case. */
function issueList(issues: readonly Issue[]): string {
  return issues.map((i) => `${i.code} at ${formatPath(i.path)}`).join('; ');
}

function failure(
  code: string,
  path: string,
  expected: unknown,
  actual: unknown,
  text?: LocalizedText,
): CaseFailure {
  return text === undefined
    ? { code, path, expected, actual }
    : { code, path, expected, actual, message: text };
}

/** Compares an outcome with a case's `expect` (docs/testing-policies.md rules). */
function check(c: PolicyCase, outcome: CaseOutcome): CaseFailure[] {
  const wanted = c.expect.error;
  if ('error' in outcome) {
    const codes = outcome.error.map((i) => i.code);
    if (wanted === true) return [];
    if (typeof wanted === 'string') {
      if (codes.includes(wanted)) return [];
      const text = message(testingMessages, 'testing.wrong-code', {
        code: wanted,
        issues: issueList(outcome.error),
      });
      return [failure('testing.wrong-code', 'error', wanted, codes, text)];
    }
    const text = message(testingMessages, 'testing.rejected', { issues: issueList(outcome.error) });
    return [failure('testing.rejected', '', undefined, codes, text)];
  }
  if (wanted !== undefined) {
    const code = typeof wanted === 'string' ? wanted : null;
    return [
      failure(
        'testing.accepted',
        'error',
        wanted,
        undefined,
        message(testingMessages, 'testing.accepted', { code }),
      ),
    ];
  }
  const out: CaseFailure[] = [];
  for (const [path, expected] of Object.entries(c.expect)) {
    const actual = valueAt(outcome.actual, path);
    if (!matches(expected, actual)) out.push(failure('testing.mismatch', path, expected, actual));
  }
  return out;
}

/** Runs the cases of one validated file, one at a time, sharing the ruleset cache. */
export class CaseSession {
  readonly #resolver: RulesetResolver;
  readonly #runners: Readonly<Record<string, CaseKindRunner>>;

  constructor(
    readonly file: CaseFile,
    private readonly options: RunPolicyCasesOptions,
    inline: ConstructorParameters<typeof RulesetResolver>[2],
  ) {
    this.#resolver = new RulesetResolver(options.baseDir, options.readFile, inline);
    this.#runners = { ...BUILT_IN_RUNNERS, ...options.kinds };
  }

  run(c: PolicyCase): CaseResult {
    const failures = this.#failures(c);
    const base = { name: c.name, kind: c.kind ?? 'evaluation', ok: failures.length === 0, failures };
    return this.options.file === undefined ? base : { ...base, file: this.options.file };
  }

  #failures(c: PolicyCase): CaseFailure[] {
    const kind = c.kind ?? 'evaluation';
    const runner = Object.hasOwn(this.#runners, kind) ? this.#runners[kind] : undefined;
    if (!runner) {
      return [
        failure(
          'testing.unsupported-kind',
          '',
          undefined,
          undefined,
          message(testingMessages, 'testing.unsupported-kind', { kind }),
        ),
      ];
    }
    const ref = c.ruleset ?? this.file.ruleset;
    const resolver = this.#resolver;
    const missing = () =>
      new CaseSetupError('testing.ruleset-missing', message(testingMessages, 'testing.ruleset-missing'));
    const ctx = {
      baseDir: this.options.baseDir,
      ruleset: () => {
        if (ref === undefined) throw missing();
        return resolver.ruleset(ref);
      },
      compiled: () => {
        if (ref === undefined) throw missing();
        return resolver.compiled(ref);
      },
    };
    let outcome: CaseOutcome;
    try {
      outcome = runner(c, ctx);
    } catch (e) {
      if (e instanceof CaseSetupError)
        return [failure('testing.ruleset-unavailable', '', undefined, undefined, e.text)];
      const detail = e instanceof Error ? e.message : String(e);
      return [
        failure(
          'testing.runner-failed',
          '',
          undefined,
          undefined,
          message(testingMessages, 'testing.runner-failed', { detail }),
        ),
      ];
    }
    return check(c, outcome);
  }
}

/**
 * Prepares a case file for running case by case (used by {@link runPolicyCases} and
 * `describePolicyCases`). Throws {@link KinerjaError} when `file` is not a valid case file.
 */
export function createCaseSession(
  file: CaseFile | unknown,
  options: RunPolicyCasesOptions = {},
): CaseSession {
  const parsed = parseCaseFileInternal(file, { kinds: Object.keys(options.kinds ?? {}) });
  if (!parsed.ok) throw new KinerjaError(parsed.issues, 'case file');
  return new CaseSession(parsed.value.file, options, parsed.value.inline);
}

/**
 * Runs the cases of a policy case file (docs/testing-policies.md, `kinerja test`) and reports, for each case,
 * whether the result matches what it expects. `evaluation` cases score their input under the
 * case's ruleset (its own, else the file's: a pack id, a path resolved against `baseDir` and read
 * through `readFile`, or an inline ruleset), compiled once per distinct ruleset. Cases of the
 * other kinds fail with "not supported yet" unless `options.kinds` has a runner for them.
 *
 * Pure and synchronous: the only I/O is the `readFile` you pass. Never throws: a `file` that is
 * not a valid case file (or options that cannot be used) gives a report of one failing result,
 * kind `case-file`, with one failure per issue (code, path, message); check a file first with
 * `parseCaseFile` to get the issues as a value.
 *
 * @category Testing
 * @example
 * ```ts
 * import { formatCaseReport, runPolicyCases } from 'kinerja/testing';
 * const report = runPolicyCases({
 *   ruleset: 'permenpanrb-6-2022',
 *   cases: [{
 *     name: 'atas × sesuai',
 *     input: { ratings: { 'hasil-kerja': 'di-atas-ekspektasi', perilaku: 'sesuai-ekspektasi' } },
 *     expect: { predikat: 'baik', score: null },
 *   }],
 * });
 * report; // { passed: 1, failed: 0, results: [{ name: 'atas × sesuai', kind: 'evaluation', ok: true, failures: [] }] }
 * formatCaseReport(report, { locale: 'en' }); // "1 passed, 0 failed"
 * ```
 */
export function runPolicyCases(file: CaseFile | unknown, options?: RunPolicyCasesOptions): CaseReport {
  const read = readRunOptions(options);
  if (!read.ok) return unreadableReport(read.issues);
  const parsed = parseCaseFileInternal(file, { kinds: Object.keys(read.value.kinds ?? {}) });
  if (!parsed.ok) return unreadableReport(parsed.issues, read.value.file);
  const session = new CaseSession(parsed.value.file, read.value, parsed.value.inline);
  const results = session.file.cases.map((c) => session.run(c));
  const passed = results.filter((r) => r.ok).length;
  return { passed, failed: results.length - passed, results };
}
