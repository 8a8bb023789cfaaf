import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import pkg from '../package.json' with { type: 'json' };
import {
  FORMAT_NAMES,
  formatJsonSchema,
  getPackSource,
  listFormats,
  PACK_IDS,
  PROMOTION_RULE_IDS,
  parseRuleset,
  rulesetJsonSchema,
} from '../src/index';
import { cli, root, tempDir } from './support/cli';

/**
 * Files with syntax errors live in a temp directory, not in test/fixtures: the repository's
 * formatter parses every JSON and YAML file it holds.
 */
const BROKEN: Record<string, string> = {
  'syntax-error.yaml':
    'schemaVersion: 1\nid: t\nfinal:\n  weights: { skp: "60", perilaku: "40"\nversion: 1\n',
  'syntax-error.json':
    '{\n  "schemaVersion": 1,\n  "id": "t",\n  "version": 1\n  "extends": "pp46-2011"\n}\n',
};

describe('kinerja validate: rejections with the right path and exit 1', () => {
  const cases: Array<[file: string, location: string, code?: string]> = [
    ['weights-99.99.json', 'final.weights', 'ruleset.weights-sum'],
    ['weights-100.01.yaml', 'final.weights', 'ruleset.weights-sum'],
    ['band-gap.json', 'bandSets.pp46.bands[2]', 'ruleset.band-gap'],
    ['band-overlap.yaml', 'bandSets.pp46.bands[3]', 'ruleset.band-overlap'],
    ['matrix-incomplete.json', 'final.cells.sesuai-ekspektasi', 'ruleset.matrix-incomplete'],
    ['duplicate-indicator.json', 'indicators[1].id', 'ruleset.duplicate-id'],
    ['unknown-reference.json', 'components[0].bandSet', 'ruleset.unknown-reference'],
    ['non-numeric-weight.yaml', 'final.weights.skp'],
    ['invalid-date.json', 'effective.from'],
    ['schema-version.json', 'schemaVersion', 'ruleset.schema-version'],
  ];
  it.each(cases)('%s → %s', async (file, location, code) => {
    const path = `test/fixtures/rulesets/${file}`;
    const r = await cli(['validate', path]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`${path}: ${location}: `);
    expect(r.stdout).not.toContain(`${path}: ok`);
    if (code) {
      const json = await cli(['validate', '--format', 'json', path]);
      const [report] = JSON.parse(json.stdout) as Array<{
        ok: boolean;
        issues: Array<{ path: string; code: string }>;
      }>;
      expect(report?.ok).toBe(false);
      expect(report?.issues).toContainEqual(expect.objectContaining({ path: location, code }));
    }
  });

  it.each([
    ['syntax-error.yaml', '5:1: invalid YAML: '],
    ['syntax-error.json', '5:3: invalid JSON: expected "," or "}"'],
  ])('%s: a syntax error with line:col (exit 1)', async (name, expected) => {
    const dir = await tempDir();
    await writeFile(join(dir, name), BROKEN[name] ?? '');
    const r = await cli(['validate', name], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`${name}: ${expected}`);
    const json = JSON.parse(
      (await cli(['validate', '--format', 'json', name], { cwd: dir })).stdout,
    ) as Array<{
      issues: Array<{ code: string; line: number; col: number }>;
    }>;
    expect(json[0]?.issues[0]).toMatchObject({ code: 'syntax', line: 5 });
  });

  it('keeps decimals with more digits than a double exact instead of rounding them away', async () => {
    // 39.9999999999999999 would become the double 40 and the weights would "sum to 100".
    const dir = await tempDir();
    const body = (w: string) =>
      `{"schemaVersion":1,"id":"t","version":1,"extends":"pp46-2011","effective":{"from":"2015-01-01"},"final":{"weights":{"skp":60,"perilaku":${w}}}}`;
    await writeFile(join(dir, 'long.json'), body('39.9999999999999999'));
    await writeFile(join(dir, 'long.yaml'), `${body('39.9999999999999999')}\n`);
    for (const f of ['long.json', 'long.yaml']) {
      const r = await cli(['validate', f], { cwd: dir });
      expect(r.code, f).toBe(1);
      expect(r.stdout).toContain(`${f}: final.weights: `);
    }
  });
});

