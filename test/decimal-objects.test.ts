/**
 * Decimal objects: wherever a decimal is accepted, a decimal.js `Decimal` (or any object whose
 * `toString()` writes a decimal) is accepted too, read exactly through `toString()` (exponent
 * notation included), and scores exactly as the decimal it stands for. Objects that are not decimals
 * are rejected with the usual issue, never a throw; the JSON Schemas do not change (they describe
 * JSON, test/json-schemas.test.ts).
 */
import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assertDecimal,
  compare,
  fromDec,
  InvalidDecimalError,
  parseDecimal,
  sum,
  toDec,
} from '../src/decimal/index';
import {
  type CompiledRuleset,
  compileRuleset,
  evaluationInputSchema,
  formatJsonSchema,
  getPack,
  parseRuleset,
  scoreEvaluation,
  unwrap,
} from '../src/index';
import { decimalSchema } from '../src/ruleset/primitives';
import { genericInputArb, pp30InputArb, pp46InputArb } from './support/arbitraries';
import { genericRuleset } from './support/rulesets';

/** Arbitrary decimals as plain strings: up to 40 significant digits, exponents −60…60 (decimal.js writes e-notation outside 1e-7…1e21). */
const anyDecimal: fc.Arbitrary<string> = fc
  .tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 10n ** 40n }), fc.integer({ min: -60, max: 60 }))
  .map(([neg, digits, exp]) => new Decimal(`${neg ? '-' : ''}${digits}e${exp}`).toFixed());

const code = (input: unknown): string | undefined => {
  const r = parseDecimal(input);
  return r.ok ? undefined : r.issues[0]?.code;
};

describe('parseDecimal: decimal objects', () => {
  it('reads new Decimal(d) as d, exactly, exponent notation included (property)', () => {
    fc.assert(
      fc.property(anyDecimal, (d) => {
        const object = new Decimal(d);
        const fromObject = parseDecimal(object);
        const fromString = parseDecimal(d);
        expect(fromObject.ok && fromString.ok).toBe(true);
        if (!fromObject.ok || !fromString.ok) return;
        // decimal.js drops trailing zeros ("85.50" → "85.5"): the same number, its own scale.
        expect(compare(fromObject.value, fromString.value)).toBe(0);
        expect(fromObject).toEqual(parseDecimal(object.toFixed()));
        expect(assertDecimal(object)).toBe(fromObject.value);
        expect(fromDec(toDec(object))).toBe(fromDec(toDec(d)));
      }),
      { numRuns: 500 },
    );
  });

  it.each([
    ['1e-7', '0.0000001'],
    ['-1.5e-10', '-0.00000000015'],
    ['1e+21', '1000000000000000000000'],
    ['-1.2345e+25', '-12345000000000000000000000'],
    ['85.50', '85.5'],
    ['-0', '0'],
    ['0.1', '0.1'],
  ])('reads new Decimal(%j) as %j', (input, expected) => {
    expect(parseDecimal(new Decimal(input))).toEqual({ ok: true, value: expected });
  });

  it('reads any object whose toString() writes a decimal, plain or exponent notation', () => {
    expect(parseDecimal({ toString: () => '007.50' })).toEqual({ ok: true, value: '7.50' });
    expect(parseDecimal({ toString: () => '2.5E-3' })).toEqual({ ok: true, value: '0.0025' });
    expect(sum([new Decimal('0.1'), '0.2', 0.3])).toBe('0.6');
  });

  it('keeps the rules of plain strings: exponent notation only through an object', () => {
    expect(code('1e-7')).toBe('decimal.invalid');
    expect(code(' 1')).toBe('decimal.invalid');
  });

  it.each<[string, unknown, string, Record<string, unknown>]>([
    ['a plain object', {}, 'decimal.invalid', { received: 'object' }],
    ['an array of a decimal', ['1'], 'decimal.invalid', { received: 'array' }],
    ['a Date', new Date(0), 'decimal.invalid', { received: 'object' }],
    [
      'a toString that throws',
      {
        toString() {
          throw new Error('no');
        },
      },
      'decimal.invalid',
      { received: 'object' },
    ],
    ['a toString returning a number', { toString: () => 5 }, 'decimal.invalid', { received: 'object' }],
    ['a toString that is not a function', { toString: '5' }, 'decimal.invalid', { received: 'object' }],
    ['no prototype', Object.create(null), 'decimal.invalid', { received: 'object' }],
    [
      'a getter that throws',
      Object.defineProperty({}, 'toString', {
        get() {
          throw new Error('no');
        },
      }),
      'decimal.invalid',
      { received: 'object' },
    ],
    ['a toString with spaces', { toString: () => ' 1' }, 'decimal.invalid', { received: 'object' }],
    ['NaN', new Decimal(Number.NaN), 'decimal.not-finite', { value: 'NaN' }],
    ['Infinity', new Decimal(Number.POSITIVE_INFINITY), 'decimal.not-finite', { value: 'Infinity' }],
    [
      'an exponent beyond 1000',
      new Decimal('1e1001'),
      'decimal.exponent-out-of-range',
      { value: '1e+1001', maximum: 1000 },
    ],
    [
      'a tiny exponent beyond −1000',
      new Decimal('1e-9000000000000000'),
      'decimal.exponent-out-of-range',
      { value: '1e-9000000000000000', maximum: 1000 },
    ],
    [
      'more than 60 significant digits',
      new Decimal(`1.${'1'.repeat(60)}e-20`),
      'decimal.too-precise',
      { digits: 61, maximum: 60 },
    ],
  ])('rejects %s with the usual issue, never throwing', (_what, input, expected, params) => {
    const r = parseDecimal(input, ['x']);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]?.code).toBe(expected);
    expect(r.issues[0]?.path).toEqual(['x']);
    expect(r.issues[0]?.params).toEqual(params);
    expect(() => assertDecimal(input as never)).toThrow(InvalidDecimalError);
  });

  it('reads exponents up to ±1000 exactly', () => {
    expect(parseDecimal(new Decimal('1e1000'))).toEqual({ ok: true, value: `1${'0'.repeat(1000)}` });
    expect(parseDecimal(new Decimal('1e-1000'))).toEqual({ ok: true, value: `0.${'0'.repeat(999)}1` });
  });
});

