/**
 * The arbitraries of kinerja/testing (createArbitraries): what they generate is valid over many
 * runs (rulesets pass parseRuleset, evaluations score under the ruleset they were generated for and
 * cover its kinds, SKP plans pass createSkpPlan, employee facts pass evaluateEligibility's
 * validation), values broken in one place are rejected with the code they name, a failing property
 * shrinks to a small counterexample, a seed replays a run, and the types give fast-check's
 * Arbitrary<T> to fast-check users.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addYears, assertIsoDate } from '../src/date/public';
import {
  type CompiledRuleset,
  compileRuleset,
  createSkpPlan,
  type EvaluationInput,
  evaluateEligibility,
  getPromotionRule,
  type IsoDate,
  type Issue,
  PACK_IDS,
  PROMOTION_RULE_IDS,
  parseEmployeeFacts,
  parseRuleset,
  type Ruleset,
  scoreEvaluation,
  unwrap,
} from '../src/index';
import { createArbitraries, type KinerjaArbitrary, type RulesetFile } from '../src/testing/index';
import { genericRuleset } from './support/rulesets';

const k = createArbitraries(fc);
const RUNS = 200;

const codes = (issues: readonly Issue[]) => issues.map((i) => `${i.code} at ${i.path.join('.')}`).join('; ');

function parsed(file: unknown): Ruleset {
  const r = parseRuleset(file);
  if (!r.ok) throw new Error(`generated ruleset rejected: ${codes(r.issues)}\n${JSON.stringify(file)}`);
  return r.value;
}

function scores(c: CompiledRuleset, input: EvaluationInput): void {
  const r = scoreEvaluation(c, input);
  if (!r.ok) throw new Error(`generated evaluation rejected: ${codes(r.issues)}\n${JSON.stringify(input)}`);
}

/** The kinds each indicator component takes (those an input may use), for coverage. */
function ownedKinds(r: Ruleset): string[] {
  return r.components.flatMap((c) =>
    c.source.from === 'indicators' &&
    !(c.aggregate.method === 'weighted' && c.aggregate.weights === 'catalog')
      ? c.source.kinds
      : [],
  );
}

function coversKinds(r: Ruleset, input: EvaluationInput): void {
  const used = new Set((input.indicators ?? []).map((i) => i.kind));
  for (const kind of ownedKinds(r)) expect(used, `kind ${kind} not covered`).toContain(kind);
}

describe('ruleset()', () => {
  it('generates ruleset files that parseRuleset accepts, for every pack', () => {
    const packs = new Set<string>();
    const extra = new Set<string>();
    fc.assert(
      fc.property(k.ruleset(), (file) => {
        const r = parsed(file);
        packs.add(file.extends);
        for (const id of Object.keys(r.kinds)) extra.add(id);
        expect(r.id).toBe(file.id);
      }),
      { numRuns: RUNS },
    );
    expect([...packs].sort()).toEqual([...PACK_IDS].sort());
    // Every measure shows up among the extra kinds.
    for (const id of [
      'ext-rasio',
      'ext-rasio-terbalik',
      'ext-capaian',
      'ext-skala',
      'ext-ya-tidak',
      'ext-tabel',
    ])
      expect(extra).toContain(id);
  });

  it('keeps to the packs, id and decimal style asked for', () => {
    fc.assert(
      fc.property(
        k.ruleset({ packs: ['pp30-2019'], id: 'kota-palu', extraKinds: false, decimals: 'string' }),
        (f) => {
          parsed(f);
          expect(f.extends).toBe('pp30-2019');
          expect(f.id).toBe('kota-palu');
          expect(f.kinds === undefined || !JSON.stringify(f.kinds).includes('ext-')).toBe(true);
          const weights = (f.final as { weights: Record<string, unknown> }).weights;
          expect(Object.values(weights).every((w) => typeof w === 'string')).toBe(true);
        },
      ),
      { numRuns: 50 },
    );
  });
});

