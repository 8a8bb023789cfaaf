import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEC_ONE,
  DEC_ZERO,
  type Dec,
  type DecimalString,
  DivisionByZeroError,
  dAdd,
  dCmp,
  dDiv,
  dEq,
  decOf,
  dFromInt,
  dGt,
  dGte,
  dIsNeg,
  dIsZero,
  divide,
  dLt,
  dLte,
  dMean,
  dMul,
  dNeg,
  dRound,
  dSub,
  dToFixed,
  fromDec,
  parseDecimal,
  ROUNDING_MODES,
  type RoundingMode,
  round,
  toDec,
} from './index';
import { bigD, bigN, gcd, quo, type Rat, ratCmp } from './rational';
import {
  D60,
  D3000,
  decimalString,
  type Frac,
  frac,
  fracAdd,
  fracArb,
  fracCmp,
  fracDecimals,
  fracDiv,
  fracMul,
  fracPrint,
  fracRound,
  fracSub,
  fracTieAt,
  plainString,
  stringToScaled,
} from './test-support';

const MAX = Number.MAX_SAFE_INTEGER;
const mode = fc.constantFrom<RoundingMode>(...ROUNDING_MODES);
const rat = (d: Dec): Rat => d as unknown as Rat;

/** The exact value of a Dec as a reference fraction (read from its representation). */
function fracOf(d: Dec): Frac {
  const r = rat(d);
  return { n: bigN(r), d: bigD(r) };
}

/** A Dec from a reference fraction, through the public API. */
function decOfFrac(f: Frac): Dec {
  return dDiv(decOf(f.n.toString() as DecimalString), decOf(f.d.toString() as DecimalString));
}

/** The representation invariants of rational.ts. */
function expectCanonical(d: Dec): void {
  const r = rat(d);
  if (r.big === null) {
    expect(Number.isSafeInteger(r.n)).toBe(true);
    expect(Number.isSafeInteger(r.d)).toBe(true);
    expect(r.d).toBeGreaterThanOrEqual(1);
    expect(Object.is(r.n, -0)).toBe(false);
    expect(gcd(Math.abs(r.n), r.d)).toBe(r.n === 0 ? r.d : 1);
    if (r.n === 0) expect(r.d).toBe(1);
  } else {
    expect(r.n).toBeNaN();
    expect(r.d).toBeNaN();
    const { n, d } = r.big;
    expect(d > 0n).toBe(true);
    expect(n > BigInt(MAX) || n < -BigInt(MAX) || d > BigInt(MAX)).toBe(true); // would not fit
    expect(frac(n, d)).toEqual({ n, d }); // reduced
  }
}

