import { err, type Issue, isRecord, issue, ok, type PathSegment, type Result } from '../explain/index';
import { commonMessages } from '../explain/messages/common';
import { type RulesetInternals, type RulesetLike, rulesetInternals, toCompiledRuleset } from './compile';
import { Reader } from './read';
import { aggregateComponents } from './stages/aggregate';
import { bandFinal } from './stages/band';
import { explainResult } from './stages/explain';
import { followUp } from './stages/follow-up';
import { measureIndicators } from './stages/measure';
import { readEvaluation } from './stages/read';
import { reconcileRatings } from './stages/reconcile';
import type { EvaluationResult } from './types';

/**
 * Options of {@link scoreEvaluation}.
 *
 * @category Scoring
 * @example
 * ```ts
 * const options: ScoreOptions = { path: ['evaluations', 3] };
 * ```
 */
export interface ScoreOptions {
  /** A prefix for every issue path (e.g. the line of a batch file). */
  readonly path?: readonly PathSegment[];
}

/** The engine's view of a ruleset argument, or its issues. */
export function internalsOf(ruleset: RulesetLike): Result<RulesetInternals, Issue[]> {
  const fast = rulesetInternals(ruleset);
  if (fast) return ok(fast);
  const compiled = toCompiledRuleset(ruleset);
  if (!compiled.ok) return compiled;
  return ok(rulesetInternals(compiled.value) as RulesetInternals);
}

/** The issue path prefix of the options, or the issues of options that are not options. */
function pathOption(options: unknown): Result<readonly PathSegment[] | undefined, Issue[]> {
  if (options === undefined) return ok(undefined);
  if (!isRecord(options))
    return err([
      issue(commonMessages, 'input.invalid-type', ['options'], {
        expected: 'object',
        received: options === null ? 'null' : Array.isArray(options) ? 'array' : typeof options,
      }),
    ]);
  const path = options.path;
  if (path === undefined) return ok(undefined);
  if (
    !Array.isArray(path) ||
    path.length > 64 ||
    !path.every((s) => typeof s === 'string' || (Number.isSafeInteger(s) && (s as number) >= 0))
  )
    return err([
      issue(commonMessages, 'input.invalid-type', ['options', 'path'], {
        expected: 'array of keys and indexes',
        received: Array.isArray(path) ? 'array' : path === null ? 'null' : typeof path,
      }),
    ]);
  return ok(path as PathSegment[]);
}

/**
 * Scores one evaluation under a ruleset (compiled once with {@link compileRuleset}, or a pack id,
 * a parsed ruleset or a ruleset file): from the SKP's indicators and the ratings to indicator,
 * component and final scores and a predikat, with the explanation of every step. Never throws on
 * bad input and never returns NaN: every problem comes back as an issue with its path. Warnings
 * that do not stop scoring (a missed target without a justification, a period outside the
 * ruleset's effective dates when the ruleset allows it) are in `result.warnings`.
 *
 * The input is read once into a typed value, then pure stages run: measure, reconcile, aggregate,
 * band, follow-up, explain (src/scoring/stages).
 *
 * @category Scoring
 * @example
 * ```ts
 * import { compileRuleset, scoreEvaluation, unwrap } from 'kinerja';
 * const r = scoreEvaluation(unwrap(compileRuleset('permenpanrb-6-2022')), {
 *   ratings: { 'hasil-kerja': 'di-atas-ekspektasi', perilaku: 'sesuai-ekspektasi' },
 * });
 * r.ok && r.value.predikat; // "baik"
 * ```
 */
export function scoreEvaluation(
  ruleset: RulesetLike,
  input: unknown,
  options?: ScoreOptions,
): Result<EvaluationResult, Issue[]> {
  const c = internalsOf(ruleset);
  if (!c.ok) return c;
  const prefix = pathOption(options);
  if (!prefix.ok) return prefix;
  return scoreWith(c.value, input, prefix.value);
}

/** Scores one input with the engine's view of a ruleset (scoreBatch calls it per item). */
export function scoreWith(
  c: RulesetInternals,
  input: unknown,
  prefix: readonly PathSegment[] | undefined,
): Result<EvaluationResult, Issue[]> {
  const rd = new Reader();
  let result: EvaluationResult | undefined;
  try {
    result = score(c, input, rd);
  } catch (e) {
    // A getter or a Proxy of the caller's that throws while it is read: an issue, never a throw.
    rd.fail('input.invalid', [], { detail: e instanceof Error ? e.message : String(e) });
  }
  const fix = (xs: Issue[]): Issue[] =>
    prefix && prefix.length > 0 ? xs.map((i) => ({ ...i, path: [...prefix, ...i.path] })) : xs;
  if (rd.issues.length > 0 || !result) return err(fix(rd.issues));
  return ok(prefix && prefix.length > 0 ? { ...result, warnings: fix([...result.warnings]) } : result);
}

/** Read once, then the pure stages. Undefined when an issue stops scoring (in `rd.issues`). */
function score(c: RulesetInternals, input: unknown, rd: Reader): EvaluationResult | undefined {
  const read = readEvaluation(c, input, rd);
  if (!read) return undefined;
  const measured = measureIndicators(c, read.indicators, rd);
  const reconciled = reconcileRatings(c, read, measured, rd);
  const components = aggregateComponents(c, reconciled.components, read.bonuses, read.flags, rd);
  if (rd.issues.length > 0) return undefined;
  const banded = bandFinal(c, components, read.flags, rd);
  if (!banded) return undefined;
  const followed = followUp(c, reconciled.indicators, banded.predikat);
  if (followed.errors.length > 0) {
    rd.issues.push(...followed.errors);
    return undefined;
  }
  const warnings = rd.warnings.length > 0 ? [...rd.warnings, ...followed.warnings] : followed.warnings;
  return explainResult(
    c,
    read,
    components,
    banded,
    reconciled.ratings,
    reconciled.needsDialogue,
    followed,
    warnings as Issue[],
  );
}
