/**
 * Scored results: created or replaced (revision 1, 2, …), one by one or in bulk (all or nothing,
 * chunk by chunk so that memory stays flat); a result of a finalised evaluation is never replaced.
 */
import { type Issue, isRecord, issue, MAX_INPUT_DEPTH } from '../../explain';
import { commonMessages } from '../../explain/messages/common';
import { storageMessages } from '../../explain/messages/storage';
import { type Evaluation, isFinalised, type JsonValue } from '../../workflow';
import { findNotJson, quote, sha256Hex } from '../canonical';
import { check, fail, throwIfAny } from '../parse';
import { readRow, resultView } from '../rows';
import {
  notJsonIssue,
  storeChangeSchema,
  storeResultRecordSchema,
  storeUpsertOptionsSchema,
} from '../schemas';
import type {
  BackendTransaction,
  ChangeContext,
  ResultRecord,
  StoredResult,
  StoreRow,
  UpsertOptions,
} from '../types';
import {
  AuditWriter,
  CHUNK,
  checkRevision,
  conflict,
  copy,
  type Path,
  periodColumns,
  type StoreContext,
} from './context';
import { finalisedIssue } from './evaluations';

/** A validated result and its position in the caller's batch (for issue paths). */
export interface PreparedResult {
  readonly record: ResultRecord;
  readonly index: number;
}

/**
 * Validates a result record; returns it prepared, or null after pushing its issues. The record
 * and the three fields of `result` the store reads go through the schema; the opaque rest of
 * `result` is only checked to be JSON (within the depth limit) here. It is serialised later, chunk
 * by chunk, so a large batch never holds every document at once.
 */
export function prepareResult(
  record: unknown,
  index: number,
  path: Path,
  issues: Issue[],
): PreparedResult | null {
  if (!check(storeResultRecordSchema, resultView(record), path, issues)) return null;
  const result = (record as ResultRecord).result;
  // The record sits one level above its result: the limit is the same as for the whole record.
  const notJson = findNotJson(result, MAX_INPUT_DEPTH - 1);
  if (notJson !== null) {
    issues.push(notJsonIssue(notJson, [...path, 'result']));
    return null;
  }
  return isRecord(record) ? { record: record as unknown as ResultRecord, index } : null;
}

/**
 * The doc of a stored result, written directly from the record (the result was checked to be
 * JSON when it was prepared): the same text as `docJson` of the {@link StoredResult} read back.
 */
export function resultDoc(prepared: PreparedResult, revision: number): string {
  const r = prepared.record;
  const evaluationId = r.evaluationId === null ? 'null' : quote(r.evaluationId);
  return `{"agencyId":${quote(r.agencyId)},"employeeId":${quote(r.employeeId)},"evaluationId":${evaluationId},"id":${quote(r.id)},"period":{"end":${quote(r.period.end)},"start":${quote(r.period.start)}},"result":${JSON.stringify(r.result)},"revision":${revision},"unitId":${quote(r.unitId)}}`;
}

/** The audit summary of a result: what changed, without the explanation. */
function resultSummary(r: ResultRecord): JsonValue {
  return {
    ruleset: { id: r.result.ruleset.id, version: r.result.ruleset.version },
    predikat: r.result.predikat,
    score: r.result.score,
    evaluationId: r.evaluationId,
  };
}

function resultRow(prepared: PreparedResult, revision: number): StoreRow {
  const { record } = prepared;
  return {
    kind: 'result',
    agencyId: record.agencyId,
    key: record.id,
    revision,
    unitId: record.unitId,
    employeeId: record.employeeId,
    ...periodColumns(record.period),
    state: null,
    columns: {
      evaluationId: record.evaluationId,
      rulesetId: record.result.ruleset.id,
      rulesetVersion: record.result.ruleset.version,
      predikat: record.result.predikat,
      score: record.result.score,
    },
    doc: resultDoc(prepared, revision),
  };
}

/** The evaluations among `ids` that are finalised or later, by id → state. */
async function finalisedEvaluations(
  tx: BackendTransaction,
  agencyId: string,
  ids: Iterable<string>,
): Promise<Map<string, string>> {
  const all = [...new Set(ids)];
  const out = new Map<string, string>();
  for (let i = 0; i < all.length; i += CHUNK) {
    for (const row of await tx.getMany('evaluation', agencyId, all.slice(i, i + CHUNK))) {
      const ev = readRow<Evaluation>(row);
      if (isFinalised(ev.state)) out.set(ev.id, ev.state);
    }
  }
  return out;
}

/**
 * Saves results of one agency inside `tx` (records already validated, ids unique), chunk by
 * chunk so that memory stays flat: per chunk one `getMany` of the existing rows, one of the
 * evaluations they belong to (the finalised rule), one `insert` of the new rows, an `update` per
 * replaced row, one `appendAudit`. Returns the last chunk's rows (all of them for one record).
 */
async function saveResultsOfAgency(
  tx: BackendTransaction,
  audit: AuditWriter,
  agencyId: string,
  records: readonly PreparedResult[],
  change: ChangeContext,
  expected: number | null | undefined,
  pathOf: (index: number) => Path,
): Promise<StoreRow[]> {
  let written: StoreRow[] = [];
  for (let i = 0; i < records.length; i += CHUNK) {
    written = await saveResultChunk(
      tx,
      audit,
      agencyId,
      records.slice(i, i + CHUNK),
      change,
      expected,
      pathOf,
    );
  }
  return written;
}