describe('evaluation(ruleset)', () => {
  for (const pack of PACK_IDS) {
    it(`generates inputs that score under ${pack} and cover its kinds`, () => {
      const c = unwrap(compileRuleset(pack));
      fc.assert(
        fc.property(k.evaluation(c), (input) => {
          scores(c, input);
          coversKinds(c.ruleset, input);
        }),
        { numRuns: RUNS },
      );
    });
  }

  it('generates inputs that score under a ruleset of every generic kind, however it aggregates', () => {
    for (const aggregate of [
      { method: 'mean' },
      { method: 'sum' },
      { method: 'weighted', normalize: true },
      { method: 'weighted', normalize: false },
    ] as const) {
      const c = unwrap(compileRuleset(genericRuleset({ aggregate, belowTarget: 'error' })));
      fc.assert(
        fc.property(k.evaluation(c), (input) => {
          scores(c, input);
          coversKinds(c.ruleset, input);
        }),
        { numRuns: 100 },
      );
    }
  });

  it('reads a ruleset file, a parse result or a pack id alike', () => {
    const file = JSON.parse(
      readFileSync(join(import.meta.dirname, 'golden/rulesets/kab-contoh-jenis.json'), 'utf8'),
    );
    const c = unwrap(compileRuleset(unwrap(parseRuleset(file))));
    for (const source of [file, parseRuleset(file), c]) {
      fc.assert(
        fc.property(k.evaluation(source), (input) => {
          scores(c, input);
        }),
        { numRuns: 50 },
      );
    }
    expect(() => k.evaluation({ schemaVersion: 1, id: 'x' })).toThrow(/not a valid ruleset/);
    expect(() => k.evaluation('pp99-2099' as 'pp46-2011')).toThrow(/Unknown pack/);
  });

  it('follows its options: no raters, strings only, no justification, at most two indicators', () => {
    const c = unwrap(compileRuleset('pp30-2019-360'));
    fc.assert(
      fc.property(
        k.evaluation(c, {
          raters: false,
          decimals: 'string',
          justification: 'never',
          maxIndicators: 2,
          coverKinds: false,
        }),
        (input) => {
          scores(c, input);
          expect(input.indicators?.length).toBeLessThanOrEqual(2);
          for (const ind of input.indicators ?? []) {
            expect(ind.justification).toBeUndefined();
            expect(typeof ind.realisasi).toBe('string');
          }
          for (const v of Object.values(input.ratings ?? {})) expect(typeof v).toBe('string');
        },
      ),
      { numRuns: 50 },
    );
  });
});

describe('rulesetWithEvaluations()', () => {
  it('generates rulesets with evaluations that score under them and cover every kind they declare', () => {
    fc.assert(
      fc.property(k.rulesetWithEvaluations({ maxEvaluations: 3 }), ({ ruleset, evaluations }) => {
        const c = unwrap(compileRuleset(unwrap(parseRuleset(ruleset))));
        expect(evaluations.length).toBeGreaterThanOrEqual(1);
        for (const input of evaluations) {
          scores(c, input);
          coversKinds(c.ruleset, input);
        }
      }),
      { numRuns: RUNS },
    );
  });
});

describe('skpPlan()', () => {
  it('generates plans that createSkpPlan accepts, for every pack and generated rulesets', () => {
    const creators = new Set<string>();
    for (const ruleset of [undefined, ...PACK_IDS]) {
      fc.assert(
        fc.property(k.skpPlan(ruleset === undefined ? {} : { ruleset }), (p) => {
          const r = createSkpPlan(p.input, p.actor, p.options);
          if (!r.ok) throw new Error(`generated SKP plan rejected: ${codes(r.issues)}`);
          expect(r.value.state).toBe('draft');
          creators.add(r.value.history[0]?.role ?? '');
          expect(JSON.stringify(p.input.content)).not.toContain('realisasi');
        }),
        { numRuns: ruleset === undefined ? RUNS : 50 },
      );
    }
    expect([...creators].sort()).toEqual(['pegawai', 'pengelola-kinerja']);
    const file = fc.sample(k.ruleset({ packs: ['pp46-2011'] }), { seed: 3, numRuns: 1 })[0] as RulesetFile;
    fc.assert(
      fc.property(k.skpPlan({ ruleset: file, by: 'employee', agencyId: 'kota-palu' }), (p) => {
        expect(createSkpPlan(p.input, p.actor, p.options).ok).toBe(true);
        expect(p.actor.id).toBe(p.input.employeeId);
        expect(p.input.agencyId).toBe('kota-palu');
      }),
      { numRuns: 50 },
    );
  });
});

