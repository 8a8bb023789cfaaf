import { describe, expect, it } from 'vitest';
import { distributionCaseRunner } from './distribution';
import { runPolicyCases } from './run-policy-cases';
import type { CaseContext } from './types';

describe('distribution cases', () => {
  it('check the counts against the curve of the case’s ruleset; the whole report can be expected', () => {
    const r = runPolicyCases({
      ruleset: 'permenpanrb-6-2022',
      cases: [
        {
          name: 'too many baik',
          kind: 'distribution',
          input: { unitPredikat: 'baik', counts: { 'sangat-baik': 1, baik: 8, 'butuh-perbaikan': 1 } },
          expect: {
            ok: false,
            feasible: true,
            violations: ['baik-max-70'],
            moves: 1,
            n: 10,
            'counts.kurang': 0,
            'constraints.0.limit': 7,
            advisory: false,
            blocksFinalisation: false,
          },
        },
      ],
    });
    expect(r.results[0]?.failures).toEqual([]);
  });

  it('reports rejected input with its codes, at paths of the case input', () => {
    const ctx: CaseContext = {
      baseDir: undefined,
      ruleset: () => {
        throw new Error('not needed');
      },
      compiled: () => {
        throw new Error('not needed');
      },
    };
    const rejected = (input: unknown) => {
      const out = distributionCaseRunner({ name: 'x', kind: 'distribution', input, expect: {} }, ctx);
      return 'error' in out ? out.error.map((i) => [i.code, i.path]) : out;
    };
    expect(rejected(3)).toEqual([['input.invalid-type', []]]);
    expect(rejected({ unit: 'baik' })).toEqual([
      ['input.unknown-key', ['unit']],
      ['input.required', ['unitPredikat']],
      ['input.required', ['counts']],
    ]);
    expect(rejected({ unitPredikat: 1, counts: [] })).toEqual([
      ['input.invalid-type', ['unitPredikat']],
      ['input.invalid-type', ['counts']],
    ]);
    const r = runPolicyCases({
      ruleset: 'permenpanrb-6-2022',
      cases: [
        {
          name: 'unknown code',
          kind: 'distribution',
          input: { unitPredikat: 'baik', counts: { cukup: 1 } },
          expect: { error: 'organisation.unknown-predikat' },
        },
      ],
    });
    expect(r.passed).toBe(1);
    const again = runPolicyCases({
      ruleset: 'permenpanrb-6-2022',
      cases: [
        {
          name: 'v',
          kind: 'distribution',
          input: { unitPredikat: 'baik', counts: { cukup: 1 } },
          expect: { ok: true },
        },
      ],
    });
    expect(again.results[0]?.failures[0]?.message?.en).toContain(
      'organisation.unknown-predikat at counts.cukup',
    );
  });

  it('needs a ruleset for its curves', () => {
    const r = runPolicyCases({
      cases: [
        { name: 'no ruleset', kind: 'distribution', input: { unitPredikat: 'baik', counts: {} }, expect: {} },
      ],
    });
    expect(r.results[0]?.failures[0]?.code).toBe('testing.ruleset-unavailable');
  });
});
