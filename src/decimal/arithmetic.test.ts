import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KinerjaError } from '../explain/index';
import {
  abs,
  add,
  clamp,
  compare,
  DivisionByZeroError,
  divide,
  InvalidDecimalError,
  max,
  mean,
  min,
  multiply,
  negate,
  subtract,
  sum,
} from './index';
import {
  decimalString,
  refAdd,
  refMul,
  refTrim,
  scaled,
  scaledToString,
  stringToScaled,
} from './test-support';

const TRIMMED = /^-?(0|[1-9]\d*)(\.\d*[1-9])?$/;

describe('arithmetic: examples', () => {
  it('adds, subtracts and multiplies exactly', () => {
    expect(add('0.1', '0.2')).toBe('0.3');
    expect(add(0.1, 0.2)).toBe('0.3');
    expect(add('85.50', '0.50')).toBe('86');
    expect(subtract('1', '0.9')).toBe('0.1');
    expect(subtract(2, '2.5')).toBe('-0.5');
    expect(subtract('1.5', '1.50')).toBe('0');
    expect(multiply('1.1', '1.1')).toBe('1.21');
    expect(multiply('0.75', 100)).toBe('75');
    expect(multiply('-0.5', '0')).toBe('0');
    expect(multiply('123456789012345678901234567890', '987654321098765432109876543210')).toBe(
      '121932631137021795226185032733622923332237463801111263526900',
    );
  });

  it('divides, exactly when the quotient terminates, else to 60 significant digits', () => {
    expect(divide('90', '120')).toBe('0.75');
    expect(divide('1', '8')).toBe('0.125');
    expect(divide('-7', '2')).toBe('-3.5');
    expect(divide('2', '3')).toBe(`0.${'6'.repeat(59)}7`);
    expect(divide('1', '3')).toBe(`0.${'3'.repeat(60)}`);
    expect(divide('200', '3')).toBe(`66.${'6'.repeat(57)}7`);
    expect(divide('0', '5')).toBe('0');
  });

  it('throws DivisionByZeroError (a KinerjaError with a stable code) on a zero divisor', () => {
    expect(() => divide('1', '0')).toThrow(DivisionByZeroError);
    expect(() => divide('1', '-0.00')).toThrow(KinerjaError);
    try {
      divide('12.50', 0);
    } catch (e) {
      expect(e).toBeInstanceOf(KinerjaError);
      expect(e).toBeInstanceOf(InvalidDecimalError);
      expect((e as DivisionByZeroError).dividend).toBe('12.5');
      expect((e as Error).name).toBe('DivisionByZeroError');
      expect((e as DivisionByZeroError).issues.map((i) => i.code)).toEqual(['decimal.division-by-zero']);
      expect((e as DivisionByZeroError).issues[0]?.message.id).toMatch(/nol/);
    }
    expect.assertions(8);
  });

  it('negates and takes absolute values', () => {
    expect(negate('2.50')).toBe('-2.5');
    expect(negate('-2.50')).toBe('2.5');
    expect(negate('0')).toBe('0');
    expect(negate(0)).toBe('0');
    expect(abs('-2.50')).toBe('2.5');
    expect(abs('-0')).toBe('0');
  });

  it('sums, averages, and picks extremes', () => {
    expect(sum([])).toBe('0');
    expect(sum(['0.1', '0.2', 0.3])).toBe('0.6');
    expect(mean(['80', '85', '90'])).toBe('85');
    expect(mean([1, 2])).toBe('1.5');
    expect(() => mean([])).toThrow(InvalidDecimalError);
    expect(min('3', '2.50', 4)).toBe('2.5');
    expect(max('3', '2.50', '-4')).toBe('3');
    expect(min('7')).toBe('7');
    expect(() => min()).toThrow(InvalidDecimalError);
    expect(() => max()).toThrow(InvalidDecimalError);
  });

  it('clamps to a range', () => {
    expect(clamp('120', '0', '100')).toBe('100');
    expect(clamp('-5', '0', '100')).toBe('0');
    expect(clamp('85.50', 0, 100)).toBe('85.5');
    expect(clamp('5', '5', '5')).toBe('5');
    expect(() => clamp('1', '2', '1')).toThrow(InvalidDecimalError);
  });

  it('throws KinerjaError on invalid input', () => {
    expect(() => add('1e3', '1')).toThrow(KinerjaError);
    expect(() => multiply(1, 0.1 + 0.2)).toThrow(KinerjaError);
    expect(() => sum(['1', 'x'])).toThrow(KinerjaError);
    expect(() => divide(Number.NaN, 1)).toThrow(KinerjaError);
  });
});

