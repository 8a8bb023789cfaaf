/**
 * The storage port: what every adapter of `kinerja/storage` provides ({@link EvaluationStore}),
 * the records it keeps, and the narrower {@link StoreBackend} an adapter implements so that the
 * shared core (validation, optimistic concurrency, the finalised rule, the audit hash chain) is
 * written once.
 *
 * Every key leads with the agency id, so a national deployment can partition or distribute by
 * agency without a schema change.
 *
 * The record and option types are the outputs of the zod schemas in `./schemas.ts` (the kinds
 * and audit actions inferred from them; the documented interfaces below checked equal to them by
 * `types.test-d.ts`, with the typed `result`, `period` and workflow records the schemas leave open).
 *
 * @module
 */
import type * as z from 'zod';
import type { DateRange } from '../date';
import type { DecimalString } from '../decimal';
import type { Ruleset } from '../ruleset/types';
import type { EvaluationResult } from '../scoring/types';
import type { Evaluation, JsonValue, SkpPlan } from '../workflow/types';
import type { RetryPolicy, TransactionOptions } from './retry';
import type { storeAuditActionSchema, storeEntityKindSchema } from './schemas';

/**
 * The kinds of record a store keeps; audit events name the kind of the record they change. The
 * one list is `storeEntityKindSchema` (`STORE_ENTITY_KINDS`).
 *
 * @category Storage
 * @example
 * ```ts
 * const kind: StoreEntityKind = 'evaluation';
 * ```
 */
export type StoreEntityKind = z.output<typeof storeEntityKindSchema>;

/**
 * Who made a change and when, recorded in the audit log. `at` is supplied by the caller (the
 * library never reads the clock): a calendar date (`2025-01-31`) or an ISO 8601 timestamp with a
 * zone (`2025-01-31T08:00:00Z`, `2025-01-31T15:00:00+07:00`).
 *
 * @category Storage
 * @example
 * ```ts
 * const change: ChangeContext = { actor: 'hr-01', at: '2025-01-31T08:00:00Z', reason: 'import' };
 * ```
 */
export interface ChangeContext {
  /** Who made the change (a user id, or a system id such as `kinerja-cli`). */
  readonly actor: string;
  /** When, supplied by the caller. */
  readonly at: string;
  /** Why, if given; kept in the audit event. */
  readonly reason?: string;
  /** Try again after a retryable StoreError (a deadlock, a lost connection, …); see {@link RetryPolicy}. Not kept. */
  readonly retry?: RetryPolicy | number;
}

/**
 * A write of a record that has a revision: {@link ChangeContext} plus the revision the writer read.
 * `expectedRevision: null` creates the record and fails if it exists; a number replaces the record
 * only if the stored revision is exactly that number. Anything else is a
 * {@link RevisionConflictError}: a stale write never overwrites.
 *
 * @category Storage
 * @example
 * ```ts
 * const first: SaveOptions = { actor: 'hr-01', at: '2025-01-31', expectedRevision: null };
 * const next: SaveOptions = { actor: 'sup-01', at: '2025-02-03', expectedRevision: 1 };
 * ```
 */
export interface SaveOptions extends ChangeContext {
  readonly expectedRevision: number | null;
}

/**
 * A write whose revision check is optional (results, unit predikat): without `expectedRevision`
 * the record is created or replaced (the replacement is audited with its before and after); with
 * it, the write behaves as {@link SaveOptions}.
 *
 * @category Storage
 * @example
 * ```ts
 * const upsert: UpsertOptions = { actor: 'kinerja-cli', at: '2025-12-31' };
 * const guarded: UpsertOptions = { actor: 'hr-01', at: '2025-12-31', expectedRevision: 2 };
 * ```
 */
export interface UpsertOptions extends ChangeContext {
  readonly expectedRevision?: number | null;
}

