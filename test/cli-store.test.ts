/**
 * `kinerja score --store` and `kinerja audit verify`, end to end on SQLite files: results and
 * audit events are saved, the chain verifies, and a record or an event edited directly in SQL is
 * named by `audit verify` with exit 1.
 */
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openStore } from '../src/storage/index';
import { cli, tempDir } from './support/cli';

const evaluations = [
  {
    employee: { id: 'E001' },
    period: { start: '2025-01-01', end: '2025-12-31' },
    ratings: { 'hasil-kerja': 'di-atas-ekspektasi', perilaku: 'sesuai-ekspektasi' },
  },
  {
    employee: { id: 'E002' },
    period: { start: '2025-01-01', end: '2025-12-31' },
    ratings: { 'hasil-kerja': 'sesuai-ekspektasi', perilaku: 'sesuai-ekspektasi' },
  },
  {
    employee: { id: 'E003' },
    organisation: { unitId: 'kec-barat' },
    period: { start: '2025-01-01', end: '2025-12-31' },
    ratings: { 'hasil-kerja': 'di-bawah-ekspektasi', perilaku: 'sesuai-ekspektasi' },
  },
];

async function scored(): Promise<{ dir: string; url: string }> {
  const dir = await tempDir({ 'pegawai.json': JSON.stringify(evaluations) });
  const args = ['score', '-r', 'permenpanrb-6-2022', 'pegawai.json', '--format', 'json'];
  const store = ['--store', 'sqlite:kinerja.db', '--agency', 'pontianak', '--at', '2025-12-31T08:00:00Z'];
  const ran = await cli([...args, ...store, '--unit', 'dinkes', '--locale', 'en'], { cwd: dir });
  expect(ran.stderr).toContain('3 results saved');
  expect(ran.code).toBe(0);
  return { dir, url: `sqlite:${join(dir, 'kinerja.db')}` };
}

describe('kinerja score --store', () => {
  it('saves every result with an audit event, filed by employee and period, in its unit', async () => {
    const { url } = await scored();
    const store = await openStore(url);
    try {
      const page = await store.listResults({ agencyId: 'pontianak' });
      expect(page.items.map((r) => r.id)).toEqual([
        'E001/2025-01-01/2025-12-31',
        'E002/2025-01-01/2025-12-31',
        'E003/2025-01-01/2025-12-31',
      ]);
      // --unit, unless the input names its unit (organisation.unitId).
      expect(page.items.map((r) => [r.unitId, r.result.predikat])).toEqual([
        ['dinkes', 'baik'],
        ['dinkes', 'baik'],
        ['kec-barat', 'butuh-perbaikan'],
      ]);
      const audit = await store.listAudit('pontianak');
      expect(audit.items.map((e) => [e.seq, e.actor, e.at, e.action])).toEqual([
        [1, 'kinerja-cli', '2025-12-31T08:00:00Z', 'create'],
        [2, 'kinerja-cli', '2025-12-31T08:00:00Z', 'create'],
        [3, 'kinerja-cli', '2025-12-31T08:00:00Z', 'create'],
      ]);
    } finally {
      await store.close();
    }
  });

  it('requires --agency with --store, and a valid --at and store URL', async () => {
    const dir = await tempDir({ 'pegawai.json': JSON.stringify(evaluations) });
    const base = ['score', '-r', 'permenpanrb-6-2022', 'pegawai.json', '--locale', 'en'];
    const noAgency = await cli([...base, '--store', 'memory'], { cwd: dir });
    expect(noAgency.code).toBe(2);
    expect(noAgency.stderr).toContain('--agency is required');
    const badAt = await cli([...base, '--store', 'memory', '--agency', 'a', '--at', 'yesterday'], {
      cwd: dir,
    });
    expect(badAt.code).toBe(2);
    // The store's own rule for `at`, asked before anything is scored or written.
    expect(badAt.stderr).toContain('ISO 8601 timestamp with a zone');
    expect(badAt.stdout).toBe('');
    const badUrl = await cli([...base, '--store', 'oracle://x', '--agency', 'a'], { cwd: dir });
    expect(badUrl.code).toBe(2);
    expect(badUrl.stderr).toContain('sqlite:PATH');
  });

  it('saves to the memory store and says it is not kept', async () => {
    const dir = await tempDir({ 'pegawai.json': JSON.stringify(evaluations) });
    const ran = await cli(
      [
        'score',
        '-r',
        'permenpanrb-6-2022',
        'pegawai.json',
        '--store',
        'memory',
        '--agency',
        'a',
        '--locale',
        'en',
      ],
      { cwd: dir },
    );
    expect(ran.code).toBe(0);
    expect(ran.stderr).toContain('3 results saved to memory');
    expect(ran.stderr).toContain('not kept');
  });
});

