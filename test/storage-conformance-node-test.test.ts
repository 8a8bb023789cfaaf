/**
 * The storage conformance suite runs under `node:test` too, from the built package (`npm test`
 * builds dist/ first), and the build of kinerja/testing imports neither fast-check nor vitest: the
 * caller passes them in.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');
const file = join(root, 'test', 'fixtures', 'storage', 'conformance.node-test.mjs');

function nodeTest(broken: boolean): { status: number | null; out: string } {
  const r = spawnSync(process.execPath, ['--test', '--test-reporter=tap', file], {
    cwd: root,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', KINERJA_BROKEN_STORE: broken ? '1' : '0' },
    timeout: 240_000,
  });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

function count(out: string, what: string): number {
  const m = new RegExp(`^# ${what} (\\d+)$`, 'm').exec(out);
  return m ? Number(m[1]) : -1;
}

describe('describeStoreConformance under node:test', () => {
  it('passes every case on the memory store', () => {
    const { status, out } = nodeTest(false);
    expect(count(out, 'fail'), out).toBe(0);
    expect(count(out, 'pass'), out).toBeGreaterThanOrEqual(38);
    expect(status, out).toBe(0);
  }, 240_000);

  it('fails, naming the cases, on a store that drops digits', () => {
    const { status, out } = nodeTest(true);
    expect(status).toBe(1);
    expect(count(out, 'fail')).toBeGreaterThan(0);
    expect(out).toMatch(/not ok \d+ - result scores keep every digit/);
    expect(out).toContain('85.2');
  }, 240_000);

  it('the build of kinerja/testing and kinerja/storage imports neither fast-check nor vitest', () => {
    const dist = join(root, 'dist');
    const built = readdirSync(dist).filter((f) => /\.(c?js)$/.test(f) && !f.startsWith('cli.'));
    expect(built).toEqual(expect.arrayContaining(['testing.js', 'testing.cjs', 'storage.js']));
    for (const f of built) {
      const text = readFileSync(join(dist, f), 'utf8');
      expect(text, f).not.toMatch(/(from|import\(|require\()\s*["'](fast-check|vitest)["']/);
    }
  });
});