/**
 * A ruleset as stored: the document given to {@link EvaluationStore.putRuleset} (which must parse
 * with `parseRuleset`), under its agency, id and version. Write-once: the same id and version with
 * different content is rejected with `storage.ruleset-exists`.
 *
 * @category Storage
 * @example
 * ```ts
 * const stored: StoredRuleset = { agencyId: 'pontianak', id: 'pontianak-2025', version: 1, document: { id: 'pontianak-2025', version: 1, extends: 'permenpanrb-6-2022' } };
 * ```
 */
export interface StoredRuleset {
  readonly agencyId: string;
  readonly id: string;
  readonly version: number;
  /** The document as given (it may use `extends`); parse it with `parseRuleset`. */
  readonly document: JsonValue;
}

/**
 * A scored result to store: an {@link EvaluationResult} with the keys it is filed under. The
 * ruleset id and version come from `result.ruleset`; predikat and score from the result.
 *
 * @category Storage
 * @example
 * ```ts
 * const record: ResultRecord = {
 *   agencyId: 'pontianak', id: 'E001/2025', evaluationId: null, unitId: 'dinas-kesehatan',
 *   employeeId: 'E001', period: { start: '2025-01-01', end: '2025-12-31' }, result,
 * };
 * ```
 */
export interface ResultRecord {
  readonly agencyId: string;
  /** The result's id within the agency (e.g. `employee/period` or the evaluation id). */
  readonly id: string;
  /** The evaluation it belongs to, if any. A result of a finalised evaluation cannot be replaced. */
  readonly evaluationId: string | null;
  readonly unitId: string;
  readonly employeeId: string;
  readonly period: DateRange;
  /** The result, as `scoreEvaluation` returned it (plain JSON). */
  readonly result: EvaluationResult;
}

/**
 * A result as read back: the {@link ResultRecord} with its revision (1 when first saved).
 *
 * @category Storage
 * @example
 * ```ts
 * const stored: StoredResult | null = await store.getResult('pontianak', 'E001/2025');
 * stored?.result.predikat; // "baik"
 * ```
 */
export interface StoredResult extends ResultRecord {
  readonly revision: number;
}

/**
 * The predikat of a unit for a period (the input of its distribution curve).
 *
 * @category Storage
 * @example
 * ```ts
 * const unit: UnitPredikatRecord = { agencyId: 'serang', unitId: 'bappeda', period: { start: '2025-01-01', end: '2025-12-31' }, predikat: 'baik', note: null };
 * ```
 */
export interface UnitPredikatRecord {
  readonly agencyId: string;
  readonly unitId: string;
  readonly period: DateRange;
  readonly predikat: string;
  /** Where it came from (e.g. the SK number), if recorded. */
  readonly note: string | null;
}

/**
 * A unit predikat as read back, with its revision.
 *
 * @category Storage
 * @example
 * ```ts
 * const unit = await store.getUnitPredikat('serang', 'bappeda', { start: '2025-01-01', end: '2025-12-31' });
 * unit?.revision; // 1
 * ```
 */
export interface StoredUnitPredikat extends UnitPredikatRecord {
  readonly revision: number;
}

/**
 * One entry to append to an employee's angka kredit ledger. Ledgers are append-only: a correction
 * is a new entry (a negative `angkaKredit` reverses an earlier one) with a reason.
 *
 * @category Storage
 * @example
 * ```ts
 * const entry: LedgerEntryRecord = {
 *   agencyId: 'palu', employeeId: 'P-014', year: 2025, jenjang: 'ahli-muda', predikat: 'baik',
 *   months: 12, angkaKredit: '25', evaluationId: 'P-014/2025', note: null,
 * };
 * ```
 */
export interface LedgerEntryRecord {
  readonly agencyId: string;
  readonly employeeId: string;
  readonly year: number;
  readonly jenjang: string;
  readonly predikat: string;
  /** Whole months, 0 to 12. */
  readonly months: number;
  /** Exact decimal, stored and read back as text (up to 60 significant digits). */
  readonly angkaKredit: DecimalString | string;
  readonly evaluationId: string | null;
  readonly note: string | null;
}

