/**
 * The shared core of every store: {@link createStoreFromBackend} turns a {@link StoreBackend}
 * (rows, audit events, transactions) into an {@link EvaluationStore}. Each kind of record has its
 * own module in ./records (rulesets, SKP plans, evaluations, results, unit predikat, ledger
 * entries, corrections, the audit log, listings) over a small shared core (./records/context.ts:
 * the transaction a call joins, revision checks, the audit writer); this module puts them together.
 *
 * Every write validates first (nothing reaches the backend if anything is wrong), then in one
 * backend transaction: locks the agency's audit head, reads the current row(s), checks revisions
 * and the finalised rule, writes the row(s) and appends the audit event(s).
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { type Issue, isRecord, issue } from '../explain';
import { commonMessages } from '../explain/messages/common';
import { storageMessages } from '../explain/messages/storage';
import { storageErrorMessages } from '../explain/messages/storage-errors';
import type { Evaluation, SkpPlan } from '../workflow';
import { StoreError } from './errors';
import { check } from './parse';
import { getAuditHead, listAgencies, listAudit } from './records/audit-log';
import { type Binding, type Joined, joinable, storeContext } from './records/context';
import { appendCorrection } from './records/corrections';
import { EVALUATIONS } from './records/evaluations';
import { appendLedgerEntry, listLedger } from './records/ledger';
import { getOne, list } from './records/listing';
import { saveResult, saveResults } from './records/results';
import { saveRevisioned } from './records/revisioned';
import { getRuleset, listRulesets, putRuleset } from './records/rulesets';
import { SKP_PLANS } from './records/skp-plans';
import { getUnitPredikat, setUnitPredikat } from './records/unit-predikat';
import { checkRetry, withRetry } from './retry';
import { storeIdSchema } from './schemas';
import type {
  BackendTransaction,
  EvaluationStore,
  StoreBackend,
  StoredLedgerEntry,
  StoredResult,
  StoredUnitPredikat,
} from './types';

export { CHUNK } from './records/context';
export { resultDoc } from './records/results';
export { MAX_LIMIT } from './schemas';

/**
 * Builds an {@link EvaluationStore} on a {@link StoreBackend}: what every adapter of
 * `kinerja/storage` does. The backend stores opaque rows and audit events; this core validates,
 * checks revisions, enforces the finalised rule and writes the audit hash chain.
 *
 * @throws {StoreError} `input.invalid-type` at `['backend']` when given something that is not a
 * backend (an object with `transaction` and `close` functions).
 * @category Storage
 * @example
 * ```ts
 * const store = createStoreFromBackend(createMemoryBackend());
 * await store.saveEvaluation(evaluation, { actor: 'hr-01', at: '2025-01-02', expectedRevision: null });
 * ```
 */
