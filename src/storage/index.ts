/**
 * `kinerja/storage`: the storage port ({@link EvaluationStore}), the in-memory store, the SQL store
 * on Kysely, and the audit log's verification.
 *
 * @module
 */
export { type AuditHeadsOptions, auditHeads, type VerifyAuditOptions, verifyAudit } from './audit';
export {
  type AuditCheckpoint,
  type AuditCheckpointHead,
  auditCheckpointSchema,
  checkpointHeadSchema,
  parseAuditCheckpoint,
} from './checkpoint';
export { createStoreFromBackend } from './core';
export { RETRYABLE_STORE_CODES, RevisionConflictError, StoreError, type StoreErrorOptions } from './errors';
export { AUDIT_HASH_SCHEMES } from './jcs';
export { createMemoryBackend, createMemoryStore, type MemoryBackend } from './memory';
export { createPgliteDialect, type PgliteLike } from './pglite';
export { redactStoreUrl, scrubStoreSecrets } from './redact';
export type { RetryPolicy, TransactionOptions } from './retry';
export {
  STORE_ENTITY_KINDS,
  storeAuditActionSchema,
  storeAuditEventSchema,
  storeAuditListOptionsSchema,
  storeChangeSchema,
  storeCorrectionSchema,
  storeEntityKindSchema,
  storeEvaluationSchema,
  storeLedgerEntrySchema,
  storeListQuerySchema,
  storeResultRecordSchema,
  storeRulesetSchema,
  storeSaveOptionsSchema,
  storeSkpPlanSchema,
  storeStoredLedgerEntrySchema,
  storeStoredResultSchema,
  storeStoredUnitPredikatSchema,
  storeUnitPredikatSchema,
  storeUpsertOptionsSchema,
} from './schemas';
// --- createSqlStore: added by the SQL adapter (a dynamic import of './sql/…', so that
// --- `kinerja/storage` loads without kysely installed). Keep this marker.
export {
  createSqlStore,
  migrateSqlStore,
  type SqlDialect,
  type SqlMigrateOptions,
  type SqlMigrationReport,
  type SqlStoreOptions,
} from './sql-store';
export { type ResultRecordKeys, toResultRecord } from './to-result-record';
export type {
  AuditAction,
  AuditBreak,
  AuditEvent,
  AuditHashScheme,
  AuditReport,
  BackendTransaction,
  ChangeContext,
  CorrectionInput,
  EvaluationStore,
  LedgerEntryRecord,
  ListQuery,
  Page,
  ResultRecord,
  RowQuery,
  SaveOptions,
  StoreBackend,
  StoreCapabilities,
  StoredAuditHead,
  StoredLedgerEntry,
  StoredResult,
  StoredRuleset,
  StoredUnitPredikat,
  StoreEntityKind,
  StoreRow,
  UnitPredikatRecord,
  UpsertOptions,
} from './types';
export { type OpenStoreOptions, openStore } from './url';