/**
 * A ledger entry as read back: `seq` numbers the employee's entries from 1 in the order appended.
 *
 * @category Storage
 * @example
 * ```ts
 * const entries: StoredLedgerEntry[] = await store.listLedger('palu', 'P-014');
 * entries[0]?.seq; // 1
 * ```
 */
export interface StoredLedgerEntry extends LedgerEntryRecord {
  readonly seq: number;
  readonly angkaKredit: DecimalString;
}

/**
 * A listing query. Results come in a stable order (by id within the agency); pass the previous
 * page's `nextCursor` to continue. Every row is returned exactly once across the pages, whatever is
 * written meanwhile to rows after the cursor.
 *
 * @category Storage
 * @example
 * ```ts
 * const q: ListQuery = { agencyId: 'pontianak', unitId: 'dinkes', period: { start: '2025-01-01', end: '2025-12-31' }, limit: 500 };
 * ```
 */
export interface ListQuery {
  readonly agencyId: string;
  readonly unitId?: string;
  readonly employeeId?: string;
  /** Only records whose period lies within this range (both ends inclusive). */
  readonly period?: DateRange;
  /** Page size, 1 to 1,000; 100 when left out. */
  readonly limit?: number;
  /** The `nextCursor` of the previous page; opaque. */
  readonly cursor?: string;
}

/**
 * One page of a listing.
 *
 * @category Storage
 * @example
 * ```ts
 * let page: Page<Evaluation> = await store.listEvaluations({ agencyId: 'serang' });
 * while (page.nextCursor) page = await store.listEvaluations({ agencyId: 'serang', cursor: page.nextCursor });
 * ```
 */
export interface Page<T> {
  readonly items: readonly T[];
  /** Pass as `cursor` for the next page; `null` on the last page. */
  readonly nextCursor: string | null;
}

/**
 * What the audit log records: `create`, `update` (a save over an earlier revision), `append` (a
 * ledger entry), `put` (a ruleset) or `correction` (a note about a record that can no longer change).
 *
 * @category Storage
 * @example
 * ```ts
 * const action: AuditAction = 'update';
 * ```
 */
export type AuditAction = z.output<typeof storeAuditActionSchema>;

/**
 * One event of an agency's audit log, a hash chain: `hash` is the SHA-256 of the event's canonical
 * JSON without `hash`, and `prevHash` is the hash of the event before it (64 zeros for the first).
 * `afterHash` is the SHA-256 of the record's canonical JSON after the change, so a record changed
 * behind the store's back no longer matches the last event about it.
 *
 * `before` and `after` are the whole record for SKPs, evaluations, unit predikat, ledger entries
 * and rulesets; for results (which carry their explanation) a summary: ruleset, predikat, score.
 *
 * @category Storage
 * @example
 * ```ts
 * const page = await store.listAudit('serang');
 * page.items[0]?.seq; // 1
 * ```
 */
export interface AuditEvent {
  readonly agencyId: string;
  /** 1, 2, 3… within the agency, without gaps. */
  readonly seq: number;
  readonly at: string;
  readonly actor: string;
  readonly action: AuditAction;
  readonly entity: { readonly kind: StoreEntityKind; readonly id: string };
  /** The record's revision after the change; null for kinds without revisions. */
  readonly revision: number | null;
  readonly before: JsonValue | null;
  readonly after: JsonValue | null;
  /** SHA-256 (hex) of the record's canonical JSON after the change; null for a correction. */
  readonly afterHash: string | null;
  readonly reason: string | null;
  readonly prevHash: string;
  readonly hash: string;
  /**
   * How `hash` was computed: `rfc8785-sha256` (SHA-256 of the RFC 8785 canonical JSON of the event
   * without `hash`; every new event) or `codepoint-sha256` (the legacy scheme of events written
   * before; listings return it for them).
   */
  readonly scheme: AuditHashScheme;
}

