import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { cli, root, tempDir } from './support/cli';

/**
 * What the command line does with files that cross the reader's limits (nesting, YAML aliases,
 * numbers a double cannot hold): an issue with line:col and exit 1, never a stack trace, and in
 * a `.jsonl` input only the bad line is rejected.
 */

const STACK = /^\s+at /m;
const deepJson = (n: number): string => `${'['.repeat(n)}${']'.repeat(n)}`;
const deepObject = (n: number): string => `{"a":${'{"a":'.repeat(n - 1)}1${'}'.repeat(n)}`;

function billionLaughs(): string {
  let text = 'a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n';
  let prev = 'a';
  for (const name of ['b', 'c', 'd', 'e', 'f', 'g', 'h', 'i']) {
    text += `${name}: &${name} [${Array(9).fill(`*${prev}`).join(', ')}]\n`;
    prev = name;
  }
  return text;
}

/** A valid pp46-2011 evaluation with `realisasi` of the quality written as `quality`. */
async function evaluationWith(quality: string): Promise<string> {
  const text = await readFile(`${root}/test/fixtures/cli/evaluation.json`, 'utf8');
  return text.replace('"realisasi": 90', `"realisasi": ${quality}`);
}

const P = (id: string, rating = 'sesuai-ekspektasi'): string =>
  JSON.stringify({ employee: { id }, ratings: { 'hasil-kerja': rating, perilaku: rating } });

