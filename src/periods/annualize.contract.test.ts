import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { unwrap } from '../explain/index';
import { getPack } from '../ruleset/index';
import { compileRuleset } from '../scoring/index';
import { annualize } from './annualize';

const periods = [
  { start: '2025-01-01', end: '2025-06-30', predikat: 'baik' },
  { start: '2025-07-01', end: '2025-12-31', predikat: 'butuh-perbaikan' },
];

const codes = (r: ReturnType<typeof annualize>) => (r.ok ? [] : r.issues.map((i) => [i.code, i.path]));

describe('annualize: one contract', () => {
  it('takes the ruleset first: a pack id, a parsed ruleset or a compiled one, all alike', () => {
    const byId = annualize('permenpanrb-6-2022', periods, { strategy: 'weighted-by-months' });
    const parsed = annualize(getPack('permenpanrb-6-2022'), periods, { strategy: 'weighted-by-months' });
    const compiled = annualize(unwrap(compileRuleset('permenpanrb-6-2022')), periods, {
      strategy: 'weighted-by-months',
    });
    expect(byId.ok).toBe(true);
    expect(parsed).toEqual(byId);
    expect(compiled).toEqual(byId);
  });

  it('an array with holes is issues, not a DivisionByZeroError', () => {
    // biome-ignore lint/suspicious/noSparseArray: the holes are the point of the test
    const holes = [, , periods[0]] as never;
    for (const strategy of ['last-period', 'weighted-by-months', 'worst'] as const) {
      const r = annualize(null, holes, { strategy });
      expect(codes(r)).toEqual([
        ['input.required', ['periods', 0]],
        ['input.required', ['periods', 1]],
      ]);
    }
    expect(codes(annualize(null, new Array(3) as never, { strategy: 'weighted-by-months' }))).toHaveLength(3);
  });

  it('a missing or unknown ruleset, bad options and deep nesting are issues', () => {
    expect(codes(annualize(undefined as never, periods))).toEqual([['input.required', ['ruleset']]]);
    expect(codes(annualize('pp99' as never, periods))).toEqual([['ruleset.unknown-pack', ['ruleset']]]);
    expect(codes(annualize(null, periods, null as never))).toEqual([['input.invalid-type', ['options']]]);
    expect(codes(annualize(null, periods, { ruleset: 'pp46-2011' } as never))).toEqual([
      ['input.unknown-key', ['ruleset']],
    ]);
    let deep: unknown = {};
    for (let i = 0; i < 10_000; i++) deep = { result: deep };
    const r = annualize(null, [deep] as never);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]?.code).toBe('input.too-deep');
  });

  it('100,000 periods: no stack overflow in the worst strategy', () => {
    const many = new Array(100_000).fill(periods[0]);
    const r = annualize(null, many, { strategy: 'worst' });
    expect(r.ok && r.value.predikat).toBe('baik');
  });

  it('never throws, whatever the arguments', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), fc.anything(), (a, b, c) => {
        const r = annualize(a as never, b as never, c as never);
        expect(typeof r.ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });
});
