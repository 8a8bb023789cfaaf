import { describe, expect, it } from 'vitest';
import { MAX_INPUT_DEPTH } from '../explain/index';
import { exactNumber } from './numbers';
import { MAX_FILE_DEPTH, parseJsonText, parseYamlText, type ReadResult } from './read';

function problems(r: ReadResult): string[] {
  if (r.kind !== 'syntax') return [];
  return r.problems.map((p) => `${p.line}:${p.col} ${p.code ?? 'syntax'} ${p.message.en}`);
}

const nested = (n: number): string => `${'['.repeat(n)}${']'.repeat(n)}`;

describe('reading numbers exactly', () => {
  it('keeps numbers a double holds, spells the others as exact decimals, refuses 0 and Infinity', () => {
    expect(exactNumber('85.5')).toEqual({ kind: 'number' });
    expect(exactNumber('1e-7')).toEqual({ kind: 'number' });
    expect(exactNumber('1.5e300')).toEqual({ kind: 'number' });
    expect(exactNumber('0e999999')).toEqual({ kind: 'number' });
    expect(exactNumber('-0.000')).toEqual({ kind: 'number' });
    expect(exactNumber('9999999999999999')).toEqual({ kind: 'decimal', text: '9999999999999999' });
    expect(exactNumber('12345678901234567890.5')).toEqual({
      kind: 'decimal',
      text: '12345678901234567890.5',
    });
    expect(exactNumber('1.00000000000000001e3')).toEqual({ kind: 'decimal', text: '1000.00000000000001' });
    expect(exactNumber('-1.23456789012345678e-5')).toEqual({
      kind: 'decimal',
      text: '-0.0000123456789012345678',
    });
    // A subnormal keeps fewer digits: it round-trips only as written with fewer.
    expect(exactNumber('5e-324')).toEqual({ kind: 'number' });
    expect(exactNumber('1.23456789e-320')).toEqual({
      kind: 'decimal',
      text: `0.${'0'.repeat(319)}123456789`,
    });
    expect(exactNumber('1e-400')).toEqual({ kind: 'out-of-range', towards: 'zero' });
    expect(exactNumber('-1e400')).toEqual({ kind: 'out-of-range', towards: 'infinity' });
    expect(exactNumber(`0.${'0'.repeat(400)}1`)).toEqual({ kind: 'out-of-range', towards: 'zero' });
  });

  it('in JSON: exact decimals as strings, out of range a problem at the literal', () => {
    expect(parseJsonText('{"a": [1, 0.1, 1e2, 12345678901234567890, 1.5e-20]}')).toEqual({
      kind: 'data',
      value: { a: [1, 0.1, 100, '12345678901234567890', 1.5e-20] },
    });
    expect(problems(parseJsonText('{\n  "x": 1e-400\n}'))).toEqual([
      '2:8 cli.number-out-of-range the number 1e-400 cannot be read exactly: out of range (it would be read as 0)',
    ]);
    expect(problems(parseJsonText('[1e400]'))).toEqual([
      '1:2 cli.number-out-of-range the number 1e400 cannot be read exactly: out of range (it would be read as Infinity)',
    ]);
  });

  it('in YAML: the same', () => {
    expect(
      parseYamlText('a: 12345678901234567890\nb: 1.00000000000000001e3\nc: 0x20000000000001\nd: 2.5\n'),
    ).toEqual({
      kind: 'data',
      value: { a: '12345678901234567890', b: '1000.00000000000001', c: '9007199254740993', d: 2.5 },
    });
    expect(problems(parseYamlText('a:\n  b: 1e-400\n'))).toEqual([
      '2:6 cli.number-out-of-range the number 1e-400 cannot be read exactly: out of range (it would be read as 0)',
    ]);
  });
});

describe('nesting', () => {
  it('uses the library limit', () => {
    expect(MAX_FILE_DEPTH).toBe(MAX_INPUT_DEPTH);
  });

  it('JSON: the limit itself is read, one level more is a problem where it is crossed, 10,000 levels too', () => {
    expect(parseJsonText(nested(64)).kind).toBe('data');
    expect(problems(parseJsonText(nested(65)))).toEqual([
      '1:65 input.too-deep Nested too deeply: at most 64 levels',
    ]);
    expect(problems(parseJsonText(`{"a":\n${'{"b":'.repeat(9999)}1${'}'.repeat(10000)}`))).toEqual([
      '2:316 input.too-deep Nested too deeply: at most 64 levels',
    ]);
    expect(problems(parseJsonText(nested(100_000)))).toHaveLength(1);
  });

  it('YAML: flow, block and compact nesting, and nesting through aliases', () => {
    expect(parseYamlText(nested(64)).kind).toBe('data');
    expect(problems(parseYamlText(nested(65)))).toEqual([
      '1:65 input.too-deep Nested too deeply: at most 64 levels',
    ]);
    expect(problems(parseYamlText(nested(10_000)))).toEqual([
      '1:65 input.too-deep Nested too deeply: at most 64 levels',
    ]);
    expect(problems(parseYamlText(`${'- '.repeat(10_000)}x`))).toEqual([
      '1:129 input.too-deep Nested too deeply: at most 64 levels',
    ]);
    const block = Array.from({ length: 200 }, (_, i) => `${' '.repeat(i)}a:`).join('\n');
    expect(problems(parseYamlText(`${block} 1`))).toEqual([
      '65:65 input.too-deep Nested too deeply: at most 64 levels',
    ]);
    // 40 levels under an anchor, copied in 40 levels down: 80 levels.
    const deep = `a: &a ${nested(40)}\nb: ${'['.repeat(39)}*a${']'.repeat(39)}\n`;
    expect(problems(parseYamlText(deep))).toEqual([
      '2:43 input.too-deep Nested too deeply: at most 64 levels',
    ]);
    // A collection that contains its own alias nests without end.
    expect(problems(parseYamlText('a: &a [1, *a]\n'))).toEqual([
      '1:11 input.too-deep Nested too deeply: at most 64 levels',
    ]);
  });
});

describe('YAML aliases', () => {
  it('an ordinary file may use many small aliases', () => {
    const uses = Array.from({ length: 500 }, (_, i) => `  k${i}: *w`).join('\n');
    const r = parseYamlText(`w: &w { bobot: 50, catatan: sama }\nitems:\n${uses}\n`);
    expect(r.kind).toBe('data');
    expect((r as { value: { items: Record<string, unknown> } }).value.items.k499).toEqual({
      bobot: 50,
      catatan: 'sama',
    });
  });

  it('a billion-laughs file is refused at the alias that crosses the budget', () => {
    let text = 'a: &a [x, x, x, x, x, x, x, x, x]\n';
    let prev = 'a';
    for (const name of ['b', 'c', 'd', 'e', 'f', 'g', 'h', 'i']) {
      text += `${name}: &${name} [${Array(9).fill(`*${prev}`).join(', ')}]\n`;
      prev = name;
    }
    expect(problems(parseYamlText(text))).toEqual([
      '6:8 cli.yaml-aliases YAML aliases copy in more than 100000 values (each use counts what it copies); write the values out or use fewer aliases',
    ]);
  });

  it('an alias without its anchor is a syntax problem', () => {
    expect(problems(parseYamlText('a: *b\nb: &b 1\n'))).toEqual([
      '1:4 syntax invalid YAML: the alias *b has no anchor &b before it',
    ]);
  });
});
