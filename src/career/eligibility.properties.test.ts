import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addYears,
  dateFromParts,
  type IsoDate,
  isScheduleDate,
  scheduleDatesBetween,
} from '../date/index';
import { EDUCATION_CAP, PROMOTION_RULES, RANK_LADDER } from '../packs/promotion';
import type { EligibilityRule } from '../ruleset/sections/career';
import { type EligibilityResult, evaluateEligibility } from './eligibility';
import { PROMOTION_SCHEDULE } from './eligibility-packs';

const date = (from: number, to: number): fc.Arbitrary<IsoDate> =>
  fc
    .tuple(
      fc.integer({ min: from, max: to }),
      fc.integer({ min: 1, max: 12 }),
      fc.integer({ min: 1, max: 31 }),
    )
    .map(([y, m, d]) => dateFromParts(y, m, d) ?? (dateFromParts(y, m, 28) as IsoDate));

const predikat = fc.constantFrom('sangat-baik', 'baik', 'baik', 'butuh-perbaikan', 'kurang');

const facts = fc.record({
  birthDate: date(1960, 1995),
  serviceStart: date(2000, 2015),
  education: fc.constantFrom(...Object.keys(EDUCATION_CAP)),
  rank: fc.record({
    golongan: fc.constantFrom(...RANK_LADDER.map((r) => r.golongan)),
    since: date(2014, 2024),
  }),
  position: fc.record({
    kind: fc.constant('fungsional'),
    level: fc.constantFrom('ahli-pertama', 'ahli-muda', 'ahli-madya', 'terampil'),
    since: date(2015, 2024),
  }),
  performance: fc
    .uniqueArray(fc.integer({ min: 2014, max: 2026 }), { maxLength: 8 })
    .chain((years) => fc.tuple(...years.map((year) => predikat.map((p) => ({ year, predikat: p }))))),
  discipline: fc.array(
    date(2015, 2027).chain((from) =>
      fc.integer({ min: 0, max: 900 }).map((n) => ({ level: 'sedang', from, to: addDays(from, n) })),
    ),
    { maxLength: 2 },
  ),
  angkaKredit: fc.integer({ min: 0, max: 500 }).map(String),
  exams: fc.subarray(['ujian-dinas-tingkat-i', 'ujian-dinas-tingkat-ii', 'uji-kompetensi']),
});

const rules = Object.values(PROMOTION_RULES) as unknown as EligibilityRule[];
const asOf = date(2016, 2027);

function run(rule: EligibilityRule, f: unknown, at: IsoDate): EligibilityResult {
  const r = evaluateEligibility(rule, f, { asOf: at });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

describe('evaluateEligibility: properties', () => {
  it('earliest is a schedule date on or after asOf at which the rule holds, and no earlier schedule date does', () => {
    fc.assert(
      fc.property(fc.constantFrom(...rules), facts, asOf, (rule, f, at) => {
        const r = run(rule, f, at);
        const end = r.earliest === null ? addYears(at, 12) : addDays(r.earliest, -1);
        const before = scheduleDatesBetween(PROMOTION_SCHEDULE, at, end);
        for (const d of before) {
          expect(run(rule, f, d).eligible).toBe(false);
        }
        if (r.earliest !== null) {
          expect(r.earliest >= at).toBe(true);
          expect(isScheduleDate(PROMOTION_SCHEDULE, r.earliest)).toBe(true);
          expect(run(rule, f, r.earliest).eligible).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('adding facts that satisfy unmet leaves (exams, missing years rated baik) never removes eligibility', () => {
    fc.assert(
      fc.property(fc.constantFrom(...rules), facts, asOf, (rule, f, at) => {
        const r = run(rule, f, at);
        const recorded = new Set(f.performance.map((p) => p.year));
        const missing = [];
        for (let y = 2010; y <= 2030; y += 1)
          if (!recorded.has(y)) missing.push({ year: y, predikat: 'baik' });
        const more = {
          ...f,
          performance: [...f.performance, ...missing],
          exams: ['ujian-dinas-tingkat-i', 'ujian-dinas-tingkat-ii', 'uji-kompetensi'],
        };
        const m = run(rule, more, at);
        if (r.eligible) {
          expect(m.eligible).toBe(true);
        }
        for (const id of m.unmet) {
          expect(r.unmet).toContain(id);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('evaluates every node: the tree always has every leaf of the rule, and unmet is empty exactly when eligible', () => {
    fc.assert(
      fc.property(fc.constantFrom(...rules), facts, asOf, (rule, f, at) => {
        const r = run(rule, f, at);
        const leaves = 'all' in rule ? rule.all.length : 1;
        expect(r.tree.children?.length ?? 1).toBe(leaves);
        expect(r.unmet.length === 0).toBe(r.eligible);
        expect(JSON.parse(JSON.stringify(r))).toEqual(r);
      }),
      { numRuns: 100 },
    );
  });
});
