// The `storage` bench cases: a bulk save of 100,000 scored results through `saveResults` (10,000
// per call, each call one transaction with its audit events), then listing them all back through
// `listResults` (pages of 1,000), on each adapter: memory, SQLite (a file, WAL), PGlite (in
// memory), and PostgreSQL and MariaDB when KINERJA_TEST_POSTGRES_URL / KINERJA_TEST_MYSQL_URL are
// set (a fresh database `kinerja_bench`, dropped afterwards). The results are real
// permenpanrb-6-2022 results with their explanation (about 4 KB of JSON each), scored from seeded
// inputs before each call; only the store calls are timed. Goal: at least 20,000 rows/s saved on
// SQLite and PostgreSQL.
//
// run.mjs runs it as the case `storage` (in its own child process); on its own:
//
//   node bench/storage.mjs [--n <results>] [--only sqlite,postgres]
//
// Reads ../dist/index.js and ../dist/storage.js (run `npm run build` first).

import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { GENERATORS, mulberry32 } from './generators.mjs';

/** n inputs generated one at a time (a sync iterator: the inputs are scored between store calls). */
function* inputsOf(seed, n) {
  const gen = GENERATORS[PACK];
  const rng = mulberry32(seed);
  for (let i = 0; i < n; i++) yield gen(rng, i);
}

const PACK = 'permenpanrb-6-2022';
const SEED = 6_2026;
const CHUNK = 10_000;
const PAGE = 1000;

/** The case as run.mjs lists it. `n` is the number of results saved per adapter. */
export const STORAGE_CASE = {
  id: 'storage',
  group: 'storage',
  pack: PACK,
  api: 'saveResults',
  n: 100_000,
  weight: 0.6,
};

/** The goals, as run.mjs checks goals. */
export const STORAGE_GOALS = [
  {
    name: 'SQLite: bulk save of 100,000 results ≥ 20,000 rows/s',
    caseId: 'store-sqlite-save',
    perSecond: 20_000,
  },
  {
    name: 'PostgreSQL: bulk save of 100,000 results ≥ 20,000 rows/s',
    caseId: 'store-postgres-save',
    perSecond: 20_000,
  },
];

