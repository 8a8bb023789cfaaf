import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileRuleset, scoreEvaluation, unwrap } from '../src/index';
import { cli, root, tempDir } from './support/cli';

const FIXTURES = 'test/fixtures/cli';

type Item =
  | {
      index: number;
      ok: true;
      line?: number;
      result: { predikat: string; score: string | null; employee?: { id: string } };
    }
  | {
      index: number;
      ok: false;
      line?: number;
      issues: Array<{ path: unknown[]; code: string; message: { en: string } }>;
    };

const jsonl = (text: string): Item[] =>
  text
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Item);

const PP46_SUMMARY = [
  'predikat     count       %',
  'sangat-baik      0    0.0%',
  'baik             2  100.0%',
  'cukup            0    0.0%',
  'kurang           0    0.0%',
  'buruk            0    0.0%',
  'scored           2  100.0%',
  'needs dialogue: 0 · with warnings: 1',
  'rejected: 1',
  '  #3 indicators[0].kuantitas.target: The target must be greater than 0 (achievement cannot be computed by dividing by zero)',
  '',
].join('\n');

describe('kinerja score: .json input', () => {
  const file = `${FIXTURES}/pp46.json`;

  it('--format table: one row per evaluation, the summary on stderr, exit 1 for a rejected input', async () => {
    const r = await cli(['score', '--ruleset', 'pp46-2011', file, '--format', 'table']);
    expect(r.stdout).toBe(
      [
        '#  EMPLOYEE            SCORE  PREDIKAT    DIALOGUE  WARNINGS',
        '1  198501012010011001  88.58  baik        no               2',
        '2  199002022015022002  77.60  baik        no               0',
        '3  199103032016031003      -  (rejected)  -                -',
        '',
      ].join('\n'),
    );
    expect(r.stderr).toBe(PP46_SUMMARY);
    expect(r.code).toBe(1);
  });

  it('defaults to jsonl when standard output is not a terminal: { index, ok, result | issues }', async () => {
    const r = await cli(['score', '--ruleset', 'pp46-2011', file]);
    const items = jsonl(r.stdout);
    expect(items.map((i) => [i.index, i.ok])).toEqual([
      [0, true],
      [1, true],
      [2, false],
    ]);
    expect(items[0]).toMatchObject({ ok: true, result: { score: '88.58', predikat: 'baik' } });
    const rejected = items[2];
    expect(Object.keys(rejected ?? {})).toEqual(['index', 'ok', 'issues']);
    expect(rejected).toMatchObject({
      issues: [{ path: ['indicators', 0, 'kuantitas', 'target'], code: 'scoring.zero-target' }],
    });
    // Exactly what the library gives for the same input.
    const inputs = JSON.parse(await readFile(join(root, file), 'utf8')) as unknown[];
    const direct = scoreEvaluation(unwrap(compileRuleset('pp46-2011')), inputs[0]);
    expect(direct.ok && items[0]?.ok && items[0].result).toEqual(direct.ok && direct.value);
    expect(r.stderr).toBe(PP46_SUMMARY);
  });

  it('defaults to a table on a terminal', async () => {
    const r = await cli(['score', '--ruleset', 'pp46-2011', file], { isTTY: true });
    expect(r.stdout.split('\n')[0]).toMatch(/^#\s+EMPLOYEE\s+SCORE\s+PREDIKAT\s+DIALOGUE\s+WARNINGS$/);
  });

  it('--format json: an array', async () => {
    const r = await cli(['score', '--ruleset', 'pp46-2011', file, '--format', 'json']);
    const items = JSON.parse(r.stdout) as Item[];
    expect(items).toHaveLength(3);
    expect(items.map((i) => (i.ok ? i.result.predikat : null))).toEqual(['baik', 'baik', null]);
  });

  it('one evaluation object (not an array) is a batch of one; exit 0 when nothing is rejected', async () => {
    const r = await cli(['score', '--ruleset', 'pp46-2011', `${FIXTURES}/evaluation.json`]);
    expect(r.code).toBe(0);
    expect(jsonl(r.stdout)).toMatchObject([{ index: 0, ok: true, result: { score: '83.30' } }]);
    expect(r.stderr).not.toContain('rejected');
  });

  it('the table and the summary in Indonesian', async () => {
    const r = await cli(['score', '--ruleset', 'pp46-2011', file, '--format', 'table', '--locale', 'id']);
    expect(r.stdout.split('\n')[0]).toMatch(/^#\s+PEGAWAI\s+NILAI\s+PREDIKAT\s+DIALOG\s+PERINGATAN$/);
    expect(r.stdout).toContain('(ditolak)');
    expect(r.stderr).toContain('predikat     jumlah       %');
    expect(r.stderr).toContain('perlu dialog: 0 · dengan peringatan: 1');
    expect(r.stderr).toContain('ditolak: 1\n  #3 indicators[0].kuantitas.target: Target harus');
  });
});

describe('kinerja score: .jsonl input', () => {
  const file = `${FIXTURES}/permenpanrb.jsonl`;

  it('skips blank lines; a line that is not JSON is rejected with its line number; the others are scored', async () => {
    const r = await cli(['score', '--ruleset', 'permenpanrb-6-2022', file]);
    const items = jsonl(r.stdout);
    expect(items.map((i) => [i.index, i.line, i.ok ? i.result.predikat : i.issues[0]?.code])).toEqual([
      [0, 1, 'sangat-baik'],
      [1, 2, 'baik'],
      [2, 4, 'butuh-perbaikan'],
      [3, 5, 'cli.json-syntax'],
      [4, 6, 'scoring.unknown-rating-code'],
      [5, 7, 'sangat-baik'],
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      [
        'predikat         count       %',
        'sangat-baik          2   50.0%',
        'baik                 1   25.0%',
        'butuh-perbaikan      1   25.0%',
        'kurang               0    0.0%',
        'sangat-kurang        0    0.0%',
        'scored               4  100.0%',
        'needs dialogue: 1 · with warnings: 0',
        'rejected: 2',
        '  #4 (line 5): column 77: invalid JSON: expected """',
        '  #5 (line 6) ratings.hasil-kerja: Unknown rating code: "luar-biasa" (available: di-atas-ekspektasi, sesuai-ekspektasi, di-bawah-ekspektasi)',
        '',
      ].join('\n'),
    );
  });

  it('the table shows the dialogue the raters need', async () => {
    const r = await cli(['score', '--ruleset', 'permenpanrb-6-2022', file, '--format', 'table']);
    expect(r.stdout.split('\n').slice(0, 3)).toEqual([
      '#  EMPLOYEE  SCORE  PREDIKAT         DIALOGUE  WARNINGS',
      '1  P001          -  sangat-baik      no               0',
      '2  P002          -  baik             yes              0',
    ]);
  });

  it('an empty input: nothing scored, exit 0', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'empty.jsonl'), '\n\n');
    const r = await cli(['score', '--ruleset', 'pp46-2011', 'empty.jsonl'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/\nscored +0 +-\n/);
  });
});

describe('kinerja score: .csv input', () => {
  const file = `${FIXTURES}/pp46.csv`;

  it('semicolons (guessed or given), quoted cells with ; "" and a line break, an empty second indicator', async () => {
    for (const extra of [[], ['--delimiter', ';']]) {
      const r = await cli(['score', '--ruleset', 'pp46-2011', file, ...extra]);
      const items = jsonl(r.stdout);
      expect(items.map((i) => [i.index, i.line, i.ok ? i.result.score : i.issues[0]?.code])).toEqual([
        [0, 2, '89.18'],
        [1, 4, '77.60'],
        [2, 5, 'scoring.zero-target'],
        [3, 7, 'cli.csv-extra-cells'],
      ]);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(
        '  #3 (line 5) indicators[0].kuantitas.target: The target must be greater than 0',
      );
      expect(r.stderr).toContain(
        '  #4 (line 7): the row has 28 cells, more than the 27 columns of the header\n',
      );
    }
  });

  it('a row gives the same result as the same evaluation written as JSON', async () => {
    const csv = jsonl((await cli(['score', '--ruleset', 'pp46-2011', file])).stdout);
    const json = jsonl((await cli(['score', '--ruleset', 'pp46-2011', `${FIXTURES}/pp46.json`])).stdout);
    // Equal but for the explanation, which shows the inputs as written ("8" in CSV, 8 in JSON).
    const second = (items: Item[]) => (items[1]?.ok ? { ...items[1].result, explanation: null } : undefined);
    expect(second(csv)).toEqual(second(json));
    expect(second(csv)).toMatchObject({ score: '77.60', employee: { id: '199002022015022002' } });
    // The first row also has tugas tambahan (1 point) and a justification with quotes and a line break.
    expect(csv[0]?.ok && csv[0].result.score).toBe('89.18');
  });

  it('CRLF line ends and a UTF-8 byte order mark give the same results', async () => {
    const dir = await tempDir();
    const text = await readFile(join(root, file), 'utf8');
    await writeFile(join(dir, 'windows.csv'), `\uFEFF${text.replaceAll('\n', '\r\n')}`);
    const lf = await cli(['score', '--ruleset', 'pp46-2011', file]);
    const crlf = await cli(['score', '--ruleset', 'pp46-2011', 'windows.csv'], { cwd: dir });
    const strip = (items: Item[]) =>
      items.map((i) => (i.ok ? { ...i, result: { ...i.result, explanation: null } } : i));
    // The justification's line break is CRLF now; everything else is equal.
    expect(strip(jsonl(crlf.stdout))).toEqual(
      strip(jsonl(lf.stdout.replace('diganti\\npada', 'diganti\\r\\npada'))),
    );
    expect(crlf.code).toBe(1);
  });

  it('commas, booleans, raters; a quote left open rejects the rest of the file with its line', async () => {
    const dir = await tempDir();
    await writeFile(
      join(dir, 'p.csv'),
      [
        'employee.id,ratings.hasil-kerja.supervisor,ratings.hasil-kerja.self,ratings.perilaku,employee.unitHead,organisation.predikat',
        'A1,sesuai-ekspektasi,di-atas-ekspektasi,sesuai-ekspektasi,,',
        'A2,,,di-atas-ekspektasi,TRUE,istimewa',
        'A3,"sesuai-ekspektasi,di-atas-ekspektasi,x',
        'A4,sesuai-ekspektasi,,sesuai-ekspektasi,,',
        '',
      ].join('\n'),
    );
    const r = await cli(['score', '--ruleset', 'permenpanrb-6-2022', 'p.csv'], { cwd: dir });
    const items = jsonl(r.stdout);
    expect(items).toMatchObject([
      { index: 0, line: 2, ok: true, result: { predikat: 'baik', employee: { id: 'A1' } } },
      { index: 1, line: 3, ok: true, result: { predikat: 'sangat-baik' } },
      { index: 2, line: 4, ok: false, issues: [{ code: 'cli.csv-unterminated-quote' }] },
    ]);
    expect(items).toHaveLength(3);
    expect(r.stderr).toContain('  #3 (line 4): a quote is not closed before the end of the file\n');
    expect(r.code).toBe(1);
  });

  it('a malformed header is exit 2 before anything is scored', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'h.csv'), 'employee.id;ratings..perilaku;employee.id\nA;B;C\n');
    const r = await cli(['score', '--ruleset', 'pp46-2011', 'h.csv'], { cwd: dir });
    expect(r).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'h.csv: header, column 2: "ratings..perilaku" has an empty part (between dots)\n' +
        'h.csv: header, column 3: "employee.id" appears more than once\n',
    });
    await writeFile(join(dir, 'empty.csv'), '');
    const empty = await cli(['score', '--ruleset', 'pp46-2011', 'empty.csv'], { cwd: dir });
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('the CSV file is empty');
  });
});

