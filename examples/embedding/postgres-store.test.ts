import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
// Typechecked against the source; the example itself imports kinerja/storage as users do.
import { createPgliteDialect } from '../../src/storage/index';

// The example is plain JavaScript, as users run it with node; imported here by URL.
interface Outcome {
  evaluation: { state: string; revision: number; history: Array<{ action: string }> };
  evaluations: Array<{ id: string; state: string }>;
  results: Array<{ id: string; evaluationId: string | null; result: { predikat: string; ruleset: unknown } }>;
  audit: { ok: boolean; events: number; records: number; broken: unknown; head: string | null };
}
const { runStoreExample } = (await import(
  pathToFileURL(resolve(import.meta.dirname, 'postgres-store.mjs')).href
)) as {
  runStoreExample: (
    db: Kysely<unknown>,
    options?: { agencyId?: string; tablePrefix?: string },
  ) => Promise<Outcome>;
};

function check(out: Outcome): void {
  // open, self-assess, assess, start-dialogue, record-dialogue, finalise, release
  expect(out.evaluation.history.map((h) => h.action)).toEqual([
    'open',
    'self-assess',
    'assess',
    'start-dialogue',
    'record-dialogue',
    'finalise',
    'release',
  ]);
  expect(out.evaluation.state).toBe('released');
  expect(out.evaluation.revision).toBe(7);
  expect(out.evaluations.map((e) => [e.id, e.state])).toEqual([['EV-2025-06-0001', 'released']]);
  expect(out.results).toHaveLength(1);
  // RHK ratings of record sesuai and di atas: mean 2.5 is sesuai; perilaku sesuai: baik
  expect(out.results[0]?.result.predikat).toBe('baik');
  expect(out.results[0]?.result.ruleset).toEqual({ id: 'pemkot-pontianak', version: 1 });
  expect(out.results[0]?.evaluationId).toBe('EV-2025-06-0001');
  // 1 ruleset + 7 evaluation saves + 1 result; 3 records checked against their last event
  expect(out.audit).toMatchObject({ ok: true, events: 9, records: 3, broken: null });
}

describe('a store on PostgreSQL (examples/embedding/postgres-store.mjs)', () => {
  it('runs on PGlite', { timeout: 120_000 }, async () => {
    const db = new Kysely({ dialect: await createPgliteDialect(new PGlite(), { closeOnDestroy: true }) });
    try {
      check(await runStoreExample(db));
    } finally {
      await db.destroy();
    }
  });

  const url = process.env.KINERJA_TEST_POSTGRES_URL?.trim();
  // Like the storage suites: the PostgreSQL target is left out when its server is not configured.
  if (url)
    it('runs on the PostgreSQL server of KINERJA_TEST_POSTGRES_URL', { timeout: 120_000 }, async () => {
      const db = new Kysely({
        dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: url }) }),
      });
      // A fresh agency and table prefix per run: the server may hold earlier runs.
      const run = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
      try {
        check(await runStoreExample(db, { agencyId: `pontianak-${run}`, tablePrefix: `kinerja_ex_${run}_` }));
      } finally {
        await db.destroy();
      }
    });
});
