import { issue } from '../../explain/index';
import { commonMessages } from '../../explain/messages/common';
import { type AnnualizeOptions, type AnnualStrategy, annualize } from '../../periods/index';
import { checkRunnerArgs } from './guard';
import { optionalRuleset } from './rulesets';
import type { CaseKindRunner } from './types';

/**
 * The runner of `annual` cases (docs/testing-policies.md): input `{ strategy, periods: [{ start, end, predikat }] }`
 * (and optionally `year`), annualised with the case's ruleset for the predikat order and codes
 * (and its `calendar.annual.strategy` when the input names none); a case without any ruleset uses
 * the national ranks. The result is the
 * `AnnualResult`: `predikat`, `rank`, `mean`, `months`, `periods.<i>.months`, …; a rejected input
 * gives the issues (`periods.unknown-predikat`, `date.range-reversed`, …).
 *
 * @category Testing
 * @example
 * ```ts
 * runPolicyCases({ ruleset: 'permenpanrb-6-2022', cases: [{
 *   name: 'last period', kind: 'annual',
 *   input: { strategy: 'last-period', periods: [{ start: '2025-01-01', end: '2025-12-31', predikat: 'baik' }] },
 *   expect: { predikat: 'baik' },
 * }] });
 * ```
 */
export const annualCaseRunner: CaseKindRunner = (c, ctx) => {
  const rejected = checkRunnerArgs(c, ctx);
  if (rejected) return rejected;
  const input = c.input;
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    const received = input === null ? 'null' : Array.isArray(input) ? 'array' : typeof input;
    return { error: [issue(commonMessages, 'input.invalid-type', [], { expected: 'object', received })] };
  }
  const { strategy, periods, year } = input as Record<string, unknown>;
  if (periods === undefined) return { error: [issue(commonMessages, 'input.required', ['periods'])] };
  if (year !== undefined && typeof year !== 'number')
    return {
      error: [
        issue(commonMessages, 'input.invalid-type', ['year'], { expected: 'number', received: typeof year }),
      ],
    };
  const ruleset = optionalRuleset(ctx);
  const options: AnnualizeOptions = {
    ...(strategy !== undefined ? { strategy: strategy as AnnualStrategy } : {}),
    ...(year !== undefined ? { year } : {}),
  };
  const r = annualize(ruleset ?? null, periods as Parameters<typeof annualize>[1], options);
  return r.ok ? { actual: r.value } : { error: r.issues };
};