describe('kinerja validate: accepts', () => {
  it('valid ruleset files, JSON and YAML', async () => {
    const r = await cli([
      'validate',
      'test/fixtures/rulesets/valid-extends.yaml',
      'test/fixtures/rulesets/valid-weights.json',
    ]);
    expect(r).toEqual({
      code: 0,
      stdout:
        'test/fixtures/rulesets/valid-extends.yaml: ok\ntest/fixtures/rulesets/valid-weights.json: ok\n',
      stderr: '',
    });
  });

  it('every pack file in examples/packs', async () => {
    const files = PACK_IDS.map((id) => `examples/packs/${id}.json`);
    const r = await cli(['validate', ...files]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(files.map((f) => `${f}: ok\n`).join(''));
    expect(r.code).toBe(0);
  });

  it('prints --format json as an array of { file, ok, issues }', async () => {
    const r = await cli(['validate', '--format', 'json', 'test/fixtures/rulesets/valid-weights.json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([
      { file: 'test/fixtures/rulesets/valid-weights.json', ok: true, issues: [] },
    ]);
  });
});

describe('kinerja validate: files and usage (exit 2)', () => {
  it('a missing file', async () => {
    const r = await cli(['validate', 'test/fixtures/rulesets/missing.json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('test/fixtures/rulesets/missing.json: file not found\n');
  });

  it('a directory, even beside an invalid file', async () => {
    const r = await cli(['validate', 'test/fixtures/rulesets', 'test/fixtures/rulesets/weights-99.99.json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('test/fixtures/rulesets: is a directory');
    expect(r.stdout).toContain('weights-99.99.json: final.weights: ');
  });

  it('no file, an unknown option, an unknown format', async () => {
    expect((await cli(['validate'])).code).toBe(2);
    expect((await cli(['validate', '--strict', 'x.json'])).code).toBe(2);
    expect((await cli(['validate', '--format', 'xml', 'x.json'])).code).toBe(2);
  });

  it('says what is wrong with an option in the language asked for, with the nearest option', async () => {
    const unknown = await cli(['score', '--rulset', 'pp46-2011', 'x.json', '--locale', 'id']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('kinerja score: opsi tidak dikenal: --rulset Maksud Anda "--ruleset"?');
    const missing = await cli(['score', 'x.json', '--ruleset']);
    expect(missing.stderr).toContain('kinerja score: --ruleset needs a value');
    const extra = await cli(['schema', 'ruleset', 'extra', '--locale=id']);
    expect(extra.code).toBe(2);
    expect(extra.stderr).toContain('argumen berlebih: extra');
    const flag = await cli(['packs', '--help=yes']);
    expect(flag.stderr).toContain('--help takes no value');
  });
});

describe('kinerja validate: policy case files', () => {
  it('accepts a pack id, a path relative to the case file and an inline ruleset', async () => {
    const r = await cli(['validate', 'test/fixtures/rulesets/cases-ok.json']);
    expect(r).toMatchObject({ code: 0, stdout: 'test/fixtures/rulesets/cases-ok.json: ok\n' });
  });

  it('validates them as kinerja test reads them, and every ruleset file they name', async () => {
    const f = 'test/fixtures/rulesets/cases-bad.json';
    const r = await cli(['validate', f]);
    expect(r.code).toBe(1);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toEqual([
      `${f}: ruleset: ruleset file "no-such-ruleset.json" (not a pack id): file not found`,
      `${f}: cases[0].input: Required`,
      `${f}: cases[0].expect: Required`,
      `${f}: cases[1].name: Required`,
      `${f}: cases[1].expect: Required`,
      `${f}: cases[2]: Wrong type: expected object, received string`,
      `${f}: cases[3].input: Required`,
      `${f}: cases[3].expect: Required`,
      expect.stringMatching(
        /^test\/fixtures\/rulesets\/cases-bad\.json: cases\[3\]\.ruleset: ruleset "weights-99\.99\.json" is not valid: final\.weights \([a-z.-]+\)$/,
      ),
    ]);
  });

  it('reports what only parseCaseFile finds: duplicate names, unknown kinds and keys', async () => {
    const dir = await tempDir();
    const file = {
      ruleset: 'pp46-2011',
      cases: [
        { name: 'a', input: {}, expect: {} },
        { name: 'a', input: {}, expect: {} },
        { name: 'b', kind: 'bonus', input: {}, expect: {} },
        { name: 'c', input: {}, expect: {}, extra: 1 },
      ],
    };
    await writeFile(join(dir, 'x.cases.json'), JSON.stringify(file));
    const r = await cli(['validate', 'x.cases.json'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout.trim().split('\n')).toEqual([
      'x.cases.json: cases[1].name: Duplicate case name: "a" is already used by case 0',
      expect.stringMatching(/^x\.cases\.json: cases\[2\]\.kind: Unknown case kind: "bonus"/),
      'x.cases.json: cases[3].extra: Unknown key: extra',
    ]);
  });

  it('the golden case files are valid', async () => {
    const r = await cli(['validate', 'test/golden/*.cases.json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('test/golden/pp46-2011.cases.json: ok\n');
  });
});

describe('locale', () => {
  const f = 'test/fixtures/rulesets/weights-99.99.json';
  it('--locale id, KINERJA_LOCALE and LANG choose Indonesian; the default is English', async () => {
    const en = await cli(['validate', f]);
    expect(en.stdout).toContain('Weights must sum');
    for (const [argv, env] of [
      [['validate', '--locale', 'id', f], {}],
      [['--locale', 'id', 'validate', f], {}],
      [['validate', f], { KINERJA_LOCALE: 'id' }],
      [['validate', f], { LANG: 'id_ID.UTF-8' }],
      [['validate', f], { LC_ALL: 'id_ID', LANG: 'en_US.UTF-8' }],
    ] as const) {
      const r = await cli(argv, { env });
      expect(r.stdout, JSON.stringify({ argv, env })).toContain('Jumlah bobot');
    }
    expect((await cli(['validate', f], { env: { KINERJA_LOCALE: 'en', LANG: 'id_ID' } })).stdout).toContain(
      'Weights',
    );
    expect((await cli(['validate', '--locale', 'fr', f])).code).toBe(2);
  });

  it('the CLI texts exist in both languages', async () => {
    const id = await cli(['validate', 'missing.json', '--locale', 'id']);
    expect(id.stderr).toBe('missing.json: berkas tidak ditemukan\n');
    const help = await cli(['help', 'validate', '--locale', 'id']);
    expect(help.stdout).toMatch(/^Pemakaian: kinerja validate/);
  });
});

describe('help, version and commands', () => {
  it('--version and -v print the package version', async () => {
    expect(await cli(['--version'])).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
    expect((await cli(['-v'])).stdout).toBe(`${pkg.version}\n`);
  });

  it('--help, -h, help and <command> --help print usage with examples', async () => {
    for (const argv of [['--help'], ['-h'], ['help']]) {
      const r = await cli(argv);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('Usage: kinerja <command>');
      expect(r.stdout).toContain('kinerja validate my-ruleset.yaml');
    }
    for (const command of ['demo', 'validate', 'score', 'explain', 'test', 'audit', 'schema', 'packs']) {
      for (const argv of [
        [command, '--help'],
        ['help', command],
        ['--help', command],
      ]) {
        const r = await cli(argv);
        expect(r.code, argv.join(' ')).toBe(0);
        expect(r.stdout).toMatch(new RegExp(`^Usage: kinerja ${command}`));
        expect(r.stdout).toContain('Examples:');
      }
    }
  });

  it('no command prints usage to stderr with exit 2', async () => {
    const r = await cli([]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Usage: kinerja <command>');
  });

  it('every command of the contract is available: none says "not available yet"', async () => {
    const r = await cli(['--help']);
    expect(r.stdout).not.toContain('not available yet');
    expect(r.stdout).toMatch(/^ {2}demo +the end-to-end demo on the embedded store$/m);
  });

  it('an unknown command is a usage error with a suggestion', async () => {
    const r = await cli(['valdate', 'x.json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown command: "valdate"');
    expect(r.stderr).toContain('Did you mean "kinerja validate"?');
    const far = await cli(['frobnicate']);
    expect(far.code).toBe(2);
    expect(far.stderr).not.toContain('Did you mean');
    expect((await cli(['help', 'pack'])).stderr).toContain('Did you mean "kinerja packs"?');
  });
});

describe('kinerja schema and kinerja packs', () => {
  it('schema prints the JSON Schema, or writes it with --out', async () => {
    const r = await cli(['schema']);
    expect(r.code).toBe(0);
    const printed = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(printed.$schema).toMatch(/json-schema\.org/);
    const dir = await tempDir();
    const out = await cli(['schema', '--out', 'sub/schema.json'], { cwd: dir });
    expect(out.code).toBe(0);
    expect(await readFile(join(dir, 'sub/schema.json'), 'utf8')).toBe(r.stdout);
  });

  it('schema NAME prints that format’s JSON Schema, for every name; ruleset is the default', async () => {
    const byDefault = await cli(['schema']);
    expect((await cli(['schema', 'ruleset'])).stdout).toBe(byDefault.stdout);
    expect(JSON.parse(byDefault.stdout)).toEqual(rulesetJsonSchema());
    for (const name of FORMAT_NAMES) {
      const r = await cli(['schema', name]);
      expect(r.code, name).toBe(0);
      const expected = formatJsonSchema(name);
      expect(expected.ok && JSON.parse(r.stdout)).toEqual(expected.ok && expected.value);
    }
    const dir = await tempDir();
    const out = await cli(['schema', 'case-file', '-o', 'case-file.schema.json'], { cwd: dir });
    expect(out).toMatchObject({ code: 0, stderr: 'wrote case-file.schema.json\n' });
    // kinerja validate recognises the file as the current case-file schema.
    expect(await cli(['validate', 'case-file.schema.json'], { cwd: dir })).toMatchObject({
      code: 0,
      stdout: 'case-file.schema.json: ok\n',
    });
    const stale = JSON.parse(await readFile(join(dir, 'case-file.schema.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    await writeFile(join(dir, 'stale.schema.json'), JSON.stringify({ ...stale, title: 'old' }));
    expect(await cli(['validate', 'stale.schema.json'], { cwd: dir })).toMatchObject({
      code: 1,
      stdout:
        'stale.schema.json: (root): this JSON Schema is not the case-file schema of this version of kinerja; regenerate it with "kinerja schema case-file --out FILE"\n',
    });
  });

  it('schema --list names every format with its description, as text and as JSON', async () => {
    const text = await cli(['schema', '--list']);
    expect(text.code).toBe(0);
    const lines = text.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^FORMAT\s+DESCRIPTION$/);
    expect(lines.slice(1).map((l) => l.split(/\s+/)[0])).toEqual([...FORMAT_NAMES]);
    for (const name of ['ruleset', 'case-file', 'eligibility-rule']) expect(FORMAT_NAMES).toContain(name);
    expect(lines[1]).toContain(listFormats()[0]?.description.en);
    const id = await cli(['schema', '--list', '--locale', 'id']);
    expect(id.stdout.split('\n')[0]).toMatch(/^FORMAT\s+KETERANGAN$/);
    expect(id.stdout).toContain(listFormats()[0]?.description.id);
    const json = JSON.parse((await cli(['schema', '--list', '--format', 'json'])).stdout) as {
      formats: Array<{ name: string; id: string }>;
    };
    expect(json.formats.map((f) => f.name)).toEqual([...FORMAT_NAMES]);
    expect(json.formats[0]?.id).toBe('https://unpkg.com/kinerja/schema/ruleset.schema.json');
  });

  it('schema: an unknown name is a usage error with the nearest name, in the language asked for', async () => {
    const en = await cli(['schema', 'rulset']);
    expect(en).toMatchObject({ code: 2, stdout: '' });
    expect(en.stderr).toBe(
      'kinerja schema: unknown format "rulset" (list them with kinerja schema --list) Did you mean "ruleset"?\nRun "kinerja schema --help" for usage.\n',
    );
    const id = await cli(['schema', 'case-fle', '--locale', 'id']);
    expect(id.code).toBe(2);
    expect(id.stderr).toContain('format tidak dikenal: "case-fle"');
    expect(id.stderr).toContain('Maksud Anda "case-file"?');
    const far = await cli(['schema', 'zzzzzzzz']);
    expect(far.code).toBe(2);
    expect(far.stderr).not.toContain('Did you mean');
    expect((await cli(['schema', '--list', 'ruleset'])).code).toBe(2);
    expect((await cli(['schema', '--format', 'json'])).stderr).toContain('--format applies to --list only');
    expect((await cli(['schema', '--list', '--format', 'xml'])).code).toBe(2);
  });

  it('packs lists every pack as an aligned table and as JSON', async () => {
    const table = await cli(['packs']);
    expect(table.code).toBe(0);
    const [packPart, rulePart] = table.stdout.trimEnd().split('\n\n');
    const lines = (packPart ?? '').split('\n');
    expect(lines[0]).toMatch(/^ID\s+VERSION\s+EFFECTIVE\s+FINAL\s+COMPONENTS\s+PREDIKAT$/);
    // Then the promotion rules with their leaf ids.
    const rules = (rulePart ?? '').split('\n');
    expect(rules[0]).toMatch(/^PROMOTION RULE\s+CONDITIONS$/);
    expect(rules.slice(1).map((l) => l.split(/\s+/)[0])).toEqual([...PROMOTION_RULE_IDS]);
    expect(rulePart).toContain(
      'masa-kerja-pangkat, predikat-dua-tahun, bebas-hukuman-disiplin, batas-pendidikan, ujian-dinas',
    );
    expect(lines.slice(1).map((l) => l.split(/\s+/)[0])).toEqual([...PACK_IDS]);
    // Aligned: every row starts its second column where the header does.
    const at = lines[0]?.indexOf('VERSION');
    for (const l of lines.slice(1)) expect(l.slice(0, at).trimEnd()).not.toContain('  ');
    expect(table.stdout).toContain('2014-01-01 – 2020-12-31');
    const json = JSON.parse((await cli(['packs', '--format', 'json'])).stdout) as {
      packs: Array<{ id: string }>;
      promotionRules: Array<{ id: string; leaves: string[] }>;
    };
    expect(json.packs.map((p) => p.id)).toEqual([...PACK_IDS]);
    expect(json.promotionRules.map((r) => r.id)).toEqual([...PROMOTION_RULE_IDS]);
  });

  it('packs --export writes every pack and the schema; the files validate against both', async () => {
    const dir = await tempDir();
    const r = await cli(['packs', '--export', 'out'], { cwd: dir });
    expect(r.code).toBe(0);
    const names = (await readdir(join(dir, 'out'))).sort();
    expect(names).toEqual([...PACK_IDS.map((id) => `${id}.json`), 'ruleset.schema.json'].sort());
    for (const id of PACK_IDS) {
      const file = JSON.parse(await readFile(join(dir, 'out', `${id}.json`), 'utf8')) as Record<
        string,
        unknown
      >;
      expect(Object.keys(file)[0]).toBe('$schema');
      expect(file.$schema).toBe('./ruleset.schema.json');
      const { $schema: _, ...rest } = file;
      expect(rest).toEqual(getPackSource(id));
      expect(parseRuleset(file).ok).toBe(true);
    }
  });
});

describe('examples/packs', () => {
  it('matches the current packs (regenerate: npm run build && node bin/kinerja.js packs --export examples/packs)', async () => {
    const dir = await tempDir();
    await cli(['packs', '--export', dir]);
    const expected = (await readdir(dir)).sort();
    const actual = (await readdir(join(root, 'examples/packs'))).sort();
    expect(actual).toEqual(expected);
    for (const name of expected) {
      const want = await readFile(join(dir, name), 'utf8');
      const have = await readFile(join(root, 'examples/packs', name), 'utf8');
      expect(have, `examples/packs/${name} is stale`).toBe(want);
    }
  });
});

describe('bin/kinerja.js (the built bundle, spawned)', () => {
  const bin = join(root, 'bin/kinerja.js');
  const node = (args: string[]) =>
    spawnSync(process.execPath, [bin, ...args], {
      cwd: root,
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '' },
    });

  it('dist/cli.js exists (npm test builds first)', () => {
    expect(existsSync(join(root, 'dist/cli.js'))).toBe(true);
  });

  it('prints the version from package.json', () => {
    const r = node(['--version']);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(`${pkg.version}\n`);
  });

  it('validates with exit statuses 0, 1 and 2', () => {
    expect(node(['validate', 'examples/packs/pp46-2011.json']).status).toBe(0);
    const bad = node(['validate', 'test/fixtures/rulesets/weights-100.01.yaml']);
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain('test/fixtures/rulesets/weights-100.01.yaml: final.weights: ');
    expect(node(['validate', 'missing.yaml']).status).toBe(2);
  });
});
