import { scoreEvaluation } from '../../scoring/index';
import { checkRunnerArgs } from './guard';
import type { CaseKindRunner } from './types';

/**
 * The runner of `evaluation` cases: scores the case's input under its ruleset (compiled once per
 * distinct ruleset in a run) and returns the evaluation result, or the issues the input was
 * rejected with.
 *
 * @category Testing
 * @example
 * ```ts
 * import { evaluationCaseRunner, runPolicyCases } from 'kinerja/testing';
 * // The built-in runner; wrap it to add fields of your own to the result:
 * runPolicyCases(file, { kinds: { evaluation: (c, ctx) => evaluationCaseRunner(c, ctx) } });
 * ```
 */
export const evaluationCaseRunner: CaseKindRunner = (c, ctx) => {
  const rejected = checkRunnerArgs(c, ctx);
  if (rejected) return rejected;
  const r = scoreEvaluation(ctx.compiled(), c.input);
  return r.ok ? { actual: r.value } : { error: r.issues };
};
