import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, root, tempDir } from './support/cli';

const A1_INPUT = {
  indicators: [
    {
      id: 'k1',
      kind: 'pp46-activity',
      kuantitas: { target: 1, realisasi: 1 },
      kualitas: { target: 100, realisasi: 90 },
      waktu: { target: 12, realisasi: 12 },
      biaya: { target: '170395000', realisasi: '170395000' },
    },
  ],
  ratings: { 'orientasi-pelayanan': 80, integritas: 80, komitmen: 80, disiplin: 80, 'kerja-sama': 80 },
};

describe('kinerja test: the golden case files', () => {
  it('the shared fixtures pass: the exact output and exit 0', async () => {
    const r = await cli([
      'test',
      'test/golden/pp46-2011.cases.json',
      'test/golden/pp30-2019.cases.json',
      'test/golden/permenpanrb-6-2022.cases.json',
    ]);
    expect(r).toEqual({ code: 0, stdout: '20 passed, 0 failed\n', stderr: '' });
  });

  it('a pattern the CLI expands itself: every case of a built kind passes; the careers file has kinds not built yet (exit 1)', async () => {
    const { readFileSync } = await import('node:fs');
    /** Case kinds without a runner yet: their cases in the careers file fail as unsupported. */
    const unsupported = new Set<string>();
    const careers = JSON.parse(
      readFileSync(join(root, 'test/golden/careers-and-units.cases.json'), 'utf8'),
    ) as {
      cases: Array<{ kind?: string }>;
    };
    const failing = careers.cases.filter((c) => unsupported.has(c.kind ?? 'evaluation')).length;
    const r = await cli(['test', 'test/golden/*.cases.json']);
    expect(r.code).toBe(failing > 0 ? 1 : 0);
    expect(r.stderr).toBe('');
    const lines = r.stdout.trimEnd().split('\n');
    const summary = lines.pop();
    expect(summary).toMatch(new RegExp(`^\\d+ passed, ${failing} failed$`));
    expect(lines).toHaveLength(failing);
    for (const line of lines) {
      expect(line).toMatch(
        /^FAIL test\/golden\/careers-and-units\.cases\.json › .+ — case kind (\S+) is not supported yet by this version of kinerja$/,
      );
    }
    // The same files named one by one, as a shell would expand them.
    const { readdirSync } = await import('node:fs');
    const files = readdirSync(join(root, 'test/golden'))
      .filter((f) => f.endsWith('.cases.json'))
      .sort()
      .map((f) => `test/golden/${f}`);
    expect((await cli(['test', ...files])).stdout).toBe(r.stdout);
  });
});

