/** Corrections: audit events about a record that can no longer change; they change nothing. */
import type { Issue } from '../../explain';
import type { JsonValue } from '../../workflow';
import { canonicalJson } from '../canonical';
import { check, throwIfAny } from '../parse';
import { storeChangeSchema, storeCorrectionSchema } from '../schemas';
import type { AuditEvent, ChangeContext, CorrectionInput } from '../types';
import { AuditWriter, copy, type StoreContext } from './context';

/** `appendCorrection`: appends a correction event. */
export async function appendCorrection(
  ctx: StoreContext,
  correction: CorrectionInput,
  change: ChangeContext,
): Promise<AuditEvent> {
  const issues: Issue[] = [];
  check(storeCorrectionSchema, correction, ['correction'], issues);
  check(storeChangeSchema, change, ['change'], issues);
  throwIfAny(issues, 'correction');
  const data = copy<JsonValue>(canonicalJson(correction.data));
  return ctx.run(async (tx) => {
    const audit = await AuditWriter.open(tx, correction.agencyId);
    const event = audit.add(
      change,
      'correction',
      { kind: correction.entity.kind, id: correction.entity.id },
      null,
      null,
      data,
      null,
      correction.reason,
    );
    await audit.flush();
    return copy<AuditEvent>(canonicalJson(event));
  });
}