describe('kinerja score: --out, the progress bar', () => {
  it('--out writes the results to a file (jsonl, or json for *.json); the summary stays on stderr', async () => {
    const dir = await tempDir();
    const r = await cli(
      ['score', '-r', 'pp46-2011', join(root, FIXTURES, 'pp46.json'), '--out', 'out/r.jsonl'],
      {
        cwd: dir,
      },
    );
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`${PP46_SUMMARY}wrote 3 results to out/r.jsonl\n`);
    expect(jsonl(await readFile(join(dir, 'out/r.jsonl'), 'utf8'))).toHaveLength(3);
    await cli(['score', '-r', 'pp46-2011', join(root, FIXTURES, 'pp46.json'), '--out', 'r.json'], {
      cwd: dir,
    });
    expect(JSON.parse(await readFile(join(dir, 'r.json'), 'utf8'))).toHaveLength(3);
  });

  it('a file that cannot be written is exit 2', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'blocker'), '');
    const r = await cli(
      ['score', '-r', 'pp46-2011', join(root, FIXTURES, 'pp46.json'), '--out', 'blocker/r.jsonl'],
      {
        cwd: dir,
      },
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^blocker\/r\.jsonl: cannot be written: /);
  });

  async function longInput(): Promise<string> {
    const dir = await tempDir();
    const line = JSON.stringify({
      ratings: { 'hasil-kerja': 'sesuai-ekspektasi', perilaku: 'sesuai-ekspektasi' },
    });
    const file = join(dir, 'long.jsonl');
    await writeFile(file, `${Array.from({ length: 1500 }, () => line).join('\n')}\n`);
    return file;
  }

  it('is drawn on a terminal for a long input, and erased before the summary', async () => {
    const file = await longInput();
    const r = await cli(['score', '-r', 'permenpanrb-6-2022', file, '--out', join(file, '..', 'o.jsonl')], {
      stderrIsTTY: true,
    });
    expect(r.code).toBe(0);
    // "Erase to the end of the line" as <EL>, to read the frames.
    const stderr = r.stderr.replaceAll('\u001b[K', '<EL>');
    const frames = stderr.split('\r').slice(1, -1);
    expect(frames.length).toBeGreaterThan(0);
    // The first frame comes at the 1,000th evaluation of a stream (its length is not known before).
    expect(frames[0]).toMatch(/^scoring \[[#-]{30}\] +\d+% 1000<EL>$/);
    expect(stderr).toMatch(/\r<EL>predikat/);
    expect(r.stderr).toMatch(/\nbaik +1500 +100\.0%\n/);
  });

  it('is not drawn when stderr is no terminal, for a short input, or when the results fill the same terminal', async () => {
    const file = await longInput();
    const args = ['score', '-r', 'permenpanrb-6-2022', file];
    expect((await cli(args)).stderr).not.toContain('\r');
    expect((await cli(args, { isTTY: true, stderrIsTTY: true })).stderr).not.toContain('\r');
    const short = await cli(['score', '-r', 'pp46-2011', `${FIXTURES}/pp46.json`], { stderrIsTTY: true });
    expect(short.stderr).not.toContain('\r');
  });

  it('a .json array of 1,000 or more has a known length: the bar shows from the start with n/total', async () => {
    const dir = await tempDir();
    const one = { ratings: { 'hasil-kerja': 'sesuai-ekspektasi', perilaku: 'sesuai-ekspektasi' } };
    await writeFile(join(dir, 'many.json'), JSON.stringify(Array.from({ length: 1200 }, () => one)));
    const r = await cli(['score', '-r', 'permenpanrb-6-2022', 'many.json'], { cwd: dir, stderrIsTTY: true });
    const first = r.stderr.replaceAll('\u001b[K', '<EL>').split('\r')[1];
    expect(first).toMatch(/^scoring \[-{30}\] +0% 1\/1200<EL>$/);
  });
});

describe('kinerja score: rulesets and usage', () => {
  it('a ruleset file is validated and used', async () => {
    const r = await cli([
      'score',
      '--ruleset',
      'examples/packs/pp46-2011.json',
      `${FIXTURES}/evaluation.json`,
    ]);
    expect(r.code).toBe(0);
    expect(jsonl(r.stdout)[0]).toMatchObject({ ok: true, result: { score: '83.30' } });
    const yaml = await cli([
      'score',
      '-r',
      'test/fixtures/rulesets/valid-extends.yaml',
      `${FIXTURES}/permenpanrb.jsonl`,
    ]);
    expect(jsonl(yaml.stdout)[0]).toMatchObject({
      ok: true,
      result: { ruleset: { id: 'kab-contoh', version: 3 } },
    });
  });

  it('an invalid ruleset file is exit 1 with file: path: message; a missing one is exit 2', async () => {
    const bad = await cli([
      'score',
      '--ruleset',
      'test/fixtures/rulesets/weights-99.99.json',
      `${FIXTURES}/pp46.json`,
    ]);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toMatch(
      /^test\/fixtures\/rulesets\/weights-99\.99\.json: final\.weights: Weights must sum/,
    );
    const missing = await cli(['score', '--ruleset', 'pp46', `${FIXTURES}/pp46.json`]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe(
      'pp46: not a built-in pack (pp46-2011, pp30-2019, pp30-2019-360, permenpanrb-6-2022) and the file cannot be read: file not found\n',
    );
  });

  it('usage errors are exit 2', async () => {
    const f = `${FIXTURES}/pp46.json`;
    for (const [argv, message] of [
      [['score', f], '--ruleset is required'],
      [['score', '-r', 'pp46-2011'], 'name exactly one input file'],
      [['score', '-r', 'pp46-2011', f, f], 'name exactly one input file'],
      [['score', '-r', 'pp46-2011', 'x.xml'], 'unknown input type "x.xml"'],
      [['score', '-r', 'pp46-2011', f, '--format', 'csv'], 'unknown --format value "csv"'],
      [['score', '-r', 'pp46-2011', f, '--delimiter', ';;'], 'invalid --delimiter ";;"'],
      [['score', '-r', 'pp46-2011', f, '--store', 'memory'], '--agency is required with --store'],
      [['score', '-r', 'pp46-2011', 'missing.jsonl'], 'missing.jsonl: file not found'],
      [['score', '-r', 'pp46-2011', `${FIXTURES}.csv`], 'file not found'],
    ] as const) {
      const r = await cli(argv);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.stderr, argv.join(' ')).toContain(message);
      expect(r.stdout).toBe('');
    }
  });
});

describe('kinerja score: effective dates (issue 11)', () => {
  const ratings = { 'hasil-kerja': 'sesuai-ekspektasi', perilaku: 'sesuai-ekspektasi' };
  const inputs = JSON.stringify([
    { employee: { id: 'a' }, period: { start: '2025-01-01', end: '2025-12-31' }, ratings },
    { employee: { id: 'b' }, period: { start: '2021-01-01', end: '2021-12-31' }, ratings },
  ]);
  const ruleset = (extra: Record<string, unknown>) =>
    JSON.stringify({
      schemaVersion: 1,
      id: 'kab-contoh',
      version: 1,
      extends: 'permenpanrb-6-2022',
      effective: { from: '2025-01-01' },
      ...extra,
    });

  it('a period outside the ruleset’s effective dates is a rejected input with scoring.outside-effective at period', async () => {
    const dir = await tempDir({ 'in.json': inputs });
    const r = await cli([
      'score',
      '--ruleset',
      'permenpanrb-6-2022',
      join(dir, 'in.json'),
      '--format',
      'jsonl',
    ]);
    expect(r.code).toBe(1);
    const items = jsonl(r.stdout);
    expect(items.map((i) => [i.index, i.ok])).toEqual([
      [0, true],
      [1, false],
    ]);
    expect(items[1]).toMatchObject({ issues: [{ path: ['period'], code: 'scoring.outside-effective' }] });
    // The same under a ruleset of the agency's own, effective from 2025.
    const dir2 = await tempDir({ 'in.json': inputs, 'r.json': ruleset({}) });
    const r2 = await cli([
      'score',
      '--ruleset',
      join(dir2, 'r.json'),
      join(dir2, 'in.json'),
      '--format',
      'jsonl',
    ]);
    expect(r2.code).toBe(1);
    const items2 = jsonl(r2.stdout);
    expect(items2[0]).toMatchObject({ ok: true });
    expect(items2[1]).toMatchObject({
      ok: false,
      issues: [{ path: ['period'], code: 'scoring.outside-effective' }],
    });
    expect(r2.stderr).toContain(
      'period: The period 2021-01-01 to 2021-12-31 lies outside the effective dates of ruleset "kab-contoh@1" (2025-01-01 to …)',
    );
  });

  it('with "outsideEffective": "warning" the input is scored and the warning is counted and shown', async () => {
    const dir = await tempDir({ 'in.json': inputs, 'r.json': ruleset({ outsideEffective: 'warning' }) });
    const r = await cli([
      'score',
      '--ruleset',
      join(dir, 'r.json'),
      join(dir, 'in.json'),
      '--format',
      'jsonl',
    ]);
    expect(r.code).toBe(0);
    const items = jsonl(r.stdout);
    expect(items.map((i) => i.ok)).toEqual([true, true]);
    expect(items[1]).toMatchObject({
      ok: true,
      result: { warnings: [{ path: ['period'], code: 'scoring.outside-effective', severity: 'warning' }] },
    });
    expect(r.stderr).toContain('with warnings: 1');
  });
});