/**
 * The hash scheme of an audit event (see {@link AuditEvent.scheme}).
 *
 * @category Storage
 * @example
 * ```ts
 * const scheme: AuditHashScheme = 'rfc8785-sha256';
 * ```
 */
export type AuditHashScheme = 'codepoint-sha256' | 'rfc8785-sha256';

/**
 * The audit head of an agency as its head row stores it: the `seq` and `hash` of the last event.
 *
 * @category Storage
 * @example
 * ```ts
 * const head: StoredAuditHead | null = await store.getAuditHead('serang');
 * head?.seq; // 42
 * ```
 */
export interface StoredAuditHead {
  readonly agencyId: string;
  readonly seq: number;
  readonly hash: string;
}

/**
 * A correction: an audit event about a record that can no longer change (a finalised evaluation),
 * carrying what was wrong and what is right.
 *
 * @category Storage
 * @example
 * ```ts
 * const c: CorrectionInput = { agencyId: 'serang', entity: { kind: 'evaluation', id: 'EV-9' }, data: { field: 'notes', value: 'typo fixed' }, reason: 'typo in notes' };
 * ```
 */
export interface CorrectionInput {
  readonly agencyId: string;
  readonly entity: { readonly kind: StoreEntityKind; readonly id: string };
  readonly data: JsonValue;
  readonly reason: string;
}

/**
 * The first problem {@link verifyAudit} found.
 *
 * - `audit.hash-mismatch`: an event's content does not match its hash (it was edited);
 * - `audit.link-mismatch`: an event's `prevHash` is not its predecessor's hash;
 * - `audit.missing`: a sequence number is missing (an event was deleted);
 * - `audit.malformed`: an event or record cannot be read;
 * - `audit.record-mismatch`: a record differs from the last event about it (edited behind the store);
 * - `audit.record-untracked`: a record has no event at all;
 * - `audit.scheme-downgrade`: a legacy-scheme event after an RFC 8785 one;
 * - `audit.head-missing`: the agency has events but no head row;
 * - `audit.head-ahead`: the head row names an event past the end of the chain (the tail was deleted);
 * - `audit.head-behind`: the head row names an event before the end of the chain;
 * - `audit.head-mismatch`: the head row's hash is not the hash of the event it names;
 * - `audit.log-missing`: the agency has records but no events at all;
 * - `audit.checkpoint-missing`: the chain no longer reaches a published head (truncated);
 * - `audit.checkpoint-mismatch`: the event at a published head's `seq` has another hash (rewritten).
 *
 * @category Storage
 * @example
 * ```ts
 * const b: AuditBreak = { code: 'audit.hash-mismatch', seq: 42, entity: { kind: 'evaluation', id: 'EV-1' }, message: { id: '…', en: 'Event 42 …' } };
 * ```
 */
export interface AuditBreak {
  readonly code:
    | 'audit.hash-mismatch'
    | 'audit.link-mismatch'
    | 'audit.missing'
    | 'audit.malformed'
    | 'audit.record-mismatch'
    | 'audit.record-untracked'
    | 'audit.scheme-downgrade'
    | 'audit.head-missing'
    | 'audit.head-ahead'
    | 'audit.head-behind'
    | 'audit.head-mismatch'
    | 'audit.log-missing'
    | 'audit.checkpoint-missing'
    | 'audit.checkpoint-mismatch';
  /** The event concerned; null for a record problem found after the chain. */
  readonly seq: number | null;
  readonly entity: { readonly kind: StoreEntityKind; readonly id: string } | null;
  readonly message: { readonly id: string; readonly en: string };
}

/**
 * What {@link verifyAudit} reports for one agency.
 *
 * @category Storage
 * @example
 * ```ts
 * const report: AuditReport = await verifyAudit(store, 'serang');
 * if (!report.ok) console.error(report.broken?.message.en);
 * ```
 */
