/**
 * `kinerja audit head` and `kinerja audit verify --expect`, and the operator mistakes of
 * `kinerja audit` (issue 12), end to end on SQLite files: checkpoints printed and checked, a
 * truncated chain with its head rewritten found only with a checkpoint, a missing SQLite file or
 * a file that is not a store refused (exit 2) without creating anything, an unknown or malformed
 * `--agency` refused before any output. No output ever holds a stack trace.
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { formatJsonSchema } from '../src/index';
import { cli, type Ran, tempDir } from './support/cli';

const evaluations = ['E001', 'E002', 'E003'].map((id) => ({
  employee: { id },
  period: { start: '2025-01-01', end: '2025-12-31' },
  ratings: { 'hasil-kerja': 'sesuai-ekspektasi', perilaku: 'sesuai-ekspektasi' },
}));

/** A folder with kinerja.db holding three results (and events) of `pontianak` and one of `serang`. */
async function scored(): Promise<string> {
  const dir = await tempDir({ 'pegawai.json': JSON.stringify(evaluations) });
  for (const [agency, file] of [
    ['pontianak', 'pegawai.json'],
    ['serang', 'pegawai.json'],
  ]) {
    const ran = await cli(
      [
        'score',
        '-r',
        'permenpanrb-6-2022',
        file as string,
        '--format',
        'json',
        '--store',
        'sqlite:kinerja.db',
        '--agency',
        agency as string,
        '--at',
        '2025-12-31T08:00:00Z',
        '--unit',
        'dinkes',
      ],
      { cwd: dir },
    );
    expect(ran.code).toBe(0);
  }
  return dir;
}

/** No stack trace in either stream. */
function noTrace(ran: Ran): void {
  expect(`${ran.stdout}${ran.stderr}`).not.toMatch(/\n\s+at .+:\d+:\d+|Error: .*\n\s+at /);
}

const run = (dir: string, ...args: string[]) => cli(['audit', ...args, '--locale', 'en'], { cwd: dir });

describe('kinerja audit head', () => {
  it('prints each agency head; --format json is exactly the checkpoint file', async () => {
    const dir = await scored();
    const text = await run(dir, 'head', '--store', 'sqlite:kinerja.db');
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(
      /^pontianak {2}event 3 {2}[0-9a-f]{64} {2}2025-12-31T08:00:00Z {2}rfc8785-sha256\nserang {2}event 3 {2}[0-9a-f]{64} {2}2025-12-31T08:00:00Z {2}rfc8785-sha256\n$/,
    );
    const json = await run(
      dir,
      'head',
      '--store',
      'sqlite:kinerja.db',
      '--format',
      'json',
      '--agency',
      'serang',
    );
    expect(json.code).toBe(0);
    const checkpoint = JSON.parse(json.stdout);
    expect(checkpoint).toMatchObject({
      version: 1,
      heads: [{ agencyId: 'serang', seq: 3, at: '2025-12-31T08:00:00Z', scheme: 'rfc8785-sha256' }],
    });
    expect(json.stdout).toBe(`${JSON.stringify(checkpoint, null, 2)}\n`);
    // The format is registered: `kinerja schema audit-checkpoint` prints its JSON Schema.
    const schema = await cli(['schema', 'audit-checkpoint']);
    expect(schema.code).toBe(0);
    const registered = formatJsonSchema('audit-checkpoint');
    expect(registered.ok && JSON.parse(schema.stdout)).toEqual(registered.ok && registered.value);
  });

  it('refuses to print the head of a broken chain (exit 1)', async () => {
    const dir = await scored();
    const db = new Database(join(dir, 'kinerja.db'));
    db.prepare("delete from kinerja_audit_heads where agency_id = 'serang'").run();
    db.close();
    const ran = await run(dir, 'head', '--store', 'sqlite:kinerja.db');
    expect(ran.code).toBe(1);
    expect(ran.stdout).toBe('');
    expect(ran.stderr).toContain('The audit head of the agency "serang" is not published');
    expect(ran.stderr).toContain('[audit.head-missing]');
    noTrace(ran);
  });
});

