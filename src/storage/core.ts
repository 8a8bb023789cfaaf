/**
 * The shared core of every store: {@link createStoreFromBackend} turns a {@link StoreBackend}
 * (rows, audit events, transactions) into an {@link EvaluationStore}. Validation, revision checks,
 * the finalised rule and the audit hash chain live here, once, for every adapter.
 *
 * Every write validates first (nothing reaches the backend if anything is wrong), then in one
 * backend transaction: locks the agency's audit head, reads the current row(s), checks revisions
 * and the finalised rule, writes the row(s) and appends the audit event(s).
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { DateRange } from '../date';
import { type DecimalString, parseDecimal } from '../decimal';
import { type Issue, issue, type PathSegment, prefixIssues } from '../explain';
import { parseRuleset } from '../ruleset';
import type { Evaluation, JsonValue, SkpPlan } from '../workflow';
import { EVALUATION_TRANSITIONS } from '../workflow';
import {
  canonicalJson,
  compareCodePoints,
  docJson,
  findNotJson,
  GENESIS_HASH,
  quote,
  sha256Hex,
} from './canonical';
import { decodeKeyCursor, decodeSeqCursor, encodeCursor } from './cursor';
import { RevisionConflictError, StoreError } from './errors';
import type {
  AuditAction,
  AuditEvent,
  BackendTransaction,
  ChangeContext,
  EvaluationStore,
  LedgerEntryRecord,
  ListQuery,
  Page,
  ResultRecord,
  RowKind,
  SaveOptions,
  StoreBackend,
  StoredLedgerEntry,
  StoredResult,
  StoredRuleset,
  StoredUnitPredikat,
  StoreEntityKind,
  StoreRow,
  UnitPredikatRecord,
  UpsertOptions,
} from './types';
import {
  checkChange,
  checkEvaluation,
  checkExpectedRevision,
  id as checkId,
  checkLedgerEntry,
  period as checkPeriod,
  checkResultRecord,
  checkSkp,
  checkUnitPredikat,
  int,
  isId,
  isRecord,
  json,
  object,
  oneOf,
  padSeq,
  readRow,
  rulesetKey,
  splitRulesetKey,
  text,
  throwIfAny,
  unitPredikatKey,
} from './validate';

/** Rows per backend call in bulk operations. */
export const CHUNK = 500;
/** The largest page a listing returns. */
export const MAX_LIMIT = 1000;
const DEFAULT_LIMIT = 100;

/** States from which an evaluation only moves on through the lifecycle (see the finalised rule). */
export const FINALISED_STATES: ReadonlySet<string> = new Set([
  'finalised',
  'released',
  'appealed',
  'decided',
]);

const ENTITY_KINDS: readonly StoreEntityKind[] = [
  'ruleset',
  'skp',
  'evaluation',
  'result',
  'unit-predikat',
  'ledger-entry',
];

type Path = readonly PathSegment[];

/**
 * Builds an {@link EvaluationStore} on a {@link StoreBackend}: what every adapter of
 * `kinerja/storage` does. The backend stores opaque rows and audit events; this core validates,
 * checks revisions, enforces the finalised rule and writes the audit hash chain.
 *
 * @category Storage
 * @example
 * ```ts
 * const store = createStoreFromBackend(createMemoryBackend());
 * await store.saveEvaluation(evaluation, { actor: 'hr-01', at: '2025-01-02', expectedRevision: null });
 * ```
 */
export function createStoreFromBackend(backend: StoreBackend): EvaluationStore {
  return makeStore(backend, null, new AsyncLocalStorage<Joined>());
}

// ---------------------------------------------------------------------------------------------
// Helpers.

function fail(issues: readonly Issue[], what = 'record'): never {
  throw new StoreError(issues, what);
}

function conflict(
  kind: StoreEntityKind,
  agencyId: string,
  id: string,
  expected: number | null,
  actual: number | null,
): RevisionConflictError {
  return new RevisionConflictError({ kind, agencyId, id }, expected, actual, [
    issue('storage.revision-conflict', [], { kind, id, expected, actual }),
  ]);
}

/** Checks `expectedRevision` against the stored row; throws a {@link RevisionConflictError}. */
function checkRevision(
  kind: StoreEntityKind,
  agencyId: string,
  key: string,
  expected: number | null,
  current: StoreRow | null,
): void {
  const actual = current === null ? null : current.revision;
  if (expected !== actual) throw conflict(kind, agencyId, key, expected, actual);
}