export interface AuditReport {
  readonly agencyId: string;
  readonly ok: boolean;
  /** Events read. */
  readonly events: number;
  /** Records checked against their last event. */
  readonly records: number;
  /** The hash of the last event; null for an empty log. */
  readonly head: string | null;
  /** The first break; null when ok. */
  readonly broken: AuditBreak | null;
}

/**
 * What an adapter can do, for the conformance suite and for callers.
 *
 * @category Storage
 * @example
 * ```ts
 * createMemoryStore().capabilities; // { adapter: 'memory', persistent: false, concurrentConnections: false }
 * ```
 */
export interface StoreCapabilities {
  /** `memory`, `sqlite`, `postgres`, `pglite`, `mysql`, or a third-party adapter's name. */
  readonly adapter: string;
  /** Survives the process. */
  readonly persistent: boolean;
  /** Several connections (processes) may write at once. */
  readonly concurrentConnections: boolean;
}

/**
 * The storage port. Every method is async; bad input is rejected with a {@link StoreError} whose
 * issues have paths, a stale revision with a {@link RevisionConflictError}; nothing is half-written.
 * Every write appends to the agency's audit log in the same transaction.
 *
 * @category Storage
 * @example
 * ```ts
 * const store = createMemoryStore();
 * const saved = await store.saveEvaluation(evaluation, { actor: 'hr-01', at: '2025-01-02', expectedRevision: null });
 * const page = await store.listEvaluations({ agencyId: evaluation.agencyId, unitId: evaluation.unitId });
 * ```
 */
export interface EvaluationStore {
  readonly capabilities: StoreCapabilities;

  /**
   * Stores a ruleset document (it must parse), or a ruleset as `parseRuleset` returns it; write-once
   * per agency, id and version. Returns false when the identical document was already there.
   */
  putRuleset(agencyId: string, document: JsonValue | Ruleset, change: ChangeContext): Promise<boolean>;
  /** A stored ruleset; the highest version when `version` is left out. */
  getRuleset(agencyId: string, id: string, version?: number): Promise<StoredRuleset | null>;
  /** The ids and versions stored for an agency, by id then version. */
  listRulesets(agencyId: string): Promise<ReadonlyArray<{ readonly id: string; readonly version: number }>>;

  /** Saves an SKP plan (its own `revision` must exceed `expectedRevision`); returns it as stored. */
  saveSkp(plan: SkpPlan, options: SaveOptions): Promise<SkpPlan>;
  /** A stored SKP plan, or null. */
  getSkp(agencyId: string, id: string): Promise<SkpPlan | null>;
  /** SKP plans of an agency, page by page, by id. */
  listSkps(query: ListQuery): Promise<Page<SkpPlan>>;

  /** Saves an evaluation (its own `revision` must exceed `expectedRevision`). A finalised evaluation only moves on through the lifecycle (release, appeal, decision); anything else is `storage.finalised`. */
  saveEvaluation(evaluation: Evaluation, options: SaveOptions): Promise<Evaluation>;
  /** A stored evaluation, or null. */
  getEvaluation(agencyId: string, id: string): Promise<Evaluation | null>;
  /** Evaluations of an agency, page by page, by id. */
  listEvaluations(query: ListQuery): Promise<Page<Evaluation>>;

  /** Creates or replaces a result (revision 1, 2, …); a result of a finalised evaluation is never replaced. */
  saveResult(record: ResultRecord, options: UpsertOptions): Promise<StoredResult>;
  /** Saves many results in one transaction: all or nothing. */
  saveResults(records: readonly ResultRecord[], change: ChangeContext): Promise<{ readonly saved: number }>;
  /** A stored result, or null. */
  getResult(agencyId: string, id: string): Promise<StoredResult | null>;
  /** Results of an agency, page by page, by id. */
  listResults(query: ListQuery): Promise<Page<StoredResult>>;

