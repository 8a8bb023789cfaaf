import { type DateRange, type IsoDate, parseDateRange, parseIsoDate } from '../../date/index';
import { type Issue, issue } from '../../explain/index';
import { checkKeys, isRecord, kindOf, readId } from './payload';
import { isActor } from './roles';

/** What opening an evaluation and creating an SKP plan both read: the date, the parties, the period. */
export interface Opening {
  readonly issues: Issue[];
  readonly raw: Record<string, unknown>;
  readonly asOf: IsoDate | undefined;
  readonly id: string | undefined;
  readonly agencyId: string | undefined;
  readonly unitId: string | undefined;
  readonly employeeId: string | undefined;
  readonly supervisorId: string | undefined;
  /** The further ids asked for (e.g. `atasanId`), read after the supervisor's. */
  readonly more: Readonly<Record<string, string | undefined>>;
  readonly period: DateRange | undefined;
}

/**
 * Reads `options.asOf`, the actor, and the input's ids and period (issues at `input.*`), checking
 * the input's keys against `keys`. Returns the issues alone when the input is not an object.
 */
export function readOpening(
  input: unknown,
  actor: unknown,
  options: unknown,
  keys: Parameters<typeof checkKeys>[1],
  moreIds: readonly string[] = [],
): Opening | { readonly issues: Issue[]; readonly raw: undefined } {
  const issues: Issue[] = [];
  const when = parseIsoDate(isRecord(options) ? options.asOf : undefined, ['options', 'asOf']);
  if (!when.ok) issues.push(...when.issues);
  if (!isActor(actor)) issues.push(issue('workflow.invalid-actor', ['actor']));
  if (!isRecord(input)) {
    issues.push(issue('input.invalid-type', ['input'], { expected: 'object', received: kindOf(input) }));
    return { issues, raw: undefined };
  }
  checkKeys(input, keys, ['input'], issues);
  // Read in this order so that issues come out in the order of the fields.
  const id = readId(input.id, ['input', 'id'], issues);
  const agencyId = readId(input.agencyId, ['input', 'agencyId'], issues);
  const unitId = readId(input.unitId, ['input', 'unitId'], issues);
  const employeeId = readId(input.employeeId, ['input', 'employeeId'], issues);
  const supervisorId = readId(input.supervisorId, ['input', 'supervisorId'], issues);
  const more: Record<string, string | undefined> = {};
  for (const key of moreIds) more[key] = readId(input[key], ['input', key], issues);
  const period = parseDateRange(input.period, ['input', 'period']);
  if (!period.ok) issues.push(...period.issues);
  return {
    issues,
    raw: input,
    asOf: when.ok ? when.value : undefined,
    id,
    agencyId,
    unitId,
    employeeId,
    supervisorId,
    more,
    period: period.ok ? period.value : undefined,
  };
}
