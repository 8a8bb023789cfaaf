import type { IsoDate } from '../../date/index';
import { KinerjaError } from '../../explain/index';
import { appealDeadline } from '../../periods/index';
import type { WorkflowRules } from '../types';
import type { ResolvedSettings } from './settings';

/**
 * The appeal deadline of a result released on `releasedOn`, through `periods`' `appealDeadline`:
 * the ruleset calendar's `appeal` rule (already checked in `settings`), its holidays and weekend,
 * and the caller's holidays (added) and weekend (replacing). Throws a `KinerjaError` for an
 * invalid holiday or weekend day.
 */
export function deadlineOf(
  releasedOn: IsoDate,
  settings: ResolvedSettings,
  rules: WorkflowRules | undefined,
  options: {
    readonly holidays?: readonly IsoDate[] | undefined;
    readonly weekend?: readonly number[] | undefined;
  },
): IsoDate {
  const calendar = rules?.calendar;
  const working: { holidays?: readonly IsoDate[]; weekend?: readonly number[] } = {};
  if (options.holidays !== undefined) working.holidays = options.holidays;
  if (options.weekend !== undefined) working.weekend = options.weekend;
  const input: { appeal: ResolvedSettings['appeal']; holidays?: IsoDate[]; weekend?: number[] } = {
    appeal: settings.appeal,
  };
  if (calendar?.holidays !== undefined) input.holidays = [...calendar.holidays];
  if (calendar?.weekend !== undefined) input.weekend = [...calendar.weekend];
  const due = appealDeadline(input, releasedOn, working);
  if (!due.ok) throw new KinerjaError(due.issues, 'appeal deadline');
  return due.value;
}
