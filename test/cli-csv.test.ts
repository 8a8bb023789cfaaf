import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CsvParser,
  cellValue,
  detectDelimiter,
  extraCells,
  isBlankRow,
  parseCsv,
  parseHeader,
  unflatten,
} from '../src/cli/csv';
import { expandFileArgs, globFiles } from '../src/cli/glob';

function header(...cells: string[]) {
  const h = parseHeader(cells);
  if (!h.ok) throw new Error(JSON.stringify(h.problems));
  return h.header;
}

describe('CsvParser (RFC 4180)', () => {
  it('splits fields and records, LF and CRLF', () => {
    expect(parseCsv('a,b,c\n1,2,3\n')).toEqual([
      { line: 1, cells: ['a', 'b', 'c'] },
      { line: 2, cells: ['1', '2', '3'] },
    ]);
    expect(parseCsv('a,b\r\n1,2\r\n3,4')).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['1', '2'] },
      { line: 3, cells: ['3', '4'] },
    ]);
    expect(parseCsv('a\r1\r')).toEqual([
      { line: 1, cells: ['a'] },
      { line: 2, cells: ['1'] },
    ]);
  });

  it('quoted fields hold delimiters, doubled quotes and line breaks; lines count inside them', () => {
    const rows = parseCsv('x,y\n"a,b","say ""hi"""\n"two\nlines",z\r\n"crlf\r\ninside",w\nlast,1\n');
    expect(rows).toEqual([
      { line: 1, cells: ['x', 'y'] },
      { line: 2, cells: ['a,b', 'say "hi"'] },
      { line: 3, cells: ['two\nlines', 'z'] },
      { line: 5, cells: ['crlf\r\ninside', 'w'] },
      { line: 7, cells: ['last', '1'] },
    ]);
  });

  it('empty fields, empty quoted fields, a trailing delimiter, blank lines', () => {
    expect(parseCsv('a,,"",\n\n,\n')).toEqual([
      { line: 1, cells: ['a', '', '', ''] },
      { line: 2, cells: [''] },
      { line: 3, cells: ['', ''] },
    ]);
  });

  it('drops a UTF-8 byte order mark at the start only', () => {
    expect(parseCsv('\uFEFFa;b\n1;\uFEFF2\n', ';')).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['1', '\uFEFF2'] },
    ]);
  });

  it('another delimiter; a quote inside an unquoted field is literal', () => {
    expect(parseCsv('a;b,c;d"e\n', ';')).toEqual([{ line: 1, cells: ['a', 'b,c', 'd"e'] }]);
    expect(parseCsv('a\tb\n', '\t')).toEqual([{ line: 1, cells: ['a', 'b'] }]);
    expect(() => new CsvParser('"')).toThrow(RangeError);
    expect(() => new CsvParser(';;')).toThrow(RangeError);
  });

  it('an unterminated quote marks the row (which runs to the end of the file)', () => {
    expect(parseCsv('a,b\n1,"open\n2,3\n')).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['1', 'open\n2,3\n'], error: 'unterminated-quote' },
    ]);
  });

  it('text after a closing quote marks only its row', () => {
    expect(parseCsv('"a"b,c\nd,e\n')).toEqual([
      { line: 1, cells: ['ab', 'c'], error: 'text-after-quote' },
      { line: 2, cells: ['d', 'e'] },
    ]);
  });

  it('gives the same rows however the text is cut into chunks', () => {
    const text = '\uFEFFid;note\r\n1;"a;""b""\r\nc"\r\n2;plain\r\n\r\n3;"x"\r\n';
    const whole = parseCsv(text, ';');
    for (let size = 1; size <= 7; size++) {
      const parser = new CsvParser(';');
      const rows = [];
      for (let i = 0; i < text.length; i += size) rows.push(...parser.push(text.slice(i, i + size)));
      rows.push(...parser.end());
      expect(rows, `chunks of ${size}`).toEqual(whole);
    }
    expect(whole).toEqual([
      { line: 1, cells: ['id', 'note'] },
      { line: 2, cells: ['1', 'a;"b"\r\nc'] },
      { line: 4, cells: ['2', 'plain'] },
      { line: 5, cells: [''] },
      { line: 6, cells: ['3', 'x'] },
    ]);
  });

  it('guesses the delimiter from the first line', () => {
    expect(detectDelimiter('employee.id;ratings.perilaku\n1,5;x')).toBe(';');
    expect(detectDelimiter('employee.id,ratings.perilaku\n')).toBe(',');
    expect(detectDelimiter('employee.id\tratings.perilaku')).toBe('\t');
    expect(detectDelimiter('employee.id\n1;2;3')).toBe(',');
    expect(detectDelimiter('"a;b",c\n')).toBe(',');
  });
});

