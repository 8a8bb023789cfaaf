/**
 * The in-memory store: a {@link StoreBackend} on maps, wrapped by the shared core. Zero
 * dependencies, not persistent; the model the conformance suite's model-based run compares the
 * other adapters with.
 *
 * Rows are kept per kind and agency in a map plus a key array sorted by code point (UTF-8 byte
 * order, like the SQL adapters); the array is appended to when keys arrive in order and re-sorted
 * lazily otherwise, so listing 100,000 rows page by page costs one sort. Transactions are serialised
 * by an async mutex and keep an undo log: a transaction that throws leaves no trace. A transaction
 * started inside another (in the same async context) joins it.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { compareCodePoints } from './canonical';
import { createStoreFromBackend } from './core';
import { Turns } from './turns';
import type {
  AuditEvent,
  BackendTransaction,
  EvaluationStore,
  RowQuery,
  StoreBackend,
  StoreCapabilities,
  StoreEntityKind,
  StoreRow,
} from './types';

/**
 * The in-memory backend, with `raw`: direct access to its rows and audit log that bypasses the
 * core (no validation, no audit, no transaction), for fault tests such as "a record changed behind
 * the store's back is found by `verifyAudit`".
 *
 * @category Storage
 * @example
 * ```ts
 * const backend = createMemoryBackend();
 * const store = createStoreFromBackend(backend);
 * // … save records, then tamper:
 * const [row] = backend.raw.rows('result', 'serang');
 * if (row) backend.raw.putRow({ ...row, doc: row.doc.replace('"baik"', '"sangat-baik"') });
 * ```
 */
export interface MemoryBackend extends StoreBackend {
  readonly raw: {
    /** The rows of a kind and agency, in key order. */
    rows(kind: StoreEntityKind, agencyId: string): StoreRow[];
    /** Inserts or replaces a row as is. */
    putRow(row: StoreRow): void;
    /** Deletes a row; false if there was none. */
    deleteRow(kind: StoreEntityKind, agencyId: string, key: string): boolean;
    /** Copies of an agency's audit events, in order. */
    events(agencyId: string): AuditEvent[];
    /** Replaces an agency's audit events as given (the head is left where it was). */
    setEvents(agencyId: string, events: readonly AuditEvent[]): void;
    /** An agency's audit head row as stored, or null. */
    head(agencyId: string): { readonly seq: number; readonly hash: string } | null;
    /** Sets (or with null deletes) an agency's audit head row as given, leaving its events. */
    setHead(agencyId: string, head: { readonly seq: number; readonly hash: string } | null): void;
  };
}

interface Table {
  readonly rows: Map<string, StoreRow>;
  /** Keys in code-point order when `dirty` is false; `null` when it must be rebuilt from `rows`. */
  sorted: string[] | null;
  dirty: boolean;
}

interface Log {
  /** The events' JSON text (a copy the caller cannot reach), by position. */
  readonly texts: string[];
  /** The events' seq, by position (ascending). */
  readonly seqs: number[];
  head: { readonly seq: number; readonly hash: string } | null;
}

const CAPABILITIES: StoreCapabilities = {
  adapter: 'memory',
  persistent: false,
  concurrentConnections: false,
};

function tableId(kind: StoreEntityKind, agencyId: string): string {
  return `${kind}\u0000${agencyId}`;
}

