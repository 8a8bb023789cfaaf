import { err, type Issue, issue, ok, parseWithSchema, type Result } from '../explain/index';
import { commonMessages } from '../explain/messages/common';
import type { EvaluationResult } from '../scoring/types';
import { storeResultRecordSchema } from './schemas';
import type { ResultRecord } from './types';

/**
 * The keys {@link toResultRecord} files a result under, besides what the result itself carries.
 *
 * @category Storage
 * @example
 * ```ts
 * const keys: ResultRecordKeys = { agencyId: 'pontianak', unitId: 'dinas-kesehatan' };
 * ```
 */
export interface ResultRecordKeys {
  readonly agencyId: string;
  readonly unitId: string;
  /** Default: the result's `employee.id`. */
  readonly employeeId?: string;
  /** The record's id within the agency. Default: `<employeeId>/<period start>/<period end>`. */
  readonly id?: string;
  /** The evaluation the result belongs to. Default: `null` (none). */
  readonly evaluationId?: string | null;
}

/**
 * The store record of a scored result (what `saveResults` takes): the result's period and employee
 * id, with the agency and unit given in `keys` and an id derived from the employee and the period
 * unless one is given. A result scored without a period, or without an employee id when `keys`
 * gives none, cannot be filed: that is an issue at `result.period` or `result.employee.id`, and an
 * invalid key is an issue at its name. Never throws.
 *
 * @category Storage
 * @example
 * ```ts
 * const scored = scoreEvaluation('permenpanrb-6-2022', evaluation); // with employee and period
 * if (scored.ok) {
 *   const record = toResultRecord(scored.value, { agencyId: 'pontianak', unitId: 'dinas-kesehatan' });
 *   // { ok: true, value: { agencyId: 'pontianak', id: 'E001/2025-01-01/2025-12-31', evaluationId: null, … } }
 *   if (record.ok) await store.saveResults([record.value], { actor: 'hr-01', at: '2026-01-05' });
 * }
 * ```
 */
export function toResultRecord(
  result: EvaluationResult,
  keys: ResultRecordKeys,
): Result<ResultRecord, Issue[]> {
  const issues: Issue[] = [];
  if (typeof keys !== 'object' || keys === null) {
    issues.push(
      issue(commonMessages, 'input.invalid-type', ['keys'], { expected: 'object', received: kindOf(keys) }),
    );
  }
  if (typeof result !== 'object' || result === null) {
    issues.push(
      issue(commonMessages, 'input.invalid-type', ['result'], {
        expected: 'object',
        received: kindOf(result),
      }),
    );
  }
  if (issues.length > 0) return err(issues);
  const period = field(result, 'period');
  const start = field(period, 'start');
  const end = field(period, 'end');
  const employeeId = field(keys, 'employeeId') ?? field(field(result, 'employee'), 'id');
  if (period === undefined) issues.push(issue(commonMessages, 'input.required', ['result', 'period']));
  if (employeeId === undefined)
    issues.push(issue(commonMessages, 'input.required', ['result', 'employee', 'id']));
  if (issues.length > 0) return err(issues);
  const id =
    field(keys, 'id') ??
    (typeof employeeId === 'string' && typeof start === 'string' && typeof end === 'string'
      ? `${employeeId}/${start}/${end}`
      : undefined);
  const record = {
    agencyId: field(keys, 'agencyId'),
    id,
    evaluationId: field(keys, 'evaluationId') ?? null,
    unitId: field(keys, 'unitId'),
    employeeId,
    period: typeof period === 'object' && period !== null ? { start, end } : period,
    result,
  };
  const checked = parseWithSchema(storeResultRecordSchema, record);
  return checked.ok ? ok(record as ResultRecord) : err(checked.issues);
}

/** An own field of a value, `undefined` when it has none or reading it fails. */
function field(value: unknown, key: string): unknown {
  if (typeof value !== 'object' || value === null) return undefined;
  try {
    return Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined;
  } catch {
    return undefined;
  }
}

function kindOf(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
}
