/**
 * The command line as a process: nothing unexpected is ever a stack trace (one line, exit 1, or 2
 * for a file the user named; KINERJA_DEBUG=1 shows the trace), a reader that goes away ends it
 * quietly, a full disk on standard output is one line and exit 2, `--out` files are written to a
 * temporary and renamed (an interrupted run leaves the previous file or none, and no temporary),
 * and score checks its store options before any output. Spawned tests run the built bin.
 */
import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync } from 'node:fs';
import { copyFile, mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AtomicFile, isTemporaryOf, pendingTemporaries, writeFileAtomic } from '../src/cli/atomic';
import { namedFile, reportUnexpected } from '../src/cli/io';
import { type CliIo, run } from '../src/cli/main';
import { cli, root, tempDir } from './support/cli';

const bin = join(root, 'bin/kinerja.js');
const STACK = /^\s+at /m;
const isRoot = process.getuid?.() === 0;

interface Spawned {
  readonly status: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

type Stdio = 'pipe' | 'ignore' | number;

/** Runs `node [nodeArgs] bin/kinerja.js args` and collects what it printed. */
function spawnBin(
  args: readonly string[],
  options: {
    cwd?: string;
    env?: Record<string, string>;
    nodeArgs?: readonly string[];
    stdout?: Stdio;
    stderr?: Stdio;
    bin?: string;
    /** Called with the child once it runs (to read part of its output, or signal it). */
    started?: (child: ReturnType<typeof spawn>) => void;
  } = {},
): Promise<Spawned> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...(options.nodeArgs ?? []), options.bin ?? bin, ...args], {
      cwd: options.cwd ?? root,
      env: { PATH: process.env.PATH ?? '', ...options.env },
      stdio: ['ignore', options.stdout ?? 'pipe', options.stderr ?? 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout?.setEncoding('utf8').on('data', (t: string) => {
      stdout += t;
    });
    child.stderr?.setEncoding('utf8').on('data', (t: string) => {
      stderr += t;
    });
    child.on('error', reject);
    child.on('close', (status, signal) => resolve({ status, signal, stdout, stderr }));
    options.started?.(child);
  });
}

/** A JSON lines input of `n` identical evaluations. */
function evaluations(n: number): string {
  const line = JSON.stringify({
    employee: { id: 'E1' },
    period: { start: '2025-01-01', end: '2025-12-31' },
    ratings: { 'hasil-kerja': 'sesuai-ekspektasi', perilaku: 'sesuai-ekspektasi' },
  });
  return `${line}\n`.repeat(n);
}

