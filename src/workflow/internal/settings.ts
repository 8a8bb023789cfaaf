import type * as z from 'zod';
import type { DeadlineRule } from '../../date/index';
import { deepFreeze, type Issue, isRecord, issue } from '../../explain/index';
import { rulesetMessages } from '../../explain/messages/ruleset';
import { getPack, isPackId, PACK_IDS } from '../../ruleset/index';
import type { workflowRulesSchema } from '../schemas';

/** The ruleset parts the workflow reads, as read by `workflowRulesSchema`. */
export type ReadRules = z.output<typeof workflowRulesSchema>;

/** The workflow settings with every default filled in. */
export interface ResolvedSettings {
  readonly selfAssessment: 'required' | 'optional';
  readonly dialogue: 'always' | 'on-gap' | 'optional';
  readonly mediation: 'required' | 'optional';
  readonly appeal: DeadlineRule;
}

/** The defaults of the ruleset's `workflow` section and of `calendar.appeal` (PP 30/2019 Pasal 59). */
export const DEFAULT_SETTINGS: ResolvedSettings = deepFreeze({
  selfAssessment: 'required',
  dialogue: 'on-gap',
  mediation: 'required',
  appeal: { days: 14, kind: 'calendar' },
});

/** The settings the workflow needs from a (validated, possibly partial) ruleset. */
export function resolveSettings(rules: ReadRules | undefined): ResolvedSettings {
  if (rules === undefined) return DEFAULT_SETTINGS;
  const w = rules.workflow;
  const a = rules.calendar?.appeal;
  return {
    selfAssessment: w?.selfAssessment ?? DEFAULT_SETTINGS.selfAssessment,
    dialogue: w?.dialogue ?? DEFAULT_SETTINGS.dialogue,
    mediation: w?.mediation ?? DEFAULT_SETTINGS.mediation,
    appeal: a === undefined ? DEFAULT_SETTINGS.appeal : { days: a.days, kind: a.kind ?? 'calendar' },
  };
}

/**
 * The options with their `ruleset` in the one form the options schema reads: a built-in pack id
 * becomes the pack, a compiled ruleset (`{ ruleset, … }` from `compileRuleset`) its ruleset; a
 * parsed ruleset or a partial object stays as it is. An unknown pack id is an issue.
 */
export function withRuleset(options: unknown, issues: Issue[]): unknown {
  if (!isRecord(options) || !Object.hasOwn(options, 'ruleset')) return options;
  const r = options.ruleset;
  if (typeof r === 'string') {
    if (isPackId(r)) return { ...options, ruleset: getPack(r) };
    issues.push(
      issue(rulesetMessages, 'ruleset.unknown-pack', ['options', 'ruleset'], {
        id: r.slice(0, 80),
        available: PACK_IDS.join(', '),
      }),
    );
    return { ...options, ruleset: undefined };
  }
  if (isRecord(r) && isRecord(r.ruleset) && !Object.hasOwn(r, 'workflow') && !Object.hasOwn(r, 'calendar'))
    return { ...options, ruleset: r.ruleset };
  return options;
}
