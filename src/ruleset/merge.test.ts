import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeOverride } from './merge';

describe('mergeOverride (the semantics of extends)', () => {
  it('merges objects key by key and removes keys set to null', () => {
    expect(mergeOverride({ a: 1, b: { c: 2, d: 3 } }, { b: { d: 4, e: 5 }, a: null })).toEqual({
      b: { c: 2, d: 4, e: 5 },
    });
  });

  it('replaces an object marked $replace', () => {
    expect(
      mergeOverride(
        { f: { method: 'weighted', weights: { a: 1 } } },
        { f: { $replace: true, method: 'matrix' } },
      ),
    ).toEqual({
      f: { method: 'matrix' },
    });
  });

  it('merges arrays of objects with ids by id, removes with $remove and appends new ids', () => {
    const base = [
      { id: 'a', x: 1 },
      { id: 'b', x: 2 },
      { id: 'c', x: 3 },
    ];
    expect(
      mergeOverride(base, [
        { id: 'b', y: 9 },
        { id: 'c', $remove: true },
        { id: 'd', x: 4 },
      ]),
    ).toEqual([
      { id: 'a', x: 1 },
      { id: 'b', x: 2, y: 9 },
      { id: 'd', x: 4 },
    ]);
  });

  it('replaces other arrays and scalars', () => {
    expect(mergeOverride({ xs: [1, 2, 3], s: 'a' }, { xs: [4], s: 'b' })).toEqual({ xs: [4], s: 'b' });
    expect(mergeOverride({ bands: [{ code: 'a' }, { code: 'b' }] }, { bands: [{ code: 'c' }] })).toEqual({
      bands: [{ code: 'c' }],
    });
  });

  it('never modifies its arguments', () => {
    const base = { a: { b: [{ id: 'x', v: 1 }] } };
    const override = { a: { b: [{ id: 'x', v: 2 }] } };
    const copies = structuredClone([base, override]);
    mergeOverride(base, override);
    expect([base, override]).toEqual(copies);
  });

  const json = fc.letrec((tie) => ({
    value: fc.oneof({ depthSize: 'small' }, fc.integer(), fc.string(), fc.boolean(), tie('object')),
    object: fc.dictionary(fc.constantFrom('a', 'b', 'c', 'd'), tie('value'), { maxKeys: 4 }),
  })).object;

  it('law: merging an empty override is the identity on plain data', () => {
    fc.assert(
      fc.property(json, (base) => {
        expect(mergeOverride(base, {})).toEqual(base);
      }),
    );
  });

  it('law: every key the override sets (not null) wins', () => {
    fc.assert(
      fc.property(json, json, (base, override) => {
        const merged = mergeOverride(base, override) as Record<string, unknown>;
        for (const [k, v] of Object.entries(override)) {
          if (typeof v !== 'object' || v === null) expect(merged[k]).toEqual(v);
        }
      }),
    );
  });
});