describe('nesting deeper than the limit (64 levels)', () => {
  it('validate: a 10,000-level JSON file is one issue at the bracket that crosses the limit, exit 1', async () => {
    const dir = await tempDir({ 'deep.json': deepJson(10_000), 'deep.yaml': `x: ${deepJson(10_000)}\n` });
    const r = await cli(['validate', 'deep.json', 'deep.yaml'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(
      [
        'deep.json: 1:65: Nested too deeply: at most 64 levels',
        'deep.yaml: 1:67: Nested too deeply: at most 64 levels',
        '',
      ].join('\n'),
    );
    expect(r.stdout + r.stderr).not.toMatch(STACK);
    const json = await cli(['validate', 'deep.json', '--format', 'json'], { cwd: dir });
    expect(JSON.parse(json.stdout)[0].issues[0]).toMatchObject({ code: 'input.too-deep', line: 1, col: 65 });
  });

  it('score and explain: exit 1 with line:col', async () => {
    const dir = await tempDir({ 'deep.json': `[\n${deepObject(10_000)}]` });
    const score = await cli(['score', '--ruleset', 'pp46-2011', 'deep.json'], { cwd: dir });
    expect(score.code).toBe(1);
    expect(score.stderr).toBe('deep.json: 2:316: Nested too deeply: at most 64 levels\n');
    const explain = await cli(['explain', '--ruleset', 'pp46-2011', 'deep.json'], { cwd: dir });
    expect(explain.code).toBe(1);
    expect(explain.stdout).toBe('deep.json: 2:316: Nested too deeply: at most 64 levels\n');
    expect(score.stdout + score.stderr + explain.stdout + explain.stderr).not.toMatch(STACK);
  });

  it('a --ruleset file nested too deep is an issue, exit 1', async () => {
    const dir = await tempDir({ 'deep.yaml': `${'- '.repeat(10_000)}x\n` });
    const r = await cli(['score', '--ruleset', 'deep.yaml', `${root}/test/fixtures/cli/evaluation.json`], {
      cwd: dir,
    });
    expect(r.code).toBe(1);
    expect(r.stdout + r.stderr).toContain('deep.yaml: 1:129: Nested too deeply: at most 64 levels');
    expect(r.stdout + r.stderr).not.toMatch(STACK);
  });

  it('test: a case file nested too deep is not a valid case file (exit 2), named with line:col', async () => {
    const dir = await tempDir({ 'deep.cases.json': `{"cases": ${deepJson(10_000)}}` });
    const r = await cli(['test', 'deep.cases.json'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('deep.cases.json: 1:74: Nested too deeply: at most 64 levels\n');
  });

  it('test: a ruleset nested too deep fails its cases (exit 1)', async () => {
    const cases = { ruleset: 'deep.yaml', cases: [{ name: 'one', input: {}, expect: { predikat: 'baik' } }] };
    const dir = await tempDir({
      'deep.yaml': `${'- '.repeat(10_000)}x\n`,
      'a.cases.json': JSON.stringify(cases),
    });
    const r = await cli(['test', 'a.cases.json'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('1:129 (input.too-deep)');
    expect(r.stdout + r.stderr).not.toMatch(STACK);
  });
});

describe('.jsonl: a bad line is rejected alone', () => {
  it('too deep, bad syntax and an out-of-range number each reject their line; the others are scored', async () => {
    const lines = [
      P('P1'),
      `{"employee": {"id": "P2"}, "ratings": ${deepObject(10_000)}}`,
      '{"employee": {"id": "P3"}, ',
      `{"employee": {"id": "P4"}, "ratings": {"hasil-kerja": 1e-400}}`,
      P('P5', 'di-atas-ekspektasi'),
    ];
    const dir = await tempDir({ 'in.jsonl': `${lines.join('\n')}\n` });
    const r = await cli(['score', '--ruleset', 'permenpanrb-6-2022', 'in.jsonl'], { cwd: dir });
    expect(r.code).toBe(1);
    const items = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(items.map((i) => [i.line, i.ok ? i.result.predikat : i.issues[0].code])).toEqual([
      [1, 'baik'],
      [2, 'input.too-deep'],
      [3, 'cli.json-syntax'],
      [4, 'cli.number-out-of-range'],
      [5, 'sangat-baik'],
    ]);
    expect(r.stderr).toContain('#2 (line 2): column 354: Nested too deeply: at most 64 levels');
    expect(r.stderr).toContain(
      '#4 (line 4): column 55: the number 1e-400 cannot be read exactly: out of range (it would be read as 0)',
    );
    expect(r.stdout + r.stderr).not.toMatch(STACK);
  });
});

describe('YAML aliases', () => {
  it('an ordinary file with 101 (and 1,000) alias uses is read', async () => {
    const uses = (n: number) =>
      Array.from({ length: n }, (_, i) => `  - { id: k${i}, bobot: *w }`).join('\n');
    const dir = await tempDir({
      'a101.yaml': `w: &w "50"\nitems:\n${uses(101)}\n`,
      'a1000.yaml': `w: &w [1, 2, 3]\nitems:\n${uses(1000)}\n`,
    });
    const r = await cli(['validate', 'a101.yaml', 'a1000.yaml'], { cwd: dir });
    // Not rulesets, so the library has issues; what matters is that the files were read.
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('a101.yaml: schemaVersion:');
    expect(r.stdout).toContain('a1000.yaml: schemaVersion:');
    expect(r.stdout + r.stderr).not.toMatch(STACK);
  });

  it('a billion-laughs file is refused at the alias that crosses the budget, exit 1', async () => {
    const dir = await tempDir({ 'lol.yaml': billionLaughs() });
    const r = await cli(['validate', 'lol.yaml'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(
      'lol.yaml: 6:8: YAML aliases copy in more than 100000 values (each use counts what it copies); write the values out or use fewer aliases\n',
    );
    const explain = await cli(['explain', '--ruleset', 'pp46-2011', 'lol.yaml'], { cwd: dir });
    expect(explain.code).toBe(1);
    expect(explain.stdout).toContain('lol.yaml: 6:8: YAML aliases copy in more than 100000 values');
    expect(r.stderr + explain.stderr + explain.stdout).not.toMatch(STACK);
  });

  it('an alias of a collection containing it, or without an anchor, is an issue, exit 1', async () => {
    const dir = await tempDir({ 'cycle.yaml': 'a: &a [1, *a]\n', 'lost.yaml': 'a: *nowhere\n' });
    const r = await cli(['validate', 'cycle.yaml', 'lost.yaml'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(
      [
        'cycle.yaml: 1:11: Nested too deeply: at most 64 levels',
        'lost.yaml: 1:4: invalid YAML: the alias *nowhere has no anchor &nowhere before it',
        '',
      ].join('\n'),
    );
  });
});

describe('numbers are read exactly', () => {
  it('1e-400 and 1e400 in JSON and YAML are issues naming the value at its line:col, exit 1', async () => {
    const dir = await tempDir({
      'tiny.json': await evaluationWith('1e-400'),
      'huge.json': await evaluationWith('1e400'),
      'tiny.yaml': 'schemaVersion: 1\nid: x\nfinal:\n  weight: 1e-400\n',
    });
    const explain = await cli(['explain', '--ruleset', 'pp46-2011', 'tiny.json'], { cwd: dir });
    expect(explain.code).toBe(1);
    expect(explain.stdout).toBe(
      'tiny.json: 9:49: the number 1e-400 cannot be read exactly: out of range (it would be read as 0)\n',
    );
    const score = await cli(['score', '--ruleset', 'pp46-2011', 'huge.json'], { cwd: dir });
    expect(score.code).toBe(1);
    expect(score.stderr).toBe(
      'huge.json: 9:49: the number 1e400 cannot be read exactly: out of range (it would be read as Infinity)\n',
    );
    const validate = await cli(['validate', 'tiny.yaml', '--locale', 'id'], { cwd: dir });
    expect(validate.code).toBe(1);
    expect(validate.stdout).toBe(
      'tiny.yaml: 4:11: bilangan 1e-400 tidak dapat dibaca dengan tepat: di luar jangkauan (akan terbaca sebagai 0)\n',
    );
    expect(explain.stderr + score.stdout + validate.stderr).not.toMatch(STACK);
  });

  it('a literal a double would round is read as its exact decimal', async () => {
    const dir = await tempDir({ 'e.json': await evaluationWith('9.0000000000000000001e1') });
    const r = await cli(['score', '--ruleset', 'pp46-2011', 'e.json', '--format', 'json'], { cwd: dir });
    const [item] = JSON.parse(r.stdout);
    // 90.000000000000000001 is not 90: the score is computed from the exact value.
    const plain = await cli([
      'score',
      '--ruleset',
      'pp46-2011',
      `${root}/test/fixtures/cli/evaluation.json`,
      '--format',
      'json',
    ]);
    expect(r.code).toBe(plain.code);
    expect(item.ok).toBe(true);
    expect(JSON.stringify(item.result)).toContain('90.000000000000000001');
    expect(JSON.stringify(JSON.parse(plain.stdout)[0].result)).not.toContain('90.000000000000000001');
  });

  it('CSV cells stay text: 1e-400 is rejected by the decimal reader, never 0', async () => {
    const dir = await tempDir({
      'in.csv': 'employee.id,ratings.hasil-kerja,ratings.perilaku\nP1,1e-400,sesuai-ekspektasi\n',
    });
    const r = await cli(['score', '--ruleset', 'permenpanrb-6-2022', 'in.csv'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout.trim()).ok).toBe(false);
    expect(r.stdout).toContain('1e-400');
    expect(r.stdout + r.stderr).not.toMatch(STACK);
  });
});

describe('CSV header paths', () => {
  it('a header path of more than 64 segments stops the command (exit 2), no stack trace', async () => {
    const deep = Array(10_000).fill('a').join('.');
    const dir = await tempDir({ 'in.csv': `employee.id,${deep}\nP1,x\n` });
    const r = await cli(['score', '--ruleset', 'pp46-2011', 'in.csv'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'in.csv: header, column 2: "a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.…": more than 64 segments (nested too deeply)\n',
    );
    expect(r.stdout).toBe('');
    const ok = Array(64).fill('a').join('.');
    const fine = await tempDir({ 'in.csv': `employee.id,${ok}\nP1,x\n` });
    const scored = await cli(['score', '--ruleset', 'pp46-2011', 'in.csv'], { cwd: fine });
    expect(scored.code).toBe(1);
    expect(scored.stdout + scored.stderr).not.toContain('Maximum call stack');
    expect(r.stderr + scored.stdout + scored.stderr).not.toMatch(STACK);
  });
});
