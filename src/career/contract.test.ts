/**
 * Regressions for the career module's contract (issue 11): no throw for any argument list, no
 * identity cache (compile, don't cache), frozen exported data, no NaN in a successful result.
 * Each case threw, cached or mutated before.
 */
import { describe, expect, it } from 'vitest';
import { ANGKA_KREDIT } from '../packs/angka-kredit';
import { PROMOTION_RULES } from '../packs/promotion';
import { ELIGIBILITY_LEAF_TYPES } from '../ruleset/sections/career';
import { angkaKredit } from './angka-kredit';
import { convertConventionalAngkaKredit } from './angka-kredit-conventional';
import { buildLedger } from './angka-kredit-ledger';
import { angkaKreditTargets } from './angka-kredit-targets';
import { compileEligibilityRule, evaluateEligibility, parseEligibilityRule } from './eligibility';
import { renderEligibility } from './eligibility-explain';
import { parseEmployeeFacts } from './eligibility-facts';
import { getPromotionRule, PROMOTION_RULE_IDS, PROMOTION_SCHEDULE } from './eligibility-packs';
import { rankCandidates, renderRanking } from './ranking';

const facts = {
  education: 's1',
  birthDate: '1980-01-01',
  serviceStart: '2005-01-01',
  rank: { golongan: 'III/a', since: '2019-04-01' },
  performance: [
    { year: 2023, predikat: 'baik' },
    { year: 2024, predikat: 'baik' },
  ],
};
const asOf = '2025-06-30';
const codes = (r: { ok: boolean; issues?: readonly { code: string; path: readonly unknown[] }[] }) =>
  r.ok ? [] : (r.issues ?? []).map((i) => [i.code, i.path.join('.')]);

const isDeeplyFrozen = (v: unknown): boolean => {
  const stack = [v];
  while (stack.length > 0) {
    const x = stack.pop();
    if (typeof x !== 'object' || x === null) continue;
    if (!Object.isFrozen(x)) return false;
    stack.push(...Object.values(x));
  }
  return true;
};

describe('compile, do not cache', () => {
  it("a rule changed by its owner after use changes nothing and crashes nothing (rule.all[0].leaf = 'x')", () => {
    const rule = structuredClone(PROMOTION_RULES['kenaikan-pangkat-reguler']) as unknown as {
      all: Array<{ leaf: string; params: Record<string, unknown> }>;
    };
    const first = evaluateEligibility(rule, facts, { asOf });
    expect(first.ok && first.value.eligible).toBe(true);
    const compiled = compileEligibilityRule(rule);
    expect(compiled.ok).toBe(true);
    (rule.all[0] as { leaf: string }).leaf = 'x';
    // The raw rule is read again on each call: the change is an issue now, not a TypeError.
    expect(codes(evaluateEligibility(rule, facts, { asOf }))).toEqual([
      ['input.invalid-value', 'rule.all.0.leaf'],
    ]);
    // The compiled copy does not see it.
    const again = compiled.ok ? evaluateEligibility(compiled.value, facts, { asOf }) : undefined;
    expect(again).toEqual(first);
    (rule.all[0] as { leaf: string }).leaf = 'years-in-rank';
    (rule.all[0] as { params: Record<string, unknown> }).params.years = 40;
    const changed = evaluateEligibility(rule, facts, { asOf });
    expect(changed.ok && changed.value.unmet).toEqual(['masa-kerja-pangkat']);
    expect(compiled.ok && evaluateEligibility(compiled.value, facts, { asOf })).toEqual(first);
  });

  it('a compiled rule is a frozen copy; a look-alike object is validated as raw data', () => {
    const c = compileEligibilityRule({ id: 'r', leaf: 'age', params: { max: 56 } });
    if (!c.ok) throw new Error('compile failed');
    expect(isDeeplyFrozen(c.value)).toBe(true);
    expect(compileEligibilityRule(c.value)).toEqual(c);
    const lookAlike = { ...c.value, params: { max: 'old' } };
    for (const s of Object.getOwnPropertySymbols(c.value))
      Object.defineProperty(lookAlike, s, { value: (c.value as never)[s] });
    expect(codes(evaluateEligibility(lookAlike, facts, { asOf }))).toEqual([
      ['input.invalid-type', 'rule.params.max'],
    ]);
    expect(JSON.parse(JSON.stringify(c.value))).toEqual({ id: 'r', leaf: 'age', params: { max: 56 } });
  });

  it('a schedule given to compile is used when an evaluation names none', () => {
    const c = compileEligibilityRule(getPromotionRule('kenaikan-pangkat-reguler'), {
      schedule: [{ months: [11], day: 1 }],
    });
    const early = { ...facts, rank: { golongan: 'III/a', since: '2021-08-15' } };
    const r = c.ok ? evaluateEligibility(c.value, early, { asOf }) : undefined;
    expect(r?.ok && r.value.earliest).toBe('2025-11-01');
    const national = evaluateEligibility(getPromotionRule('kenaikan-pangkat-reguler'), early, { asOf });
    expect(national.ok && national.value.earliest).toBe('2025-10-01');
    expect(
      codes(compileEligibilityRule({ id: 'r', all: [] }, { schedule: [{ months: [13], day: 1 }] })).length,
    ).toBe(2);
  });
});