describe('kinerja audit verify', () => {
  it('reports an intact chain with exit 0', async () => {
    const { dir } = await scored();
    const ran = await cli(['audit', 'verify', '--store', 'sqlite:kinerja.db', '--locale', 'en'], {
      cwd: dir,
    });
    expect(ran.stderr).toBe('');
    expect(ran.stdout).toMatch(/^ok {6}pontianak: 3 events, 3 records match, head [0-9a-f]{16}\n$/);
    expect(ran.code).toBe(0);
    const json = await cli(['audit', 'verify', '--store', 'sqlite:kinerja.db', '--format', 'json'], {
      cwd: dir,
    });
    expect(JSON.parse(json.stdout)).toMatchObject([
      { agencyId: 'pontianak', ok: true, events: 3, broken: null },
    ]);
  });

  it('names a record changed directly in SQL, exit 1', async () => {
    const { dir } = await scored();
    const db = new Database(join(dir, 'kinerja.db'));
    const tables = db
      .prepare("select name from sqlite_master where type = 'table' and name like '%result%'")
      .all() as Array<{ name: string }>;
    const table = tables.map((t) => t.name).find((n) => !n.includes('migration'));
    expect(table).toBeDefined();
    const row = db
      .prepare(`select doc from ${table} where record_key = ?`)
      .get('E003/2025-01-01/2025-12-31') as {
      doc: string;
    };
    db.prepare(`update ${table} set doc = ? where record_key = ?`).run(
      row.doc.replace('"butuh-perbaikan"', '"baik"'),
      'E003/2025-01-01/2025-12-31',
    );
    db.close();
    const ran = await cli(['audit', 'verify', '--store', 'sqlite:kinerja.db', '--locale', 'en'], {
      cwd: dir,
    });
    expect(ran.code).toBe(1);
    expect(ran.stdout).toContain('BROKEN  pontianak');
    expect(ran.stdout).toContain('E003/2025-01-01/2025-12-31');
  });

  it('names an event changed directly in SQL, exit 1', async () => {
    const { dir } = await scored();
    const db = new Database(join(dir, 'kinerja.db'));
    const tables = db
      .prepare("select name from sqlite_master where type = 'table' and name like '%audit_event%'")
      .all() as Array<{ name: string }>;
    const table = tables[0]?.name;
    expect(table).toBeDefined();
    db.prepare(`update ${table} set actor = 'someone-else' where seq = 2`).run();
    db.close();
    const ran = await cli(['audit', 'verify', '--store', 'sqlite:kinerja.db', '--locale', 'en'], {
      cwd: dir,
    });
    expect(ran.code).toBe(1);
    expect(ran.stdout).toContain('event 2');
  });

  it('rejects a missing subcommand or store', async () => {
    expect((await cli(['audit', '--store', 'memory'])).code).toBe(2);
    expect((await cli(['audit', 'verify'])).code).toBe(2);
    const empty = await cli(['audit', 'verify', '--store', 'memory', '--locale', 'en']);
    expect(empty.code).toBe(0);
    expect(empty.stdout).toContain('no audit log');
  });
});

/** The servers of .ci/run, when configured: score --store and audit verify through their URLs. */
const servers = [
  { name: 'PostgreSQL', url: process.env.KINERJA_TEST_POSTGRES_URL },
  { name: 'MariaDB/MySQL', url: process.env.KINERJA_TEST_MYSQL_URL },
].filter((s): s is { name: string; url: string } => typeof s.url === 'string' && s.url !== '');

/** Creates a fresh database on the server of `url`; returns its URL and a drop function. */
async function freshDatabase(url: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `kinerja_cli_${process.pid}_${Date.now() % 1_000_000}`;
  const target = new URL(url);
  target.pathname = `/${name}`;
  if (url.startsWith('postgres')) {
    const pg = (await import('pg')).default;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`create database ${name}`);
    return {
      url: target.toString(),
      drop: async () => {
        await admin.query(`drop database if exists ${name}`);
        await admin.end();
      },
    };
  }
  const mysql = await import('mysql2/promise');
  const admin = await mysql.createConnection({ uri: url });
  await admin.query(`create database ${name}`);
  return {
    url: target.toString(),
    drop: async () => {
      await admin.query(`drop database if exists ${name}`);
      await admin.end();
    },
  };
}

for (const server of servers) {
  describe(`kinerja score --store and audit verify on ${server.name}`, () => {
    it('saves the results with their audit events, and the chain verifies', async () => {
      const db = await freshDatabase(server.url);
      try {
        const dir = await tempDir({ 'pegawai.json': JSON.stringify(evaluations) });
        const ran = await cli(
          ['score', '-r', 'permenpanrb-6-2022', 'pegawai.json', '--format', 'json', '--locale', 'en'].concat([
            '--store',
            db.url,
            '--agency',
            'serang',
            '--at',
            '2025-12-31',
          ]),
          { cwd: dir },
        );
        expect(ran.stderr).toContain('3 results saved');
        expect(ran.code).toBe(0);
        const verified = await cli(['audit', 'verify', '--store', db.url, '--locale', 'en']);
        expect(verified.stdout).toMatch(/^ok {6}serang: 3 events, 3 records match/);
        expect(verified.code).toBe(0);
      } finally {
        await db.drop();
      }
    }, 60_000);
  });
}
