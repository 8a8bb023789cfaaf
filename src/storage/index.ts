/**
 * `kinerja/storage`: the storage port ({@link EvaluationStore}), the in-memory store, the SQL store
 * on Kysely, and the audit log's verification.
 *
 * @module
 */
export { RevisionConflictError, StoreError } from './errors';
export type {
  AuditAction,
  AuditBreak,
  AuditEvent,
  AuditReport,
  BackendTransaction,
  ChangeContext,
  CorrectionInput,
  EvaluationStore,
  LedgerEntryRecord,
  ListQuery,
  Page,
  ResultRecord,
  RowKind,
  RowQuery,
  SaveOptions,
  StoreBackend,
  StoreCapabilities,
  StoredLedgerEntry,
  StoredResult,
  StoredRuleset,
  StoredUnitPredikat,
  StoreEntityKind,
  StoreRow,
  UnitPredikatRecord,
  UpsertOptions,
} from './types';
