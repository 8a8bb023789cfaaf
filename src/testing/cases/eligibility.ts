import { evaluateEligibility, getPromotionRule, PROMOTION_RULE_IDS } from '../../career/index';
import { issue } from '../../explain/index';
import type { CaseKindRunner } from './types';

/**
 * The runner of `eligibility` cases (CONTRACT.md): the case names a `rule` (a built-in promotion
 * rule id) and `asOf`; the input is the employee facts. The result is the `EligibilityResult`:
 * `eligible`, `unmet` (leaf ids), `earliest`, `tree`; rejected facts give their issues.
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
export const eligibilityCaseRunner: CaseKindRunner = (c) => {
  if (c.rule === undefined) return { error: [issue('input.required', ['rule'])] };
  if (c.asOf === undefined) return { error: [issue('input.required', ['asOf'])] };
  const rule = getPromotionRule(c.rule);
  if (rule === undefined)
    return { error: [issue('input.invalid-value', ['rule'], { expected: PROMOTION_RULE_IDS.join(', ') })] };
  const r = evaluateEligibility(rule, c.input, { asOf: c.asOf });
  return r.ok ? { actual: r.value } : { error: r.issues };
};