/** The first index in sorted `keys` whose key is greater than `after` (or ≥ `from`). */
function lowerBound(keys: readonly string[], bound: string, inclusive: boolean): number {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const c = compareCodePoints(keys[mid] as string, bound);
    if (c < 0 || (c === 0 && !inclusive)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function sortedKeys(table: Table): string[] {
  if (table.sorted === null) {
    table.sorted = [...table.rows.keys()];
    table.dirty = true;
  }
  if (table.dirty) {
    table.sorted.sort(compareCodePoints);
    table.dirty = false;
  }
  return table.sorted;
}

/** Rows are kept as given, frozen: nothing outside can change a stored row in place. */
function freezeRow(row: StoreRow): StoreRow {
  Object.freeze(row.columns);
  return Object.freeze(row);
}

/**
 * Creates an empty in-memory backend (see {@link MemoryBackend}); wrap it with
 * `createStoreFromBackend`, or use {@link createMemoryStore}.
 *
 * @category Storage
 * @example
 * ```ts
 * const backend = createMemoryBackend();
 * const store = createStoreFromBackend(backend);
 * store.capabilities.adapter; // 'memory'
 * ```
 */
export function createMemoryBackend(): MemoryBackend {
  const tables = new Map<string, Table>();
  const logs = new Map<string, Log>();
  const context = new AsyncLocalStorage<BackendTransaction>();
  const turns = new Turns();

  function table(kind: StoreEntityKind, agencyId: string, create: boolean): Table | undefined {
    const id = tableId(kind, agencyId);
    let t = tables.get(id);
    if (t === undefined && create) {
      t = { rows: new Map(), sorted: [], dirty: false };
      tables.set(id, t);
    }
    return t;
  }

  function log(agencyId: string): Log {
    let l = logs.get(agencyId);
    if (l === undefined) {
      l = { texts: [], seqs: [], head: null };
      logs.set(agencyId, l);
    }
    return l;
  }

  function addKey(t: Table, key: string): void {
    if (t.sorted === null) return;
    const last = t.sorted[t.sorted.length - 1];
    if (last !== undefined && compareCodePoints(key, last) <= 0) t.dirty = true;
    t.sorted.push(key);
  }

  function removeKey(t: Table): void {
    // Rare (rollback, raw deletes): rebuild the key array on the next listing.
    t.sorted = null;
  }

  function listRows(query: RowQuery): StoreRow[] {
    const t = table(query.kind, query.agencyId, false);
    if (t === undefined || query.limit <= 0) return [];
    const keys = sortedKeys(t);
    let start = 0;
    if (query.afterKey !== undefined) start = lowerBound(keys, query.afterKey, false);
    if (query.keyPrefix !== undefined) start = Math.max(start, lowerBound(keys, query.keyPrefix, true));
    const out: StoreRow[] = [];
    for (let i = start; i < keys.length && out.length < query.limit; i++) {
      const key = keys[i] as string;
      if (query.keyPrefix !== undefined && !key.startsWith(query.keyPrefix)) break;
      const row = t.rows.get(key) as StoreRow;
      if (query.unitId !== undefined && row.unitId !== query.unitId) continue;
      if (query.employeeId !== undefined && row.employeeId !== query.employeeId) continue;
      if (query.period !== undefined) {
        if (row.periodStart === null || row.periodEnd === null) continue;
        if (row.periodStart < query.period.start || row.periodEnd > query.period.end) continue;
      }
      out.push(row);
    }
    return out;
  }

  function eventsAfter(agencyId: string, afterSeq: number, limit: number): AuditEvent[] {
    const l = logs.get(agencyId);
    if (l === undefined) return [];
    let lo = 0;
    let hi = l.seqs.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((l.seqs[mid] as number) <= afterSeq) lo = mid + 1;
      else hi = mid;
    }
    const out: AuditEvent[] = [];
    for (let i = lo; i < l.texts.length && out.length < limit; i++)
      out.push(JSON.parse(l.texts[i] as string));
    return out;
  }

  /** Every agency with events, a head or a row of any kind, in code point order. */
  function agencies(): string[] {
    const found = new Set<string>();
    for (const [a, l] of logs) if (l.texts.length > 0 || l.head !== null) found.add(a);
    for (const t of tables.values()) {
      if (t.rows.size === 0) continue;
      const first = t.rows.values().next().value as StoreRow;
      found.add(first.agencyId);
    }
    return [...found].sort(compareCodePoints);
  }

  function makeTransaction(undo: (() => void)[], state: { open: boolean }): BackendTransaction {
    const live = (): void => {
      if (!state.open) throw new Error('memory backend: the transaction has ended');
    };
    return {
      async get(kind, agencyId, key) {
        live();
        return table(kind, agencyId, false)?.rows.get(key) ?? null;
      },
      async getMany(kind, agencyId, keys) {
        live();
        const t = table(kind, agencyId, false);
        if (t === undefined) return [];
        const out: StoreRow[] = [];
        for (const key of new Set(keys)) {
          const row = t.rows.get(key);
          if (row !== undefined) out.push(row);
        }
        return out;
      },
      async insert(rows) {
        live();
        const fresh = new Set<string>();
        for (const row of rows) {
          const id = `${tableId(row.kind, row.agencyId)}\u0000${row.key}`;
          if (fresh.has(id) || table(row.kind, row.agencyId, false)?.rows.has(row.key)) return false;
          fresh.add(id);
        }
        for (const row of rows) {
          const t = table(row.kind, row.agencyId, true) as Table;
          t.rows.set(row.key, freezeRow(row));
          addKey(t, row.key);
          undo.push(() => {
            t.rows.delete(row.key);
            removeKey(t);
          });
        }
        return true;
      },
      async update(row, expectedRevision) {
        live();
        const t = table(row.kind, row.agencyId, false);
        const old = t?.rows.get(row.key);
        if (t === undefined || old === undefined || old.revision !== expectedRevision) return false;
        t.rows.set(row.key, freezeRow(row));
        undo.push(() => t.rows.set(row.key, old));
        return true;
      },
      async list(query) {
        live();
        return listRows(query);
      },
      async lockAuditHead(agencyId) {
        live();
        // Transactions are serialised, so holding the mutex is the lock.
        return logs.get(agencyId)?.head ?? null;
      },
      async appendAudit(events) {
        live();
        for (const event of events) {
          const l = log(event.agencyId);
          const head = l.head;
          l.texts.push(JSON.stringify(event));
          l.seqs.push(event.seq);
          l.head = { seq: event.seq, hash: event.hash };
          undo.push(() => {
            l.texts.pop();
            l.seqs.pop();
            l.head = head;
            if (l.texts.length === 0 && head === null) logs.delete(event.agencyId);
          });
        }
      },
      async listAudit(agencyId, afterSeq, limit) {
        live();
        return eventsAfter(agencyId, afterSeq, limit);
      },
      async listAgencies() {
        live();
        return agencies();
      },
      async readAuditHead(agencyId) {
        live();
        return logs.get(agencyId)?.head ?? null;
      },
    };
  }

  return {
    capabilities: CAPABILITIES,

    async transaction<T>(fn: (tx: BackendTransaction) => Promise<T>): Promise<T> {
      const joined = context.getStore();
      if (joined !== undefined) return fn(joined);
      const release = await turns.take();
      const undo: (() => void)[] = [];
      const state = { open: true };
      const tx = makeTransaction(undo, state);
      try {
        return await context.run(tx, () => fn(tx));
      } catch (e) {
        for (let i = undo.length - 1; i >= 0; i--) (undo[i] as () => void)();
        throw e;
      } finally {
        state.open = false;
        release();
      }
    },

    async close() {},

    raw: {
      rows(kind, agencyId) {
        const t = table(kind, agencyId, false);
        if (t === undefined) return [];
        return sortedKeys(t).map((k) => t.rows.get(k) as StoreRow);
      },
      putRow(row) {
        const t = table(row.kind, row.agencyId, true) as Table;
        const exists = t.rows.has(row.key);
        t.rows.set(row.key, freezeRow(row));
        if (!exists) addKey(t, row.key);
      },
      deleteRow(kind, agencyId, key) {
        const t = table(kind, agencyId, false);
        if (t === undefined || !t.rows.delete(key)) return false;
        removeKey(t);
        return true;
      },
      events(agencyId) {
        const l = logs.get(agencyId);
        return l === undefined ? [] : l.texts.map((t) => JSON.parse(t) as AuditEvent);
      },
      head(agencyId) {
        return logs.get(agencyId)?.head ?? null;
      },
      setHead(agencyId, head) {
        log(agencyId).head = head === null ? null : { seq: head.seq, hash: head.hash };
      },
      setEvents(agencyId, events) {
        const l = log(agencyId);
        l.texts.length = 0;
        l.seqs.length = 0;
        const sorted = [...events].sort((a, b) => a.seq - b.seq);
        for (const e of sorted) {
          l.texts.push(JSON.stringify(e));
          l.seqs.push(e.seq);
        }
      },
    },
  };
}

/**
 * Creates an empty in-memory {@link EvaluationStore}: the default store, with no dependencies.
 * Nothing survives the process; use `createSqlStore` for that.
 *
 * @category Storage
 * @example
 * ```ts
 * const store = createMemoryStore();
 * store.capabilities; // { adapter: 'memory', persistent: false, concurrentConnections: false }
 * await store.putRuleset('serang', getPack('permenpanrb-6-2022'), { actor: 'hr-01', at: '2025-01-02' });
 * ```
 */
export function createMemoryStore(): EvaluationStore {
  return createStoreFromBackend(createMemoryBackend());
}
