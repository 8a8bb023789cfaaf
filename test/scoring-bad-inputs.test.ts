/**
 * Bad inputs from fast-check (issue 3, "Tests"): wrong types anywhere, missing fields, zero and
 * negative targets, unknown kinds and ids, unknown rating codes and unknown top-level keys.
 * `scoreEvaluation` never throws; it rejects with issues that each have a path (empty only for a
 * root that is not an object), a code of the message catalog and messages in Indonesian and
 * English; an input that is still valid scores without NaN.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalog } from '../src/explain/messages/index';
import { type CompiledRuleset, compileRuleset, type Issue, scoreEvaluation, unwrap } from '../src/index';
import {
  deletionMutationArb,
  genericInputArb,
  getAt,
  type JsonPath,
  jsonPaths,
  junkStringArb,
  permenInputArb,
  pp30InputArb,
  pp46InputArb,
  RATING_CODES,
  setAt,
  unknownIdArb,
  wrongTypeMutationArb,
} from './support/arbitraries';
import { genericRuleset } from './support/rulesets';

const RUNS = { numRuns: 150 };
const KNOWN_CODES = new Set(Object.keys(catalog));
const ROOT_CODES = new Set(['input.invalid-type', 'input.required']);
const TOP_KEYS = new Set(['employee', 'period', 'organisation', 'indicators', 'ratings', 'flags', 'extras']);

/** Scores without letting a throw escape as anything but a clear failure. */
function score(c: CompiledRuleset, input: unknown) {
  try {
    return scoreEvaluation(c, input);
  } catch (e) {
    throw new Error(`scoreEvaluation threw on ${JSON.stringify(input)}: ${(e as Error).stack ?? String(e)}`);
  }
}

function expectWellFormed(i: Issue): void {
  expect(Array.isArray(i.path)).toBe(true);
  if (i.path.length === 0) expect(ROOT_CODES.has(i.code), `issue at the root: ${i.code}`).toBe(true);
  for (const seg of i.path) {
    if (typeof seg === 'number') expect(Number.isInteger(seg) && seg >= 0).toBe(true);
    else expect(typeof seg).toBe('string');
  }
  expect(KNOWN_CODES.has(i.code), `unknown code ${i.code}`).toBe(true);
  expect(typeof i.message.id).toBe('string');
  expect(typeof i.message.en).toBe('string');
  expect(i.message.id.length).toBeGreaterThan(0);
  expect(i.message.en.length).toBeGreaterThan(0);
  expect(i.severity).toBe('error');
}

/** The input is rejected with well-formed issues; returns them. */
function expectRejected(c: CompiledRuleset, input: unknown): readonly Issue[] {
  const r = score(c, input);
  if (r.ok) throw new Error(`accepted a bad input: ${JSON.stringify(input)}`);
  expect(r.issues.length).toBeGreaterThan(0);
  for (const i of r.issues) expectWellFormed(i);
  return r.issues;
}

/** Either outcome is fine, but it is well formed: issues with paths, or a result without NaN. */
function expectHandled(c: CompiledRuleset, input: unknown): void {
  const r = score(c, input);
  if (!r.ok) {
    expect(r.issues.length).toBeGreaterThan(0);
    for (const i of r.issues) expectWellFormed(i);
    return;
  }
  const json = JSON.stringify(r.value);
  expect(json).not.toMatch(/NaN|Infinity|undefined/);
  expect(JSON.parse(json)).toStrictEqual(r.value);
}

const regimes: Array<{ name: string; c: CompiledRuleset; arb: fc.Arbitrary<unknown> }> = [
  { name: 'pp46-2011', c: unwrap(compileRuleset('pp46-2011')), arb: pp46InputArb(fc, { maxActivities: 4 }) },
  { name: 'pp30-2019', c: unwrap(compileRuleset('pp30-2019')), arb: pp30InputArb(fc, { maxIndicators: 4 }) },
  {
    name: 'pp30-2019-360',
    c: unwrap(compileRuleset('pp30-2019-360')),
    arb: pp30InputArb(fc, { maxIndicators: 4 }),
  },
  {
    name: 'permenpanrb-6-2022',
    c: unwrap(compileRuleset('permenpanrb-6-2022')),
    arb: permenInputArb(fc, { maxRhk: 4 }),
  },
  {
    name: 'generic kinds (test ruleset)',
    c: unwrap(compileRuleset(genericRuleset())),
    arb: genericInputArb(fc),
  },
];

