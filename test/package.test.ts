/**
 * The packed tarball installs into an empty project and works from ESM and CommonJS, without the
 * network: the tarball is extracted into node_modules/kinerja and its dependencies are linked from
 * this repository's node_modules. `npm test` builds first; this test packs what `npm publish` would.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pkg from '../package.json' with { type: 'json' };

const root = resolve(import.meta.dirname, '..');
// What an install brings: the dependencies and the required peer (zod), nothing else (test/dependencies.test.ts).
const LINKED = [...Object.keys(pkg.dependencies), 'zod'];

let dir = '';
let project = '';
let files: string[] = [];
let unpackedSize = 0;

function node(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, args, {
    cwd: project,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '' },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kinerja-package-'));
  // --ignore-scripts: the test script has built dist/ already.
  const out = execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const [info] = JSON.parse(out) as Array<{
    filename: string;
    unpackedSize: number;
    files: Array<{ path: string }>;
  }>;
  if (!info) throw new Error('npm pack printed no result');
  files = info.files.map((f) => f.path);
  unpackedSize = info.unpackedSize;
  project = join(dir, 'project');
  const target = join(project, 'node_modules', 'kinerja');
  mkdirSync(target, { recursive: true });
  writeFileSync(join(project, 'package.json'), '{ "name": "consumer", "private": true }\n');
  execFileSync('tar', ['-xzf', join(dir, info.filename), '-C', target, '--strip-components=1']);
  for (const name of LINKED)
    symlinkSync(join(root, 'node_modules', name), join(project, 'node_modules', name), 'dir');
  // What npm install links, so that `npx kinerja` finds the installed command.
  mkdirSync(join(project, 'node_modules', '.bin'));
  symlinkSync('../kinerja/bin/kinerja.js', join(project, 'node_modules', '.bin', 'kinerja'));
}, 60_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the packed tarball', () => {
  it('holds the build, the launcher and the readme, not the sources', () => {
    for (const f of [
      'package.json',
      'README.md',
      'bin/kinerja.js',
      'dist/index.js',
      'dist/index.cjs',
      'dist/index.d.ts',
      'dist/index.d.cts',
      'dist/cli.js',
      'dist/storage.js',
      'dist/storage.cjs',
      'dist/storage.d.ts',
    ]) {
      expect(files, f).toContain(f);
    }
    expect(files.filter((f) => f.startsWith('src/') || f.startsWith('test/'))).toEqual([]);
    expect(readdirSync(join(project, 'node_modules', 'kinerja'))).toContain('dist');
  });

  it('is light: no source maps (the sources are not in it), under 3 MB unpacked', () => {
    expect(files.filter((f) => f.endsWith('.map'))).toEqual([]);
    expect(unpackedSize).toBeLessThan(3_000_000);
  });

  it('runs nothing when installed: it builds in prepack, not in an install script', () => {
    const scripts: Record<string, string> = pkg.scripts;
    for (const hook of ['preinstall', 'install', 'postinstall', 'prepare'])
      expect(scripts, hook).not.toHaveProperty(hook);
    expect(scripts.prepack).toBe('npm run build');
  });

  it('has one copy of the engine for ESM and CommonJS (the CommonJS entry points require the ES modules)', () => {
    writeFileSync(
      join(project, 'both.mjs'),
      [
        "import { createRequire } from 'node:module';",
        "import * as esm from 'kinerja';",
        "import * as esmTesting from 'kinerja/testing';",
        'const require = createRequire(import.meta.url);',
        "const cjs = require('kinerja');",
        "const cjsTesting = require('kinerja/testing');",
        'console.log(JSON.stringify([cjs.KinerjaError === esm.KinerjaError, cjs.scoreEvaluation === esm.scoreEvaluation, cjsTesting.runPolicyCases === esmTesting.runPolicyCases, typeof esm.scoreEvaluation]));',
      ].join('\n'),
    );
    const r = node(['both.mjs']);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual([true, true, true, 'function']);
  });

  it('works with import from ESM', () => {
    writeFileSync(
      join(project, 'esm.mjs'),
      [
        "import { parseRuleset, getPackSource } from 'kinerja';",
        "const r = parseRuleset(getPackSource('permenpanrb-6-2022'));",
        'console.log(JSON.stringify({ ok: r.ok }));',
      ].join('\n'),
    );
    const r = node(['esm.mjs']);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual({ ok: true });
  });

  it('works with require from CommonJS', () => {
    writeFileSync(
      join(project, 'cjs.cjs'),
      [
        "const { parseRuleset, getPackSource } = require('kinerja');",
        "const r = parseRuleset(getPackSource('permenpanrb-6-2022'));",
        "console.log(JSON.stringify({ ok: r.ok, version: require('kinerja/package.json').version }));",
      ].join('\n'),
    );
    const r = node(['cjs.cjs']);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual({ ok: true, version: pkg.version });
  });

  it('kinerja/storage works without kysely, from ESM and CommonJS, and names what to install for SQL', () => {
    const store = [
      'const store = createMemoryStore();',
      "const result = { ruleset: { id: 'x', version: 1 }, score: '0.1', predikat: 'baik', components: {}, indicators: {}, ratings: {}, needsDialogue: false, warnings: [], followUp: { actions: [], trainingNeeds: [] }, explanation: { code: 'x', params: {}, children: [] } };",
      "await store.saveResult({ agencyId: 'a', id: 'r', evaluationId: null, unitId: 'u', employeeId: 'e', period: { start: '2024-02-29', end: '2024-12-31' }, result }, { actor: 't', at: '2025-01-01' });",
      "const report = await verifyAudit(store, 'a');",
      "let missing = '';",
      "try { await openStore('sqlite::memory:'); } catch (e) { missing = e.code; }",
      "console.log(JSON.stringify({ score: (await store.getResult('a', 'r')).result.score, ok: report.ok, missing }));",
    ];
    writeFileSync(
      join(project, 'storage.mjs'),
      ["import { createMemoryStore, openStore, verifyAudit } from 'kinerja/storage';", ...store].join('\n'),
    );
    writeFileSync(
      join(project, 'storage.cjs'),
      [
        "const { createMemoryStore, openStore, verifyAudit } = require('kinerja/storage');",
        '(async () => {',
        ...store,
        '})();',
      ].join('\n'),
    );
    for (const file of ['storage.mjs', 'storage.cjs']) {
      const r = node([file]);
      expect(r.stderr, file).toBe('');
      expect(JSON.parse(r.stdout), file).toEqual({
        score: '0.1',
        ok: true,
        missing: 'storage.driver-missing',
      });
    }
  });

  it('runs its command line', () => {
    const r = node(['node_modules/kinerja/bin/kinerja.js', '--version']);
    expect(r).toEqual({ status: 0, stdout: `${pkg.version}\n`, stderr: '' });
    const packs = node(['node_modules/kinerja/bin/kinerja.js', 'packs']);
    expect(packs.status).toBe(0);
    expect(packs.stdout).toContain('permenpanrb-6-2022');
  });

  it('runs the demo from its shipped data files (examples/<agency>/demo.*), as from the sources', () => {
    const data = files.filter((f) => f.startsWith('examples/')).sort();
    expect(data).toEqual(
      ['palu', 'pontianak', 'serang'].flatMap((a) => [
        `examples/${a}/demo.ruleset.json`,
        `examples/${a}/demo.yaml`,
      ]),
    );
    const argv = ['demo', '--employees', '12', '--locale', 'en'];
    const installed = spawnSync('npx', ['--no', 'kinerja', ...argv], {
      cwd: project,
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', npm_config_offline: 'true', npm_config_update_notifier: 'false' },
    });
    expect(installed.stderr).toMatch(/^kinerja demo: finished in /);
    expect(installed.status).toBe(0);
    for (const line of [
      'pontianak  pontianak-kinerja@1  permenpanrb-6-2022  monthly    weighted-by-months  matrix    ok',
      'serang     serang-kinerja@1     permenpanrb-6-2022  quarterly  last-period         weighted  ok',
      'palu       palu-kinerja@1       permenpanrb-6-2022  semester   worst               matrix    ok',
      'pontianak: City of Pontianak (example): PermenPANRB 6/2022, monthly reporting, justification of missed targets',
      'palu: City of Palu (example): promotion rules and merit ranking',
    ])
      expect(installed.stdout).toContain(line);
    // The same report as the source checkout's build gives.
    const checkout = spawnSync(process.execPath, [join(root, 'bin/kinerja.js'), ...argv], {
      cwd: project,
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '' },
    });
    expect(checkout.status).toBe(0);
    expect(installed.stdout).toBe(checkout.stdout);
  }, 60_000);
});
