import { describe, expect, it } from 'vitest';
import { runPolicyCases } from './run-policy-cases';

const periods = [
  { start: '2025-01-01', end: '2025-06-30', predikat: 'baik' },
  { start: '2025-07-01', end: '2025-12-31', predikat: 'kurang' },
];

describe('annual cases', () => {
  it('run with the ruleset’s codes, or the national ones without a ruleset', () => {
    const cases = [
      {
        name: 'a',
        kind: 'annual',
        input: { strategy: 'weighted-by-months', periods },
        expect: { predikat: 'cukup' },
      },
    ];
    expect(runPolicyCases({ ruleset: 'pp46-2011', cases }).passed).toBe(1);
    const national = runPolicyCases({
      cases: [{ ...cases[0], expect: { predikat: 'butuh-perbaikan', mean: '3', 'periods.1.months': '6' } }],
    });
    expect(national.results[0]?.failures).toEqual([]);
  });

  it('reports rejected input with its issue codes and paths', () => {
    const r = runPolicyCases({
      ruleset: 'permenpanrb-6-2022',
      cases: [
        {
          name: 'reversed',
          kind: 'annual',
          input: { periods: [{ ...periods[0], end: '2024-12-31' }] },
          expect: { error: 'date.range-reversed' },
        },
        { name: 'not an object', kind: 'annual', input: 3, expect: { error: 'input.invalid-type' } },
        { name: 'no periods', kind: 'annual', input: {}, expect: { error: 'input.required' } },
        {
          name: 'bad year',
          kind: 'annual',
          input: { year: '2025', periods },
          expect: { error: 'input.invalid-type' },
        },
        { name: 'accepted', kind: 'annual', input: { periods }, expect: { error: true } },
      ],
    });
    expect(r.results.map((x) => [x.name, x.failures.map((f) => f.code)])).toEqual([
      ['reversed', []],
      ['not an object', []],
      ['no periods', []],
      ['bad year', []],
      ['accepted', ['testing.accepted']],
    ]);
  });

  it('fails a case whose ruleset cannot be used', () => {
    const r = runPolicyCases({
      ruleset: 'no-such-pack',
      cases: [{ name: 'a', kind: 'annual', input: { periods }, expect: {} }],
    });
    expect(r.results[0]?.failures[0]?.code).toBe('testing.ruleset-unavailable');
  });
});