describe('Dec core: integer helpers', () => {
  const safe = fc.oneof(
    fc.maxSafeNat(),
    fc.integer({ min: 0, max: 1000 }),
    fc.integer({ min: 0, max: 1000 }).map((k) => MAX - k),
    fc.integer({ min: 0, max: 2 ** 31 }),
  );

  it('quo(a, b) is the exact floor quotient for all safe a ≥ 0, b ≥ 1', () => {
    fc.assert(
      fc.property(safe, safe, (a, b0) => {
        const b = Math.max(1, b0);
        expect(quo(a, b)).toBe(Number(BigInt(a) / BigInt(b)));
        expect(a - quo(a, b) * b).toBe(Number(BigInt(a) % BigInt(b)));
      }),
      { numRuns: 5000 },
    );
    // near-integer quotients just below 2^53
    for (const [a, b] of [
      [MAX, MAX - 1],
      [MAX - 1, MAX],
      [MAX, 2],
      [MAX, 3],
      [MAX - 2, 3],
      [MAX, 94906267],
      [2 ** 52 + 1, 2 ** 52],
    ] as const) {
      expect(quo(a, b)).toBe(Number(BigInt(a) / BigInt(b)));
    }
  });

  it('gcd agrees with the BigInt gcd', () => {
    fc.assert(
      fc.property(safe, safe, fc.integer({ min: 1, max: 10 ** 6 }), (a, b, k) => {
        const bg = (x: bigint, y: bigint): bigint => (y === 0n ? x : bg(y, x % y));
        expect(gcd(a, b)).toBe(Number(bg(BigInt(a), BigInt(b))));
        const ka = Math.floor(a / k / 10 ** 6) * k; // shares the factor k with k·b'
        const kb = (b % 10 ** 6) * k;
        expect(gcd(ka, kb)).toBe(Number(bg(BigInt(ka), BigInt(kb))));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('Dec core: representation', () => {
  it('builds every generated rational exactly and canonically', () => {
    fc.assert(
      fc.property(fracArb, (f) => {
        const d = decOfFrac(f);
        expectCanonical(d);
        expect(fracOf(d)).toEqual(f);
      }),
      { numRuns: 1000 },
    );
  });

  it('decOf and toDec read decimal strings exactly', () => {
    fc.assert(
      fc.property(decimalString, (x) => {
        const s = stringToScaled(x);
        const f = frac(s.n, 10n ** BigInt(s.scale));
        expect(fracOf(decOf(x as DecimalString))).toEqual(f);
        expect(fracOf(toDec(x))).toEqual(f);
        expectCanonical(decOf(x as DecimalString));
      }),
    );
  });

  it('toDec accepts exactly what parseDecimal accepts, with the same value (strings)', () => {
    const odd = fc.string({ unit: fc.constantFrom('0', '1', '9', '.', '-', '+', 'e', ' '), maxLength: 20 });
    fc.assert(
      fc.property(fc.oneof(plainString, odd), (s) => {
        const r = parseDecimal(s);
        if (r.ok) {
          const d = toDec(s);
          expectCanonical(d);
          expect(dEq(d, decOf(r.value))).toBe(true);
        } else expect(() => toDec(s)).toThrow();
      }),
      { numRuns: 1000 },
    );
  });

  it('toDec accepts exactly what parseDecimal accepts, with the same value (numbers)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.double(), fc.integer(), fc.maxSafeInteger()), (x) => {
        const r = parseDecimal(x);
        if (r.ok) {
          const d = toDec(x);
          expectCanonical(d);
          expect(fromDec(d)).toBe(fromDec(decOf(r.value)));
        } else expect(() => toDec(x)).toThrow();
      }),
      { numRuns: 1000 },
    );
  });

  it('switches to bigints exactly at the edge of the safe integers and back', () => {
    // 2^53 − 1 = 6361 × 69431 × 20394401
    const max = dMul(toDec(6361 * 69431), toDec(20394401));
    expect(rat(max)).toMatchObject({ n: MAX, d: 1, big: null });
    const over = dAdd(max, DEC_ONE);
    expect(rat(over).big).toEqual({ n: 2n ** 53n, d: 1n });
    expect(fromDec(over)).toBe('9007199254740992');
    expect(rat(dSub(over, DEC_ONE))).toMatchObject({ n: MAX, d: 1, big: null });
    expect(rat(dNeg(dNeg(over))).big).toEqual({ n: 2n ** 53n, d: 1n });
    expect(dCmp(over, max)).toBe(1);
    expect(dCmp(dNeg(over), dNeg(max))).toBe(-1);
    expect(dIsNeg(dNeg(over))).toBe(true);
    expect(dIsZero(over)).toBe(false);
    const tiny = dDiv(DEC_ONE, over); // 1 / 2^53
    expect(rat(tiny).big).toEqual({ n: 1n, d: 2n ** 53n });
    expect(fromDec(tiny)).toBe(new D3000(1).dividedBy(2 ** 53).toString());
    expect(fromDec(dMul(tiny, over))).toBe('1');
    // products whose float value would round: (2^27 + 1)^2 = 2^54 + 2^28 + 1
    const a = toDec(2 ** 27 + 1);
    expect(fracOf(dMul(a, a))).toEqual({ n: (2n ** 27n + 1n) ** 2n, d: 1n });
    // an integer plus a fraction whose cross product is inexact as a double, though the sum fits:
    // (2^52 + 1) + (−9007199254740989 / 3), with 3·(2^52 + 1) = 13510798882111491 > 2^53
    const i = toDec(2 ** 52 + 1);
    const f = dDiv(toDec(-9007199254740989), toDec(3));
    expect(fracOf(dAdd(i, f))).toEqual({ n: 4503599627370502n, d: 3n });
    expect(fracOf(dAdd(f, i))).toEqual({ n: 4503599627370502n, d: 3n });
    expect(fracOf(dSub(i, dNeg(f)))).toEqual({ n: 4503599627370502n, d: 3n });
    // sums just past the edge
    expect(fracOf(dAdd(toDec(MAX), toDec(MAX)))).toEqual({ n: 2n * BigInt(MAX), d: 1n });
    expect(fracOf(dSub(toDec(-MAX), toDec(MAX)))).toEqual({ n: -2n * BigInt(MAX), d: 1n });
  });

  it('compares with cross products that overflow', () => {
    // (2^53 − 1)/3 against (2^53 − 2)/3 differ by 1/3: a float cross product cannot tell.
    const x = dDiv(toDec(MAX), toDec(3));
    const y = dDiv(toDec(MAX - 1), toDec(3));
    const z = dDiv(toDec(MAX - 2), toDec(7));
    expect(dCmp(x, y)).toBe(1);
    expect(dCmp(y, x)).toBe(-1);
    expect(dCmp(z, x)).toBe(-1);
    expect(ratCmp(rat(x), rat(x))).toBe(0);
    // 7·6433713753386418 and 5·9007199254740985 differ by 1 but are the same double.
    const p = dDiv(toDec(6433713753386418), toDec(5));
    const q = dDiv(toDec(9007199254740985), toDec(7));
    expect(7 * 6433713753386418 === 5 * 9007199254740985).toBe(true); // the float trap
    expect(dCmp(p, q)).toBe(1);
    expect(dCmp(q, p)).toBe(-1);
    expect(dCmp(dNeg(p), dNeg(q))).toBe(-1);
    expect(fracOf(dSub(p, q))).toEqual({ n: 1n, d: 35n });
  });
});

describe('Dec core: arithmetic against the BigInt reference', () => {
  it('add, sub, mul, div are exact, canonical and agree with the reference', () => {
    fc.assert(
      fc.property(fracArb, fracArb, (fa, fb) => {
        const a = decOfFrac(fa);
        const b = decOfFrac(fb);
        const results: [Dec, Frac][] = [
          [dAdd(a, b), fracAdd(fa, fb)],
          [dSub(a, b), fracSub(fa, fb)],
          [dMul(a, b), fracMul(fa, fb)],
        ];
        if (fb.n !== 0n) results.push([dDiv(a, b), fracDiv(fa, fb)]);
        else expect(() => dDiv(a, b)).toThrow(DivisionByZeroError);
        for (const [got, want] of results) {
          expectCanonical(got);
          expect(fracOf(got)).toEqual(want);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('compares like the reference', () => {
    fc.assert(
      fc.property(fracArb, fracArb, (fa, fb) => {
        const a = decOfFrac(fa);
        const b = decOfFrac(fb);
        const c = fracCmp(fa, fb);
        expect(dCmp(a, b)).toBe(c);
        expect(dCmp(b, a)).toBe(-c || 0);
        expect(dEq(a, b)).toBe(c === 0);
        expect(dLt(a, b)).toBe(c < 0);
        expect(dLte(a, b)).toBe(c <= 0);
        expect(dGt(a, b)).toBe(c > 0);
        expect(dGte(a, b)).toBe(c >= 0);
        expect(dIsNeg(a)).toBe(fa.n < 0n);
        expect(dIsZero(a)).toBe(fa.n === 0n);
        expect(dCmp(a, a)).toBe(0);
      }),
      { numRuns: 2000 },
    );
  });

  it('compares close neighbours exactly', () => {
    fc.assert(
      fc.property(fracArb, fc.bigInt({ min: 1n, max: 10n ** 20n }), (f, k) => {
        const a = decOfFrac(f);
        const eps = decOfFrac(frac(1n, k * f.d + 1n)); // far below the spacing of f
        expect(dCmp(dAdd(a, eps), a)).toBe(1);
        expect(dCmp(dSub(a, eps), a)).toBe(-1);
      }),
    );
  });

  it('chains are exact: (a ÷ b) × b = a and (a × b) ÷ b = a', () => {
    fc.assert(
      fc.property(fracArb, fracArb, (fa, fb) => {
        fc.pre(fb.n !== 0n);
        const a = decOfFrac(fa);
        const b = decOfFrac(fb);
        expect(fracOf(dMul(dDiv(a, b), b))).toEqual(fa);
        expect(fracOf(dDiv(dMul(a, b), b))).toEqual(fa);
        expect(fracOf(dSub(dAdd(a, b), b))).toEqual(fa);
      }),
    );
  });

  it('examples of exact chains', () => {
    const two = dFromInt(2);
    const three = dFromInt(3);
    expect(dEq(dMul(dDiv(two, three), three), two)).toBe(true);
    expect(fromDec(dMul(dDiv(two, three), three))).toBe('2');
    expect(fromDec(dSum3(dDiv(DEC_ONE, three)))).toBe('1');
    expect(fromDec(dMul(dMean([toDec('80'), toDec('85'), toDec('90.5')]), three))).toBe('255.5');
    expect(dDiv(DEC_ZERO, three)).toBe(DEC_ZERO);
  });
});

function dSum3(x: Dec): Dec {
  return dAdd(dAdd(x, x), x);
}

describe('Dec core: rounding against the reference', () => {
  it('dRound and dToFixed agree with the reference for every mode at scales 0..6', () => {
    fc.assert(
      fc.property(fracArb, fc.integer({ min: 0, max: 6 }), mode, (f, k, m) => {
        const a = decOfFrac(f);
        const want = fracRound(f, k, m);
        expect(dToFixed(a, k, m)).toBe(want);
        const r = dRound(a, k, m);
        expectCanonical(r);
        expect(fromDec(r)).toBe(fracPrint(fracOf(toDec(want))));
        expect(dEq(r, toDec(want))).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('agrees with the reference at large scales (bigint paths)', () => {
    fc.assert(
      fc.property(fracArb, fc.constantFrom(15, 16, 20, 40, 61, 200), mode, (f, k, m) => {
        const a = decOfFrac(f);
        const want = fracRound(f, k, m);
        expect(dToFixed(a, k, m)).toBe(want);
        expect(dEq(dRound(a, k, m), decOf(want as DecimalString))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('rounds exact ties as each mode says, positive and negative, as decimals and as quotients', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 6 }).chain((k) => fc.tuple(fracTieAt(k), fc.constant(k))),
        mode,
        ([f, k], m) => {
          const want = fracRound(f, k, m);
          const viaQuotient = decOfFrac(f);
          const viaString = toDec(fracPrint(f)); // a tie terminates: its exact decimal
          expect(dToFixed(viaQuotient, k, m)).toBe(want);
          expect(dToFixed(viaString, k, m)).toBe(want);
          expect(round(fracPrint(f), k, m)).toBe(want);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('ties by example', () => {
    const half = dDiv(toDec(5), toDec(2)); // 2.5
    const neg = dNeg(half);
    const expected: Record<RoundingMode, [string, string]> = {
      'half-up': ['3', '-3'],
      'half-even': ['2', '-2'],
      down: ['2', '-2'],
      up: ['3', '-3'],
      floor: ['2', '-3'],
      ceiling: ['3', '-2'],
    };
    for (const m of ROUNDING_MODES) {
      expect([dToFixed(half, 0, m), dToFixed(neg, 0, m)]).toEqual(expected[m]);
    }
    expect(dToFixed(dDiv(toDec(7), toDec(200)), 2, 'half-even')).toBe('0.04'); // 0.035
    expect(dToFixed(dDiv(toDec(5), toDec(200)), 2, 'half-even')).toBe('0.02'); // 0.025
    expect(dToFixed(dDiv(toDec(-1), toDec(200)), 2, 'half-up')).toBe('-0.01'); // -0.005
    expect(dToFixed(dDiv(toDec(-1), toDec(200)), 2, 'half-even')).toBe('0.00');
  });

  it('rounds non-terminating quotients at scales 0..6', () => {
    const cases: [string, string, string[]][] = [
      ['1', '3', ['0', '0.3', '0.33', '0.333', '0.3333', '0.33333', '0.333333']],
      ['2', '7', ['0', '0.3', '0.29', '0.286', '0.2857', '0.28571', '0.285714']],
      ['100', '12', ['8', '8.3', '8.33', '8.333', '8.3333', '8.33333', '8.333333']],
      ['-2', '3', ['-1', '-0.7', '-0.67', '-0.667', '-0.6667', '-0.66667', '-0.666667']],
    ];
    for (const [n, d, want] of cases) {
      const q = dDiv(toDec(n), toDec(d));
      want.forEach((w, k) => {
        expect(dToFixed(q, k, 'half-up')).toBe(w);
        expect(dToFixed(q, k, 'half-even')).toBe(w);
        expect(fromDec(dRound(q, k, 'half-up'))).toBe(fromDec(toDec(w)));
      });
    }
    expect(dToFixed(dDiv(toDec('2'), toDec('7')), 6, 'down')).toBe('0.285714');
    expect(dToFixed(dDiv(toDec('2'), toDec('7')), 6, 'up')).toBe('0.285715');
    expect(dToFixed(dDiv(toDec('-2'), toDec('7')), 3, 'floor')).toBe('-0.286');
    expect(dToFixed(dDiv(toDec('-2'), toDec('7')), 3, 'ceiling')).toBe('-0.285');
    expect(dToFixed(dDiv(toDec('-1'), toDec('3')), 0, 'ceiling')).toBe('0');
  });
});

describe('Dec core: printing', () => {
  it('fromDec prints terminating values exactly and others to 60 significant digits, half-even', () => {
    fc.assert(
      fc.property(fracArb, (f) => {
        const s = fromDec(decOfFrac(f));
        expect(s).toBe(fracPrint(f));
        expect(s).toMatch(/^-?(0|[1-9]\d*)(\.\d*[1-9])?$/);
        if (fracDecimals(f) !== undefined) {
          expect(s).toBe(new D3000(f.n.toString()).dividedBy(f.d.toString()).toString());
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('a quotient prints as decimal.js printed the single division', () => {
    fc.assert(
      fc.property(decimalString, decimalString, (x, y) => {
        fc.pre(!new D60(y).isZero());
        expect(divide(x, y)).toBe(new D60(x).dividedBy(y).toString());
      }),
      { numRuns: 1000 },
    );
  });

  it('prints every n/d for small n and assorted denominators like the reference', () => {
    const ds = [3n, 7n, 13n, 17n, 19n, 23n, 81n, 1001n, 9999n, 99999n, 142857n, 999999937n, 10n ** 14n + 1n];
    for (const d of ds) {
      for (let n = -300n; n <= 300n; n++) {
        const f = frac(n, d);
        expect(fromDec(decOfFrac(f))).toBe(fracPrint(f));
      }
    }
  });

  it('carries rounding into the integer part and across zeros', () => {
    // 1 − 1/(3·10^61) = 0.999…9667: 60 nines then rounds up to 1
    const nearOne = frac(3n * 10n ** 61n - 1n, 3n * 10n ** 61n);
    expect(fromDec(decOfFrac(nearOne))).toBe('1');
    expect(fromDec(decOfFrac(frac(-(3n * 10n ** 61n - 1n), 3n * 10n ** 61n)))).toBe('-1');
    // 0.00999…9 (70 nines) + 1/(3·10^72)
    const f = fracAdd(frac(10n ** 70n - 1n, 10n ** 72n), frac(1n, 3n * 10n ** 72n));
    expect(fromDec(decOfFrac(f))).toBe('0.01');
    expect(fromDec(decOfFrac(frac(199999n, 3n)))).toBe(new D60(199999).dividedBy(3).toString());
    // a non-terminating value with more than 60 integer digits
    const huge = frac(10n ** 70n + 1n, 3n);
    expect(fromDec(decOfFrac(huge))).toBe(new D60((10n ** 70n + 1n).toString()).dividedBy(3).toString());
    expect(fromDec(decOfFrac(huge))).toBe(`${'3'.repeat(60)}${'0'.repeat(10)}`);
    // small denominators, tiny values
    expect(fromDec(decOfFrac(frac(1n, 3n * 10n ** 20n)))).toBe(`0.${'0'.repeat(20)}${'3'.repeat(60)}`);
    expect(fromDec(decOfFrac(frac(2n, 3n)))).toBe(`0.${'6'.repeat(59)}7`);
    expect(fromDec(decOfFrac(frac(200n, 3n)))).toBe(`66.${'6'.repeat(57)}7`);
  });

  it('prints terminating values with more than 60 significant digits exactly', () => {
    const x = toDec(`1${'0'.repeat(29)}.${'0'.repeat(29)}1`); // 59 digits
    expect(fromDec(dMul(x, x))).toBe(`1${'0'.repeat(58)}.2${'0'.repeat(58)}1`); // 10^58 + 0.2 + 10^-60
    expect(fromDec(dMul(x, x))).toBe(new D3000(fromDec(x)).times(fromDec(x)).toString());
  });
});
