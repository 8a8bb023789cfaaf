/**
 * Records that carry their own revision (SKP plans and evaluations): compare-and-swap saves on
 * `expectedRevision`, and, for evaluations, the finalised rule of the workflow.
 */
import type * as z from 'zod';
import { type Issue, isRecord, issue } from '../../explain';
import { storageMessages } from '../../explain/messages/storage';
import type { Evaluation, JsonValue, SkpPlan } from '../../workflow';
import { docJson, sha256Hex } from '../canonical';
import { check, fail, throwIfAny } from '../parse';
import { checkHistoryEnd, readRow } from '../rows';
import { storeSaveOptionsSchema } from '../schemas';
import type { SaveOptions, StoreRow } from '../types';
import { AuditWriter, checkRevision, conflict, copy, periodColumns, type StoreContext } from './context';

/** What differs between the kinds of revisioned record. */
export interface RevisionedKind<T extends Evaluation | SkpPlan> {
  readonly kind: 'skp' | 'evaluation';
  /** The argument's name in issue paths (`plan`, `evaluation`). */
  readonly name: string;
  /** What a StoreError says was refused. */
  readonly what: string;
  readonly schema: z.ZodType;
  /** Why `next` may not replace `stored` (an issue at `path`), or null. */
  readonly refuseReplace?: (stored: T, next: T, path: readonly (string | number)[]) => Issue | null;
}

/** Saves an SKP plan or an evaluation (records with their own revision). */
export async function saveRevisioned<T extends Evaluation | SkpPlan>(
  ctx: StoreContext,
  spec: RevisionedKind<T>,
  record: T,
  options: SaveOptions,
): Promise<T> {
  const { kind, name } = spec;
  const issues: Issue[] = [];
  if (check(spec.schema, record, [name], issues) && isRecord(record))
    checkHistoryEnd(record as unknown as Record<string, unknown>, [name], issues);
  check(storeSaveOptionsSchema, options, ['options'], issues);
  throwIfAny(issues, spec.what);
  const expected = options.expectedRevision;
  if (record.revision <= (expected ?? 0)) {
    fail([
      issue(storageMessages, 'storage.revision-not-increased', [name, 'revision'], {
        revision: record.revision,
        expected: expected ?? 0,
      }),
    ]);
  }
  const doc = docJson(record);
  const row: StoreRow = {
    kind,
    agencyId: record.agencyId,
    key: record.id,
    revision: record.revision,
    unitId: record.unitId,
    employeeId: record.employeeId,
    ...periodColumns(record.period),
    state: record.state,
    columns: {},
    doc,
  };
  return ctx.run(async (tx) => {
    const audit = await AuditWriter.open(tx, record.agencyId);
    const current = await tx.get(kind, record.agencyId, record.id);
    checkRevision(kind, record.agencyId, record.id, expected, current);
    let before: T | null = null;
    if (current !== null) {
      before = readRow<T>(current);
      const refused = spec.refuseReplace?.(before, record, [name]) ?? null;
      if (refused !== null) fail([refused], 'write');
      if (!(await tx.update(row, current.revision))) {
        const now = await tx.get(kind, record.agencyId, record.id);
        throw conflict(kind, record.agencyId, record.id, expected, now?.revision ?? null);
      }
    } else if (!(await tx.insert([row]))) {
      const now = await tx.get(kind, record.agencyId, record.id);
      throw conflict(kind, record.agencyId, record.id, expected, now?.revision ?? null);
    }
    audit.add(
      options,
      current === null ? 'create' : 'update',
      { kind, id: record.id },
      record.revision,
      before as JsonValue | null,
      copy<JsonValue>(doc),
      sha256Hex(doc),
    );
    await audit.flush();
    return copy<T>(doc);
  });
}