describe('kinerja audit verify --expect', () => {
  it('passes against a fresh checkpoint, and finds a truncation the head row no longer shows', async () => {
    const dir = await scored();
    const head = await run(dir, 'head', '--store', 'sqlite:kinerja.db', '--format', 'json');
    await writeFile(join(dir, 'checkpoint.json'), head.stdout);
    const ok = await run(dir, 'verify', '--store', 'sqlite:kinerja.db', '--expect', 'checkpoint.json');
    expect(ok.code).toBe(0);
    expect(ok.stdout.split('\n').filter((l) => l.startsWith('ok'))).toHaveLength(2);

    // The last event of pontianak deleted, with its record, and the head row moved back.
    const db = new Database(join(dir, 'kinerja.db'));
    const last = db
      .prepare(
        "select entity_id, seq from kinerja_audit_events where agency_id = 'pontianak' order by seq desc",
      )
      .get() as { entity_id: string; seq: number };
    db.prepare("delete from kinerja_audit_events where agency_id = 'pontianak' and seq = ?").run(last.seq);
    db.prepare("delete from kinerja_results where agency_id = 'pontianak' and record_key = ?").run(
      last.entity_id,
    );
    const prev = db
      .prepare("select hash from kinerja_audit_events where agency_id = 'pontianak' and seq = ?")
      .get(last.seq - 1) as { hash: string };
    db.prepare("update kinerja_audit_heads set seq = ?, hash = ? where agency_id = 'pontianak'").run(
      last.seq - 1,
      prev.hash,
    );
    db.close();

    const blind = await run(dir, 'verify', '--store', 'sqlite:kinerja.db');
    expect(blind.code).toBe(0);
    const seen = await run(dir, 'verify', '--store', 'sqlite:kinerja.db', '--expect', 'checkpoint.json');
    expect(seen.code).toBe(1);
    expect(seen.stdout).toContain(
      'BROKEN  pontianak: event 3: The audit chain no longer reaches the published head',
    );
    expect(seen.stdout).toContain('[audit.checkpoint-missing]');
    expect(seen.stdout).toMatch(/^ok {6}serang/m);
  });

  it('refuses a checkpoint file that is missing (exit 2) or not a checkpoint (exit 1), before opening the store', async () => {
    const dir = await scored();
    const missing = await run(dir, 'verify', '--store', 'sqlite:kinerja.db', '--expect', 'nope.json');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('cannot read the checkpoint file nope.json');
    await writeFile(join(dir, 'bad.json'), '{"version": 2, "heads": [{"agencyId": ""}]}');
    const bad = await run(dir, 'verify', '--store', 'sqlite:kinerja.db', '--expect', 'bad.json');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('bad.json is not a valid audit checkpoint');
    await writeFile(join(dir, 'text.json'), 'not json');
    expect((await run(dir, 'verify', '--store', 'sqlite:kinerja.db', '--expect', 'text.json')).code).toBe(1);
    expect((await run(dir, 'head', '--store', 'sqlite:kinerja.db', '--expect', 'bad.json')).code).toBe(2);
    for (const r of [missing, bad]) {
      expect(r.stdout).toBe('');
      noTrace(r);
    }
  });
});

describe('kinerja audit: operator mistakes', () => {
  it('a missing SQLite file is exit 2 and is not created', async () => {
    const dir = await tempDir();
    for (const sub of ['verify', 'head']) {
      const ran = await run(dir, sub, '--store', 'sqlite:nonexistent.db');
      expect(ran.code).toBe(2);
      expect(ran.stdout).toBe('');
      expect(ran.stderr).toContain('does not exist (opened read-only: no file is created)');
      noTrace(ran);
      expect(existsSync(join(dir, 'nonexistent.db'))).toBe(false);
    }
  });

  it('a file that is not a kinerja store is exit 2, and is left as it was', async () => {
    const dir = await tempDir({ 'notes.txt': 'just some text, not a database\n' });
    const other = new Database(join(dir, 'other.db'));
    other.exec('create table t (x integer)');
    other.close();
    const before = await readFile(join(dir, 'other.db'));
    for (const file of ['notes.txt', 'other.db']) {
      const ran = await run(dir, 'verify', '--store', `sqlite:${file}`);
      expect(ran.code, file).toBe(2);
      expect(ran.stdout).toBe('');
      noTrace(ran);
    }
    expect((await run(dir, 'verify', '--store', 'sqlite:other.db')).stderr).toContain(
      'is not a kinerja store',
    );
    expect(await readFile(join(dir, 'other.db'))).toEqual(before);
    expect(await readFile(join(dir, 'notes.txt'), 'utf8')).toBe('just some text, not a database\n');
  });

  it('a server that cannot be reached is "cannot open" (exit 2), never "not a kinerja store"', async () => {
    const dir = await tempDir({});
    for (const url of ['postgres://u:secret@127.0.0.1:1/db', 'mysql://u:secret@127.0.0.1:1/db']) {
      const ran = await run(dir, 'verify', '--store', url);
      expect(ran.code, url).toBe(2);
      expect(ran.stderr, url).toContain('Cannot open the store');
      expect(ran.stderr, url).not.toContain('not a kinerja store');
      expect(ran.stderr, url).not.toContain('secret');
      noTrace(ran);
    }
  });

  it('an unknown --agency is exit 1 naming it; a malformed one is exit 2 before any output', async () => {
    const dir = await scored();
    const typo = await run(
      dir,
      'verify',
      '--store',
      'sqlite:kinerja.db',
      '--agency',
      'pontianak',
      '--agency',
      'kab-contohh',
    );
    expect(typo.code).toBe(1);
    expect(typo.stdout).toBe('');
    expect(typo.stderr).toContain('unknown agency "kab-contohh"');
    noTrace(typo);
    expect((await run(dir, 'head', '--store', 'sqlite:kinerja.db', '--agency', 'kab-contohh')).code).toBe(1);
    for (const bad of ['', 'a\u0000b', 'x'.repeat(201)]) {
      const ran = await run(dir, 'verify', '--store', 'sqlite:nonexistent.db', '--agency', bad);
      expect(ran.code).toBe(2);
      expect(ran.stdout).toBe('');
      expect(ran.stderr).toContain('invalid --agency');
      noTrace(ran);
    }
    expect(existsSync(join(dir, 'nonexistent.db'))).toBe(false);
    const known = await run(dir, 'verify', '--store', 'sqlite:kinerja.db', '--agency', 'serang');
    expect(known.code).toBe(0);
    expect(known.stdout).toMatch(/^ok {6}serang: 3 events/);
  });
});
