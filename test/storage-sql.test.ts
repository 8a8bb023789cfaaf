/**
 * The SQL store's own guarantees, on every available SQL target (SQLite in memory and on a file,
 * PGlite; PostgreSQL and MySQL/MariaDB when their URLs are set): idempotent migrations, the
 * schema (every primary key leads with agency_id, decimals in text columns), exact decimals and
 * leap days read back as stored, listings in UTF-8 byte order identical to the memory store,
 * values a database would alter refused, the caller's Kysely transaction joined, a given db left
 * open. The behaviour every store shares is the conformance suite's (storage-conformance.test.ts).
 */
import { setTimeout as sleep } from 'node:timers/promises';
import * as kysely from 'kysely';
import { type Kysely, sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { compareCodePoints } from '../src/storage/canonical';
import { StoreError } from '../src/storage/errors';
import {
  createMemoryStore,
  createSqlStore,
  type EvaluationStore,
  migrateSqlStore,
  type ResultRecord,
  verifyAudit,
} from '../src/storage/index';
import { createSqlBackend, prefixEnd } from '../src/storage/sql/backend';
import type { LooseDb } from '../src/storage/sql/dialect';
import {
  AGENCY,
  change,
  LEAP,
  ledgerEntry,
  resultRecord,
  scored,
  unitPredikat,
  YEAR,
} from '../src/storage/store.test-support';
import type { StoreRow } from '../src/storage/types';
import { range } from '../src/testing/store-conformance-fixtures';
import {
  type AnyKysely,
  availableSqlTargets,
  type OpenedSqlDatabase,
  type SqlTarget,
} from './support/sql-databases';

const TABLES = [
  'kinerja_rulesets',
  'kinerja_skps',
  'kinerja_evaluations',
  'kinerja_results',
  'kinerja_unit_predikat',
  'kinerja_ledger_entries',
  'kinerja_audit_events',
  'kinerja_audit_heads',
];

/** Rows of a raw query. */
async function rows<T = Record<string, unknown>>(db: AnyKysely, query: ReturnType<typeof sql>): Promise<T[]> {
  return (await query.execute(db)).rows as T[];
}

/** The primary key columns of a table, in key order. */
async function primaryKey(target: SqlTarget, db: AnyKysely, table: string): Promise<string[]> {
  if (target.dialect === 'sqlite') {
    const info = await rows<{ name: string; pk: number }>(
      db,
      sql`select name, pk from pragma_table_info(${table})`,
    );
    return info
      .filter((c) => c.pk > 0)
      .sort((a, b) => a.pk - b.pk)
      .map((c) => c.name);
  }
  if (target.dialect === 'postgres') {
    const info = await rows<{ column_name: string }>(
      db,
      sql`select k.column_name from information_schema.table_constraints c
        join information_schema.key_column_usage k
          on k.constraint_name = c.constraint_name and k.table_schema = c.table_schema and k.table_name = c.table_name
        where c.constraint_type = 'PRIMARY KEY' and c.table_name = ${table} and c.table_schema = current_schema()
        order by k.ordinal_position`,
    );
    return info.map((c) => c.column_name);
  }
  const info = await rows<{ column_name: string }>(
    db,
    sql`select column_name as column_name from information_schema.statistics
      where table_schema = database() and table_name = ${table} and index_name = 'PRIMARY'
      order by seq_in_index`,
  );
  return info.map((c) => c.column_name);
}

/** The declared type of a column, lower case. */
async function columnType(target: SqlTarget, db: AnyKysely, table: string, column: string): Promise<string> {
  if (target.dialect === 'sqlite') {
    const info = await rows<{ name: string; type: string }>(
      db,
      sql`select name, type from pragma_table_info(${table})`,
    );
    return (info.find((c) => c.name === column)?.type ?? '').toLowerCase();
  }
  const info = await rows<{ t: string }>(
    db,
    target.dialect === 'postgres'
      ? sql`select data_type as t from information_schema.columns
          where table_schema = current_schema() and table_name = ${table} and column_name = ${column}`
      : sql`select data_type as t from information_schema.columns
          where table_schema = database() and table_name = ${table} and column_name = ${column}`,
  );
  return String(info[0]?.t ?? '').toLowerCase();
}

/** Every page of a listing, concatenated. */
async function listAll<T>(
  list: (q: { agencyId: string; limit: number; cursor?: string }) => Promise<{
    items: readonly T[];
    nextCursor: string | null;
  }>,
  limit: number,
): Promise<T[]> {
  const out: T[] = [];
  let cursor: string | undefined;
  for (;;) {
    const page = await list({ agencyId: AGENCY, limit, ...(cursor === undefined ? {} : { cursor }) });
    out.push(...page.items);
    if (page.nextCursor === null) return out;
    cursor = page.nextCursor;
  }
}

/** Keys whose byte order differs from UTF-16 order, case order and collation order. */
const AWKWARD_KEYS = [
  'a',
  'a ',
  'A',
  'B',
  'b',
  'Z',
  '_',
  'a-b',
  'ab',
  'é',
  'É',
  'e\u0301',
  'ä',
  'z',
  '中',
  '\uE000',
  '\uFFFD',
  '😀',
  '𝔸',
  '10',
  '9',
  'Ω',
];

const YEAR_2025 = YEAR;

for (const target of availableSqlTargets) {
  describe(`SQL store on ${target.name}`, () => {
    const opened: OpenedSqlDatabase[] = [];
    afterEach(async () => {
      while (opened.length > 0) await opened.pop()?.cleanup();
    });
    const open = async (options?: Parameters<SqlTarget['open']>[0]) => {
      const o = await target.open(options);
      opened.push(o);
      return o;
    };

    it('migrates once: a second run, and createSqlStore after it, change nothing', async () => {
      const { db } = await open({ store: false });
      expect(await migrateSqlStore(db)).toEqual({ executed: ['0001_initial', '0002_audit_hash_scheme'] });
      expect(await migrateSqlStore(db)).toEqual({ executed: [] });
      const store = await createSqlStore({ db });
      await store.saveResult(resultRecord('R1'), change);
      expect(await migrateSqlStore(db)).toEqual({ executed: [] });
      const names = (await db.introspection.getTables()).map((t) => t.name);
      for (const table of [...TABLES, 'kinerja_migration', 'kinerja_migration_lock'])
        expect(names).toContain(table);
      const ran = await rows<{ name: string }>(db, sql`select name from kinerja_migration`);
      expect(ran.map((r) => r.name)).toEqual(['0001_initial', '0002_audit_hash_scheme']);
      expect((await store.getResult(AGENCY, 'R1'))?.revision).toBe(1);
      // Another database beside it (on PostgreSQL: another schema of the same database, whose
      // migration tables have the same names) migrates on its own.
      const beside = await open({ store: false });
      expect(await migrateSqlStore(beside.db)).toEqual({
        executed: ['0001_initial', '0002_audit_hash_scheme'],
      });
    });

    it('every primary key leads with agency_id', async () => {
      const { db } = await open();
      const keys: Record<string, string[]> = {};
      for (const table of TABLES) keys[table] = await primaryKey(target, db, table);
      expect(keys).toEqual({
        kinerja_rulesets: ['agency_id', 'record_key'],
        kinerja_skps: ['agency_id', 'record_key'],
        kinerja_evaluations: ['agency_id', 'record_key'],
        kinerja_results: ['agency_id', 'record_key'],
        kinerja_unit_predikat: ['agency_id', 'record_key'],
        kinerja_ledger_entries: ['agency_id', 'record_key'],
        kinerja_audit_events: ['agency_id', 'seq'],
        kinerja_audit_heads: ['agency_id'],
      });
      // Keys compare in byte order whatever the database's collation.
      if (target.dialect === 'postgres') {
        const collations = await rows<{ column_name: string; collation_name: string | null }>(
          db,
          sql`select column_name, collation_name from information_schema.columns
            where table_schema = current_schema() and table_name = 'kinerja_results'
              and column_name in ('agency_id', 'record_key', 'unit_id', 'employee_id', 'period_start')
            order by column_name`,
        );
        expect(collations.map((c) => c.collation_name)).toEqual(['C', 'C', 'C', 'C', 'C']);
      }
      if (target.dialect === 'mysql') {
        for (const column of ['agency_id', 'record_key', 'unit_id', 'employee_id'])
          expect(await columnType(target, db, 'kinerja_results', column)).toBe('varbinary');
      }
    });

    it('stores decimals in text columns and reads them back character for character', async () => {
      const { db, store } = await open();
      const decimals = {
        tenth: '0.1',
        scaled: '0.10',
        digits30: '123456789012345678901.234567891',
        negative: '-0.000000000000000000000000000001',
      };
      for (const [id, score] of Object.entries(decimals)) {
        await store.saveResult(resultRecord(id, { result: scored(score) }), change);
      }
      await store.saveResult(resultRecord('none', { result: scored(null) }), change);
      const ak60 = '123456789012345678901234567890.123456789012345678901234567891';
      await store.appendLedgerEntry(ledgerEntry({ angkaKredit: ak60 }), change);
      await store.appendLedgerEntry(ledgerEntry({ angkaKredit: '-0.1' }), change);

      for (const [id, score] of Object.entries(decimals)) {
        expect((await store.getResult(AGENCY, id))?.result.score).toBe(score);
      }
      expect((await store.getResult(AGENCY, 'none'))?.result.score).toBeNull();
      expect((await store.listLedger(AGENCY, 'P-014')).map((e) => e.angkaKredit)).toEqual([ak60, '-0.1']);

      // The columns themselves hold the same text (what SQL readers see).
      const scores = await rows<{ record_key: unknown; score: unknown }>(
        db,
        sql`select record_key, score from kinerja_results order by record_key`,
      );
      const byKey = Object.fromEntries(
        scores.map((r) => [
          Buffer.isBuffer(r.record_key) ? r.record_key.toString('utf8') : r.record_key,
          r.score,
        ]),
      );
      expect(byKey).toEqual({ ...decimals, none: null });
      const ak = await rows<{ angka_kredit: unknown }>(
        db,
        sql`select angka_kredit from kinerja_ledger_entries order by record_key`,
      );
      expect(ak.map((r) => r.angka_kredit)).toEqual([ak60, '-0.1']);
      for (const [table, column] of [
        ['kinerja_results', 'score'],
        ['kinerja_ledger_entries', 'angka_kredit'],
        ['kinerja_results', 'doc'],
      ] as const) {
        expect(await columnType(target, db, table, column)).toMatch(/^(text|longtext)$/);
      }
    });

    it('keeps leap days and filters periods on them', async () => {
      const { store } = await open();
      await store.saveResult(resultRecord('leap', { period: LEAP }), change);
      await store.saveResult(resultRecord('year', { period: YEAR_2025 }), change);
      await store.setUnitPredikat(unitPredikat('dinkes', { period: LEAP }), change);
      expect((await store.getResult(AGENCY, 'leap'))?.period).toEqual({
        start: '2024-02-29',
        end: '2024-02-29',
      });
      const feb = range('2024-02-01', '2024-02-29');
      expect((await store.listResults({ agencyId: AGENCY, period: feb })).items.map((r) => r.id)).toEqual([
        'leap',
      ]);
      expect(
        (await store.listResults({ agencyId: AGENCY, period: range('2024-03-01', '2024-12-31') })).items,
      ).toEqual([]);
      expect((await store.getUnitPredikat(AGENCY, 'dinkes', LEAP))?.period).toEqual(LEAP);
      expect((await store.listUnitPredikat({ agencyId: AGENCY, period: feb })).items).toHaveLength(1);
    });

    it('lists in UTF-8 byte order, page by page, exactly as the memory store does', async () => {
      const { store } = await open();
      const memory = createMemoryStore();
      // Saved out of order, unit and employee ids awkward too.
      const records: ResultRecord[] = [...AWKWARD_KEYS].reverse().map((id, i) =>
        resultRecord(id, {
          unitId: i % 2 === 0 ? 'Unit' : 'unit',
          employeeId: AWKWARD_KEYS[i % 5] as string,
        }),
      );
      for (const s of [store, memory]) {
        await s.saveResults(records.slice(0, 10), change);
        for (const r of records.slice(10)) await s.saveResult(r, change);
      }
      const expected = [...AWKWARD_KEYS].sort(compareCodePoints);
      expect(expected.indexOf('\uE000')).toBeLessThan(expected.indexOf('😀')); // not UTF-16 order
      const sqlIds = (await listAll((q) => store.listResults(q), 3)).map((r) => r.id);
      const memoryIds = (await listAll((q) => memory.listResults(q), 3)).map((r) => r.id);
      expect(sqlIds).toEqual(expected);
      expect(memoryIds).toEqual(expected);
      // Filters compare exactly: 'unit' is not 'Unit', 'a' is not 'a '.
      for (const query of [
        { agencyId: AGENCY, unitId: 'unit' },
        { agencyId: AGENCY, unitId: 'Unit', limit: 4 },
        { agencyId: AGENCY, employeeId: 'a' },
        { agencyId: AGENCY, employeeId: 'a ' },
      ]) {
        const fromSql = await store.listResults(query);
        const fromMemory = await memory.listResults(query);
        expect(fromSql.items.map((r) => r.id)).toEqual(fromMemory.items.map((r) => r.id));
        expect(fromSql.items.length).toBeGreaterThan(0);
      }
      expect((await store.getResult(AGENCY, 'a '))?.id).toBe('a ');
      expect((await store.getResult(AGENCY, 'a  '))?.id).toBeUndefined();
      expect((await verifyAudit(store, AGENCY)).ok).toBe(true);
    });

    it('pages ledger entries of one employee by key prefix, not by collation', async () => {
      const { store } = await open();
      for (const employeeId of ['P', 'P#', 'p', 'P1', 'PZ']) {
        for (let i = 0; i < 3; i++) await store.appendLedgerEntry(ledgerEntry({ employeeId }), change);
      }
      for (const employeeId of ['P', 'P#', 'p']) {
        const entries = await store.listLedger(AGENCY, employeeId);
        expect(entries.map((e) => [e.employeeId, e.seq])).toEqual([
          [employeeId, 1],
          [employeeId, 2],
          [employeeId, 3],
        ]);
      }
    });

    it('refuses values a database would alter or reject, before writing anything', async () => {
      const { store } = await open();
      const tooLong = 'u'.repeat(201);
      await expect(store.saveResult(resultRecord('R1', { unitId: tooLong }), change)).rejects.toMatchObject({
        code: 'storage.value-too-long',
      });
      // The core refuses ids no database stores as is, for every adapter alike.
      await expect(store.saveResult(resultRecord('R\uD800'), change)).rejects.toMatchObject({
        code: 'storage.invalid-id',
      });
      await expect(
        store.saveResult(resultRecord('R2'), { ...change, actor: 'hr\u0000' }),
      ).rejects.toBeInstanceOf(StoreError);
      await expect(
        store.saveResults([resultRecord('R3'), resultRecord('R4', { employeeId: 'e'.repeat(300) })], change),
      ).rejects.toMatchObject({ code: 'storage.value-too-long' });
      expect((await store.listResults({ agencyId: AGENCY })).items).toEqual([]);
      expect((await store.listAudit(AGENCY)).items).toEqual([]);
      // The longest allowed ids are stored.
      const longest = 'ü'.repeat(200);
      await store.saveResult(resultRecord('é'.repeat(200), { unitId: longest, employeeId: longest }), change);
      expect((await store.listResults({ agencyId: AGENCY, unitId: longest })).items).toHaveLength(1);
    });

    it('a multi-row insert that meets an existing key writes nothing and returns false', async () => {
      const { db } = await open();
      const backend = createSqlBackend({
        kysely,
        db: db as Kysely<LooseDb>,
        dialect: target.dialect,
        tablePrefix: 'kinerja_',
        capabilities: { adapter: target.name, persistent: false, concurrentConnections: false },
        busyTimeoutMs: 1000,
      });
      const row = (key: string): StoreRow => ({
        kind: 'skp',
        agencyId: AGENCY,
        key,
        revision: 1,
        unitId: 'u',
        employeeId: 'e',
        periodStart: '2025-01-01',
        periodEnd: '2025-12-31',
        state: 'draft',
        columns: {},
        doc: `{"id":"${key}"}`,
      });
      expect(await backend.transaction((tx) => tx.insert([row('k2')]))).toBe(true);
      const result = await backend.transaction(async (tx) => {
        const inserted = await tx.insert([row('k1'), row('k3'), row('k2')]);
        // The transaction is still usable after the refused insert.
        return {
          inserted,
          after: (await tx.list({ kind: 'skp', agencyId: AGENCY, limit: 10 })).map((r) => r.key),
        };
      });
      expect(result).toEqual({ inserted: false, after: ['k2'] });
      expect(await backend.transaction((tx) => tx.insert([row('k1'), row('k1')]))).toBe(false);
      expect(await backend.transaction((tx) => tx.update(row('k2'), 2))).toBe(false);
      expect(await backend.transaction((tx) => tx.update({ ...row('k2'), revision: 2 }, 1))).toBe(true);
      const stored = await backend.transaction((tx) => tx.getMany('skp', AGENCY, ['k1', 'k2', 'k2', 'k3']));
      expect(stored.map((r) => [r.key, r.revision])).toEqual([['k2', 2]]);
    });

    it('joins a Kysely transaction it is given: the caller commits or rolls back', async () => {
      const { db, store } = await open();
      await expect(
        db.transaction().execute(async (trx) => {
          const inner = await createSqlStore({ db: trx, migrate: false });
          await inner.saveResult(resultRecord('rolled-back'), change);
          expect((await inner.getResult(AGENCY, 'rolled-back'))?.revision).toBe(1);
          throw new Error('abort');
        }),
      ).rejects.toThrow('abort');
      expect(await store.getResult(AGENCY, 'rolled-back')).toBeNull();
      await db.transaction().execute(async (trx) => {
        const inner = await createSqlStore({ db: trx, migrate: false });
        await inner.transaction(async (tx) => {
          await tx.saveResult(resultRecord('committed'), change);
        });
      });
      expect((await store.getResult(AGENCY, 'committed'))?.revision).toBe(1);
      expect((await verifyAudit(store, AGENCY)).ok).toBe(true);
    });

    it('keeps stores with different table prefixes apart', async () => {
      const { db, store } = await open();
      const other = await createSqlStore({ db, tablePrefix: 'other_kinerja_' });
      await store.saveResult(resultRecord('R1'), change);
      await other.saveResult(resultRecord('R2'), change);
      expect((await store.listResults({ agencyId: AGENCY })).items.map((r) => r.id)).toEqual(['R1']);
      expect((await other.listResults({ agencyId: AGENCY })).items.map((r) => r.id)).toEqual(['R2']);
      expect((await other.listAudit(AGENCY)).items.map((e) => e.seq)).toEqual([1]);
      const names = (await db.introspection.getTables()).map((t) => t.name);
      expect(names).toContain('other_kinerja_results');
      expect(names).toContain('other_kinerja_migration');
      await expect(createSqlStore({ db, tablePrefix: 'bad-prefix' })).rejects.toMatchObject({
        code: 'storage.sql-options',
      });
    });

    it('reports its capabilities, and close() leaves the given db open', async () => {
      const { db, store } = await open();
      const expected: Record<string, object> = {
        'sqlite-memory': { adapter: 'sqlite', persistent: false, concurrentConnections: false },
        'sqlite-file': { adapter: 'sqlite', persistent: true, concurrentConnections: true },
        pglite: { adapter: 'pglite', persistent: false, concurrentConnections: false },
        postgres: { adapter: 'postgres', persistent: true, concurrentConnections: true },
        mysql: { adapter: 'mysql', persistent: true, concurrentConnections: true },
      };
      expect(store.capabilities).toEqual(expected[target.name]);
      await store.close();
      expect(await rows(db, sql`select 1 as one`)).toEqual([{ one: 1 }]);
      const named = await createSqlStore({ db, migrate: false, capabilities: { persistent: true } });
      expect(named.capabilities.persistent).toBe(true);
    });

    if (target.concurrent) {
      it('a writer on another connection waits for the transaction that holds the agency', async () => {
        const o = await open();
        const other = await createSqlStore({ db: await o.connect(), migrate: false });
        // The agency's audit head exists (committed): the second writer must wait for its lock.
        await o.store.saveResult(resultRecord('zero'), change);
        let release: () => void = () => {};
        const gate = new Promise<void>((resolve) => {
          release = resolve;
        });
        let entered: () => void = () => {};
        const inside = new Promise<void>((resolve) => {
          entered = resolve;
        });
        const first = o.store.transaction(async (tx) => {
          await tx.saveResult(resultRecord('first'), change);
          entered();
          await gate;
        });
        await inside;
        let finished = false;
        const second = other.saveResult(resultRecord('second'), { ...change, actor: 'hr-02' }).then((r) => {
          finished = true;
          return r;
        });
        await sleep(300);
        expect(finished).toBe(false);
        release();
        await first;
        expect((await second).revision).toBe(1);
        const events = (await o.store.listAudit(AGENCY)).items;
        expect(events.map((e) => [e.seq, e.entity.id])).toEqual([
          [1, 'zero'],
          [2, 'first'],
          [3, 'second'],
        ]);
        expect((await verifyAudit(o.store, AGENCY)).ok).toBe(true);
        if (target.dialect === 'sqlite') {
          // A writer gives up after busyTimeoutMs (SQLITE_BUSY), without blocking the event loop.
          const impatient = await createSqlStore({
            db: await o.connect(),
            migrate: false,
            busyTimeoutMs: 50,
          });
          let hold: () => void = () => {};
          const held = new Promise<void>((resolve) => {
            hold = resolve;
          });
          let started: () => void = () => {};
          const begun = new Promise<void>((resolve) => {
            started = resolve;
          });
          const holder = o.store.transaction(async (tx) => {
            await tx.saveResult(resultRecord('third'), change);
            started();
            await held;
          });
          await begun;
          await expect(impatient.saveResult(resultRecord('fourth'), change)).rejects.toMatchObject({
            code: 'storage.busy',
            retryable: true,
          });
          hold();
          await holder;
          expect((await impatient.saveResult(resultRecord('fourth'), change)).revision).toBe(1);
        }
      });
    }

    it('reads integers exactly however the driver returns them (bigint seq, string counts)', async () => {
      const { store } = await open();
      const many: EvaluationStore = store;
      for (let i = 0; i < 3; i++) await many.saveResult(resultRecord(`R${i}`), change);
      const events = (await many.listAudit(AGENCY)).items;
      expect(events.map((e) => [typeof e.seq, e.seq, typeof e.revision])).toEqual([
        ['number', 1, 'number'],
        ['number', 2, 'number'],
        ['number', 3, 'number'],
      ]);
    });
  });
}

describe('createSqlStore options', () => {
  it('refuses what it cannot use, with a StoreError naming the problem', async () => {
    const target = availableSqlTargets[0] as SqlTarget;
    const { db, cleanup } = await target.open({ store: false });
    try {
      for (const options of [
        { db: {} },
        { db, tablePrefix: '' },
        { db, tablePrefix: 'x'.repeat(31) },
        { db, dialect: 'oracle' },
        { db, busyTimeoutMs: -1 },
      ]) {
        await expect(createSqlStore(options as never)).rejects.toMatchObject({ code: 'storage.sql-options' });
      }
      expect(await rows(db, sql`select 1 as one`)).toEqual([{ one: 1 }]);
    } finally {
      await cleanup();
    }
  });
});

describe('prefixEnd (the upper bound of a key prefix in byte order)', () => {
  it('increments the last code point, skipping surrogates and carrying past U+10FFFF', () => {
    expect(prefixEnd('E1#')).toBe('E1$');
    expect(prefixEnd('a\uD7FF')).toBe('a\uE000');
    expect(prefixEnd('a\u{10FFFF}')).toBe('b');
    expect(prefixEnd('\u{10FFFF}')).toBeNull();
    expect(prefixEnd('😀')).toBe('😁');
  });
});