  /** Creates or replaces the predikat of a unit for a period. */
  setUnitPredikat(record: UnitPredikatRecord, options: UpsertOptions): Promise<StoredUnitPredikat>;
  /** The predikat of a unit for exactly this period, or null. */
  getUnitPredikat(agencyId: string, unitId: string, period: DateRange): Promise<StoredUnitPredikat | null>;
  /** Unit predikat of an agency, page by page, by unit then period. */
  listUnitPredikat(query: ListQuery): Promise<Page<StoredUnitPredikat>>;

  /** Appends an entry to an employee's angka kredit ledger (the next `seq`). */
  appendLedgerEntry(entry: LedgerEntryRecord, change: ChangeContext): Promise<StoredLedgerEntry>;
  /** One employee's ledger, oldest first. */
  listLedger(agencyId: string, employeeId: string): Promise<StoredLedgerEntry[]>;
  /**
   * The ledger entries of an agency, page by page, in key order (`employeeId#seq`: each employee's
   * entries together, by `seq`), for audits and exports.
   * `employeeId` selects one employee; `period` matches entries whose year lies within it (an
   * entry's period is its calendar year); entries have no unit, so a `unitId` matches none.
   */
  listLedgerEntries(query: ListQuery): Promise<Page<StoredLedgerEntry>>;

  /** Appends a correction event (see {@link CorrectionInput}). */
  appendCorrection(correction: CorrectionInput, change: ChangeContext): Promise<AuditEvent>;
  /** The agency's audit log in order; `cursor` continues a listing. */
  listAudit(
    agencyId: string,
    options?: { readonly limit?: number; readonly cursor?: string },
  ): Promise<Page<AuditEvent>>;
  /** Every agency that has at least one audit event, an audit head row or a record. */
  listAgencies(): Promise<string[]>;
  /** The agency's audit head row (the `seq` and `hash` of its last event), as stored, or null when it has none. */
  getAuditHead(agencyId: string): Promise<StoredAuditHead | null>;

  /** Runs `fn` in one transaction: its writes commit together, or (if it throws) none of them do. Calls inside join the transaction. `options.agencies` locks those agencies first, in a fixed order; `options.retry` runs `fn` again after a retryable error (see {@link TransactionOptions}). */
  transaction<T>(fn: (tx: EvaluationStore) => Promise<T>, options?: TransactionOptions): Promise<T>;
  /** Releases connections the store opened itself (not a `db` it was given). */
  close(): Promise<void>;
}

// ---------------------------------------------------------------------------------------------
// The backend: what an adapter implements. The core (createStoreFromBackend) adds validation,
// revisions, the finalised rule and the audit chain on top.

/**
 * A stored row, as a backend keeps it. `key` is unique within the kind and agency
 * (`rulesetId@version` for rulesets, `unitId|start|end` for unit predikat,
 * `employeeId#seq` with `seq` zero-padded to 10 digits for ledger entries) and orders listings;
 * `doc` is the record's canonical JSON; the other fields are copies for filtering and reading by SQL.
 *
 * @category Storage
 * @example
 * ```ts
 * const row: StoreRow = { kind: 'evaluation', agencyId: 'serang', key: 'EV-1', revision: 2, unitId: 'bappeda', employeeId: 'E1', periodStart: '2025-01-01', periodEnd: '2025-03-31', state: 'assessed', columns: {}, doc: '{…}' };
 * ```
 */
export interface StoreRow {
  readonly kind: StoreEntityKind;
  readonly agencyId: string;
  readonly key: string;
  readonly revision: number;
  readonly unitId: string | null;
  readonly employeeId: string | null;
  readonly periodStart: string | null;
  readonly periodEnd: string | null;
  /** Lifecycle state (SKP, evaluation); null otherwise. */
  readonly state: string | null;
  /**
   * Kind-specific copies for SQL readers: results `evaluationId`, `rulesetId`, `rulesetVersion`,
   * `predikat`, `score` (decimal text or null); ledger `year`, `angkaKredit` (decimal text); unit
   * predikat `predikat`. Never read back by the core: `doc` is the record.
   */
  readonly columns: Readonly<Record<string, string | number | null>>;
  readonly doc: string;
}

