import type { IsoDate } from '../../date/index';
import {
  err,
  type Issue,
  isRecord,
  issue,
  KinerjaError,
  ok,
  prefixIssues,
  type Result,
} from '../../explain/index';
import { commonMessages } from '../../explain/messages/common';
import { appealDeadline } from '../../periods/index';
import type { ReadRules, ResolvedSettings } from './settings';

/**
 * The appeal deadline of a result released on `releasedOn`, through `periods`' `appealDeadline`:
 * the ruleset calendar's `appeal` rule, its holidays and weekend, and the caller's holidays (added)
 * and weekend (replacing), all already read by the options schema. Whatever `appealDeadline`
 * reports (a `KinerjaError`, or a `Result`) comes back as issues below `options`.
 */
export function deadlineOf(
  releasedOn: IsoDate,
  settings: ResolvedSettings,
  rules: ReadRules | undefined,
  options: {
    readonly holidays?: readonly IsoDate[] | undefined;
    readonly weekend?: readonly number[] | undefined;
  },
): Result<IsoDate, Issue[]> {
  const calendar = rules?.calendar;
  const working: { holidays?: readonly IsoDate[]; weekend?: readonly number[] } = {};
  if (options.holidays !== undefined) working.holidays = options.holidays;
  if (options.weekend !== undefined) working.weekend = options.weekend;
  const input: { appeal: ResolvedSettings['appeal']; holidays?: IsoDate[]; weekend?: number[] } = {
    appeal: settings.appeal,
  };
  if (calendar?.holidays !== undefined) input.holidays = [...calendar.holidays];
  if (calendar?.weekend !== undefined) input.weekend = [...calendar.weekend];
  try {
    const d: unknown = appealDeadline(input, releasedOn, working);
    if (typeof d === 'string') return ok(d as IsoDate);
    if (isRecord(d) && d.ok === true && typeof d.value === 'string') return ok(d.value as IsoDate);
    if (isRecord(d) && d.ok === false && Array.isArray(d.issues))
      return err(prefixIssues(['options'], d.issues as Issue[]));
    return err([issue(commonMessages, 'input.invalid', ['options'], { detail: 'no appeal deadline' })]);
  } catch (e) {
    if (e instanceof KinerjaError) return err(prefixIssues(['options'], e.issues));
    return err([
      issue(commonMessages, 'input.invalid', ['options'], {
        detail: e instanceof Error ? e.message : String(e),
      }),
    ]);
  }
}
