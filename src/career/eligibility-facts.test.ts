import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseEmployeeFacts, parseEmployeeFactsSlow } from './eligibility-facts';

const dateLike = fc.oneof(
  fc.constantFrom('2020-02-29', '2021-02-29', '2019-13-01', '2024-1-01', '2015-06-30', '2030-12-31'),
  fc.integer(),
  fc.constant(null),
);
const facts = fc.record(
  {
    birthDate: dateLike,
    serviceStart: dateLike,
    education: fc.constantFrom('s1', 'slta', 'phd', 3),
    rank: fc.record(
      { golongan: fc.constantFrom('III/a', 'IV/e', 'V/a'), since: dateLike },
      { requiredKeys: [] },
    ),
    position: fc.record(
      {
        kind: fc.constantFrom('fungsional', 'jpt', 'boss'),
        level: fc.constantFrom(null, 'ahli-muda', 7),
        since: dateLike,
      },
      { requiredKeys: ['kind', 'since'] },
    ),
    positionHistory: fc.array(
      fc.record({
        kind: fc.constantFrom('struktural', 'x'),
        level: fc.constantFrom('pengawas', null),
        from: dateLike,
        to: dateLike,
      }),
      { maxLength: 2 },
    ),
    performance: fc.array(
      fc.record({
        year: fc.oneof(fc.integer({ min: 2018, max: 2022 }), fc.constant(2.5)),
        predikat: fc.constantFrom('baik', 'great'),
      }),
      { maxLength: 3 },
    ),
    discipline: fc.array(
      fc.record(
        { level: fc.constantFrom('sedang', 5), from: dateLike, to: dateLike },
        { requiredKeys: ['from', 'to'] },
      ),
      {
        maxLength: 2,
      },
    ),
    angkaKredit: fc.constantFrom('75', '12.5', 50, 'x', null),
    exams: fc.array(fc.constantFrom('uji-kompetensi', 4), { maxLength: 2 }),
    unit: fc.string(),
  },
  { requiredKeys: [] },
);

describe('parseEmployeeFacts', () => {
  it('the fast path agrees with the detailed one on valid and invalid facts alike', () => {
    fc.assert(
      fc.property(facts, (f) => {
        expect(parseEmployeeFacts(f)).toEqual(parseEmployeeFactsSlow(f));
      }),
      { numRuns: 500 },
    );
  });
});
