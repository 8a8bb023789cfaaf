import type { Issue, LocalizedText } from '../../explain/index';
import type { CASE_KINDS } from '../../formats/index';
import type { Ruleset } from '../../ruleset/types';
import type { CompiledRuleset } from '../../scoring/compile';

export { CASE_KINDS } from '../../formats/index';

/**
 * One of {@link CASE_KINDS}.
 *
 * @category Testing
 * @example
 * ```ts
 * const kind: CaseKind = 'evaluation';
 * ```
 */
export type CaseKind = (typeof CASE_KINDS)[number];

/**
 * Where a case's ruleset comes from: a built-in pack id (`"pp46-2011"`), a path relative to the
 * case file (`"../rulesets/kab-contoh.json"`), or an inline ruleset object.
 *
 * @category Testing
 * @example
 * ```ts
 * const a: RulesetRef = 'permenpanrb-6-2022';
 * const b: RulesetRef = 'rulesets/kab-contoh.yaml';
 * const c: RulesetRef = { schemaVersion: 1, id: 'kab-contoh', version: 1, extends: 'pp46-2011', effective: { from: '2025-01-01' } };
 * ```
 */
export type RulesetRef = string | Readonly<Record<string, unknown>>;

/**
 * One case of a policy case file. {@link parseCaseFile} returns it with `kind` filled in.
 * The values of `input`, `expect` and an inline `ruleset` are the caller's own objects, not copies.
 *
 * @category Testing
 * @example
 * ```ts
 * const c: PolicyCase = {
 *   name: 'on-target year',
 *   kind: 'evaluation',
 *   input: { ratings: { 'hasil-kerja': 'sesuai-ekspektasi', perilaku: 'sesuai-ekspektasi' } },
 *   expect: { predikat: 'baik' },
 * };
 * ```
 */
export interface PolicyCase {
  /** Unique within its file; the test name. */
  readonly name: string;
  /**
   * One of {@link CASE_KINDS}, or a kind with a registered runner; `evaluation` when left out
   * ({@link parseCaseFile} fills it in).
   */
  readonly kind?: string;
  readonly description?: string;
  /** What the case feeds in: an evaluation input for `evaluation` cases. */
  readonly input: unknown;
  /**
   * Dot paths into the result → expected values, or `{ error: true }` / `{ error: "<issue code>" }`
   * for an input that must be rejected.
   */
  readonly expect: Readonly<Record<string, unknown>>;
  /** Overrides the file's ruleset for this case. */
  readonly ruleset?: RulesetRef;
  /** The eligibility rule id (`eligibility` cases). */
  readonly rule?: string;
  /** The date an eligibility case is evaluated at (`eligibility` cases). */
  readonly asOf?: string;
}

/**
 * A validated policy case file (docs/testing-policies.md). A `CaseFile` is itself a valid
 * case file: {@link parseCaseFile} accepts what it returns.
 *
 * @category Testing
 * @example
 * ```ts
 * const file: CaseFile = {
 *   ruleset: 'permenpanrb-6-2022',
 *   cases: [{ name: 'matrix', kind: 'evaluation', input: { ratings: { 'hasil-kerja': 'di-atas-ekspektasi', perilaku: 'di-atas-ekspektasi' } }, expect: { predikat: 'sangat-baik' } }],
 * };
 * ```
 */
export interface CaseFile {
  /** A JSON Schema reference for editors; ignored. */
  readonly $schema?: string;
  readonly description?: string;
  /** The ruleset of every case that does not name its own. */
  readonly ruleset?: RulesetRef;
  readonly cases: readonly PolicyCase[];
}

/**
 * Why a case failed: one expected path that did not match, or a problem that stopped the case
 * (then `message` says what, in Indonesian and English).
 *
 * @category Testing
 * @example
 * ```ts
 * const f: CaseFailure = { code: 'testing.mismatch', path: 'components.skp.score', expected: '85.50', actual: '85.49' };
 * ```
 */
