import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as nodeTest from 'node:test';
import { describe, expect, it } from 'vitest';
import {
  type DescribePolicyCasesOptions,
  describePolicyCases,
  type PolicyTestApi,
} from './describe-policy-cases';

/** A test API that records what is registered and runs the bodies when asked. */
function recorder() {
  const tests: Array<{ suite: string; name: string; fn: () => void }> = [];
  let suite = '';
  const api: PolicyTestApi = {
    describe: (name, fn) => {
      suite = name;
      fn();
      suite = '';
    },
    it: (name, fn) => {
      tests.push({ suite, name, fn });
    },
  };
  const run = () =>
    tests.map((t) => {
      try {
        t.fn();
        return { suite: t.suite, name: t.name, error: null };
      } catch (e) {
        return { suite: t.suite, name: t.name, error: (e as Error).message };
      }
    });
  return { api, tests, run };
}

const A = 'di-atas-ekspektasi';
const S = 'sesuai-ekspektasi';
const caseFile = {
  ruleset: 'permenpanrb-6-2022',
  cases: [
    {
      name: 'atas × atas',
      input: { ratings: { 'hasil-kerja': A, perilaku: A } },
      expect: { predikat: 'sangat-baik' },
    },
    {
      name: 'wrong',
      input: { ratings: { 'hasil-kerja': A, perilaku: S } },
      expect: { predikat: 'sangat-baik', score: '1' },
    },
  ],
};

describe('describePolicyCases', () => {
  it('registers one describe per file and one it per case; failures throw the formatted lines', () => {
    const { api, tests, run } = recorder();
    describePolicyCases([caseFile], api);
    expect(tests.map((t) => [t.suite, t.name])).toEqual([
      ['policy cases 1', 'atas × atas'],
      ['policy cases 1', 'wrong'],
    ]);
    expect(run()).toEqual([
      { suite: 'policy cases 1', name: 'atas × atas', error: null },
      {
        suite: 'policy cases 1',
        name: 'wrong',
        error: 'predikat: expected "sangat-baik", actual "baik"\nscore: expected "1", actual null',
      },
    ]);
  });

  it('reads files given as paths through readFile, resolving rulesets against each file’s folder', () => {
    const files: Record<string, unknown> = {
      '/agency/policies/a.cases.json': { ...caseFile, ruleset: '../rulesets/mine.json' },
      '/agency/rulesets/mine.json': {
        schemaVersion: 1,
        id: 'mine',
        version: 1,
        extends: 'permenpanrb-6-2022',
        effective: { from: '2025-01-01' },
      },
    };
    const options: DescribePolicyCasesOptions = {
      baseDir: '/agency',
      locale: 'id',
      readFile: (p) => {
        if (!(p in files)) throw new Error(`ENOENT ${p}`);
        return files[p];
      },
    };
    const { api, run } = recorder();
    describePolicyCases(['policies/a.cases.json'], api, options);
    expect(run()).toEqual([
      { suite: 'policies/a.cases.json', name: 'atas × atas', error: null },
      {
        suite: 'policies/a.cases.json',
        name: 'wrong',
        error: 'predikat: diharapkan "sangat-baik", aktual "baik"\nscore: diharapkan "1", aktual null',
      },
    ]);
  });

  it('turns an unreadable or invalid file into one failing test with the reason', () => {
    const { api, run } = recorder();
    describePolicyCases(['missing.json', 'bad.json', { cases: 3 } as never], api, {
      baseDir: '/x',
      readFile: (p) => {
        if (p === '/x/bad.json') return { ruleset: 'pp46-2011', cases: [{ name: 'a' }] };
        throw new Error(`ENOENT: no such file, open '${p}'`);
      },
    });
    expect(run()).toEqual([
      {
        suite: 'missing.json',
        name: 'is a valid case file',
        error: "missing.json: not a valid case file: ENOENT: no such file, open '/x/missing.json'",
      },
      {
        suite: 'bad.json',
        name: 'is a valid case file',
        error: 'bad.json: not a valid case file: cases[0].input: Required; cases[0].expect: Required',
      },
      {
        suite: 'policy cases 3',
        name: 'is a valid case file',
        error: 'policy cases 3: not a valid case file: cases: Wrong type: expected array, received number',
      },
    ]);
  });

  it('needs readFile for paths, and a synchronous one', () => {
    const { api, run } = recorder();
    describePolicyCases(['a.json'], api);
    describePolicyCases(['b.json'], api, { readFile: async () => caseFile });
    expect(run().map((r) => r.error)).toEqual([
      'a.json: not a valid case file: reading a file by its path needs options.readFile',
      'b.json: not a valid case file: options.readFile returned a Promise; runPolicyCases needs a synchronous reader (e.g. readFileSync)',
    ]);
  });

  it('takes describe and it from vitest and from node:test (types)', () => {
    const fromVitest: PolicyTestApi = { describe, it };
    const fromNode: PolicyTestApi = { describe: nodeTest.describe, it: nodeTest.it };
    expect(typeof fromVitest.it).toBe('function');
    expect(typeof fromNode.it).toBe('function');
  });
});

// The same registration inside vitest itself: these run as real tests.
describePolicyCases(
  [{ ruleset: 'permenpanrb-6-2022', cases: [caseFile.cases[0] as (typeof caseFile.cases)[0]] }],
  { describe, it },
  { file: 'describePolicyCases under vitest' },
);

describe('describePolicyCases under node --test', () => {
  it('runs each case as a node:test test and reports the failing one', async () => {
    const { build } = await import('esbuild');
    const dir = mkdtempSync(join(tmpdir(), 'kinerja-node-test-'));
    try {
      const entry = join(dir, 'policies.test.ts');
      const cases = join(dir, 'a.cases.json');
      writeFileSync(cases, JSON.stringify(caseFile));
      writeFileSync(
        entry,
        [
          "import { readFileSync } from 'node:fs';",
          "import { describe, it } from 'node:test';",
          `import { describePolicyCases } from ${JSON.stringify(join(import.meta.dirname, '../index.ts'))};`,
          "describePolicyCases(['a.cases.json'], { describe, it }, {",
          `  baseDir: ${JSON.stringify(dir)},`,
          "  readFile: (p) => JSON.parse(readFileSync(p, 'utf8')),",
          '});',
        ].join('\n'),
      );
      const out = join(dir, 'policies.test.mjs');
      await build({
        entryPoints: [entry],
        bundle: true,
        platform: 'node',
        format: 'esm',
        outfile: out,
        logLevel: 'silent',
      });
      expect(readFileSync(out, 'utf8')).not.toContain('vitest');
      const run = spawnSync(process.execPath, ['--test', '--test-reporter=tap', out], {
        encoding: 'utf8',
        cwd: dir,
      });
      expect(run.status).toBe(1);
      expect(run.stdout).toMatch(/^ {4}ok 1 - atas × atas$/m);
      expect(run.stdout).toMatch(/^ {4}not ok 2 - wrong$/m);
      expect(run.stdout).toContain('predikat: expected "sangat-baik", actual "baik"');
      expect(run.stdout).toMatch(/^# pass 1$/m);
      expect(run.stdout).toMatch(/^# fail 1$/m);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
