import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseWithSchema } from '../explain/index';
import { employeeFactsArbitrary } from '../testing/arbitraries/employee-facts';
import { parseEmployeeFacts, readValidFacts } from './eligibility-facts';
import { employeeFactsSchema } from './schemas';

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
    angkaKredit: fc.constantFrom('75', '12.5', 50, 'x', null, Number.NaN),
    exams: fc.array(fc.constantFrom('uji-kompetensi', 4), { maxLength: 2 }),
    unit: fc.string(),
    skor: fc.oneof(fc.double(), fc.constant(undefined), fc.boolean(), fc.jsonValue({ maxDepth: 2 })),
    toString: fc.constantFrom(1, 'x'),
  },
  { requiredKeys: [] },
);

const schema = (f: unknown) => parseWithSchema(employeeFactsSchema, f);

describe('parseEmployeeFacts', () => {
  it('the fast path gives what employeeFactsSchema gives, and takes every facts the schema accepts', () => {
    fc.assert(
      fc.property(facts, (f) => {
        const fast = readValidFacts(f);
        const slow = schema(f);
        if (fast !== null) expect(slow).toEqual({ ok: true, value: fast });
        // Only `__proto__` and nested further facts go the schema's way when valid.
        else if (slow.ok)
          expect(Object.values(f).some((v) => typeof v === 'object' && v !== null)).toBe(true);
        expect(parseEmployeeFacts(f)).toEqual(fast === null ? slow : { ok: true, value: fast });
      }),
      { numRuns: 500 },
    );
  });

  it("valid facts from the kit's arbitrary take the fast path, to the schema's value", () => {
    fc.assert(
      fc.property(employeeFactsArbitrary(fc as never) as unknown as fc.Arbitrary<unknown>, (f) => {
        const fast = readValidFacts(f);
        expect(fast).not.toBeNull();
        expect(schema(f)).toEqual({ ok: true, value: fast });
      }),
      { numRuns: 300 },
    );
  });

  it('reads hostile facts into issues, never a throw', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 10_000; i += 1) deep = { deep };
    const r = parseEmployeeFacts({ education: 's1', extra: deep });
    expect(r.ok ? [] : r.issues.map((i) => i.code)).toEqual(['input.too-deep']);
    const proto = parseEmployeeFacts(JSON.parse('{"__proto__": {"education": "s1"}, "toString": 1}'));
    expect(proto.ok && Object.getPrototypeOf(proto.value)).toBe(Object.prototype);
    expect(parseEmployeeFacts({ skor: Number.POSITIVE_INFINITY }).ok).toBe(false);
    expect(parseEmployeeFacts({ performance: new Array(3) }).ok).toBe(false);
    expect(parseEmployeeFacts({ exams: new Array(100_000).fill('uji-kompetensi') }).ok).toBe(true);
  });
});
