/**
 * Policy case files under node:test, from the built package (`npm test` builds dist/ first), both
 * ways docs/testing-policies.md shows (describePolicyCases with node:test's describe and it, and
 * runPolicyCases with node:assert): the golden case files pass, and a deliberately wrong case fails
 * the run with exit status 1, naming the case. Then the guide itself: its samples run and
 * typecheck, and the CI jobs it gives for an agency's repository (GitHub Actions and GitLab CI) pass
 * on the repository its declared files make up, and fail when a case is wrong.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { parseRuleset } from '../src/index';
import {
  type Block,
  type Guide,
  guideFolder,
  readGuide,
  removeFolder,
  runSample,
  typecheckSamples,
} from './support/doctest';

const root = resolve(import.meta.dirname, '..');
const fixtures = join(root, 'test', 'fixtures', 'testing');
const GUIDE = 'docs/testing-policies.md';

interface Run {
  readonly status: number | null;
  readonly out: string;
}

function run(command: string, args: readonly string[], cwd: string, env: Record<string, string> = {}): Run {
  const r = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', ...env },
    timeout: 240_000,
  });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

function count(out: string, what: string): number {
  const m = new RegExp(`^(?:#|ℹ) ${what} (\\d+)$`, 'm').exec(out);
  return m ? Number(m[1]) : -1;
}

describe('policy case files under node --test, from the built package', () => {
  const nodeTest = (fixture: string, failing: boolean): Run =>
    run(process.execPath, ['--test', '--test-reporter=tap', join(fixtures, fixture)], root, {
      KINERJA_FAILING: failing ? '1' : '0',
    });

  it('describePolicyCases with node:test: every golden case passes, one test per case', () => {
    const { status, out } = nodeTest('describe.node-test.mjs', false);
    expect(count(out, 'fail'), out).toBe(0);
    expect(count(out, 'pass'), out).toBeGreaterThanOrEqual(300);
    expect(out).toMatch(/^ {4}ok \d+ - a zero target is rejected, not divided by$/m);
    expect(status, out).toBe(0);
  }, 240_000);

  it('describePolicyCases with node:test: a wrong case fails the run (exit 1), named, with its failing path', () => {
    const { status, out } = nodeTest('describe.node-test.mjs', true);
    expect(status, out).toBe(1);
    expect(count(out, 'fail'), out).toBe(1);
    expect(out).toMatch(/^ {4}not ok 2 - deliberately wrong: sesuai × sesuai is sangat baik$/m);
    expect(out).toMatch(/^ {4}ok 1 - atas × atas is sangat baik$/m);
    expect(out).toContain('predikat: expected "sangat-baik", actual "baik"');
  }, 240_000);

  it('runPolicyCases with node:assert: the golden files pass, a wrong case fails the run naming it', () => {
    const passing = nodeTest('report.node-test.mjs', false);
    expect(count(passing.out, 'fail'), passing.out).toBe(0);
    expect(count(passing.out, 'pass'), passing.out).toBeGreaterThanOrEqual(13);
    expect(passing.status, passing.out).toBe(0);
    const failing = nodeTest('report.node-test.mjs', true);
    expect(failing.status, failing.out).toBe(1);
    expect(failing.out).toMatch(/^not ok \d+ - test\/fixtures\/testing\/failing\.cases\.json$/m);
    expect(failing.out).toContain(
      'FAIL test/fixtures/testing/failing.cases.json › deliberately wrong: sesuai × sesuai is sangat baik — predikat: expected "sangat-baik", actual "baik"',
    );
    expect(failing.out).toContain('1 passed, 1 failed');
  }, 240_000);
});

it('the built types of kinerja/testing refer to neither fast-check nor vitest (users without them get no type errors)', () => {
  for (const f of ['testing.d.ts', 'testing.d.cts']) {
    // The code of the declarations, without their doc comments (whose examples import fast-check).
    const text = readFileSync(join(root, 'dist', f), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
    expect(text, f).toContain('declare function createArbitraries');
    expect(text, f).not.toMatch(/(from|import\(|require\()\s*["'](fast-check|vitest)["']/);
    expect(text, f).not.toMatch(/["'](fast-check|vitest)["']/);
  }
});

describe(`the guide ${GUIDE}`, () => {
  const guide: Guide = readGuide(GUIDE, readFileSync(join(root, GUIDE), 'utf8'));
  let folder = '';

  beforeAll(async () => {
    folder = await guideFolder(guide);
  });
  afterAll(async () => {
    await removeFolder(folder);
  });

  const samples = (lang: string): Block[] => guide.blocks.filter((b) => b.lang === lang && !b.skip);

  it('declares the agency repository it describes', () => {
    expect([...guide.files.keys()].sort()).toEqual([
      '.github/workflows/policy.yml',
      '.gitlab-ci.yml',
      'cases/kab-contoh.cases.json',
      'rulesets/kab-contoh.json',
      'test/policies.test.mjs',
      'test/policies.test.ts',
      'test/properties.test.mjs',
      'test/report.test.mjs',
    ]);
  });

  it('its rulesets validate', () => {
    for (const block of samples('json')) {
      const data = JSON.parse(block.code) as Record<string, unknown>;
      if (!('schemaVersion' in data)) continue;
      const r = parseRuleset(data);
      expect(r.ok, `${GUIDE}:${block.line}`).toBe(true);
    }
  });

  it('its TypeScript samples that are not files run, and their comments hold', async () => {
    let checks = 0;
    const runnable = samples('ts').filter((b) => b.file === undefined);
    expect(runnable.length).toBeGreaterThanOrEqual(2);
    for (const block of runnable) {
      try {
        const ran = await runSample(block.code, folder);
        checks += ran.checks;
        if (block.code.includes('formatCaseReport')) {
          expect(ran.logged).toContain('3 passed, 0 failed');
          expect(ran.exitCode).toBe(0);
        }
      } catch (error) {
        throw new Error(`${GUIDE}:${block.line}: ${error instanceof Error ? error.message : error}`);
      }
    }
    expect(checks).toBeGreaterThanOrEqual(1);
  }, 120_000);

  it('its TypeScript samples typecheck (the vitest test file too)', () => {
    const ts = guide.blocks
      .filter((b) => b.lang === 'ts')
      .map((b) => ({ name: GUIDE, line: b.line, code: b.code }));
    expect(ts.length).toBeGreaterThanOrEqual(3);
    expect(typecheckSamples(ts)).toEqual([]);
  }, 120_000);

  describe('the CI jobs, on the repository of its files', () => {
    /** Links the dependencies `npm ci` would install: kinerja (this package, built), fast-check, vitest. */
    function install(dir: string): void {
      mkdirSync(join(dir, 'node_modules'), { recursive: true });
      symlinkSync(root, join(dir, 'node_modules', 'kinerja'), 'dir');
      for (const dep of ['fast-check', 'vitest'])
        symlinkSync(join(root, 'node_modules', dep), join(dir, 'node_modules', dep), 'dir');
    }

    /** The shell commands of a job: every `run:` step (GitHub Actions) or `script` line (GitLab CI). */
    function commands(file: string): string[] {
      const doc = parseYaml(guide.files.get(file) ?? '') as Record<string, unknown>;
      if (file === '.gitlab-ci.yml') return (doc.policy as { script: string[] }).script;
      const jobs = doc.jobs as Record<string, { steps: Array<{ run?: string }> }>;
      return Object.values(jobs).flatMap((j) => j.steps.flatMap((s) => (s.run === undefined ? [] : [s.run])));
    }

    /** Runs a job's commands in `dir` as the runner would, `npm ci` done by {@link install}. */
    function job(file: string, dir: string): Array<{ command: string } & Run> {
      return commands(file)
        .filter((c) => c !== 'npm ci')
        .map((command) => {
          const line = command
            .replace(
              /^npx kinerja /,
              `${JSON.stringify(process.execPath)} ${JSON.stringify(join(root, 'bin', 'kinerja.js'))} `,
            )
            .replace(
              /^npx vitest /,
              `${JSON.stringify(process.execPath)} ${JSON.stringify(join(root, 'node_modules', 'vitest', 'vitest.mjs'))} `,
            );
          return { command, ...run('sh', ['-c', line], dir) };
        });
    }

    beforeAll(() => {
      install(folder);
    });

    for (const file of ['.github/workflows/policy.yml', '.gitlab-ci.yml']) {
      it(`${file}: every step passes`, () => {
        const steps = job(file, folder);
        expect(steps.map((s) => s.command)).toEqual([
          'npx kinerja validate --allow-path rulesets rulesets/*.json cases/*.cases.json',
          'npx kinerja test --allow-path rulesets cases/*.cases.json',
          'node --test',
        ]);
        for (const s of steps) expect(s.status, `${s.command}\n${s.out}`).toBe(0);
        const [, cases, tests] = steps;
        expect(cases?.out.trim().split('\n').at(-1)).toBe('3 passed, 0 failed');
        // policies.test.mjs: one test per case; report.test.mjs: one per file; properties: two.
        expect(count(tests?.out ?? '', 'pass'), tests?.out).toBe(3 + 1 + 2);
        expect(count(tests?.out ?? '', 'fail'), tests?.out).toBe(0);
      }, 240_000);
    }

    it('the vitest sample runs its cases under vitest', () => {
      const r = run(
        process.execPath,
        [join(root, 'node_modules', 'vitest', 'vitest.mjs'), 'run', 'test/policies.test.ts'],
        folder,
        { NO_COLOR: '1' },
      );
      expect(r.status, r.out).toBe(0);
      expect(r.out).toMatch(/Tests\s+3 passed \(3\)/);
    }, 240_000);

    it('fails, naming the case, when a case is wrong', async () => {
      const dir = await guideFolder(guide);
      try {
        install(dir);
        const path = join(dir, 'cases', 'kab-contoh.cases.json');
        writeFileSync(path, readFileSync(path, 'utf8').replace('"88.67"', '"88.66"'));
        const [validate, cases, tests] = job('.github/workflows/policy.yml', dir);
        expect(validate?.status, validate?.out).toBe(0);
        expect(cases?.status, cases?.out).toBe(1);
        // What the guide shows for kinerja test.
        expect(cases?.out).toBe(
          'FAIL cases/kab-contoh.cases.json › on-target year — components.skp.score: expected "88.66", actual "88.67"\n2 passed, 1 failed\n',
        );
        expect(tests?.status, tests?.out).toBe(1);
        expect(tests?.out).toMatch(/not ok \d+ - on-target year/);
        expect(tests?.out).toContain('components.skp.score: expected "88.66", actual "88.67"');
        expect(count(tests?.out ?? '', 'fail'), tests?.out).toBe(2);
        const vitest = run(
          process.execPath,
          [join(root, 'node_modules', 'vitest', 'vitest.mjs'), 'run', 'test/policies.test.ts'],
          dir,
          { NO_COLOR: '1' },
        );
        // What the guide shows for vitest.
        expect(vitest.status, vitest.out).toBe(1);
        expect(vitest.out).toContain(
          ' FAIL  test/policies.test.ts > cases/kab-contoh.cases.json > on-target year\nError: components.skp.score: diharapkan "88.66", aktual "88.67"\n',
        );
      } finally {
        await removeFolder(dir);
      }
    }, 240_000);
  });
});