describe('no throw', () => {
  it('evaluateEligibility without options (was a TypeError) or with null options', () => {
    const rule = getPromotionRule('kenaikan-pangkat-reguler');
    expect(codes((evaluateEligibility as (...a: unknown[]) => { ok: boolean })(rule, facts))).toEqual([
      ['input.required', 'asOf'],
    ]);
    expect(codes(evaluateEligibility(rule, facts, null as never))).toEqual([
      ['input.invalid-type', 'options'],
      ['input.required', 'asOf'],
    ]);
    expect(codes(evaluateEligibility(rule, facts, { asOf, horizonYears: Number.NaN }))).toEqual([
      ['input.invalid-value', 'horizonYears'],
    ]);
  });

  it('10,000-level nesting is input.too-deep, never a stack overflow', () => {
    let deep: unknown = { id: 'a', leaf: 'age' };
    for (let i = 0; i < 10_000; i += 1) deep = { id: `n${i}`, not: deep };
    expect(codes(parseEligibilityRule(deep)).map(([c]) => c)).toEqual(['input.too-deep']);
    expect(codes(evaluateEligibility(deep, facts, { asOf })).map(([c]) => c)).toEqual(['input.too-deep']);
    expect(codes(compileEligibilityRule(deep)).map(([c]) => c)).toEqual(['input.too-deep']);
  });

  it('angkaKredit with a predikat whose toString is not a function (was a TypeError)', () => {
    const r = angkaKredit('ahli-pertama', JSON.parse('{"toString":1}'), { months: 12 });
    expect(codes(r)).toEqual([['career.unknown-predikat', 'predikat']]);
    expect(codes(angkaKredit(JSON.parse('{"toString":1}'), 'baik', { months: 12 }))).toEqual([
      ['career.unknown-jenjang', 'jenjang'],
    ]);
    expect(codes(angkaKredit('ahli-pertama', 'baik', null as never))).toEqual([
      ['input.required', 'months'],
      ['input.invalid-type', 'options'],
    ]);
    expect(
      codes(angkaKredit('ahli-pertama', 'baik', { months: 12, data: { jenjang: 1 } as never }))[0]?.[1],
    ).toMatch(/^data/);
  });

  it('the other angka kredit functions take any argument list', () => {
    const weird = JSON.parse('{"toString":1,"valueOf":1,"__proto__":{}}');
    for (const r of [
      buildLedger(weird),
      buildLedger([weird, undefined, null], weird),
      buildLedger(new Array(3), { jenjang: 'pemula' }),
      buildLedger([{ predikat: 'baik', months: 12 }], {
        jenjang: 'pemula',
        golongan: weird,
        thresholds: weird,
      }),
      convertConventionalAngkaKredit(weird, weird, weird),
      angkaKreditTargets(weird, weird),
      angkaKreditTargets('pemula', { golongan: 3 as never }),
      angkaKreditTargets('pemula', { thresholds: 'sometimes' as never }),
    ])
      expect(r.ok).toBe(false);
    // A hole in the entries is a missing entry, not a skipped one.
    expect(codes(buildLedger(new Array(2), { jenjang: 'pemula' }))).toEqual([
      ['input.required', 'entries.0'],
      ['input.required', 'entries.1'],
    ]);
  });

  it('rankCandidates: a fact that is not a finite number is an issue, never NaN in values or ranked above 99', () => {
    const rule = { id: 'r', leaf: 'education-in', params: { education: ['s1'] } } as const;
    const options = { asOf, criteria: [{ id: 'skor', measure: 'fact' as const, path: 'skor' }] };
    const of = (skor: unknown) => [
      { id: 'a', facts: { education: 's1', skor: 99 } },
      { id: 'b', facts: { education: 's1', skor } },
    ];
    expect(codes(rankCandidates(rule, of('abc'), options))).toEqual([
      ['input.invalid-type', 'candidates.1.facts.skor'],
    ]);
    expect(codes(rankCandidates(rule, of(Number.NaN), options))).toEqual([
      ['input.invalid-type', 'candidates.1.facts.skor'],
    ]);
    expect(codes(rankCandidates(rule, of(Number.POSITIVE_INFINITY), options))).toEqual([
      ['input.invalid-type', 'candidates.1.facts.skor'],
    ]);
    const good = rankCandidates(rule, of('99.5'), options);
    expect(good.ok && good.value.ranked.map((x) => [x.id, x.values.skor])).toEqual([
      ['b', '99.5'],
      ['a', '99'],
    ]);
    expect(rankCandidates(rule, null as never, null as never).ok).toBe(false);
    expect(rankCandidates(rule, of(1), { asOf } as never).ok).toBe(false);
  });

  it('getPromotionRule, parseEligibilityRule and the renderers take any argument', () => {
    const weird = JSON.parse('{"toString":1}');
    expect(getPromotionRule(weird)).toBeUndefined();
    expect(getPromotionRule('toString')).toBeUndefined();
    expect(parseEligibilityRule({ id: 'r', leaf: 'age' }, weird).ok).toBe(false);
    expect(renderEligibility(weird)).toContain('result');
    expect(renderRanking({ ranked: 3 } as never, { locale: 'en' })).toMatch(/^ranking: Invalid input/);
    expect(renderEligibility(null as never, null as never)).toMatch(/^result: /);
    expect(parseEmployeeFacts(undefined).ok).toBe(false);
  });
});

describe('frozen data', () => {
  it("ANGKA_KREDIT.jenjang['ahli-pertama'].coefficient = '999' changes nothing", () => {
    const before = angkaKredit('ahli-pertama', 'baik', { months: 12 });
    expect(() => {
      (ANGKA_KREDIT.jenjang['ahli-pertama'] as { coefficient: string }).coefficient = '999';
    }).toThrow(TypeError);
    expect(angkaKredit('ahli-pertama', 'baik', { months: 12 })).toEqual(before);
    expect(isDeeplyFrozen(ANGKA_KREDIT)).toBe(true);
  });

  it('the promotion packs, rule ids, leaf types, schedule and what getPromotionRule returns are deeply frozen', () => {
    for (const v of [PROMOTION_RULES, PROMOTION_RULE_IDS, ELIGIBILITY_LEAF_TYPES, PROMOTION_SCHEDULE])
      expect(isDeeplyFrozen(v)).toBe(true);
    for (const id of PROMOTION_RULE_IDS) expect(isDeeplyFrozen(getPromotionRule(id))).toBe(true);
    expect(getPromotionRule('jpt-pratama')).toBe(getPromotionRule('jpt-pratama'));
  });
});