export interface CaseFailure {
  /**
   * What kind of failure: `testing.mismatch` (a value), `testing.rejected` (the input was rejected
   * but values were expected), `testing.accepted` (a rejection was expected), `testing.wrong-code`,
   * `testing.unsupported-kind`, `testing.ruleset-unavailable`, `testing.runner-failed`.
   */
  readonly code: string;
  /** The dot path checked (`components.skp.score`), `error`, or `""` for the case as a whole. */
  readonly path: string;
  /** The expected value; `undefined` where nothing was. */
  readonly expected: unknown;
  /** The actual value; `undefined` for a path missing from the result. */
  readonly actual: unknown;
  /** Set for failures other than a plain mismatch. */
  readonly message?: LocalizedText;
}

/**
 * The outcome of one case.
 *
 * @category Testing
 * @example
 * ```ts
 * const r: CaseResult = { name: 'on-target year', kind: 'evaluation', ok: true, failures: [] };
 * ```
 */
export interface CaseResult {
  readonly name: string;
  readonly kind: string;
  readonly ok: boolean;
  readonly failures: readonly CaseFailure[];
  /** The case file, when {@link RunPolicyCasesOptions.file} named it. */
  readonly file?: string;
}

/**
 * The outcome of running policy cases: counts and one result per case, in file order.
 *
 * @category Testing
 * @example
 * ```ts
 * const report: CaseReport = runPolicyCases(file);
 * report.failed === 0; // every case passed
 * ```
 */
export interface CaseReport {
  readonly passed: number;
  readonly failed: number;
  readonly results: readonly CaseResult[];
}

/**
 * What a kind runner produced for a case: the result to compare with `expect`, or the issues the
 * input was rejected with.
 *
 * @category Testing
 * @example
 * ```ts
 * const a: CaseOutcome = { actual: { angkaKredit: '18.75' } };
 * const b: CaseOutcome = { error: [issue('input.required', ['jenjang'])] };
 * ```
 */
export type CaseOutcome = { readonly actual: unknown } | { readonly error: readonly Issue[] };

/**
 * What a kind runner may ask for while running one case. The ruleset accessors resolve the case's
 * ruleset (its own, else the file's) once per distinct ruleset and throw when it cannot be used;
 * the case then fails with the reason.
 *
 * @category Testing
 * @example
 * ```ts
 * const runner: CaseKindRunner = (c, ctx) => {
 *   const r = scoreEvaluation(ctx.compiled(), c.input);
 *   return r.ok ? { actual: r.value } : { error: r.issues };
 * };
 * ```
 */
export interface CaseContext {
  /** The directory relative ruleset paths are resolved against. */
  readonly baseDir: string | undefined;
  /** The case's ruleset, validated. */
  ruleset(): Ruleset;
  /** The case's ruleset, compiled (once per distinct ruleset in a run). */
  compiled(): CompiledRuleset;
}

/**
 * Runs one case of a kind: returns the result (compared with the case's `expect` by the shared
 * rules) or the issues the input was rejected with. A runner may throw to report that the case
 * could not be run at all; the case then fails with the error's message.
 *
 * @category Testing
 * @example
 * ```ts
 * const kinds: Record<string, CaseKindRunner> = {
 *   'angka-kredit': (c) => ({ actual: { angkaKredit: myAngkaKredit(c.input) } }),
 * };
 * runPolicyCases(file, { kinds });
 * ```
 */
export type CaseKindRunner = (c: PolicyCase, ctx: CaseContext) => CaseOutcome;

/**
 * Options of {@link runPolicyCases}.
 *
 * @category Testing
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs';
 * const options: RunPolicyCasesOptions = {
 *   baseDir: 'policies',
 *   readFile: (path) => JSON.parse(readFileSync(path, 'utf8')),
 * };
 * ```
 */
export interface RunPolicyCasesOptions {
  /** The directory of the case file: relative ruleset paths are resolved against it. */
  readonly baseDir?: string;
  /**
   * Reads a ruleset file (JSON or YAML) named by an absolute path and returns its parsed data;
   * may throw. Synchronous: the runner does no I/O of its own. Needed only for ruleset paths.
   */
  readonly readFile?: (absPath: string) => unknown;
  /** Runners for case kinds, by kind; they override the built-in ones. */
  readonly kinds?: Readonly<Record<string, CaseKindRunner>>;
  /** A name for the case file, copied into every result (and shown by {@link formatCaseReport}). */
  readonly file?: string;
}
