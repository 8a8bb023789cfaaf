import type { IsoDate } from '../date/index';
import { err, type Issue, ok, parseWithSchema, type Result } from '../explain/index';
import { isoDateSchema } from '../ruleset/primitives';
import { deadlineOf } from './internal/deadline';
import { readOptions } from './internal/read';
import { resolveSettings, withRuleset } from './internal/settings';
import { evaluationAppealDeadlineOptionsSchema } from './schemas';
import type { Evaluation, WorkflowRuleset } from './types';

const releasedOnSchema = isoDateSchema.nullable();

/**
 * Options of {@link evaluationAppealDeadline}: the ruleset (for `calendar.appeal`), and the holidays and
 * weekend for a working-day deadline.
 *
 * @category Workflow
 * @example
 * ```ts
 * const o: EvaluationAppealDeadlineOptions = { ruleset: { calendar: { appeal: { days: 14, kind: 'working' } } }, holidays: [assertIsoDate('2026-03-19')] };
 * ```
 */
export interface EvaluationAppealDeadlineOptions {
  /** The ruleset (a pack id, a parsed or compiled ruleset, or the parts the workflow reads); default 14 calendar days. */
  readonly ruleset?: WorkflowRuleset;
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
 * after is late. An invalid ruleset value, holiday or evaluation is an issue (`input.*`,
 * `date.*` below `options` or `evaluation`); it never throws.
 *
 * @category Workflow
 * @example
 * ```ts
 * evaluationAppealDeadline({ releasedOn: assertIsoDate('2026-03-02') }); // { ok: true, value: '2026-03-16' }
 * evaluationAppealDeadline({ releasedOn: assertIsoDate('2026-03-02') }, { ruleset: { calendar: { appeal: { days: 14, kind: 'working' } } } });
 * // { ok: true, value: '2026-03-20' }
 * evaluationAppealDeadline({ releasedOn: null }); // { ok: true, value: null }
 * ```
 */
export function evaluationAppealDeadline(
  evaluation: Pick<Evaluation, 'releasedOn'>,
  options: EvaluationAppealDeadlineOptions = {},
): Result<IsoDate | null, Issue[]> {
  const issues: Issue[] = [];
  const opts = readOptions(evaluationAppealDeadlineOptionsSchema, withRuleset(options, issues), issues);
  const ev = parseWithSchema(releasedOnSchema, releasedOnOf(evaluation), ['evaluation', 'releasedOn']);
  if (!ev.ok) issues.push(...ev.issues);
  if (issues.length > 0 || opts === undefined || !ev.ok) return err(issues);
  if (ev.value === null) return ok(null);
  return deadlineOf(ev.value, resolveSettings(opts.ruleset), opts.ruleset, opts);
}

/** The evaluation's `releasedOn`, `undefined` when the evaluation is not an object (then reported). */
function releasedOnOf(evaluation: unknown): unknown {
  if (typeof evaluation !== 'object' || evaluation === null) return undefined;
  try {
    return (evaluation as { releasedOn?: unknown }).releasedOn ?? null;
  } catch {
    return undefined;
  }
}