describe('employeeFacts()', () => {
  const rules = PROMOTION_RULE_IDS.map((id) => getPromotionRule(id));

  it('generates facts that parseEmployeeFacts and evaluateEligibility accept, for every promotion rule', () => {
    fc.assert(
      fc.property(k.employeeFacts(), (facts) => {
        const f = parseEmployeeFacts(facts);
        if (!f.ok) throw new Error(`generated facts rejected: ${codes(f.issues)}`);
        for (const rule of rules) {
          const r = evaluateEligibility(rule, facts, { asOf: '2026-01-01' });
          if (!r.ok) throw new Error(`generated facts rejected: ${codes(r.issues)}`);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('hang together: service after the 18th birthday, every start on or before asOf, past positions before the current one', () => {
    const asOf = assertIsoDate('2024-07-01');
    fc.assert(
      fc.property(k.employeeFacts({ asOf, complete: true }), (f) => {
        expect(parseEmployeeFacts(f).ok).toBe(true);
        const birth = f.birthDate as IsoDate;
        const service = f.serviceStart as IsoDate;
        expect(service >= addYears(birth, 18)).toBe(true);
        for (const d of [birth, service, f.rank?.since, f.position?.since]) expect(d && d <= asOf).toBe(true);
        for (const p of f.positionHistory ?? []) {
          expect(p.from <= p.to && p.to < (f.position?.since as string) && p.from >= service).toBe(true);
        }
        for (const p of f.performance ?? []) expect(p.year).toBeLessThan(2024);
      }),
      { numRuns: 100 },
    );
  });
});

describe('values broken in one place', () => {
  it('invalidRuleset: parseRuleset rejects each with the code it names', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(k.invalidRuleset(), ({ value, code, change }) => {
        const r = parseRuleset(value);
        expect(r.ok, change).toBe(false);
        if (!r.ok)
          expect(
            r.issues.map((i) => i.code),
            change,
          ).toContain(code);
        seen.add(code);
      }),
      { numRuns: RUNS },
    );
    expect(seen.size).toBe(7);
  });

  it('invalidEvaluation: scoreEvaluation rejects each with the code it names, under every pack', () => {
    for (const pack of PACK_IDS) {
      const c = unwrap(compileRuleset(pack));
      fc.assert(
        fc.property(k.invalidEvaluation(c), ({ value, code, change }) => {
          const r = scoreEvaluation(c, value);
          expect(r.ok, change).toBe(false);
          if (!r.ok)
            expect(
              r.issues.map((i) => i.code),
              change,
            ).toContain(code);
        }),
        { numRuns: 50 },
      );
    }
  });
});

describe('shrinking and seeds', () => {
  it('a failing property over evaluations shrinks to a small counterexample', () => {
    const c = unwrap(compileRuleset('pp46-2011'));
    const out = fc.check(
      fc.property(k.evaluation(c), (input) => (input.indicators?.length ?? 0) <= 2),
      { seed: 42 },
    );
    expect(out.failed).toBe(true);
    const [input] = out.counterexample as [EvaluationInput];
    // The smallest input that breaks it: three indicators, nothing optional, values of record.
    expect(input.indicators).toHaveLength(3);
    expect(Object.keys(input).sort()).toEqual(['indicators', 'ratings']);
    for (const ind of input.indicators ?? []) {
      expect(ind.biaya).toBeUndefined();
      expect(ind.justification).toBeUndefined();
      expect(ind.kuantitas).toEqual({ target: 1, realisasi: 0 });
    }
    for (const v of Object.values(input.ratings ?? {})) expect(typeof v).not.toBe('object');
    scores(c, input);
  });

  it('a failing property over rulesets shrinks to the one override that breaks it', () => {
    const out = fc.check(
      fc.property(
        k.ruleset({ packs: ['pp30-2019'] }),
        (f) => !JSON.stringify(f.kinds ?? {}).includes('ext-'),
      ),
      { seed: 7 },
    );
    expect(out.failed).toBe(true);
    const [file] = out.counterexample as [RulesetFile];
    parsed(file);
    expect(Object.keys(file.kinds as object)).toHaveLength(1);
    for (const key of ['calendar', 'rounding', 'justification', 'followUp', 'name'])
      expect(file[key], key).toBeUndefined();
    expect(file.effective.until).toBeUndefined();
  });

  it('a seed replays the same values; another seed gives others', () => {
    const arbitraries: KinerjaArbitrary<unknown>[] = [
      k.ruleset(),
      k.evaluation('permenpanrb-6-2022'),
      k.skpPlan(),
      k.employeeFacts(),
      k.rulesetWithEvaluations(),
    ];
    for (const arb of arbitraries) {
      const a = fc.sample(arb, { seed: 20251231, numRuns: 20 });
      expect(fc.sample(arb, { seed: 20251231, numRuns: 20 })).toEqual(a);
      expect(fc.sample(arb, { seed: 1, numRuns: 20 })).not.toEqual(a);
    }
  });
});

describe('types', () => {
  it('fast-check users get Arbitrary<T> with T inferred', () => {
    const typed: fc.Arbitrary<RulesetFile> = k.ruleset();
    const pairs: fc.Arbitrary<[RulesetFile, number]> = fc.tuple(k.ruleset(), fc.integer());
    // @ts-expect-error: a ruleset is not a number
    const wrong: fc.Arbitrary<number> = k.ruleset();
    fc.assert(
      fc.property(k.employeeFacts(), fc.boolean(), (facts, _b) => {
        // @ts-expect-error: education is a string
        const n: number = facts.education;
        return typeof n !== 'number';
      }),
      { numRuns: 1 },
    );
    expect([typed, pairs, wrong].every((a) => typeof a.map === 'function')).toBe(true);
  });
});
