import type { DeadlineRule } from '../../date/index';
import { type Issue, issue } from '../../explain/index';
import type { WorkflowRules } from '../types';

/** The workflow settings with every default filled in. */
export interface ResolvedSettings {
  readonly selfAssessment: 'required' | 'optional';
  readonly dialogue: 'always' | 'on-gap' | 'optional';
  readonly mediation: 'required' | 'optional';
  readonly appeal: DeadlineRule;
}

/** The defaults of the ruleset's `workflow` section and of `calendar.appeal` (PP 30/2019 Pasal 59). */
export const DEFAULT_SETTINGS: ResolvedSettings = {
  selfAssessment: 'required',
  dialogue: 'on-gap',
  mediation: 'required',
  appeal: { days: 14, kind: 'calendar' },
};

function pick<T extends string>(
  value: unknown,
  allowed: readonly T[],
  fallback: T,
  path: readonly (string | number)[],
  issues: Issue[],
): T {
  if (value === undefined) return fallback;
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  issues.push(issue('input.invalid-value', path, { expected: allowed.join(', ') }));
  return fallback;
}

/**
 * Reads the settings the workflow needs from a (possibly partial) ruleset. A validated ruleset
 * always passes; values of the wrong kind in a hand-made object become issues at
 * `['options', 'ruleset', …]`.
 */
export function resolveSettings(rules: WorkflowRules | undefined): {
  settings: ResolvedSettings;
  issues: Issue[];
} {
  const issues: Issue[] = [];
  if (rules === undefined || rules === null) return { settings: DEFAULT_SETTINGS, issues };
  const base = ['options', 'ruleset'];
  const w: Record<string, unknown> =
    typeof rules.workflow === 'object' && rules.workflow !== null
      ? (rules.workflow as Record<string, unknown>)
      : {};
  const selfAssessment = pick(
    w.selfAssessment,
    ['required', 'optional'] as const,
    DEFAULT_SETTINGS.selfAssessment,
    [...base, 'workflow', 'selfAssessment'],
    issues,
  );
  const dialogue = pick(
    w.dialogue,
    ['always', 'on-gap', 'optional'] as const,
    DEFAULT_SETTINGS.dialogue,
    [...base, 'workflow', 'dialogue'],
    issues,
  );
  const mediation = pick(
    w.mediation,
    ['required', 'optional'] as const,
    DEFAULT_SETTINGS.mediation,
    [...base, 'workflow', 'mediation'],
    issues,
  );
  let appeal = DEFAULT_SETTINGS.appeal;
  const a: unknown = rules.calendar?.appeal;
  if (a !== undefined) {
    const rec = (typeof a === 'object' && a !== null ? a : {}) as Record<string, unknown>;
    const days = rec.days;
    const path = [...base, 'calendar', 'appeal'];
    if (typeof days !== 'number' || !Number.isSafeInteger(days) || days < 0) {
      issues.push(
        issue('input.invalid-type', [...path, 'days'], {
          expected: 'non-negative integer',
          received: typeof days,
        }),
      );
    }
    const kind = pick(rec.kind, ['calendar', 'working'] as const, 'calendar', [...path, 'kind'], issues);
    if (typeof days === 'number' && Number.isSafeInteger(days) && days >= 0) appeal = { days, kind };
  }
  return { settings: { selfAssessment, dialogue, mediation, appeal }, issues };
}