describe('parseHeader', () => {
  it('turns dot paths into segments; numeric segments index arrays; trailing empty cells are dropped', () => {
    const h = header(
      'employee.id',
      ' indicators.0.kuantitas.target ',
      'ratings.hasil-kerja.supervisor',
      '',
      '',
    );
    expect(h.paths).toEqual([
      ['employee', 'id'],
      ['indicators', 0, 'kuantitas', 'target'],
      ['ratings', 'hasil-kerja', 'supervisor'],
    ]);
    expect(h.names).toEqual([
      'employee.id',
      'indicators.0.kuantitas.target',
      'ratings.hasil-kerja.supervisor',
    ]);
  });

  it.each([
    [['employee.id', '', 'ratings.perilaku'], 2, 'empty-column'],
    [['employee..id'], 1, 'empty-segment'],
    [['.employee'], 1, 'empty-segment'],
    [['employee.'], 1, 'empty-segment'],
    [['0.id'], 1, 'index-at-root'],
    [['indicators.01.id'], 1, 'bad-index'],
    [['indicators.10000.id'], 1, 'index-too-large'],
    [['employee.__proto__.x'], 1, 'reserved-key'],
    [['employee.id', 'employee.id'], 2, 'duplicate'],
    [['employee', 'employee.id'], 2, 'conflict'],
    [['employee.id', 'employee'], 1, 'conflict'],
    [['indicators.0.id', 'indicators.x'], 2, 'mixed-children'],
  ] as const)('%j: column %i is %s', (cells, column, kind) => {
    const h = parseHeader(cells);
    expect(h.ok).toBe(false);
    if (!h.ok) expect(h.problems[0]).toMatchObject({ column, kind });
  });

  it('reports every problem, in column order', () => {
    const h = parseHeader(['a..b', 'ok.x', '0', 'ok.x']);
    expect(h.ok ? [] : h.problems.map((p) => [p.column, p.kind])).toEqual([
      [1, 'empty-segment'],
      [3, 'index-at-root'],
      [4, 'duplicate'],
    ]);
  });
});

describe('unflatten', () => {
  const h = header(
    'employee.id',
    'employee.unitHead',
    'period.start',
    'indicators.0.id',
    'indicators.0.kuantitas.target',
    'indicators.1.id',
    'indicators.1.kuantitas.target',
    'indicators.2.id',
    'ratings.hasil-kerja.supervisor',
    'ratings.perilaku',
    'extras.tugasTambahan',
    'flags.innovation',
  );

  it('builds nested objects and arrays; cells stay strings (decimals are never converted)', () => {
    const row = [
      '199001',
      'TRUE',
      '2024-01-01',
      'k1',
      '0012.50',
      'k2',
      '1e3',
      '',
      'baik',
      '85',
      '1',
      'false',
    ];
    expect(unflatten(h, row)).toEqual({
      employee: { id: '199001', unitHead: true },
      period: { start: '2024-01-01' },
      indicators: [
        { id: 'k1', kuantitas: { target: '0012.50' } },
        { id: 'k2', kuantitas: { target: '1e3' } },
      ],
      ratings: { 'hasil-kerja': { supervisor: 'baik' }, perilaku: '85' },
      extras: { tugasTambahan: '1' },
      flags: { innovation: false },
    });
  });

  it('leaves empty cells out (absent, not ""), with the objects and elements they would make', () => {
    const row = ['  ', '', '', '', '', 'k2', ' 7 ', '', '', '', '', ''];
    expect(unflatten(h, row)).toEqual({ indicators: [{ id: 'k2', kuantitas: { target: '7' } }] });
    expect(unflatten(h, [])).toEqual({});
  });

  it('true and false in any case become booleans; other cells stay text', () => {
    expect(cellValue('true')).toBe(true);
    expect(cellValue('False')).toBe(false);
    expect(cellValue('ya')).toBe('ya');
    expect(cellValue('1')).toBe('1');
  });

  it('counts non-empty cells beyond the header; knows blank rows', () => {
    const small = header('a.b', 'a.c');
    expect(extraCells(small, ['1', '2', '', ' '])).toBe(0);
    expect(extraCells(small, ['1', '2', 'x'])).toBe(1);
    expect(isBlankRow(['', ' '])).toBe(true);
    expect(isBlankRow(['', 'x'])).toBe(false);
  });
});

describe('glob', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kinerja-glob-'));
    for (const f of [
      'a.cases.json',
      'b.cases.json',
      'c.json',
      'sub/d.cases.json',
      'sub/deep/e.cases.json',
      '.hidden/f.cases.json',
      '.g.cases.json',
    ]) {
      await mkdir(join(dir, f, '..'), { recursive: true });
      await writeFile(join(dir, f), '{}');
    }
    await mkdir(join(dir, 'dir.cases.json'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('* and ? within a segment; files only; dot files only for a dot pattern', () => {
    expect(globFiles('*.cases.json', dir)).toEqual(['a.cases.json', 'b.cases.json']);
    expect(globFiles('?.json', dir)).toEqual(['c.json']);
    expect(globFiles('.*.json', dir)).toEqual(['.g.cases.json']);
    expect(globFiles('./sub/*.json', dir)).toEqual(['./sub/d.cases.json']);
  });

  it('** for any number of directories (not into dot directories), sorted', () => {
    expect(globFiles('**/*.cases.json', dir)).toEqual([
      'a.cases.json',
      'b.cases.json',
      'sub/d.cases.json',
      'sub/deep/e.cases.json',
    ]);
    expect(globFiles('sub/**', dir)).toEqual(['sub/d.cases.json', 'sub/deep/e.cases.json']);
    expect(globFiles(`${dir}/sub/**/e.*`, '/')).toEqual([`${dir}/sub/deep/e.cases.json`]);
  });

  it('expands only patterns that name no file literally; reports the first pattern without a match', () => {
    expect(expandFileArgs(['c.json', 'sub/*.json'], dir)).toEqual({ files: ['c.json', 'sub/d.cases.json'] });
    expect(expandFileArgs(['missing.json'], dir)).toEqual({ files: ['missing.json'] });
    expect(expandFileArgs(['*.yaml', 'c.json'], dir)).toEqual({ noMatch: '*.yaml' });
  });
});