function limitOf(value: unknown, path: Path, issues: Issue[]): number {
  if (value === undefined) return DEFAULT_LIMIT;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1 || value > MAX_LIMIT) {
    issues.push(
      issue('storage.invalid-limit', path, {
        maximum: MAX_LIMIT,
        value: typeof value === 'number' ? value : String(value),
      }),
    );
    return DEFAULT_LIMIT;
  }
  return value;
}

function checkArgId(value: unknown, name: string, issues: Issue[]): void {
  if (value === undefined) issues.push(issue('input.required', [name]));
  else checkId(value, [name], issues);
}

/** A fresh copy of a JSON value (so nothing the caller holds aliases stored data). */
function copy<T>(text: string): T {
  return JSON.parse(text) as T;
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

function periodColumns(p: DateRange): { periodStart: string; periodEnd: string } {
  return { periodStart: p.start, periodEnd: p.end };
}

/** A validated result and its position in the caller's batch (for issue paths). */
interface PreparedResult {
  readonly record: ResultRecord;
  readonly index: number;
}

/**
 * Validates a result record; returns it prepared, or null after pushing its issues. The opaque
 * rest of `result` is only checked to be JSON here; it is serialised later, chunk by chunk, so a
 * large batch never holds every document at once.
 */
function prepareResult(
  record: ResultRecord,
  index: number,
  path: Path,
  issues: Issue[],
): PreparedResult | null {
  const before = issues.length;
  checkResultRecord(record, path, issues);
  if (issues.length > before) return null;
  const notJson = findNotJson(record.result);
  if (notJson !== null) {
    issues.push(
      issue('storage.not-json', [...path, 'result', ...notJson.path], { received: notJson.received }),
    );
    return null;
  }
  return { record, index };
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

/** Appends hash-chained events for one agency inside a transaction. */
class AuditWriter {
  private seq: number;
  private prev: string;
  private readonly pending: AuditEvent[] = [];

  constructor(
    private readonly tx: BackendTransaction,
    private readonly agencyId: string,
    head: { readonly seq: number; readonly hash: string } | null,
  ) {
    this.seq = head === null ? 0 : head.seq;
    this.prev = head === null ? GENESIS_HASH : head.hash;
  }

  static async open(tx: BackendTransaction, agencyId: string): Promise<AuditWriter> {
    return new AuditWriter(tx, agencyId, await tx.lockAuditHead(agencyId));
  }

  add(
    change: ChangeContext,
    action: AuditAction,
    entity: { kind: StoreEntityKind; id: string },
    revision: number | null,
    before: JsonValue | null,
    after: JsonValue | null,
    afterHash: string | null,
    reason: string | null = change.reason ?? null,
  ): AuditEvent {
    this.seq += 1;
    const body: Omit<AuditEvent, 'hash'> = {
      agencyId: this.agencyId,
      seq: this.seq,
      at: change.at,
      actor: change.actor,
      action,
      entity: { kind: entity.kind, id: entity.id },
      revision,
      before,
      after,
      afterHash,
      reason,
      prevHash: this.prev,
    };
    const event: AuditEvent = { ...body, hash: sha256Hex(canonicalJson(body)) };
    this.prev = event.hash;
    this.pending.push(event);
    return event;
  }

  async flush(): Promise<void> {
    for (let i = 0; i < this.pending.length; i += CHUNK) {
      await this.tx.appendAudit(this.pending.slice(i, i + CHUNK));
    }
    this.pending.length = 0;
  }
}

// ---------------------------------------------------------------------------------------------
// The finalised rule.

function same(a: unknown, b: unknown): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

/**
 * Why saving `next` over the stored, finalised-or-later `stored` is refused, or null if `next` only
 * moves it on through the lifecycle: the stored history is a prefix of the new one, every new
 * entry is a transition of the lifecycle table chained from the stored state, and only the fields
 * those transitions set have changed.
 */
export function finalisedViolation(stored: Evaluation, next: Evaluation): string | null {
  const old = stored.history;
  if (next.history.length <= old.length) return 'no new lifecycle step';
  for (let i = 0; i < old.length; i++) {
    if (!same(old[i], next.history[i])) return `history entry ${i} differs from the stored one`;
  }
  const added = next.history.slice(old.length);
  let state: string = stored.state;
  let revision = stored.revision;
  for (const entry of added) {
    const known = EVALUATION_TRANSITIONS.some(
      (t) => t.from === state && t.action === entry.action && t.to === entry.to,
    );
    if (entry.from !== state || !known)
      return `the step ${entry.action} from ${String(entry.from)} is not a lifecycle transition from ${state}`;
    if (entry.revision <= revision) return `history entry revision ${entry.revision} does not grow`;
    state = entry.to;
    revision = entry.revision;
  }
  const actions = new Set(added.map((e) => e.action));
  for (const field of [
    'id',
    'agencyId',
    'unitId',
    'employeeId',
    'supervisorId',
    'period',
    'selfAssessment',
    'supervisorAssessment',
    'dialogue',
    'mediation',
  ] as const) {
    if (!same(stored[field], next[field])) return `${field} changed`;
  }
  if (stored.atasanId !== next.atasanId && !actions.has('reassign'))
    return 'atasanId changed without a reassignment';
  if (!same(stored.conflicts, next.conflicts)) {
    const prefix =
      next.conflicts.length >= stored.conflicts.length &&
      stored.conflicts.every((c, i) => same(c, next.conflicts[i]));
    if (!prefix || !actions.has('declare-conflict')) return 'conflicts changed other than by a declaration';
  }
  if (stored.releasedOn !== next.releasedOn && (stored.releasedOn !== null || !actions.has('release')))
    return 'releasedOn changed other than by the release';
  if (!same(stored.appeal, next.appeal)) {
    const a = stored.appeal;
    const b = next.appeal;
    const filed = a === null && actions.has('appeal');
    const decided =
      a !== null &&
      b !== null &&
      a.decision === null &&
      actions.has('decide-appeal') &&
      same([a.filedOn, a.reasons, a.deadline], [b.filedOn, b.reasons, b.deadline]);
    if (!filed && !decided) return 'the appeal changed other than by filing or deciding it';
  }
  if (!same(stored.ofRecord, next.ofRecord) && !actions.has('decide-appeal'))
    return 'ofRecord changed other than by an appeal decision';
  return null;
}

function finalisedError(
  kind: 'evaluation' | 'result',
  id: string,
  state: string,
  detail: string | null,
  path: Path = [],
): Issue {
  return issue('storage.finalised', path, { kind, id, state, detail });
}

// ---------------------------------------------------------------------------------------------
// The store.

interface Binding {
  readonly tx: BackendTransaction;
  closed: boolean;
}

/** The transaction open in the current async context, and the store bound to it. */
interface Joined {
  readonly binding: Binding;
  readonly store: EvaluationStore;
}

/** The open transaction a call of the root store joins, if it runs inside `transaction(fn)`. */
function joinable(context: AsyncLocalStorage<Joined>): Joined | null {
  const joined = context.getStore();
  return joined === undefined || joined.binding.closed ? null : joined;
}

/**
 * The store on `backend`: the root store (`binding` null: every call is its own backend
 * transaction, or joins the one `transaction(fn)` has open in the same async context) or a store
 * bound to one open transaction.
 */
function makeStore(
  backend: StoreBackend,
  binding: Binding | null,
  context: AsyncLocalStorage<Joined>,
): EvaluationStore {
  const run = <T>(fn: (tx: BackendTransaction) => Promise<T>): Promise<T> => {
    if (binding === null) {
      const joined = joinable(context);
      return joined === null ? backend.transaction(fn) : fn(joined.binding.tx);
    }
    if (binding.closed)
      return Promise.reject(new StoreError([issue('storage.transaction-closed', [])], 'transaction'));
    return fn(binding.tx);
  };

  async function list<T>(kind: RowKind, query: ListQuery): Promise<Page<T>> {
    const issues: Issue[] = [];
    if (!isRecord(query))
      fail([issue('input.invalid-type', ['query'], { expected: 'object', received: typeof query })], 'query');
    checkArgId(query.agencyId, 'agencyId', issues);
    if (query.unitId !== undefined) checkId(query.unitId, ['unitId'], issues);
    if (query.employeeId !== undefined) checkId(query.employeeId, ['employeeId'], issues);
    if (query.period !== undefined) checkPeriod(query.period, ['period'], issues);
    const limit = limitOf(query.limit, ['limit'], issues);
    throwIfAny(issues, 'query');
    const afterKey = query.cursor === undefined ? undefined : decodeKeyCursor(query.cursor, kind);
    const rows = await run((tx) =>
      tx.list({
        kind,
        agencyId: query.agencyId,
        ...(query.unitId === undefined ? {} : { unitId: query.unitId }),
        ...(query.employeeId === undefined ? {} : { employeeId: query.employeeId }),
        ...(query.period === undefined ? {} : { period: query.period }),
        ...(afterKey === undefined ? {} : { afterKey }),
        limit: limit + 1,
      }),
    );
    const page = rows.slice(0, limit);
    const items = page.map((r) => readRow<T>(r));
    const last = page[page.length - 1];
    return {
      items,
      nextCursor: rows.length > limit && last !== undefined ? encodeCursor(kind, last.key) : null,
    };
  }

  /** Every row of a listing, paging through the backend. */
  async function listAll(
    tx: BackendTransaction,
    kind: RowKind,
    agencyId: string,
    filter: { keyPrefix?: string; employeeId?: string },
  ): Promise<StoreRow[]> {
    const out: StoreRow[] = [];
    let afterKey: string | undefined;
    for (;;) {
      const rows = await tx.list({
        kind,
        agencyId,
        ...filter,
        ...(afterKey === undefined ? {} : { afterKey }),
        limit: MAX_LIMIT,
      });
      out.push(...rows);
      const last = rows[rows.length - 1];
      if (rows.length < MAX_LIMIT || last === undefined) return out;
      afterKey = last.key;
    }
  }

  /** Saves an SKP plan or an evaluation (records with their own revision). */
  async function saveRevisioned<T extends Evaluation | SkpPlan>(
    kind: 'skp' | 'evaluation',
    record: T,
    options: SaveOptions,
  ): Promise<T> {
    const name = kind === 'skp' ? 'plan' : 'evaluation';
    const issues: Issue[] = [];
    (kind === 'skp' ? checkSkp : checkEvaluation)(record, [name], issues);
    checkChange(options, ['options'], issues);
    checkExpectedRevision(options, ['options'], issues, false);
    throwIfAny(issues, kind === 'skp' ? 'SKP plan' : 'evaluation');
    const expected = options.expectedRevision;
    if (record.revision <= (expected ?? 0)) {
      fail([
        issue('storage.revision-not-increased', [name, 'revision'], {
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
    return run(async (tx) => {
      const audit = await AuditWriter.open(tx, record.agencyId);
      const current = await tx.get(kind, record.agencyId, record.id);
      checkRevision(kind, record.agencyId, record.id, expected, current);
      let before: T | null = null;
      if (current !== null) {
        before = readRow<T>(current);
        if (kind === 'evaluation' && FINALISED_STATES.has(before.state)) {
          const why = finalisedViolation(before as Evaluation, record as Evaluation);
          if (why !== null)
            fail([finalisedError('evaluation', record.id, before.state, why, [name])], 'write');
        }
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
        if (FINALISED_STATES.has(ev.state)) out.set(ev.id, ev.state);
      }
    }
    return out;
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
          issues.push(finalisedError('result', record.id, state, `evaluation ${evId}`, pathOf(index)));
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

  async function upsertUnitPredikat(
    record: UnitPredikatRecord,
    options: UpsertOptions,
  ): Promise<StoredUnitPredikat> {
    const issues: Issue[] = [];
    checkUnitPredikat(record, ['record'], issues);
    checkChange(options, ['options'], issues);
    checkExpectedRevision(options, ['options'], issues, true);
    throwIfAny(issues, 'unit predikat');
    const key = unitPredikatKey(record.unitId, record.period);
    return run(async (tx) => {
      const audit = await AuditWriter.open(tx, record.agencyId);
      const current = await tx.get('unit-predikat', record.agencyId, key);
      if (options.expectedRevision !== undefined)
        checkRevision('unit-predikat', record.agencyId, key, options.expectedRevision, current);
      const before = current === null ? null : readRow<StoredUnitPredikat>(current);
      const revision = current === null ? 1 : current.revision + 1;
      const stored: StoredUnitPredikat = {
        agencyId: record.agencyId,
        unitId: record.unitId,
        period: record.period,
        predikat: record.predikat,
        note: record.note,
        revision,
      };
      const doc = docJson(stored);
      const row: StoreRow = {
        kind: 'unit-predikat',
        agencyId: record.agencyId,
        key,
        revision,
        unitId: record.unitId,
        employeeId: null,
        ...periodColumns(record.period),
        state: null,
        columns: { predikat: record.predikat },
        doc,
      };
      const written = current === null ? await tx.insert([row]) : await tx.update(row, current.revision);
      if (!written) {
        const now = await tx.get('unit-predikat', record.agencyId, key);
        throw conflict(
          'unit-predikat',
          record.agencyId,
          key,
          current?.revision ?? null,
          now?.revision ?? null,
        );
      }
      audit.add(
        options,
        current === null ? 'create' : 'update',
        { kind: 'unit-predikat', id: key },
        revision,
        before as JsonValue | null,
        copy<JsonValue>(doc),
        sha256Hex(doc),
      );
      await audit.flush();
      return copy<StoredUnitPredikat>(doc);
    });
  }

  const store: EvaluationStore = {
    capabilities: backend.capabilities,

    async putRuleset(agencyId, document, change) {
      const issues: Issue[] = [];
      checkArgId(agencyId, 'agencyId', issues);
      checkChange(change, ['change'], issues);
      json(document, ['document'], issues);
      throwIfAny(issues, 'ruleset');
      const parsed = parseRuleset(document);
      if (!parsed.ok) fail(prefixIssues(['document'], parsed.issues), 'ruleset');
      const { id, version } = parsed.value;
      if (!isId(id))
        fail([issue('storage.invalid-id', ['document', 'id'], { value: String(id) })], 'ruleset');
      const stored: StoredRuleset = { agencyId, id, version, document };
      const doc = docJson(stored);
      const key = rulesetKey(id, version);
      return run(async (tx) => {
        const audit = await AuditWriter.open(tx, agencyId);
        const current = await tx.get('ruleset', agencyId, key);
        if (current !== null) {
          if (current.doc === doc) return false;
          // Write-once by content: the same document with its keys in another order is the same.
          const old = readRow<StoredRuleset>(current);
          if (canonicalJson(old) === canonicalJson(stored)) return false;
          fail([issue('storage.ruleset-exists', ['document'], { id, version })], 'ruleset');
        }
        const row: StoreRow = {
          kind: 'ruleset',
          agencyId,
          key,
          revision: 1,
          unitId: null,
          employeeId: null,
          periodStart: null,
          periodEnd: null,
          state: null,
          columns: {},
          doc,
        };
        if (!(await tx.insert([row])))
          fail([issue('storage.ruleset-exists', ['document'], { id, version })], 'ruleset');
        audit.add(
          change,
          'put',
          { kind: 'ruleset', id: key },
          null,
          null,
          copy<JsonValue>(doc),
          sha256Hex(doc),
        );
        await audit.flush();
        return true;
      });
    },

    async getRuleset(agencyId, id, version) {
      const issues: Issue[] = [];
      checkArgId(agencyId, 'agencyId', issues);
      checkArgId(id, 'id', issues);
      if (version !== undefined) int(1)(version, ['version'], issues);
      throwIfAny(issues, 'query');
      return run(async (tx) => {
        let key: string | null = null;
        if (version !== undefined) key = rulesetKey(id, version);
        else {
          let best = 0;
          for (const row of await listAll(tx, 'ruleset', agencyId, { keyPrefix: `${id}@` })) {
            const split = splitRulesetKey(row.key);
            if (split !== null && split.id === id && split.version > best) best = split.version;
          }
          if (best > 0) key = rulesetKey(id, best);
        }
        if (key === null) return null;
        const row = await tx.get('ruleset', agencyId, key);
        return row === null ? null : readRow<StoredRuleset>(row);
      });
    },

    async listRulesets(agencyId) {
      const issues: Issue[] = [];
      checkArgId(agencyId, 'agencyId', issues);
      throwIfAny(issues, 'query');
      const rows = await run((tx) => listAll(tx, 'ruleset', agencyId, {}));
      const out = rows.map((row) => {
        const split = splitRulesetKey(row.key);
        if (split === null) {
          fail(
            [
              issue('storage.malformed-row', ['ruleset', agencyId, row.key], {
                kind: 'ruleset',
                key: row.key,
                problemId: 'kunci bukan id@versi',
                problemEn: 'the key is not id@version',
              }),
            ],
            'row',
          );
        }
        return split;
      });
      return out.sort((a, b) => (a.id === b.id ? a.version - b.version : compareCodePoints(a.id, b.id)));
    },

    saveSkp: (plan, options) => saveRevisioned('skp', plan, options),

    async getSkp(agencyId, id) {
      return getOne<SkpPlan>('skp', agencyId, id);
    },

    listSkps: (query) => list<SkpPlan>('skp', query),

    saveEvaluation: (evaluation, options) => saveRevisioned('evaluation', evaluation, options),

    async getEvaluation(agencyId, id) {
      return getOne<Evaluation>('evaluation', agencyId, id);
    },

    listEvaluations: (query) => list<Evaluation>('evaluation', query),

    async saveResult(record, options) {
      const issues: Issue[] = [];
      const prepared = prepareResult(record, 0, ['record'], issues);
      checkChange(options, ['options'], issues);
      checkExpectedRevision(options, ['options'], issues, true);
      throwIfAny(issues, 'result');
      return run(async (tx) => {
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
    },

    async saveResults(records, change) {
      const issues: Issue[] = [];
      checkChange(change, ['change'], issues);
      if (!Array.isArray(records)) {
        fail([issue('input.invalid-type', ['records'], { expected: 'array', received: typeof records })]);
      }
      const seen = new Map<string, number>();
      const byAgency = new Map<string, PreparedResult[]>();
      for (let i = 0; i < records.length; i++) {
        const prepared = prepareResult(records[i] as ResultRecord, i, ['records', i], issues);
        if (prepared === null) continue;
        const { record } = prepared;
        const k = `${record.agencyId}\u0000${record.id}`;
        const first = seen.get(k);
        if (first !== undefined) {
          issues.push(issue('storage.duplicate-id', ['records', i, 'id'], { id: record.id, first }));
          continue;
        }
        seen.set(k, i);
        const group = byAgency.get(record.agencyId);
        if (group === undefined) byAgency.set(record.agencyId, [prepared]);
        else group.push(prepared);
      }
      throwIfAny(issues, 'results');
      if (records.length === 0) return { saved: 0 };
      await run(async (tx) => {
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
    },

    async getResult(agencyId, id) {
      return getOne<StoredResult>('result', agencyId, id);
    },

    listResults: (query) => list<StoredResult>('result', query),

    setUnitPredikat: upsertUnitPredikat,

    async getUnitPredikat(agencyId, unitId, p) {
      const issues: Issue[] = [];
      checkArgId(agencyId, 'agencyId', issues);
      checkArgId(unitId, 'unitId', issues);
      checkPeriod(p, ['period'], issues);
      throwIfAny(issues, 'query');
      const key = unitPredikatKey(unitId, p);
      const row = await run((tx) => tx.get('unit-predikat', agencyId, key));
      return row === null ? null : readRow<StoredUnitPredikat>(row);
    },

    listUnitPredikat: (query) => list<StoredUnitPredikat>('unit-predikat', query),

    async appendLedgerEntry(entry, change) {
      const issues: Issue[] = [];
      checkLedgerEntry(entry, ['entry'], issues);
      checkChange(change, ['change'], issues);
      throwIfAny(issues, 'ledger entry');
      return run(async (tx) => {
        const audit = await AuditWriter.open(tx, entry.agencyId);
        const prefix = `${entry.employeeId}#`;
        const rows = await listAll(tx, 'ledger-entry', entry.agencyId, {
          keyPrefix: prefix,
          employeeId: entry.employeeId,
        });
        const last = rows[rows.length - 1];
        const seq = last === undefined ? 1 : readRow<StoredLedgerEntry>(last).seq + 1;
        const stored: StoredLedgerEntry = ledgerRecord(entry, seq);
        const doc = docJson(stored);
        const row: StoreRow = {
          kind: 'ledger-entry',
          agencyId: entry.agencyId,
          key: `${prefix}${padSeq(seq)}`,
          revision: 1,
          unitId: null,
          employeeId: entry.employeeId,
          periodStart: `${entry.year}-01-01`,
          periodEnd: `${entry.year}-12-31`,
          state: null,
          columns: { year: entry.year, angkaKredit: stored.angkaKredit },
          doc,
        };
        if (!(await tx.insert([row]))) throw conflict('ledger-entry', entry.agencyId, row.key, null, 1);
        audit.add(
          change,
          'append',
          { kind: 'ledger-entry', id: row.key },
          null,
          null,
          copy<JsonValue>(doc),
          sha256Hex(doc),
        );
        await audit.flush();
        return copy<StoredLedgerEntry>(doc);
      });
    },

    async listLedger(agencyId, employeeId) {
      const issues: Issue[] = [];
      checkArgId(agencyId, 'agencyId', issues);
      checkArgId(employeeId, 'employeeId', issues);
      throwIfAny(issues, 'query');
      const rows = await run((tx) =>
        listAll(tx, 'ledger-entry', agencyId, { keyPrefix: `${employeeId}#`, employeeId }),
      );
      return rows.map((r) => readRow<StoredLedgerEntry>(r));
    },

    listLedgerEntries: (query) => list<StoredLedgerEntry>('ledger-entry', query),

    async appendCorrection(correction, change) {
      const issues: Issue[] = [];
      object({
        agencyId: checkId,
        entity: object({ kind: oneOf(ENTITY_KINDS), id: checkId }),
        data: json,
        reason: text,
      })(correction, ['correction'], issues);
      checkChange(change, ['change'], issues);
      throwIfAny(issues, 'correction');
      const data = copy<JsonValue>(canonicalJson(correction.data));
      return run(async (tx) => {
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
    },

    async listAudit(agencyId, options = {}) {
      const issues: Issue[] = [];
      checkArgId(agencyId, 'agencyId', issues);
      const limit = limitOf(options.limit, ['limit'], issues);
      throwIfAny(issues, 'query');
      const afterSeq = options.cursor === undefined ? 0 : decodeSeqCursor(options.cursor);
      const events = await run((tx) => tx.listAudit(agencyId, afterSeq, limit + 1));
      const items = events.slice(0, limit);
      const last = items[items.length - 1];
      return {
        items,
        nextCursor: events.length > limit && last !== undefined ? encodeCursor('audit', last.seq) : null,
      };
    },

    async listAgencies() {
      const agencies = await run((tx) => tx.listAgencies());
      return [...agencies];
    },

    async transaction(fn) {
      if (binding !== null) {
        if (binding.closed) throw new StoreError([issue('storage.transaction-closed', [])], 'transaction');
        return fn(store);
      }
      const joined = joinable(context);
      if (joined !== null) return fn(joined.store);
      let inner: Binding | null = null;
      try {
        return await backend.transaction((tx) => {
          const opened: Binding = { tx, closed: false };
          inner = opened;
          const bound = makeStore(backend, opened, context);
          return context.run({ binding: opened, store: bound }, () => fn(bound));
        });
      } finally {
        if (inner !== null) (inner as Binding).closed = true;
      }
    },

    async close() {
      if (binding === null) await backend.close();
    },
  };

  async function getOne<T>(kind: RowKind, agencyId: string, id: string): Promise<T | null> {
    const issues: Issue[] = [];
    checkArgId(agencyId, 'agencyId', issues);
    checkArgId(id, 'id', issues);
    throwIfAny(issues, 'query');
    const row = await run((tx) => tx.get(kind, agencyId, id));
    return row === null ? null : readRow<T>(row);
  }

  return store;
}

/** The stored form of a ledger entry: the canonical decimal and the sequence number. */
function ledgerRecord(entry: LedgerEntryRecord, seq: number): StoredLedgerEntry {
  const angkaKredit = parseDecimalOrThrow(entry.angkaKredit);
  return {
    agencyId: entry.agencyId,
    employeeId: entry.employeeId,
    year: entry.year,
    jenjang: entry.jenjang,
    predikat: entry.predikat,
    months: entry.months,
    angkaKredit,
    evaluationId: entry.evaluationId,
    note: entry.note,
    seq,
  };
}

function parseDecimalOrThrow(value: string): DecimalString {
  const r = parseDecimal(value, ['entry', 'angkaKredit']);
  if (!r.ok) fail(r.issues, 'ledger entry');
  return r.value;
}