/** Resolves once `check` holds, polling every 10 ms (rejects after `ms`). */
async function until(check: () => Promise<boolean>, ms = 20_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** The temporaries beside `file` in `dir`. */
async function temporaries(dir: string, file: string): Promise<string[]> {
  return (await readdir(dir)).filter((n) => isTemporaryOf(n, file));
}

/** An in-process io whose standard output throws `error`. */
function throwingIo(error: unknown, env: Record<string, string> = {}) {
  let stderr = '';
  const io: CliIo = {
    stdout: () => {
      throw error;
    },
    stderr: (t) => {
      stderr += t;
    },
    cwd: root,
    env,
    isTTY: false,
  };
  return { io, stderr: () => stderr };
}

describe('the top-level handler', () => {
  it('turns an unexpected error into one line with a hint, exit 1, no stack trace', async () => {
    const { io, stderr } = throwingIo(new TypeError('boom\nsecond line'));
    expect(await run(['schema', '--locale', 'en'], io)).toBe(1);
    expect(stderr()).toBe(
      'kinerja schema: internal error: boom second line (run again with KINERJA_DEBUG=1 to see the stack trace)\n',
    );
    expect(stderr()).not.toMatch(STACK);
  });

  it('in Indonesian with --locale id; a thrown non-Error too', async () => {
    const { io, stderr } = throwingIo('not an error');
    expect(await run(['packs', '--locale', 'id'], io)).toBe(1);
    expect(stderr()).toBe(
      'kinerja packs: kesalahan internal: not an error (jalankan ulang dengan KINERJA_DEBUG=1 untuk melihat jejak tumpukan)\n',
    );
  });

  it('prints the stack trace after the line with KINERJA_DEBUG=1', async () => {
    const { io, stderr } = throwingIo(new TypeError('boom'), { KINERJA_DEBUG: '1' });
    expect(await run(['schema', '--locale', 'en'], io)).toBe(1);
    expect(stderr()).toMatch(/^kinerja schema: internal error: boom \(run again .*\)\nTypeError: boom\n/);
    expect(stderr()).toMatch(STACK);
  });

  it('a system error about a file named on the command line is exit 2, naming it', () => {
    const cwd = '/work/x';
    const eacces = Object.assign(new Error("EACCES: permission denied, open '/work/x/out/r.json'"), {
      code: 'EACCES',
      errno: -13,
      path: '/work/x/out/r.json',
    });
    let text = '';
    const write = (t: string) => {
      text += t;
    };
    const options = { label: 'kinerja score', locale: 'en' as const, env: {}, cwd };
    expect(reportUnexpected(write, eacces, { ...options, args: ['score', '--out', 'out/r.json'] })).toBe(2);
    expect(text).toBe('kinerja score: /work/x/out/r.json: permission denied\n');
    // Inside a named folder, the temporary beside a named file, an --opt=value.
    expect(namedFile(eacces, ['packs', '--export', 'out'], cwd)).toBe('/work/x/out/r.json');
    expect(namedFile(eacces, ['score', '--out=out/r.json'], cwd)).toBe('/work/x/out/r.json');
    const temp = { ...eacces, path: '/work/x/out/.r.json.0a1b2c3d4e5f.tmp' };
    expect(namedFile(Object.assign(new Error('x'), temp), ['--out', 'out/r.json'], cwd)).toBe(temp.path);
    // A file nobody named is an internal error.
    text = '';
    expect(reportUnexpected(write, eacces, { ...options, args: ['score', 'other.json'] })).toBe(1);
    expect(text).toMatch(/^kinerja score: internal error: permission denied \(run again/);
  });

  it('demo reports a failure it did not expect through the handler too (no stack trace)', async () => {
    // Every command's own errors are covered elsewhere; here only that nothing prints a trace.
    const r = await cli(['demo', '--employees', '0', '--locale', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(STACK);
  });
});

describe('the process (bin/kinerja.js spawned)', () => {
  // Throws (or rejects) from a timer once the command line has installed its handlers.
  const crash = (how: 'throw' | 'reject') =>
    `data:text/javascript,const t=setInterval(()=>{if(process.listenerCount('uncaughtException')>0){clearInterval(t);${
      how === 'throw' ? 'throw new RangeError("kaboom")' : 'Promise.reject(new RangeError("kaboom"))'
    }}},1)`;

  // A long score, which reads its input asynchronously, so timers run while it works.
  const long = ['score', '-r', 'permenpanrb-6-2022', 'big.jsonl', '--locale', 'en'];
  const bigDir = () => tempDir({ 'big.jsonl': evaluations(30_000) });

  it('an uncaught exception is one line and exit 1, the trace only with KINERJA_DEBUG=1', async () => {
    const cwd = await bigDir();
    const r = await spawnBin(long, { cwd, nodeArgs: ['--import', crash('throw')] });
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(
      'kinerja score: internal error: kaboom (run again with KINERJA_DEBUG=1 to see the stack trace)\n',
    );
    expect(r.stdout).not.toMatch(STACK);
    const debug = await spawnBin(long, {
      cwd,
      nodeArgs: ['--import', crash('throw')],
      env: { KINERJA_DEBUG: '1' },
    });
    expect(debug.status).toBe(1);
    expect(debug.stderr).toMatch(/^kinerja score: internal error: kaboom .*\nRangeError: kaboom\n/);
    expect(debug.stderr).toMatch(STACK);
  });

  it('an unhandled rejection is one line and exit 1', async () => {
    const r = await spawnBin(long, { cwd: await bigDir(), nodeArgs: ['--import', crash('reject')] });
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(
      'kinerja score: internal error: kaboom (run again with KINERJA_DEBUG=1 to see the stack trace)\n',
    );
  });

  it('a launcher that cannot load the bundle is one line and exit 1', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, 'bin'));
    await copyFile(bin, join(dir, 'bin/kinerja.js'));
    const r = await spawnBin(['--version'], { bin: join(dir, 'bin/kinerja.js'), cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^kinerja: cannot start; run "npm run build" in a source checkout \(.+\)\.\n$/);
    expect(r.stderr).not.toMatch(STACK);
  });

  it('a reader that closes early ends it quietly (EPIPE): schema | head -c1', async () => {
    let first = '';
    const r = await spawnBin(['schema'], {
      started: (child) => {
        child.stdout?.once('data', (t: Buffer | string) => {
          first = String(t).slice(0, 1);
          child.stdout?.destroy();
        });
      },
    });
    expect(first).toBe('{');
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
  });

  it.each(['big.jsonl', 'big.json'])(
    'a reader that closes early stops a long score of %s without a trace',
    async (name) => {
      const lines = evaluations(60_000);
      const text = name === 'big.json' ? `[${lines.trimEnd().split('\n').join(',')}]` : lines;
      const dir = await tempDir({ [name]: text });
      const r = await spawnBin(['score', '-r', 'permenpanrb-6-2022', name, '--format', 'jsonl'], {
        cwd: dir,
        started: (child) => {
          child.stdout?.once('data', () => child.stdout?.destroy());
        },
      });
      expect(r.status).toBe(0);
      expect(r.stderr).not.toMatch(STACK);
      expect(r.stderr).not.toContain('EPIPE');
    },
  );

  it('a full disk on standard output is one line and exit 2: schema > /dev/full', async () => {
    const full = openSync('/dev/full', 'w');
    try {
      const r = await spawnBin(['schema', '--locale', 'en'], { stdout: full });
      expect(r.status).toBe(2);
      expect(r.stderr).toBe('kinerja: cannot write standard output: no space left on device\n');
      const id = await spawnBin(['schema', '--locale', 'id'], { stdout: full });
      expect(id.stderr).toBe('kinerja: standard output tidak dapat ditulis: no space left on device\n');
      // KINERJA_DEBUG adds the trace.
      const debug = await spawnBin(['schema', '--locale', 'en'], {
        stdout: full,
        env: { KINERJA_DEBUG: '1' },
      });
      expect(debug.status).toBe(2);
      expect(debug.stderr).toMatch(STACK);
    } finally {
      closeSync(full);
    }
  });

  it('write errors on standard error never crash it', async () => {
    const full = openSync('/dev/full', 'w');
    try {
      const dir = await tempDir();
      // The command works; only its message to stderr is lost.
      const ok = await spawnBin(['schema', '--out', 'ruleset.schema.json'], { cwd: dir, stderr: full });
      expect(ok.status).toBe(0);
      expect(JSON.parse(await readFile(join(dir, 'ruleset.schema.json'), 'utf8'))).toHaveProperty('$id');
      const bad = await spawnBin(['validate', 'missing.yaml'], { cwd: dir, stderr: full });
      expect(bad.status).toBe(2);
      expect(bad.stdout).toBe('');
      const both = await spawnBin(['schema'], { stdout: full, stderr: full });
      expect(both.status).toBe(2);
    } finally {
      closeSync(full);
    }
  });
});

describe('--out is written to a temporary and renamed', () => {
  const score = ['score', '-r', 'permenpanrb-6-2022', 'big.jsonl', '--out', 'out.json', '--locale', 'en'];

  /** Starts a long score --out, sends `signal` once the temporary has data, and waits for the end. */
  async function interrupted(dir: string, signal: NodeJS.Signals): Promise<Spawned> {
    return spawnBin(score, {
      cwd: dir,
      started: (child) => {
        until(async () => {
          for (const name of await temporaries(dir, 'out.json')) {
            const size = await stat(join(dir, name)).then(
              (s) => s.size,
              () => 0,
            );
            if (size > 0) return true;
          }
          return false;
        }).then(
          () => child.kill(signal),
          () => child.kill('SIGKILL'),
        );
      },
    });
  }

  it('SIGINT mid-way leaves no file and no temporary; the process ends by the signal', async () => {
    const dir = await tempDir({ 'big.jsonl': evaluations(150_000) });
    const r = await interrupted(dir, 'SIGINT');
    expect(r.signal).toBe('SIGINT');
    expect(r.stderr).not.toMatch(STACK);
    expect(existsSync(join(dir, 'out.json'))).toBe(false);
    expect(await temporaries(dir, 'out.json')).toEqual([]);
  }, 60_000);

  it('SIGTERM mid-way keeps the previous complete file', async () => {
    const previous = '[\n  {"index":0,"ok":true}\n]\n';
    const dir = await tempDir({ 'big.jsonl': evaluations(150_000), 'out.json': previous });
    const r = await interrupted(dir, 'SIGTERM');
    expect(r.signal).toBe('SIGTERM');
    expect(await readFile(join(dir, 'out.json'), 'utf8')).toBe(previous);
    expect(await temporaries(dir, 'out.json')).toEqual([]);
  }, 60_000);

  it('a complete run replaces the file, keeping its permissions', async () => {
    const dir = await tempDir({ 'big.jsonl': evaluations(3), 'out.json': 'old' });
    const { chmod } = await import('node:fs/promises');
    await chmod(join(dir, 'out.json'), 0o640);
    const r = await spawnBin(score, { cwd: dir });
    expect(r.status).toBe(0);
    expect(JSON.parse(await readFile(join(dir, 'out.json'), 'utf8'))).toHaveLength(3);
    expect((await stat(join(dir, 'out.json'))).mode & 0o777).toBe(0o640);
    expect(await temporaries(dir, 'out.json')).toEqual([]);
  });

  it('a write error is exit 2 with one line: --out /dev/full', async () => {
    const dir = await tempDir({ 'big.jsonl': evaluations(3) });
    const r = await spawnBin(['score', '-r', 'permenpanrb-6-2022', 'big.jsonl', '--out', '/dev/full'], {
      cwd: dir,
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('/dev/full: cannot be written: no space left on device\n');
    // A device is written directly, never replaced.
    expect((await stat('/dev/full')).isCharacterDevice()).toBe(true);
  });

  it('a folder that cannot hold the file is exit 2 before anything is scored', async () => {
    const dir = await tempDir({ 'big.jsonl': evaluations(3), 'file.txt': 'x' });
    const under = await cli(['score', '-r', 'permenpanrb-6-2022', 'big.jsonl', '--out', 'file.txt/r.json'], {
      cwd: dir,
      env: { KINERJA_LOCALE: 'en' },
    });
    expect(under.code).toBe(2);
    expect(under.stderr).toMatch(/^file\.txt\/r\.json: cannot be written: .+\n$/);
    await mkdir(join(dir, 'folder'));
    const folder = await cli(['score', '-r', 'permenpanrb-6-2022', 'big.jsonl', '--out', 'folder'], {
      cwd: dir,
      env: { KINERJA_LOCALE: 'en' },
    });
    expect(folder.code).toBe(2);
    expect(folder.stderr).toBe('folder: cannot be written: illegal operation on a directory\n');
    expect(folder.stdout + under.stdout).toBe('');
    for (const r of [under, folder]) expect(r.stderr).not.toMatch(STACK);
  });

  it('a folder that refuses new files is exit 2 with one line, the previous file kept', async () => {
    const dir = await tempDir({ 'big.jsonl': evaluations(3), 'ro/out.json': 'old' });
    if (isRoot) {
      // Root writes through file modes; sysfs refuses new files even to root.
      const r = await cli(
        ['score', '-r', 'permenpanrb-6-2022', 'big.jsonl', '--out', '/sys/kinerja-out.json'],
        {
          cwd: dir,
          env: { KINERJA_LOCALE: 'en' },
        },
      );
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^\/sys\/kinerja-out\.json: cannot be written: [a-z ]+\n$/);
      expect(r.stdout).toBe('');
      return;
    }
    const { chmod } = await import('node:fs/promises');
    await chmod(join(dir, 'ro'), 0o555);
    try {
      const r = await cli(['score', '-r', 'permenpanrb-6-2022', 'big.jsonl', '--out', 'ro/out.json'], {
        cwd: dir,
        env: { KINERJA_LOCALE: 'en' },
      });
      expect(r.code).toBe(2);
      expect(r.stderr).toBe('ro/out.json: cannot be written: permission denied\n');
      expect(await readFile(join(dir, 'ro/out.json'), 'utf8')).toBe('old');
    } finally {
      await chmod(join(dir, 'ro'), 0o755);
    }
  });

  it('AtomicFile: waiting for the disk many times leaves no listeners behind (no MaxListeners warning)', async () => {
    const warnings: string[] = [];
    const onWarning = (w: Error): void => {
      warnings.push(w.name);
    };
    process.on('warning', onWarning);
    try {
      const dir = await tempDir({});
      const file = await AtomicFile.create(join(dir, 'big.txt'));
      const chunk = 'x'.repeat(1 << 20);
      // Each 1 MB write is over the stream's buffer, so each waits for 'drain'.
      for (let i = 0; i < 30; i++) await file.write(chunk);
      await file.commit();
      expect((await stat(join(dir, 'big.txt'))).size).toBe(30 * (1 << 20));
      await new Promise((r) => setImmediate(r));
    } finally {
      process.off('warning', onWarning);
    }
    expect(warnings).not.toContain('MaxListenersExceededWarning');
  });

  it('AtomicFile: abort and a failed write leave the previous file; commit replaces it', async () => {
    const dir = await tempDir({ 'f.json': 'previous' });
    const target = join(dir, 'f.json');
    const aborted = await AtomicFile.create(target);
    await aborted.write('half');
    expect(pendingTemporaries()).toEqual([aborted.temporary]);
    await aborted.abort();
    expect(await readFile(target, 'utf8')).toBe('previous');
    expect(await temporaries(dir, 'f.json')).toEqual([]);
    expect(pendingTemporaries()).toEqual([]);
    // The signal handlers are installed only while a file is being written.
    const before = process.listenerCount('SIGINT');
    const file = await AtomicFile.create(target);
    expect(process.listenerCount('SIGINT')).toBe(before + 1);
    await file.write('new');
    await file.commit();
    expect(process.listenerCount('SIGINT')).toBe(before);
    expect(await readFile(target, 'utf8')).toBe('new');
    await writeFileAtomic(join(dir, 'sub/g.json'), 'g');
    expect(await readFile(join(dir, 'sub/g.json'), 'utf8')).toBe('g');
    expect(await readdir(dir)).toEqual(['f.json', 'sub']);
  });

  it('schema --out and packs --export leave no temporary', async () => {
    const dir = await tempDir({ 'ruleset.schema.json': 'old' });
    expect((await cli(['schema', '--out', 'ruleset.schema.json'], { cwd: dir })).code).toBe(0);
    expect(await readFile(join(dir, 'ruleset.schema.json'), 'utf8')).not.toBe('old');
    expect((await cli(['packs', '--export', 'packs'], { cwd: dir })).code).toBe(0);
    expect((await readdir(join(dir, 'packs'))).filter((n) => n.startsWith('.'))).toEqual([]);
    await writeFile(join(dir, 'file.txt'), 'x');
    const bad = await cli(['schema', '--out', 'file.txt/s.json', '--locale', 'en'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^file\.txt\/s\.json: cannot be written: not a directory\n$/);
  });
});

describe('score checks its store options before any output', () => {
  const input = JSON.stringify([
    {
      employee: { id: 'E1' },
      period: { start: '2025-01-01', end: '2025-12-31' },
      ratings: { 'hasil-kerja': 'sesuai-ekspektasi', perilaku: 'sesuai-ekspektasi' },
    },
  ]);
  const base = ['score', '-r', 'permenpanrb-6-2022', 'in.json', '--format', 'jsonl', '--locale', 'en'];
  const store = ['--store', 'sqlite:k.db'];

  it.each([
    [['--agency', 'kab\u0001contoh'], '--agency', 'An id must be a non-empty string'],
    [['--agency', 'a'.repeat(201)], '--agency', '200'],
    [['--agency', 'a', '--unit', ''], '--unit', 'An id must be'],
    [['--agency', 'a', '--actor', 'x\ny'], '--actor', 'An id must be'],
    [['--agency', 'a', '--at', '2025-02-30'], '--at', 'The time of a change must be a date'],
    [['--agency', 'a', '--at', 'yesterday'], '--at', 'received "yesterday"'],
    [['--agency', 'a', '--at', '2025-12-31T25:00:00Z'], '--at', 'ISO 8601'],
  ])('%j is exit 2 naming %s, with no output and no store created', async (options, option, detail) => {
    const dir = await tempDir({ 'in.json': input });
    const r = await cli([...base, ...store, ...options], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(new RegExp(`^kinerja score: invalid ${option}: `));
    expect(r.stderr).toContain(detail);
    expect(r.stderr).not.toMatch(STACK);
    expect(existsSync(join(dir, 'k.db'))).toBe(false);
  });

  it('a store URL that cannot be opened is exit 2 naming --store, with no output', async () => {
    const dir = await tempDir({ 'in.json': input });
    for (const url of ['oracle://x', 'sqlite:']) {
      const r = await cli([...base, '--store', url, '--agency', 'a'], { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/^kinerja score: --store: .+\n$/);
      expect(r.stderr).not.toMatch(STACK);
    }
  });

  it('--agency, --unit, --actor or --at without --store is a usage error', async () => {
    const dir = await tempDir({ 'in.json': input });
    for (const option of ['--agency', '--unit', '--actor', '--at']) {
      const r = await cli([...base, option, 'x'], { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain(`kinerja score: ${option} applies only with --store\n`);
    }
  });

  it('valid options save as before', async () => {
    const dir = await tempDir({ 'in.json': input });
    const r = await cli(
      [...base, ...store, '--agency', 'kab-contoh', '--at', '2025-12-31', '--actor', 'hr-01'],
      {
        cwd: dir,
      },
    );
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('1 results saved to sqlite:k.db (agency kab-contoh)');
  });
});