/** Opens each adapter: `{ store, close }`, or null when its server is not configured. */
const ADAPTERS = {
  async memory(storage) {
    const store = storage.createMemoryStore();
    return { store, close: () => store.close() };
  },
  async sqlite(storage) {
    const dir = mkdtempSync(join(os.tmpdir(), 'kinerja-bench-'));
    const store = await storage.openStore(`sqlite:${join(dir, 'bench.db')}`);
    return {
      store,
      close: async () => {
        await store.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  },
  async pglite(storage) {
    const { PGlite } = await import('@electric-sql/pglite');
    const { Kysely } = await import('kysely');
    const pg = new PGlite();
    const db = new Kysely({ dialect: await storage.createPgliteDialect(pg) });
    const store = await storage.createSqlStore({ db, capabilities: { adapter: 'pglite' } });
    return {
      store,
      close: async () => {
        await store.close();
        await db.destroy();
      },
    };
  },
  postgres: (storage) =>
    onServer(storage, 'KINERJA_TEST_POSTGRES_URL', async (url) => {
      const pg = (await import('pg')).default;
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      return { query: (q) => client.query(q), end: () => client.end() };
    }),
  mysql: (storage) =>
    onServer(storage, 'KINERJA_TEST_MYSQL_URL', async (url) => {
      const mysql = await import('mysql2/promise');
      const connection = await mysql.createConnection({ uri: url });
      return { query: (q) => connection.query(q), end: () => connection.end() };
    }),
};

/**
 * A store on the server of `variable` (null when it is not set), in a fresh database
 * `kinerja_bench` created and dropped through an admin connection (`admin(url)`).
 */
async function onServer(storage, variable, admin) {
  const url = process.env[variable];
  if (!url) return null;
  const db = await admin(url);
  await db.query('DROP DATABASE IF EXISTS kinerja_bench');
  await db.query('CREATE DATABASE kinerja_bench');
  const target = new URL(url);
  target.pathname = '/kinerja_bench';
  const store = await storage.openStore(target.toString());
  return {
    store,
    close: async () => {
      await store.close();
      await db.query('DROP DATABASE IF EXISTS kinerja_bench');
      await db.end();
    },
  };
}

/** The results of the next `count` generated inputs, as records filed under agency `bench`. */
function nextRecords(kinerja, compiled, inputs, start, count) {
  const records = [];
  for (let i = 0; i < count; i++) {
    const next = inputs.next();
    if (next.done) break;
    const r = kinerja.scoreEvaluation(compiled, next.value);
    if (!r.ok) throw new Error(`bench input ${start + i} was rejected: ${kinerja.formatIssue(r.issues[0])}`);
    const n = start + i;
    records.push({
      agencyId: 'bench',
      id: `E${String(n).padStart(7, '0')}/2025`,
      evaluationId: null,
      unitId: `u${n % 200}`,
      employeeId: `E${String(n).padStart(7, '0')}`,
      period: { start: '2025-01-01', end: '2025-12-31' },
      result: r.value,
    });
  }
  return records;
}

function row(name, api, rows, seconds, cpuSeconds, extra = {}) {
  return {
    name,
    pack: PACK,
    api,
    status: 'done',
    evaluations: rows,
    seconds: Math.round(seconds * 1000) / 1000,
    perSecond: Math.round(rows / seconds),
    ratioToReference: null,
    peakHeapMB: null,
    cpuSeconds: Math.round(cpuSeconds * 1000) / 1000,
    perCpuSecond: Math.round(rows / cpuSeconds),
    loadAverage: [Math.round(os.loadavg()[0] * 100) / 100],
    ...extra,
  };
}

function pending(name, api, reason) {
  console.error(`${name}: ${reason}: pending`);
  return {
    name,
    pack: PACK,
    api,
    status: 'pending',
    evaluations: 0,
    seconds: null,
    perSecond: null,
    ratioToReference: null,
    peakHeapMB: null,
  };
}

/** Runs the save and list cases on every adapter (or those in `only`); returns run.mjs rows. */
export async function runStorage(kinerja, { n = STORAGE_CASE.n, only } = {}) {
  const storage = await import('../dist/storage.js');
  const compiled = kinerja.unwrap(kinerja.compileRuleset(PACK));
  const rows = [];
  for (const [adapter, open] of Object.entries(ADAPTERS)) {
    if (only && !only.includes(adapter)) continue;
    const save = `store-${adapter}-save`;
    const list = `store-${adapter}-list`;
    const opened = await open(storage);
    if (opened === null) {
      const variable = adapter === 'postgres' ? 'KINERJA_TEST_POSTGRES_URL' : 'KINERJA_TEST_MYSQL_URL';
      rows.push(
        pending(save, 'saveResults', `${variable} is not set`),
        pending(list, 'listResults', 'not run'),
      );
      continue;
    }
    const { store } = opened;
    try {
      // Warm-up: one small call (JIT, the schema's first statements), in another agency.
      const warm = nextRecords(kinerja, compiled, inputsOf(SEED + 1, 500), 0, 500);
      await store.saveResults(
        warm.map((r) => ({ ...r, agencyId: 'warm-up' })),
        { actor: 'bench', at: '2025-12-31T00:00:00Z' },
      );
      const inputs = inputsOf(SEED, n);
      let saved = 0;
      let seconds = 0;
      let cpu = 0;
      while (saved < n) {
        const records = nextRecords(kinerja, compiled, inputs, saved, Math.min(CHUNK, n - saved));
        if (records.length === 0) break;
        const c0 = process.cpuUsage();
        const t0 = process.hrtime.bigint();
        await store.saveResults(records, { actor: 'bench', at: '2025-12-31T00:00:00Z' });
        seconds += Number(process.hrtime.bigint() - t0) / 1e9;
        const c = process.cpuUsage(c0);
        cpu += (c.user + c.system) / 1e6;
        saved += records.length;
      }
      console.error(
        `${save}: ${saved.toLocaleString('en')} results in ${seconds.toFixed(2)} s = ${Math.round(saved / seconds).toLocaleString('en')} rows/s`,
      );
      rows.push(row(save, 'saveResults', saved, seconds, cpu, { chunk: CHUNK }));

      const c0 = process.cpuUsage();
      const t0 = process.hrtime.bigint();
      let listed = 0;
      let cursor;
      do {
        const page = await store.listResults({
          agencyId: 'bench',
          limit: PAGE,
          ...(cursor ? { cursor } : {}),
        });
        listed += page.items.length;
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      const listSeconds = Number(process.hrtime.bigint() - t0) / 1e9;
      const c = process.cpuUsage(c0);
      if (listed !== saved) throw new Error(`${list}: listed ${listed} of ${saved} results`);
      console.error(
        `${list}: ${listed.toLocaleString('en')} results in ${listSeconds.toFixed(2)} s = ${Math.round(listed / listSeconds).toLocaleString('en')} rows/s`,
      );
      rows.push(row(list, 'listResults', listed, listSeconds, (c.user + c.system) / 1e6, { page: PAGE }));
    } finally {
      await opened.close();
    }
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const at = (flag) => {
    const i = args.indexOf(flag);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const kinerja = await import('../dist/index.js');
  const n = at('--n') === undefined ? undefined : Number(at('--n'));
  const only = at('--only')?.split(',');
  const rows = await runStorage(kinerja, { n, only });
  console.log(JSON.stringify(rows, null, 2));
}