describe('kinerja test: results', () => {
  const file = (expectScore: string) =>
    JSON.stringify({
      ruleset: 'pp46-2011',
      cases: [
        { name: 'A1 published sheet', input: A1_INPUT, expect: { score: expectScore, predikat: 'baik' } },
        { name: 'zero target', input: { indicators: [] }, expect: { error: true } },
      ],
    });

  it('a failing case: one line with the file, the name, the path, expected and actual; exit 1', async () => {
    const dir = await tempDir({ 'kab.cases.json': file('83.31'), 'ok.cases.json': file('83.3') });
    const r = await cli(['test', 'kab.cases.json', 'ok.cases.json'], { cwd: dir });
    expect(r).toEqual({
      code: 1,
      stdout:
        'FAIL kab.cases.json › A1 published sheet — score: expected "83.31", actual "83.30"\n3 passed, 1 failed\n',
      stderr: '',
    });
    const id = await cli(['test', 'kab.cases.json', '--locale', 'id'], { cwd: dir });
    expect(id.stdout).toBe(
      'GAGAL kab.cases.json › A1 published sheet — score: diharapkan "83.31", aktual "83.30"\n1 passed, 1 failed\n',
    );
  });

  it('--format json prints the merged report', async () => {
    const dir = await tempDir({ 'kab.cases.json': file('83.31') });
    const r = await cli(['test', '--format', 'json', 'kab.cases.json'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual({
      passed: 1,
      failed: 1,
      results: [
        {
          name: 'A1 published sheet',
          kind: 'evaluation',
          ok: false,
          failures: [{ code: 'testing.mismatch', path: 'score', expected: '83.31', actual: '83.30' }],
          file: 'kab.cases.json',
        },
        { name: 'zero target', kind: 'evaluation', ok: true, failures: [], file: 'kab.cases.json' },
      ],
    });
  });

  it('YAML case files; ruleset files relative to the case file; ** patterns', async () => {
    const ruleset = {
      schemaVersion: 1,
      id: 'pemda-contoh',
      version: 1,
      extends: 'pp46-2011',
      effective: { from: '2015-01-01' },
      final: { weights: { skp: '70', perilaku: '30' } },
    };
    const dir = await tempDir({
      'policies/rulesets/pemda.json': JSON.stringify(ruleset),
      'policies/deep/pemda.cases.yaml': [
        'ruleset: ../rulesets/pemda.json',
        'cases:',
        '  - name: 70/30 weights',
        `    input: ${JSON.stringify(A1_INPUT)}`,
        '    expect: { score: "83.85" }',
        '  - name: a missing ruleset file',
        '    ruleset: ../rulesets/missing.yaml',
        `    input: ${JSON.stringify(A1_INPUT)}`,
        '    expect: { predikat: baik }',
      ].join('\n'),
    });
    // The rulesets sit beside the case files' folder: allowed by --allow-path.
    const r = await cli(['test', '--allow-path', 'policies/rulesets', 'policies/**/*.cases.yaml'], {
      cwd: dir,
    });
    expect(r.code).toBe(1);
    const [line, summary] = r.stdout.trimEnd().split('\n');
    expect(line).toMatch(
      /^FAIL policies\/deep\/pemda\.cases\.yaml › a missing ruleset file — the ruleset "\.\.\/rulesets\/missing\.yaml" cannot be used: not a built-in pack \(.+\) and the file ".+missing\.yaml" cannot be read: file not found$/,
    );
    expect(summary).toBe('1 passed, 1 failed');
  });
});

describe('kinerja test: files and usage (exit 2)', () => {
  it('an invalid case file: file: path: message for every file, and no case is run', async () => {
    const dir = await tempDir({
      'bad.cases.json': JSON.stringify({
        ruleset: 'pp46-2011',
        cases: [{ input: {}, expect: {} }, { name: 'x' }],
      }),
      'good.cases.json': JSON.stringify({
        ruleset: 'pp46-2011',
        cases: [{ name: 'a', input: {}, expect: {} }],
      }),
      'syntax.cases.json': '{ "cases": [ }',
    });
    const r = await cli(
      ['test', 'good.cases.json', 'bad.cases.json', 'missing.cases.json', 'syntax.cases.json'],
      {
        cwd: dir,
      },
    );
    expect(r).toEqual({
      code: 2,
      stdout: '',
      stderr: [
        'bad.cases.json: cases[0].name: Required',
        'bad.cases.json: cases[1].input: Required',
        'bad.cases.json: cases[1].expect: Required',
        'missing.cases.json: file not found',
        'syntax.cases.json: 1:14: invalid JSON: unexpected "}"',
        '',
      ].join('\n'),
    });
  });

  it('no file, a pattern without a match, an unknown format', async () => {
    expect((await cli(['test'])).code).toBe(2);
    const none = await cli(['test', 'test/golden/*.cases.yaml']);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('no file matches "test/golden/*.cases.yaml"');
    expect((await cli(['test', '--format', 'xml', 'test/golden/pp46-2011.cases.json'])).code).toBe(2);
  });
});

describe('kinerja explain', () => {
  const args = ['explain', '--ruleset', 'pp46-2011', 'test/fixtures/cli/evaluation.json'];

  it('explains one result in English and in Indonesian', async () => {
    const en = await cli(args);
    expect(en.code).toBe(0);
    expect(en.stdout.split('\n').slice(0, 3)).toEqual([
      'Predikat: baik (score 83.30)',
      'Evaluation under pp46-2011@1 for employee 198501012010011001: predikat baik',
      '├─ Component skp: mean = 85.50',
    ]);
    expect(en.stdout).toContain('Warnings:\n- indicators[0].justification: Indicator "k1" missed its target');
    for (const id of [
      await cli([...args, '--locale', 'id']),
      await cli(args, { env: { LANG: 'id_ID.UTF-8' } }),
    ]) {
      expect(id.code).toBe(0);
      expect(id.stdout.split('\n').slice(0, 3)).toEqual([
        'Predikat: baik (nilai 83.30)',
        'Penilaian dengan pp46-2011@1 untuk pegawai 198501012010011001: predikat baik',
        '├─ Komponen skp: rata-rata = 85.50',
      ]);
      expect(id.stdout).toContain('Peringatan:\n');
    }
  });

  it('--format json prints the result', async () => {
    const r = await cli([...args, '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({
      score: '83.30',
      predikat: 'baik',
      ruleset: { id: 'pp46-2011' },
    });
  });

  it('issues: path: message lines, exit 1', async () => {
    const dir = await tempDir({
      'bad.yaml': 'ratings:\n  hasil-kerja: luar-biasa\n  perilaku: sesuai-ekspektasi\n',
    });
    const r = await cli(['explain', '-r', 'permenpanrb-6-2022', 'bad.yaml'], { cwd: dir });
    expect(r).toEqual({
      code: 1,
      stdout:
        'ratings.hasil-kerja: Unknown rating code: "luar-biasa" (available: di-atas-ekspektasi, sesuai-ekspektasi, di-bawah-ekspektasi)\n',
      stderr: '',
    });
    const json = await cli(['explain', '-r', 'permenpanrb-6-2022', 'bad.yaml', '--format', 'json'], {
      cwd: dir,
    });
    expect(JSON.parse(json.stdout)).toMatchObject({
      ok: false,
      issues: [{ code: 'scoring.unknown-rating-code' }],
    });
  });

  it('usage and file errors are exit 2', async () => {
    expect((await cli(['explain', 'test/fixtures/cli/evaluation.json'])).code).toBe(2);
    expect((await cli(['explain', '-r', 'pp46-2011'])).code).toBe(2);
    const missing = await cli(['explain', '-r', 'pp46-2011', 'missing.json']);
    expect(missing).toEqual({ code: 2, stdout: '', stderr: 'missing.json: file not found\n' });
  });
});

describe('bin/kinerja.js (the built bundle, spawned)', () => {
  const node = (args: string[]) =>
    spawnSync(process.execPath, [join(root, 'bin/kinerja.js'), ...args], {
      cwd: root,
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '' },
    });

  it('kinerja test runs case files', () => {
    const r = node(['test', 'test/golden/pp46-2011.cases.json', 'test/golden/permenpanrb-6-2022.cases.json']);
    expect(r.stdout).toBe('17 passed, 0 failed\n');
    expect(r.status).toBe(0);
  });

  it('kinerja score streams a CSV file', () => {
    const r = node(['score', '--ruleset', 'pp46-2011', 'test/fixtures/cli/pp46.csv']);
    expect(r.status).toBe(1);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.map((l) => (JSON.parse(l) as { ok: boolean }).ok)).toEqual([true, true, false, false]);
    expect(r.stderr).toContain('rejected: 2');
  });
});
