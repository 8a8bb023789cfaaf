import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  canonicalJson,
  compareCodePoints,
  docJson,
  findNotJson,
  isJson,
  NotJsonError,
  sha256Hex,
} from './canonical';
import { resultDoc } from './core';
import { decodeKeyCursor, decodeSeqCursor, encodeCursor } from './cursor';
import { StoreError } from './errors';
import { resultRecord, scored } from './store.test-support';

describe('canonicalJson', () => {
  it('sorts keys and drops whitespace', () => {
    expect(canonicalJson({ b: 1, a: [true, null, 'x'], c: { z: -0, y: 0.1 } })).toBe(
      '{"a":[true,null,"x"],"b":1,"c":{"y":0.1,"z":0}}',
    );
    expect(canonicalJson('é"\n\ud800')).toBe(JSON.stringify('é"\n\ud800'));
  });

  it('orders keys by code point (UTF-8 byte order)', () => {
    expect(canonicalJson({ '\uffff': 1, '\u{1f600}': 2, a: 3 })).toBe('{"a":3,"\uffff":1,"\u{1f600}":2}');
  });

  it('refuses what is not JSON, with the path', () => {
    class X {}
    const cases: [unknown, (string | number)[], string][] = [
      [{ a: undefined }, ['a'], 'undefined'],
      [{ a: [1, Number.NaN] }, ['a', 1], 'NaN'],
      [{ f: () => 1 }, ['f'], 'function'],
      [{ d: new Date(0) }, ['d'], 'Date'],
      [[new X()], [0], 'X'],
      [{ s: Symbol('s') }, ['s'], 'symbol'],
      [{ b: 1n }, ['b'], 'bigint'],
      [new Array(2), [0], 'undefined'],
    ];
    for (const [value, path, received] of cases) {
      expect(() => canonicalJson(value)).toThrow(NotJsonError);
      expect(isJson(value)).toBe(false);
      expect(findNotJson(value)).toMatchObject({ path, received });
    }
    expect(findNotJson({ a: [1, { b: null }] })).toBeNull();
    expect(isJson(Object.create(null))).toBe(true);
  });

  it('round-trips through JSON.parse to the same text (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = canonicalJson(value);
        expect(canonicalJson(JSON.parse(text))).toBe(text);
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value)));
      }),
    );
  });

  it('hashes UTF-8 with SHA-256', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });
});

describe('compareCodePoints', () => {
  it('puts characters above U+FFFF after U+E000–U+FFFF, unlike <', () => {
    expect('\u{1f600}' < '\uffff').toBe(true);
    expect(compareCodePoints('\u{1f600}', '\uffff')).toBeGreaterThan(0);
    expect(compareCodePoints('a', 'ab')).toBeLessThan(0);
    expect(compareCodePoints('b', 'b')).toBe(0);
  });

  it('agrees with the byte order of UTF-8 (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'grapheme' }), (a, b) => {
        const bytes = Math.sign(Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8')));
        expect(Math.sign(compareCodePoints(a, b))).toBe(bytes);
      }),
    );
  });
});

describe('docJson', () => {
  it('round-trips through JSON.parse, whatever the key order (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const doc = docJson(value);
        expect(docJson(JSON.parse(doc))).toBe(doc);
        expect(JSON.parse(doc)).toEqual(JSON.parse(JSON.stringify(value)));
      }),
    );
    // Integer-like keys come first, in JSON.parse as in the object written.
    const mixed = { b: 1, 10: 'ten', a: 2, 2: 'two' };
    expect(docJson(mixed)).toBe('{"2":"two","10":"ten","b":1,"a":2}');
    expect(docJson(JSON.parse(docJson(mixed)))).toBe(docJson(mixed));
  });

  it('refuses what is not JSON, with the path', () => {
    expect(() => docJson({ a: [1, Number.NaN] })).toThrow(NotJsonError);
    expect(() => docJson({ a: undefined })).toThrow(NotJsonError);
  });
});

describe('resultDoc', () => {
  it('writes the doc of the stored result as read back (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1 }),
        fc.option(fc.string({ minLength: 1 })),
        fc.jsonValue(),
        fc.nat(),
        (id, evaluationId, detail, revision) => {
          const record = resultRecord(id, { evaluationId, result: scored('1.5', 'baik', { detail }) });
          const doc = resultDoc({ record, index: 0 }, revision);
          expect(JSON.parse(doc)).toEqual(JSON.parse(JSON.stringify({ ...record, revision })));
          expect(docJson(JSON.parse(doc))).toBe(doc);
        },
      ),
    );
  });
});

describe('cursors', () => {
  it('round-trip and refuse anything else', () => {
    expect(decodeKeyCursor(encodeCursor('result', 'E1|2025'), 'result')).toBe('E1|2025');
    expect(decodeSeqCursor(encodeCursor('audit', 42))).toBe(42);
    for (const bad of ['', '!!', 'eyJ', encodeCursor('skp', 'a'), encodeCursor('audit', 'a'), 7]) {
      expect(() => decodeKeyCursor(bad, 'result')).toThrow(StoreError);
    }
    expect(() => decodeSeqCursor(encodeCursor('audit', 0))).toThrow(StoreError);
    expect(() => decodeSeqCursor(Buffer.from('[2,"audit",1]').toString('base64url'))).toThrow(StoreError);
  });
});