describe('arithmetic laws', () => {
  it('add and multiply agree with exact BigInt arithmetic', () => {
    fc.assert(
      fc.property(scaled, scaled, (a, b) => {
        const x = scaledToString(a);
        const y = scaledToString(b);
        expect(add(x, y)).toBe(refTrim(refAdd(a, b)));
        expect(subtract(x, y)).toBe(refTrim(refAdd(a, { n: -b.n, scale: b.scale })));
        expect(multiply(x, y)).toBe(refTrim(refMul(a, b)));
      }),
    );
  });

  it('results are plain notation without superfluous trailing zeros', () => {
    fc.assert(
      fc.property(decimalString, decimalString, (x, y) => {
        for (const r of [add(x, y), subtract(x, y), multiply(x, y), negate(x), abs(x), sum([x, y])]) {
          expect(r).toMatch(TRIMMED);
        }
      }),
    );
  });

  it('commutativity of add', () => {
    fc.assert(fc.property(decimalString, decimalString, (x, y) => add(x, y) === add(y, x)));
  });

  it('commutativity of multiply', () => {
    fc.assert(fc.property(decimalString, decimalString, (x, y) => multiply(x, y) === multiply(y, x)));
  });

  it('associativity of add', () => {
    fc.assert(
      fc.property(decimalString, decimalString, decimalString, (x, y, z) => {
        expect(add(add(x, y), z)).toBe(add(x, add(y, z)));
      }),
    );
  });

  it('associativity of multiply', () => {
    fc.assert(
      fc.property(decimalString, decimalString, decimalString, (x, y, z) => {
        expect(multiply(multiply(x, y), z)).toBe(multiply(x, multiply(y, z)));
      }),
    );
  });

  it('additive identity: x + 0 = x', () => {
    fc.assert(
      fc.property(decimalString, (x) => {
        expect(add(x, '0')).toBe(refTrim(stringToScaled(x)));
        expect(compare(add('0.000', x), x)).toBe(0);
      }),
    );
  });

  it('multiplicative identity: x × 1 = x', () => {
    fc.assert(fc.property(decimalString, (x) => compare(multiply(x, '1.00'), x) === 0));
  });

  it('additive inverse: x + (−x) = 0 and x − x = 0', () => {
    fc.assert(
      fc.property(decimalString, (x) => {
        expect(add(x, negate(x))).toBe('0');
        expect(subtract(x, x)).toBe('0');
      }),
    );
  });

  it('distributivity: x × (y + z) = x × y + x × z, exactly', () => {
    fc.assert(
      fc.property(decimalString, decimalString, decimalString, (x, y, z) => {
        expect(multiply(x, add(y, z))).toBe(add(multiply(x, y), multiply(x, z)));
      }),
    );
  });

  it('division inverts multiplication for non-zero divisors that terminate', () => {
    fc.assert(
      fc.property(decimalString, decimalString, (x, y) => {
        fc.pre(compare(y, 0) !== 0);
        expect(compare(divide(multiply(x, y), y), x)).toBe(0);
      }),
    );
  });

  it('sum equals repeated add', () => {
    fc.assert(
      fc.property(fc.array(decimalString, { maxLength: 8 }), (xs) => {
        expect(sum(xs)).toBe(xs.reduce<string>((acc, x) => add(acc, x), '0'));
      }),
    );
  });

  it('mean × count = sum when the count has only the factors 2 and 5 (the quotient terminates)', () => {
    const terminating = fc
      .constantFrom(1, 2, 4, 5, 8, 10, 16)
      .chain((n) => fc.array(decimalString, { minLength: n, maxLength: n }));
    fc.assert(
      fc.property(terminating, (xs) => {
        expect(compare(multiply(mean(xs), xs.length), sum(xs))).toBe(0);
      }),
    );
  });

  it('mean lies between min and max', () => {
    fc.assert(
      fc.property(fc.array(decimalString, { minLength: 1, maxLength: 7 }), (xs) => {
        const m = mean(xs);
        expect(compare(min(...xs), m)).toBeLessThanOrEqual(0);
        expect(compare(m, max(...xs))).toBeLessThanOrEqual(0);
      }),
    );
  });

  it('min and max are members bounding every input', () => {
    fc.assert(
      fc.property(fc.array(decimalString, { minLength: 1, maxLength: 6 }), (xs) => {
        const lo = min(...xs);
        const hi = max(...xs);
        for (const x of xs) {
          expect(compare(lo, x)).toBeLessThanOrEqual(0);
          expect(compare(hi, x)).toBeGreaterThanOrEqual(0);
        }
        expect(xs.some((x) => compare(x, lo) === 0)).toBe(true);
        expect(xs.some((x) => compare(x, hi) === 0)).toBe(true);
      }),
    );
  });

  it('clamp lands inside the range and leaves inner values alone', () => {
    fc.assert(
      fc.property(decimalString, decimalString, decimalString, (x, a, b) => {
        const [lo, hi] = compare(a, b) <= 0 ? [a, b] : [b, a];
        const c = clamp(x, lo, hi);
        expect(compare(c, lo)).toBeGreaterThanOrEqual(0);
        expect(compare(c, hi)).toBeLessThanOrEqual(0);
        if (compare(x, lo) >= 0 && compare(x, hi) <= 0) expect(compare(c, x)).toBe(0);
      }),
    );
  });
});

