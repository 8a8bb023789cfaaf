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
import { issue } from '../explain';
import type { Evaluation, SkpPlan } from '../workflow';
import { StoreError } from './errors';
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
import type {
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
        issue('input.invalid-type', ['backend'], {
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

  const store: EvaluationStore = {
    capabilities: backend.capabilities,

    putRuleset: (agencyId, document, change) => putRuleset(ctx, agencyId, document, change),
    getRuleset: (agencyId, id, version) => getRuleset(ctx, agencyId, id, version),
    listRulesets: (agencyId) => listRulesets(ctx, agencyId),

    saveSkp: (plan, options) => saveRevisioned<SkpPlan>(ctx, SKP_PLANS, plan, options),
    getSkp: (agencyId, id) => getOne<SkpPlan>(ctx, 'skp', agencyId, id),
    listSkps: (query) => list<SkpPlan>(ctx, 'skp', query),

    saveEvaluation: (evaluation, options) =>
      saveRevisioned<Evaluation>(ctx, EVALUATIONS, evaluation, options),
    getEvaluation: (agencyId, id) => getOne<Evaluation>(ctx, 'evaluation', agencyId, id),
    listEvaluations: (query) => list<Evaluation>(ctx, 'evaluation', query),

    saveResult: (record, options) => saveResult(ctx, record, options),
    saveResults: (records, change) => saveResults(ctx, records, change),
    getResult: (agencyId, id) => getOne<StoredResult>(ctx, 'result', agencyId, id),
    listResults: (query) => list<StoredResult>(ctx, 'result', query),

    setUnitPredikat: (record, options) => setUnitPredikat(ctx, record, options),
    getUnitPredikat: (agencyId, unitId, period) => getUnitPredikat(ctx, agencyId, unitId, period),
    listUnitPredikat: (query) => list<StoredUnitPredikat>(ctx, 'unit-predikat', query),

    appendLedgerEntry: (entry, change) => appendLedgerEntry(ctx, entry, change),
    listLedger: (agencyId, employeeId) => listLedger(ctx, agencyId, employeeId),
    listLedgerEntries: (query) => list<StoredLedgerEntry>(ctx, 'ledger-entry', query),

    appendCorrection: (correction, change) => appendCorrection(ctx, correction, change),
    listAudit: (agencyId, options) => listAudit(ctx, agencyId, options),
    listAgencies: () => listAgencies(ctx),
    getAuditHead: (agencyId) => getAuditHead(ctx, agencyId),

    async transaction(fn) {
      if (typeof fn !== 'function')
        throw new StoreError(
          [
            issue('input.invalid-type', ['fn'], {
              expected: 'function',
              received: fn === null ? 'null' : typeof fn,
            }),
          ],
          'transaction',
        );
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
  return store;
}