/** Keys whose deletion makes any generated input invalid, per regime. */
function requiredKey(regime: string, path: JsonPath): boolean {
  const key = path.at(-1);
  if (typeof key !== 'string') return false;
  const inIndicator = path[0] === 'indicators' && path.length >= 3;
  if (
    inIndicator &&
    ['id', 'kind', 'target', 'realisasi', 'kuantitas', 'kualitas', 'waktu', 'min', 'max'].includes(key)
  )
    return true;
  if (inIndicator && key === 'weight') return regime.startsWith('pp30') || regime.startsWith('generic');
  if (inIndicator && key === 'direction') return regime.startsWith('pp30');
  if (path[0] === 'ratings' && path.length === 3 && key === 'supervisor') return regime !== 'pp30-2019-360';
  if (path.length === 1 && key === 'indicators') return regime !== 'permenpanrb-6-2022';
  return false;
}

describe.each(regimes)('$name: bad inputs', ({ name, c, arb }) => {
  it('a value of the wrong type anywhere is rejected with issues that have paths', () => {
    fc.assert(
      fc.property(
        arb.chain((input) => wrongTypeMutationArb(fc, input)),
        (m) => {
          const issues = expectRejected(c, m.input);
          if (m.path.length === 0) expect(issues.map((i) => i.path)).toEqual([[]]);
        },
      ),
      RUNS,
    );
  });

  it('a missing field: rejected when the field is required, well-formed either way', () => {
    fc.assert(
      fc.property(
        arb.chain((input) => deletionMutationArb(fc, input)),
        (m) => {
          if (requiredKey(name, m.path)) expectRejected(c, m.input);
          else expectHandled(c, m.input);
        },
      ),
      RUNS,
    );
  });

  it('an unknown top-level key is reported at its path', () => {
    const key = fc.oneof(
      fc.string({ minLength: 1, maxLength: 10 }),
      fc.constantFrom('Indicators', 'rating', 'skp', 'score', 'predikat', 'employee ', 'kinds'),
    );
    fc.assert(
      fc.property(
        arb,
        key.filter((k) => !TOP_KEYS.has(k) && !(k in Object.prototype)),
        fc.jsonValue(),
        (input, k, v) => {
          const issues = expectRejected(c, { ...(input as object), [k]: v });
          expect(issues.map((i) => [i.code, i.path])).toContainEqual(['input.unknown-key', [k]]);
        },
      ),
      RUNS,
    );
  });

  it('a rating for an unknown id is reported at its path', () => {
    fc.assert(
      fc.property(
        arb,
        unknownIdArb(fc),
        fc.constantFrom<unknown>(80, '80', 'sesuai-ekspektasi', { supervisor: 80 }),
        (input, id, v) => {
          const src = input as { ratings?: Record<string, unknown> };
          const issues = expectRejected(c, { ...src, ratings: { ...src.ratings, [id]: v } });
          expect(issues.map((i) => i.path)).toContainEqual(['ratings', id]);
          expect(
            issues.some((i) =>
              ['scoring.unknown-rating-id', 'scoring.unknown-rating-code', 'decimal.invalid'].includes(
                i.code,
              ),
            ),
          ).toBe(true);
        },
      ),
      RUNS,
    );
  });

  it('an unknown indicator kind is reported at its path', () => {
    const arbWithIndex = arb
      .filter((input) => (input as { indicators: unknown[] }).indicators.length > 0)
      .chain((input) =>
        fc.tuple(
          fc.constant(input as { indicators: Array<Record<string, unknown>> }),
          fc.integer({ min: 0, max: (input as { indicators: unknown[] }).indicators.length - 1 }),
          fc.oneof(
            unknownIdArb(fc),
            fc.constantFrom('iki', 'rhk', 'pp46-activity', 'rasio', 'Rhk', 'IKI', 'rhk '),
          ),
        ),
      );
    fc.assert(
      fc.property(arbWithIndex, ([input, at, kind]) => {
        if (Object.hasOwn(c.ruleset.kinds, kind)) return;
        const indicators = input.indicators.map((x, i) => (i === at ? { ...x, kind } : x));
        const issues = expectRejected(c, { ...input, indicators });
        expect(issues.map((i) => [i.code, i.path])).toContainEqual([
          'scoring.unknown-kind',
          ['indicators', at, 'kind'],
        ]);
      }),
      RUNS,
    );
  });

  it('a duplicate indicator id is reported at its path', () => {
    const withTwo = arb
      .filter((input) => (input as { indicators: unknown[] }).indicators.length > 1)
      .map((input) => input as { indicators: Array<Record<string, unknown>> });
    fc.assert(
      fc.property(withTwo, (input) => {
        const first = input.indicators[0]?.id;
        const indicators = input.indicators.map((x, i) => (i === 1 ? { ...x, id: first } : x));
        const issues = expectRejected(c, { ...input, indicators });
        expect(issues.map((i) => [i.code, i.path])).toContainEqual([
          'scoring.duplicate-indicator',
          ['indicators', 1, 'id'],
        ]);
      }),
      { numRuns: 50 },
    );
  });

  it('any JSON value as the whole input is handled', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        expectHandled(c, v);
      }),
      RUNS,
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Zero and negative targets, negative realisations

/** Paths of every target (or target bound) and every realisation that must not be negative. */
function targetPaths(input: unknown): { targets: JsonPath[]; realisations: JsonPath[] } {
  const targets: JsonPath[] = [];
  const realisations: JsonPath[] = [];
  for (const p of jsonPaths(input)) {
    if (p[0] !== 'indicators') continue;
    const key = p.at(-1);
    const v = getAt(input, p);
    if (typeof v === 'object') continue;
    if (key === 'target' || key === 'min' || key === 'max') targets.push(p);
    const kind = getAt(input, [...p.slice(0, 2), 'kind']);
    // tabel / skala take any number (their table or scale decides); tabel-capaian: see engine-bugs.test.ts
    const free = kind === 'tabel' || kind === 'skala' || kind === 'tabel-capaian';
    if (key === 'realisasi' && !free && typeof v !== 'boolean') realisations.push(p);
  }
  return { targets, realisations };
}

const nonPositive = fc.oneof(
  fc.constantFrom<unknown>(0, '0', '0.00', -0, '-0', -1, '-0.01'),
  fc.integer({ min: -1_000_000, max: -1 }),
);

describe.each(regimes.filter((r) => r.name !== 'permenpanrb-6-2022'))(
  '$name: targets and realisations',
  ({ c, arb }) => {
    it('a zero or negative target is rejected with scoring.zero-target at its path', () => {
      const m = arb
        .filter((input) => targetPaths(input).targets.length > 0)
        .chain((input) =>
          fc.tuple(fc.constant(input), fc.constantFrom(...targetPaths(input).targets), nonPositive),
        );
      fc.assert(
        fc.property(m, ([input, path, v]) => {
          const issues = expectRejected(c, setAt(input, path, v));
          expect(issues.map((i) => [i.code, i.path])).toContainEqual(['scoring.zero-target', path]);
        }),
        RUNS,
      );
    });

    it('a negative realisation is rejected at its path', () => {
      const m = arb
        .filter((input) => targetPaths(input).realisations.length > 0)
        .chain((input) =>
          fc.tuple(
            fc.constant(input),
            fc.constantFrom(...targetPaths(input).realisations),
            fc.oneof(fc.constantFrom<unknown>(-1, '-0.01'), fc.integer({ min: -1000, max: -1 })),
          ),
        );
      fc.assert(
        fc.property(m, ([input, path, v]) => {
          const issues = expectRejected(c, setAt(input, path, v));
          expect(issues.map((i) => i.path)).toContainEqual(path);
        }),
        RUNS,
      );
    });
  },
);

// ---------------------------------------------------------------------------------------------
// Unknown rating codes (PermenPANRB 6/2022)

describe('permenpanrb-6-2022: unknown rating codes', () => {
  const c = unwrap(compileRuleset('permenpanrb-6-2022'));
  const codes = new Set<string>(RATING_CODES);
  const notACode = fc
    .oneof(
      junkStringArb(fc),
      unknownIdArb(fc),
      fc.constantFrom(
        'baik',
        'istimewa',
        'sangat-baik',
        'Sesuai-Ekspektasi',
        ' di-atas-ekspektasi',
        'di atas',
        '3',
        '',
      ),
    )
    .filter((s) => !codes.has(s));

  it('a code no scale knows, given anywhere a rating goes, is rejected at its path', () => {
    const m = permenInputArb(fc, { maxRhk: 4 }).chain((input) => {
      const places = jsonPaths(input).filter(
        (p) => p[0] === 'ratings' && typeof getAt(input, p) === 'string',
      );
      return fc.tuple(fc.constant(input), fc.constantFrom(...places), notACode);
    });
    fc.assert(
      fc.property(m, ([input, path, code]) => {
        const issues = expectRejected(c, setAt(input, path, code));
        expect(issues.map((i) => [i.code, i.path])).toContainEqual(['scoring.unknown-rating-code', path]);
      }),
      RUNS,
    );
  });
});
