import { evaluateEligibility, getPromotionRule, PROMOTION_RULE_IDS } from '../../career/index';
import { issue } from '../../explain/index';
import { commonMessages } from '../../explain/messages/common';
import { checkRunnerArgs } from './guard';
import { optionalRuleset } from './rulesets';
import type { CaseKindRunner } from './types';

/**
 * The runner of `eligibility` cases (docs/testing-policies.md): the case names a `rule` and `asOf`; the input is
 * the employee facts. The rule is looked up in the case's ruleset (`promotion.rules`) first, then
 * in the built-in promotion rules; the ruleset's `promotion.schedule`, when given, replaces the
 * national schedule. The result is the `EligibilityResult`: `eligible`, `unmet` (leaf ids),
 * `earliest`, `tree`; rejected facts give their issues.
 *
 * @category Testing
 * @example
 * ```ts
 * runPolicyCases({ cases: [{
 *   name: 'F1', kind: 'eligibility', rule: 'kenaikan-pangkat-reguler', asOf: '2019-12-01',
 *   input: { rank: { golongan: 'II/a', since: '2016-03-01' } },
 *   expect: { eligible: false },
 * }] });
 * ```
 */
export const eligibilityCaseRunner: CaseKindRunner = (c, ctx) => {
  const rejected = checkRunnerArgs(c, ctx);
  if (rejected) return rejected;
  if (c.rule === undefined) return { error: [issue(commonMessages, 'input.required', ['rule'])] };
  if (c.asOf === undefined) return { error: [issue(commonMessages, 'input.required', ['asOf'])] };
  const promotion = optionalRuleset(ctx)?.promotion;
  const own =
    promotion !== undefined && Object.hasOwn(promotion.rules, c.rule) ? promotion.rules[c.rule] : undefined;
  const rule = own ?? getPromotionRule(c.rule);
  if (rule === undefined) {
    const known = [...Object.keys(promotion?.rules ?? {}), ...PROMOTION_RULE_IDS];
    return {
      error: [issue(commonMessages, 'input.invalid-value', ['rule'], { expected: known.join(', ') })],
    };
  }
  const r = evaluateEligibility(rule, c.input, {
    asOf: c.asOf,
    ...(promotion?.schedule !== undefined ? { schedule: promotion.schedule } : {}),
  });
  return r.ok ? { actual: r.value } : { error: r.issues };
};