/** The code of the KinerjaError `f` throws; fails the test on any other throw or none. */
function thrown(f: () => unknown): string | undefined {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(InvalidDecimalError);
    expect(e).toBeInstanceOf(KinerjaError);
    return (e as KinerjaError).issues[0]?.code;
  }
  throw new Error('expected a throw');
}

describe('arithmetic: garbage in, a KinerjaError out (never TypeError, RangeError or NaN)', () => {
  it('rejects lists that are not arrays and lists with holes or bad entries', () => {
    expect(thrown(() => sum(undefined as never))).toBe('decimal.invalid-list');
    expect(thrown(() => sum({ length: 2 } as never))).toBe('decimal.invalid-list');
    expect(thrown(() => mean('12' as never))).toBe('decimal.invalid-list');
    // biome-ignore lint/suspicious/noSparseArray: a hole is the point of the test
    const holes = [1, , 3] as never;
    expect(thrown(() => sum(holes))).toBe('decimal.invalid');
    expect(thrown(() => mean(holes))).toBe('decimal.invalid');
    expect(thrown(() => min(...([1, undefined] as never[])))).toBe('decimal.invalid');
    try {
      sum([1, 2, { toString: () => '3' }] as never);
    } catch (e) {
      expect((e as KinerjaError).issues[0]?.path).toEqual([2]);
    }
  });
  it('rejects objects with toString/valueOf, NaN, Infinity and 1e400', () => {
    for (const bad of [
      JSON.parse('{"toString":1}'),
      { valueOf: () => 1 },
      Number.NaN,
      Number('1e400'),
      -Infinity,
      null,
    ]) {
      expect(thrown(() => add(bad, 1))).toMatch(/^decimal\./);
      expect(thrown(() => compare(1, bad))).toMatch(/^decimal\./);
    }
  });
  it('mean of a 100,000-element list is exact', () => {
    expect(mean(new Array(100_000).fill('1.5'))).toBe('1.5');
  });
});