export function createStoreFromBackend(backend: StoreBackend): EvaluationStore {
  if (
    typeof backend !== 'object' ||
    backend === null ||
    typeof backend.transaction !== 'function' ||
    typeof backend.close !== 'function'
  ) {
    throw new StoreError(
      [
        issue(commonMessages, 'input.invalid-type', ['backend'], {
          expected: 'StoreBackend',
          received: backend === null ? 'null' : typeof backend,
        }),
      ],
      'backend',
    );
  }
  return makeStore(backend, null, new AsyncLocalStorage<Joined>());
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
  const ctx = storeContext(backend, binding, context);
  // A write with a `retry` option is tried again after a retryable error, unless it joins an
  // open transaction (only the outermost transaction can retry).
  const retrying = <T>(options: unknown, path: string, write: () => Promise<T>): Promise<T> =>
    binding === null && joinable(context) === null ? retried(options, path, write) : write();

  const store: EvaluationStore = {
    capabilities: backend.capabilities,

    putRuleset: (agencyId, document, change) =>
      retrying(change, 'change', () => putRuleset(ctx, agencyId, document, change)),
    getRuleset: (agencyId, id, version) => getRuleset(ctx, agencyId, id, version),
    listRulesets: (agencyId) => listRulesets(ctx, agencyId),

    saveSkp: (plan, options) =>
      retrying(options, 'options', () => saveRevisioned<SkpPlan>(ctx, SKP_PLANS, plan, options)),
    getSkp: (agencyId, id) => getOne<SkpPlan>(ctx, 'skp', agencyId, id),
    listSkps: (query) => list<SkpPlan>(ctx, 'skp', query),

    saveEvaluation: (evaluation, options) =>
      retrying(options, 'options', () => saveRevisioned<Evaluation>(ctx, EVALUATIONS, evaluation, options)),
    getEvaluation: (agencyId, id) => getOne<Evaluation>(ctx, 'evaluation', agencyId, id),
    listEvaluations: (query) => list<Evaluation>(ctx, 'evaluation', query),

    saveResult: (record, options) => retrying(options, 'options', () => saveResult(ctx, record, options)),
    saveResults: (records, change) => retrying(change, 'change', () => saveResults(ctx, records, change)),
    getResult: (agencyId, id) => getOne<StoredResult>(ctx, 'result', agencyId, id),
    listResults: (query) => list<StoredResult>(ctx, 'result', query),

    setUnitPredikat: (record, options) =>
      retrying(options, 'options', () => setUnitPredikat(ctx, record, options)),
    getUnitPredikat: (agencyId, unitId, period) => getUnitPredikat(ctx, agencyId, unitId, period),
    listUnitPredikat: (query) => list<StoredUnitPredikat>(ctx, 'unit-predikat', query),

    appendLedgerEntry: (entry, change) =>
      retrying(change, 'change', () => appendLedgerEntry(ctx, entry, change)),
    listLedger: (agencyId, employeeId) => listLedger(ctx, agencyId, employeeId),
    listLedgerEntries: (query) => list<StoredLedgerEntry>(ctx, 'ledger-entry', query),

    appendCorrection: (correction, change) =>
      retrying(change, 'change', () => appendCorrection(ctx, correction, change)),
    listAudit: (agencyId, options) => listAudit(ctx, agencyId, options),
    listAgencies: () => listAgencies(ctx),
    getAuditHead: (agencyId) => getAuditHead(ctx, agencyId),

    async transaction(fn, options) {
      if (typeof fn !== 'function')
        throw new StoreError(
          [
            issue(commonMessages, 'input.invalid-type', ['fn'], {
              expected: 'function',
              received: fn === null ? 'null' : typeof fn,
            }),
          ],
          'transaction',
        );
      const { agencies, policy } = transactionOptions(options);
      if (binding !== null) {
        if (binding.closed)
          throw new StoreError([issue(storageMessages, 'storage.transaction-closed', [])], 'transaction');
        await lockAgencies(binding.tx, agencies);
        return fn(store);
      }
      const joined = joinable(context);
      if (joined !== null) {
        await lockAgencies(joined.binding.tx, agencies);
        return fn(joined.store);
      }
      return withRetry(policy, async () => {
        let inner: Binding | null = null;
        try {
          return await backend.transaction(async (tx) => {
            const opened: Binding = { tx, closed: false };
            inner = opened;
            await lockAgencies(tx, agencies);
            const bound = makeStore(backend, opened, context);
            return context.run({ binding: opened, store: bound }, () => fn(bound));
          });
        } finally {
          if (inner !== null) (inner as Binding).closed = true;
        }
      });
    },

    async close() {
      if (binding === null) await backend.close();
    },
  };
  return store;
}

/** Runs a write with the retry policy of its options (`retry`), checked first. */
function retried<T>(options: unknown, path: string, write: () => Promise<T>): Promise<T> {
  const given = isRecord(options) ? options.retry : undefined;
  if (given === undefined) return write();
  const issues: Issue[] = [];
  const policy = checkRetry(given, [path, 'retry'], issues);
  if (issues.length > 0) return Promise.reject(new StoreError(issues, 'write'));
  return withRetry(policy, write);
}

/** The checked options of `transaction`: the agencies to lock (sorted, once each) and the retry policy. */
function transactionOptions(options: unknown): {
  agencies: string[];
  policy: ReturnType<typeof checkRetry>;
} {
  if (options === undefined) return { agencies: [], policy: null };
  const issues: Issue[] = [];
  if (!isRecord(options)) {
    throw new StoreError(
      [
        issue(commonMessages, 'input.invalid-type', ['options'], {
          expected: 'object',
          received: options === null ? 'null' : Array.isArray(options) ? 'array' : typeof options,
        }),
      ],
      'transaction',
    );
  }
  const given = options.agencies;
  if (given !== undefined && !Array.isArray(given)) {
    issues.push(
      issue(storageErrorMessages, 'storage.bad-transaction-options', ['options', 'agencies'], {
        problem: 'agencies must be an array of agency ids',
      }),
    );
  }
  const agencies = Array.isArray(given) ? given : [];
  for (let i = 0; i < agencies.length; i++)
    check(storeIdSchema, agencies[i], ['options', 'agencies', i], issues);
  const policy = checkRetry(options.retry, ['options', 'retry'], issues);
  if (issues.length > 0) throw new StoreError(issues, 'transaction');
  return { agencies: [...new Set(agencies as string[])].sort(), policy };
}

/**
 * Locks the audit heads of `agencies` (sorted) in `tx`: every writer that declares its agencies
 * takes their locks in this one order, so such writers never wait for each other in a cycle.
 */
async function lockAgencies(tx: BackendTransaction, agencies: readonly string[]): Promise<void> {
  for (const agencyId of agencies) await tx.lockAuditHead(agencyId);
}
