import { describe, expect, it } from 'vitest';
import { assertIsoDate } from '../date/index';
import { PROMOTION_RULES } from '../packs/promotion';
import type { EligibilityRule } from '../ruleset/sections/career';
import { evaluateEligibility, parseEligibilityRule } from './eligibility';

const reguler = PROMOTION_RULES['kenaikan-pangkat-reguler'];
const f1 = {
  birthDate: '1990-05-05',
  serviceStart: '2014-03-01',
  education: 'slta',
  rank: { golongan: 'II/a', since: '2016-03-01' },
  position: { kind: 'pelaksana', level: null, since: '2014-03-01' },
  performance: [
    { year: 2017, predikat: 'baik' },
    { year: 2018, predikat: 'baik' },
    { year: 2019, predikat: 'baik' },
  ],
  discipline: [],
  exams: [],
};

function run(rule: unknown, facts: unknown, asOf: string) {
  const r = evaluateEligibility(rule, facts, { asOf });
  if (!r.ok) throw new Error(JSON.stringify(r.issues.map((i) => [i.code, i.path])));
  return r.value;
}

describe('evaluateEligibility', () => {
  it('F1: four years reached in March 2020, next date 1 April 2020', () => {
    const r = run(reguler, f1, '2019-12-01');
    expect(r.eligible).toBe(false);
    expect(r.unmet).toEqual(['masa-kerja-pangkat']);
    expect(r.earliest).toBe('2020-04-01');
    expect(r.tree.children?.map((c) => [c.id, c.outcome])).toEqual([
      ['masa-kerja-pangkat', false],
      ['predikat-dua-tahun', true],
      ['bebas-hukuman-disiplin', true],
      ['batas-pendidikan', true],
      ['ujian-dinas', true],
    ]);
    expect(r.tree.children?.[0]).toMatchObject({
      actual: { years: 3, since: '2016-03-01', reachedOn: '2020-03-01' },
      expected: { atLeast: 4 },
    });
  });

  it('is eligible on a schedule date once every condition holds, and then earliest is asOf', () => {
    const r = run(reguler, f1, '2020-04-01');
    expect(r).toMatchObject({ eligible: true, unmet: [], earliest: '2020-04-01' });
  });

  it('exactly four years: the anniversary counts', () => {
    expect(run(reguler, f1, '2020-03-01').unmet).toEqual([]);
    expect(run(reguler, f1, '2020-02-29').unmet).toEqual(['masa-kerja-pangkat']);
  });

  it('lists every unmet leaf (no short-circuit) and gives no earliest when a fixed condition fails', () => {
    const r = run(
      reguler,
      {
        ...f1,
        education: 'sd',
        rank: { golongan: 'I/d', since: '2019-01-01' },
        performance: [],
        discipline: [{ level: 'berat', from: '2019-01-01', to: '2020-12-31' }],
      },
      '2019-12-01',
    );
    expect(r.unmet).toEqual([
      'masa-kerja-pangkat',
      'predikat-dua-tahun',
      'bebas-hukuman-disiplin',
      'ujian-dinas',
    ]);
    expect(r.earliest).toBeNull();
  });

  it('the day a sanction ends still counts as running; the day after is free', () => {
    const facts = { ...f1, discipline: [{ level: 'sedang', from: '2019-04-01', to: '2020-03-31' }] };
    expect(run(reguler, facts, '2020-03-31').unmet).toEqual(['bebas-hukuman-disiplin']);
    expect(run(reguler, facts, '2020-04-01').unmet).toEqual([]);
    const longer = { ...f1, discipline: [{ level: 'sedang', from: '2019-04-01', to: '2020-04-01' }] };
    expect(run(reguler, longer, '2019-12-01').earliest).toBe('2020-10-01');
  });

  it('ujian dinas only for I/d → II/a and II/d → III/a, unless the diploma starts at the target', () => {
    const at = { ...f1, rank: { golongan: 'II/d', since: '2015-01-01' } };
    expect(run(reguler, { ...at, education: 'd3' }, '2020-04-01').unmet).toEqual(['ujian-dinas']);
    expect(
      run(reguler, { ...at, education: 'd3', exams: ['ujian-dinas-tingkat-ii'] }, '2020-04-01').unmet,
    ).toEqual([]);
    expect(run(reguler, { ...at, education: 's1' }, '2020-04-01').unmet).toEqual([]);
  });

  it('education cap: slta stops at III/b', () => {
    const r = run(reguler, { ...f1, rank: { golongan: 'III/b', since: '2015-01-01' } }, '2020-04-01');
    expect(r.unmet).toEqual(['batas-pendidikan']);
    expect(r.earliest).toBeNull();
  });

  it('age: a birthday on asOf counts; over the maximum from the birthday after it', () => {
    const rule: EligibilityRule = { id: 'r', leaf: 'age', params: { max: 56 } };
    const facts = { birthDate: '1969-06-15' };
    expect(run(rule, facts, '2025-06-14').tree.actual).toMatchObject({ age: 55 });
    expect(run(rule, facts, '2025-06-15').tree.actual).toMatchObject({ age: 56 });
    expect(run(rule, facts, '2026-06-14').eligible).toBe(true);
    expect(run(rule, facts, '2026-06-15').eligible).toBe(false);
  });

  it('a 29 February rank date reaches four years on 28 February of a common year', () => {
    const facts = { ...f1, rank: { golongan: 'II/a', since: '2016-02-29' } };
    const rule: EligibilityRule = { id: 'r', leaf: 'years-in-rank', params: { years: 3 } };
    expect(run(rule, facts, '2019-02-27').eligible).toBe(false);
    expect(run(rule, facts, '2019-02-28').eligible).toBe(true);
  });

  it('each schedule regime', () => {
    const rule: EligibilityRule = { id: 'r', leaf: 'years-in-rank', params: { years: 4 } };
    const at = (since: string) => run(rule, { rank: { golongan: 'II/a', since } }, '2019-01-01').earliest;
    expect(at('2019-05-02')).toBe('2023-10-01');
    expect(at('2020-02-02')).toBe('2024-04-01');
    expect(at('2021-10-02')).toBe('2025-11-01');
  });

  it('a met any rescues its failed alternatives; not reports the met leaf', () => {
    const rule: EligibilityRule = {
      id: 'r',
      all: [
        {
          id: 'a',
          any: [
            { id: 'x', leaf: 'education-in', params: { education: ['s1'] } },
            { id: 'y', leaf: 'education-in', params: { education: ['s2'] } },
          ],
        },
        {
          id: 'n',
          not: { id: 'z', leaf: 'compare', params: { path: 'rank.golongan', op: 'eq', value: 'II/a' } },
        },
      ],
    };
    expect(
      run(rule, { education: 's2', rank: { golongan: 'II/a', since: '2010-01-01' } }, '2020-01-01').unmet,
    ).toEqual(['z']);
    expect(
      run(rule, { education: 's2', rank: { golongan: 'II/b', since: '2010-01-01' } }, '2020-01-01').eligible,
    ).toBe(true);
  });

  it('functional packs: AK per pangkat step and per jenjang', () => {
    const fungsional = {
      rank: { golongan: 'III/a', since: '2020-01-01' },
      position: { kind: 'fungsional', level: 'ahli-pertama', since: '2020-01-01' },
      performance: [
        { year: 2023, predikat: 'baik' },
        { year: 2024, predikat: 'sangat-baik' },
      ],
      angkaKredit: '50',
      exams: ['uji-kompetensi'],
    };
    expect(run(PROMOTION_RULES['kenaikan-pangkat-fungsional'], fungsional, '2025-03-01').unmet).toEqual([]);
    expect(run(PROMOTION_RULES['kenaikan-jenjang-fungsional'], fungsional, '2025-03-01').unmet).toEqual([
      'angka-kredit-jenjang',
    ]);
    expect(
      run(
        PROMOTION_RULES['kenaikan-jenjang-fungsional'],
        { ...fungsional, angkaKredit: '100.00' },
        '2025-03-01',
      ).eligible,
    ).toBe(true);
  });

  it('jpt-pratama: prior post two years as administrator', () => {
    const facts = {
      birthDate: '1975-01-01',
      serviceStart: '2000-01-01',
      education: 's2',
      position: { kind: 'struktural', level: 'administrator', since: '2023-07-01' },
      performance: [
        { year: 2023, predikat: 'baik' },
        { year: 2024, predikat: 'baik' },
      ],
    };
    const r = run(PROMOTION_RULES['jpt-pratama'], facts, '2025-03-01');
    expect(r.unmet).toEqual(['jabatan-sebelumnya']);
    expect(r.earliest).toBe('2025-08-01');
  });

  it('rejects bad facts and rules with issues at paths, never throws', () => {
    const r = evaluateEligibility(
      { id: 'r', leaf: 'shoe-size' },
      { birthDate: '2020-02-30', rank: 3 },
      { asOf: 'soon' },
    );
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues.map((i) => i.path.join('.'))).toEqual([
        'rule.leaf',
        'facts.birthDate',
        'facts.rank',
        'asOf',
      ]);
    }
    expect(
      parseEligibilityRule({
        id: 'r',
        all: [
          { id: 'a', leaf: 'age' },
          { id: 'a', leaf: 'age' },
        ],
      }).ok,
    ).toBe(false);
  });

  it('evaluates with an explicit schedule', () => {
    const r = evaluateEligibility(reguler, f1, {
      asOf: assertIsoDate('2019-12-01'),
      schedule: [{ months: [3], day: 1 }],
    });
    expect(r.ok && r.value.earliest).toBe('2020-03-01');
    // On 1 January 2021 the window is 2019–2020, and 2020 is not recorded: never, as the facts stand.
    const jan = evaluateEligibility(reguler, f1, { asOf: '2019-12-01', schedule: [{ months: [1], day: 1 }] });
    expect(jan.ok && jan.value.earliest).toBeNull();
  });
});