async function saveResultChunk(
  tx: BackendTransaction,
  audit: AuditWriter,
  agencyId: string,
  chunk: readonly PreparedResult[],
  change: ChangeContext,
  expected: number | null | undefined,
  pathOf: (index: number) => Path,
): Promise<StoreRow[]> {
  const existing = new Map<string, StoreRow>();
  for (const row of await tx.getMany(
    'result',
    agencyId,
    chunk.map((p) => p.record.id),
  )) {
    existing.set(row.key, row);
  }
  if (expected !== undefined) {
    for (const { record } of chunk)
      checkRevision('result', agencyId, record.id, expected, existing.get(record.id) ?? null);
  }
  const previous = new Map<string, StoredResult>();
  const evaluationIds: string[] = [];
  if (existing.size > 0) {
    for (const { record } of chunk) {
      const row = existing.get(record.id);
      if (row === undefined) continue;
      const old = readRow<StoredResult>(row);
      previous.set(record.id, old);
      if (old.evaluationId !== null) evaluationIds.push(old.evaluationId);
      if (record.evaluationId !== null) evaluationIds.push(record.evaluationId);
    }
  }
  if (evaluationIds.length > 0) {
    const finalised = await finalisedEvaluations(tx, agencyId, evaluationIds);
    const issues: Issue[] = [];
    for (const { record, index } of chunk) {
      const old = previous.get(record.id);
      if (old === undefined) continue;
      const evId = [old.evaluationId, record.evaluationId].find((e) => e !== null && finalised.has(e));
      if (typeof evId === 'string') {
        const state = finalised.get(evId) ?? 'finalised';
        issues.push(finalisedIssue('result', record.id, state, pathOf(index), { evaluationId: evId }));
      }
    }
    if (issues.length > 0) fail(issues, 'write');
  }
  const inserts: StoreRow[] = [];
  const written: StoreRow[] = [];
  for (const prepared of chunk) {
    const { record } = prepared;
    const old = existing.get(record.id);
    const row = resultRow(prepared, old === undefined ? 1 : old.revision + 1);
    written.push(row);
    if (old === undefined) inserts.push(row);
    else if (!(await tx.update(row, old.revision))) {
      const now = await tx.get('result', agencyId, record.id);
      throw conflict('result', agencyId, record.id, old.revision, now?.revision ?? null);
    }
    const before = previous.get(record.id);
    audit.add(
      change,
      old === undefined ? 'create' : 'update',
      { kind: 'result', id: record.id },
      row.revision,
      before === undefined ? null : resultSummary(before),
      resultSummary(record),
      sha256Hex(row.doc),
    );
  }
  if (inserts.length > 0 && !(await tx.insert(inserts))) {
    // Another writer inserted one of these meanwhile (only possible without the head lock).
    const found = await tx.getMany(
      'result',
      agencyId,
      inserts.map((r) => r.key),
    );
    const first = found[0];
    throw conflict('result', agencyId, first?.key ?? '', expected ?? null, first?.revision ?? null);
  }
  await audit.flush();
  return written;
}

/** `saveResult`: creates or replaces one result. */
export async function saveResult(
  ctx: StoreContext,
  record: ResultRecord,
  options: UpsertOptions,
): Promise<StoredResult> {
  const issues: Issue[] = [];
  const prepared = prepareResult(record, 0, ['record'], issues);
  check(storeUpsertOptionsSchema, options, ['options'], issues);
  throwIfAny(issues, 'result');
  return ctx.run(async (tx) => {
    const audit = await AuditWriter.open(tx, record.agencyId);
    const [row] = await saveResultsOfAgency(
      tx,
      audit,
      record.agencyId,
      [prepared as PreparedResult],
      options,
      options.expectedRevision,
      () => ['record'],
    );
    return copy<StoredResult>((row as StoreRow).doc);
  });
}

/** `saveResults`: saves many results in one transaction, all or nothing. */
export async function saveResults(
  ctx: StoreContext,
  records: readonly ResultRecord[],
  change: ChangeContext,
): Promise<{ readonly saved: number }> {
  const issues: Issue[] = [];
  check(storeChangeSchema, change, ['change'], issues);
  if (!Array.isArray(records)) {
    fail([
      issue(commonMessages, 'input.invalid-type', ['records'], {
        expected: 'array',
        received: records === null ? 'null' : typeof records,
      }),
    ]);
  }
  const seen = new Map<string, number>();
  const byAgency = new Map<string, PreparedResult[]>();
  for (let i = 0; i < records.length; i++) {
    const prepared = prepareResult(records[i], i, ['records', i], issues);
    if (prepared === null) continue;
    const { record } = prepared;
    const k = `${record.agencyId}\u0000${record.id}`;
    const first = seen.get(k);
    if (first !== undefined) {
      issues.push(
        issue(storageMessages, 'storage.duplicate-id', ['records', i, 'id'], { id: record.id, first }),
      );
      continue;
    }
    seen.set(k, i);
    const group = byAgency.get(record.agencyId);
    if (group === undefined) byAgency.set(record.agencyId, [prepared]);
    else group.push(prepared);
  }
  throwIfAny(issues, 'results');
  if (records.length === 0) return { saved: 0 };
  await ctx.run(async (tx) => {
    const agencies = [...byAgency.keys()].sort();
    const writers = new Map<string, AuditWriter>();
    for (const agencyId of agencies) writers.set(agencyId, await AuditWriter.open(tx, agencyId));
    for (const agencyId of agencies) {
      await saveResultsOfAgency(
        tx,
        writers.get(agencyId) as AuditWriter,
        agencyId,
        byAgency.get(agencyId) ?? [],
        change,
        undefined,
        (index) => ['records', index],
      );
    }
  });
  return { saved: records.length };
}