/**
 * A row filter for {@link BackendTransaction.list}, the {@link ListQuery} of the port in row terms.
 *
 * @category Storage
 * @example
 * ```ts
 * const f: RowQuery = { kind: 'result', agencyId: 'serang', unitId: 'bappeda', afterKey: 'E1', limit: 101 };
 * ```
 */
export interface RowQuery {
  readonly kind: StoreEntityKind;
  readonly agencyId: string;
  readonly unitId?: string;
  readonly employeeId?: string;
  /** Rows whose period lies within (`periodStart >= start && periodEnd <= end`). */
  readonly period?: DateRange;
  /** Only rows whose key starts with this (ledger entries of one employee: `employeeId#`). */
  readonly keyPrefix?: string;
  /** Rows with key > afterKey (binary/byte order of the key). */
  readonly afterKey?: string;
  readonly limit: number;
}

/**
 * The operations of one backend transaction. All reads see the transaction's own writes.
 *
 * @category Storage
 * @example
 * ```ts
 * await backend.transaction(async (tx) => tx.get('evaluation', 'serang', 'EV-1'));
 * ```
 */
export interface BackendTransaction {
  /** The row of this kind, agency and key, or null. */
  get(kind: StoreEntityKind, agencyId: string, key: string): Promise<StoreRow | null>;
  /** The rows of these keys that exist, in any order. */
  getMany(kind: StoreEntityKind, agencyId: string, keys: readonly string[]): Promise<StoreRow[]>;
  /** Inserts rows that must not exist yet; a duplicate key returns false for the whole call (and the caller aborts the transaction). */
  insert(rows: readonly StoreRow[]): Promise<boolean>;
  /** Replaces a row if its stored revision is `expectedRevision`; false otherwise (nothing written). */
  update(row: StoreRow, expectedRevision: number): Promise<boolean>;
  /** Rows in key order (byte order). */
  list(query: RowQuery): Promise<StoreRow[]>;
  /** The agency's audit head, locked until the transaction ends; `null` for an empty log. */
  lockAuditHead(agencyId: string): Promise<{ readonly seq: number; readonly hash: string } | null>;
  /** Appends events (consecutive `seq`, already hashed) and moves the head to the last one. */
  appendAudit(events: readonly AuditEvent[]): Promise<void>;
  /** Events with seq > afterSeq, in order; events read back are not checked here (verifyAudit does). */
  listAudit(agencyId: string, afterSeq: number, limit: number): Promise<AuditEvent[]>;
  /** Every agency with at least one audit event, a head row (of `seq` above 0) or a row of any kind. */
  listAgencies(): Promise<string[]>;
  /** The agency's audit head as stored, without locking it; null when there is no row (or its `seq` is 0). */
  readAuditHead(agencyId: string): Promise<{ readonly seq: number; readonly hash: string } | null>;
}

/**
 * What an adapter implements; `createStoreFromBackend` turns it into an {@link EvaluationStore}.
 * A backend stores opaque rows and audit events and provides transactions; it never interprets
 * `doc`.
 *
 * @category Storage
 * @example
 * ```ts
 * const store = createStoreFromBackend(myBackend);
 * ```
 */
export interface StoreBackend {
  readonly capabilities: StoreCapabilities;
  /** Runs `fn` in one transaction, serialised against other writers of the same agency's audit head; rolls back if it throws. */
  transaction<T>(fn: (tx: BackendTransaction) => Promise<T>): Promise<T>;
  /** Releases what the backend opened itself. */
  close(): Promise<void>;
}
