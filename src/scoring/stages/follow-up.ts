import { type Dec, dCmp, fromDec } from '../../decimal/index';
import { type Issue, issue } from '../../explain/index';
import { scoringMessages } from '../../explain/messages/scoring';
import type { RulesetInternals } from '../compile';
import { setOwn } from '../read';
import type { EvaluationResult, FollowUpAction, IndicatorResult } from '../types';
import type { IndicatorOutcome } from './reconcile';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
const NO_ACTIONS: readonly FollowUpAction[] = Object.freeze([]);

/** The indicators' results, the missed targets without a justification, and the follow-up. */
export interface FollowedUp {
  readonly indicators: Record<string, IndicatorResult>;
  /** Missed targets without a justification, as the ruleset rates them (`justification.belowTarget`). */
  readonly errors: readonly Issue[];
  readonly warnings: readonly Issue[];
  readonly followUp: EvaluationResult['followUp'];
}

/**
 * Stage 6, follow-up: each indicator's result and whether it missed its target (a missed target
 * without a justification is a warning or an error, as the ruleset says), the actions for the
 * predikat and the weakest indicators as training needs.
 */
export function followUp(
  c: RulesetInternals,
  outcomes: readonly IndicatorOutcome[],
  predikat: string,
): FollowedUp {
  const indicators: Record<string, IndicatorResult> = {};
  const errors: Issue[] = [];
  const warnings: Issue[] = [];
  const severity = c.ruleset.justification.belowTarget;
  const lowest = c.scaleCodes[c.scaleCodes.length - 1];
  for (const o of outcomes) {
    const m = o.measured;
    const below = m ? m.belowTarget : o.rating?.code !== undefined && o.rating.code === lowest;
    const res: Mutable<IndicatorResult> = {
      kind: o.kind.id,
      component: o.kind.component.id,
      score: m?.score ? m.score.text : null,
      belowTarget: below,
    };
    if (m?.capaian) res.capaian = m.capaian.text;
    if (m?.aspectTexts) res.aspects = m.aspectTexts;
    if (o.rating?.code !== undefined) res.rating = o.rating.code;
    if (o.weight !== undefined) res.weight = fromDec(o.weight);
    if (o.justification !== undefined) res.justification = o.justification;
    setOwn(indicators, o.id, res);
    if (below && o.justification === undefined && severity !== 'off') {
      const i = issue(
        scoringMessages,
        'scoring.missing-justification',
        ['indicators', o.index, 'justification'],
        { id: o.id },
        severity === 'error' ? 'error' : 'warning',
      );
      if (severity === 'error') errors.push(i);
      else warnings.push(i);
    }
  }
  const fu = c.ruleset.followUp;
  return {
    indicators,
    errors,
    warnings,
    followUp: {
      actions: c.followUpActions.get(predikat) ?? NO_ACTIONS,
      trainingNeeds: fu ? weakest(c, outcomes, fu.trainingNeeds.count) : [],
    },
  };
}

/** The `count` lowest values (ties: input order), kept sorted in a small array: no full sort. */
function weakest(c: RulesetInternals, outcomes: readonly IndicatorOutcome[], count: number) {
  const below = c.trainingBelow;
  const picked: Array<{ o: IndicatorOutcome; value: Dec }> = [];
  if (count <= 0) return [];
  for (const o of outcomes) {
    const value = o.measured?.score?.carry ?? o.rating?.value;
    if (value === undefined || (below !== undefined && dCmp(value, below) >= 0)) continue;
    if (picked.length === count && dCmp(value, (picked[count - 1] as { value: Dec }).value) >= 0) continue;
    // Insert in order (ties keep input order), shifting the larger ones right; drop past `count`.
    let at = picked.length < count ? picked.length : count - 1;
    while (at > 0 && dCmp(value, (picked[at - 1] as { value: Dec }).value) < 0) {
      picked[at] = picked[at - 1] as { o: IndicatorOutcome; value: Dec };
      at--;
    }
    picked[at] = { o, value };
  }
  return picked.map(({ o }) => ({
    indicator: o.id,
    score: o.measured?.score ? o.measured.score.text : null,
    rating: o.rating?.code ?? null,
  }));
}
