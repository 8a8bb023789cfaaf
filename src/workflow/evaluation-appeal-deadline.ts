import type { IsoDate } from '../date/index';
import { KinerjaError } from '../explain/index';
import { deadlineOf } from './internal/deadline';
import { resolveSettings } from './internal/settings';
import type { Evaluation, WorkflowRules } from './types';

/**
 * Options of {@link evaluationAppealDeadline}: the ruleset (for `calendar.appeal`), and the holidays and
 * weekend for a working-day deadline.
 *
 * @category Workflow
 * @example
 * ```ts
 * const o: EvaluationAppealDeadlineOptions = { ruleset: { calendar: { appeal: { days: 14, kind: 'working' } } }, holidays: [isoDate('2026-03-19')] };
 * ```
 */
export interface EvaluationAppealDeadlineOptions {
  /** The ruleset, or the parts of it the workflow reads; default 14 calendar days. */
  readonly ruleset?: WorkflowRules;
  /** The agency's holidays (working-day deadlines only), added to the ruleset calendar's. */
  readonly holidays?: readonly IsoDate[];
  /** Weekend days, 0 = Sunday … 6 = Saturday; replaces the calendar's (default `[0, 6]`). */
  readonly weekend?: readonly number[];
}

/**
 * The last day on which the employee may appeal (keberatan) against this evaluation: the ruleset's
 * `calendar.appeal` (default 14 calendar days, PP 30/2019 Pasal 59) counted from the day the result
 * was released, that day itself not counted (`appealDeadline` of `periods`, from `releasedOn`).
 * With `kind: 'working'`, weekends and holidays (the calendar's and the given ones) are skipped.
 * `null` while the result is not released. An appeal filed on the deadline is on time; the day
 * after is late. Throws a `KinerjaError` for an invalid ruleset value or holiday (as
 * `deadlineAfter` does); {@link transition} reports those as issues instead.
 *
 * @category Workflow
 * @example
 * ```ts
 * evaluationAppealDeadline({ releasedOn: isoDate('2026-03-02') }); // '2026-03-16'
 * evaluationAppealDeadline({ releasedOn: isoDate('2026-03-02') }, { ruleset: { calendar: { appeal: { days: 14, kind: 'working' } } } }); // '2026-03-20'
 * evaluationAppealDeadline({ releasedOn: null }); // null
 * ```
 */
export function evaluationAppealDeadline(
  evaluation: Pick<Evaluation, 'releasedOn'>,
  options: EvaluationAppealDeadlineOptions = {},
): IsoDate | null {
  if (evaluation.releasedOn === null || evaluation.releasedOn === undefined) return null;
  const { settings, issues } = resolveSettings(options.ruleset);
  if (issues.length > 0) throw new KinerjaError(issues, 'ruleset');
  return deadlineOf(evaluation.releasedOn, settings, options.ruleset, options);
}