describe('schemas: decimal objects', () => {
  it('decimalSchema reads a Decimal as its canonical string and rejects other objects as before', () => {
    expect(decimalSchema.parse(new Decimal('1e-7'))).toBe('0.0000001');
    expect(decimalSchema.safeParse({}).success).toBe(false);
    expect(decimalSchema.safeParse(['1']).success).toBe(false);
  });

  it('a ruleset may carry Decimal objects wherever it carries decimals', () => {
    for (const id of ['pp46-2011', 'permenpanrb-6-2022'] as const) {
      const doc = JSON.parse(JSON.stringify(getPack(id))) as unknown;
      let objects = 0;
      const withObjects = mapStrings(doc, (d) => {
        objects++;
        return new Decimal(d);
      });
      const withStrings = mapStrings(doc, (d) => unwrap(parseDecimal(new Decimal(d))));
      expect(objects).toBeGreaterThan(5);
      const a = parseRuleset(withObjects);
      expect(a.ok).toBe(true);
      expect(a).toEqual(parseRuleset(withStrings));
    }
  });

  it('the evaluation input schema accepts Decimal targets', () => {
    const input = {
      indicators: [{ id: 'k1', kind: 'iki', target: new Decimal('85'), realisasi: new Decimal('1e1') }],
    };
    expect(evaluationInputSchema.safeParse(input).success).toBe(true);
  });

  it('the JSON Schemas describe JSON only: no object branch for decimals', () => {
    const schema = JSON.stringify(unwrap(formatJsonSchema('ruleset')));
    expect(schema).toContain('^[+-]?\\\\d+(\\\\.\\\\d+)?$');
    expect(schema).not.toContain('toString');
  });
});

// ---------------------------------------------------------------------------------------------
// Scoring: an input with Decimal objects scores exactly as the same input with decimal strings.

const DECIMAL_KEYS = new Set([
  'target',
  'realisasi',
  'min',
  'max',
  'weight',
  'kuantitas',
  'kualitas',
  'waktu',
  'biaya',
]);
const DECIMAL_TEXT = /^[+-]?\d+(\.\d+)?$/;

/** The input with every decimal (under a decimal key or in `ratings`) replaced by `f(decimal)`. */
function mapDecimals(value: unknown, f: (d: string) => unknown, inDecimals = false): unknown {
  if (Array.isArray(value)) return value.map((v) => mapDecimals(v, f, inDecimals));
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value))
      out[k] = mapDecimals(v, f, inDecimals || DECIMAL_KEYS.has(k) || k === 'ratings');
    return out;
  }
  if (inDecimals && (typeof value === 'number' || (typeof value === 'string' && DECIMAL_TEXT.test(value))))
    return f(String(value));
  return value;
}

/** Every decimal string (any key) replaced by `f(decimal)`: a ruleset's decimals are strings, its counts numbers. */
function mapStrings(value: unknown, f: (d: string) => unknown): unknown {
  if (Array.isArray(value)) return value.map((v) => mapStrings(v, f));
  if (typeof value === 'object' && value !== null)
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapStrings(v, f)]));
  return typeof value === 'string' && DECIMAL_TEXT.test(value) ? f(value) : value;
}

const packs: Array<[string, CompiledRuleset, fc.Arbitrary<unknown>]> = [
  ['pp46-2011', unwrap(compileRuleset('pp46-2011')), pp46InputArb(fc)],
  ['pp30-2019-360', unwrap(compileRuleset('pp30-2019-360')), pp30InputArb(fc)],
  ['a generic ruleset', unwrap(compileRuleset(genericRuleset())), genericInputArb(fc)],
];

describe('scoreEvaluation: decimal objects', () => {
  it.each(packs)('%s: new Decimal(d) scores as d (property)', (_name, compiled, arb) => {
    fc.assert(
      fc.property(arb, (input) => {
        let objects = 0;
        const withObjects = mapDecimals(input, (d) => {
          objects++;
          return new Decimal(d);
        });
        // The same decimals as strings, as decimal.js writes them (its own scale: "85.50" → "85.5").
        const withStrings = mapDecimals(input, (d) => unwrap(parseDecimal(new Decimal(d))));
        const a = scoreEvaluation(compiled, withObjects);
        const b = scoreEvaluation(compiled, withStrings);
        const original = scoreEvaluation(compiled, input);
        expect(objects).toBeGreaterThan(0);
        expect(a).toEqual(b);
        expect(a.ok).toBe(original.ok);
        if (a.ok && original.ok) {
          expect(a.value.predikat).toBe(original.value.predikat);
          expect(a.value.score === null ? null : compare(a.value.score, original.value.score ?? '0')).toBe(
            original.value.score === null ? null : 0,
          );
        }
      }),
      { numRuns: 100 },
    );
  });

  it('a Decimal that is not a decimal is the usual issue at its path', () => {
    const compiled = unwrap(compileRuleset('pp30-2019'));
    const r = scoreEvaluation(compiled, {
      indicators: [{ id: 'k1', kind: 'iki', target: {}, realisasi: new Decimal(Number.NaN) }],
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const codes = r.issues.map((i) => [i.code, i.path.join('.')]);
    expect(codes).toContainEqual(['decimal.not-finite', 'indicators.0.realisasi']);
  });
});
