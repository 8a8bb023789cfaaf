import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KinerjaError } from '../explain/index';
import {
  abs,
  compare,
  dDiv,
  dFromInt,
  dNeg,
  dRound,
  dRoundFixed,
  dToFixed,
  fromDec,
  lessThan,
  lessThanOrEqual,
  ROUNDING_MODES,
  type RoundingMode,
  round,
  subtract,
  toFixedScale,
} from './index';
import { refRound, roundable, scaledToString, tieAt } from './test-support';

const mode = fc.constantFrom<RoundingMode>(...ROUNDING_MODES);
const scale = fc.integer({ min: 0, max: 4 });
const unit = (k: number): string => (k === 0 ? '1' : `0.${'0'.repeat(k - 1)}1`);

describe('round: examples', () => {
  it('lists the six modes', () => {
    expect(ROUNDING_MODES).toEqual(['half-up', 'half-even', 'down', 'up', 'floor', 'ceiling']);
  });

  it('returns exactly `scale` decimals, half-up by default', () => {
    expect(round('85.5', 2)).toBe('85.50');
    expect(round('85.555', 2)).toBe('85.56');
    expect(round('85.554', 2)).toBe('85.55');
    expect(round('85.5', 0)).toBe('86');
    expect(round('7', 3)).toBe('7.000');
    expect(round(9.12, 1)).toBe('9.1');
    expect(round('-0.004', 2)).toBe('0.00');
    expect(round('-0.005', 2)).toBe('-0.01');
    expect(toFixedScale('7', 2)).toBe('7.00');
    expect(toFixedScale('7.125', 2, 'floor')).toBe('7.12');
  });

  it.each<[string, RoundingMode, string]>([
    ['2.5', 'half-up', '3'],
    ['-2.5', 'half-up', '-3'],
    ['2.5', 'half-even', '2'],
    ['3.5', 'half-even', '4'],
    ['-2.5', 'half-even', '-2'],
    ['2.7', 'down', '2'],
    ['-2.7', 'down', '-2'],
    ['2.1', 'up', '3'],
    ['-2.1', 'up', '-3'],
    ['-2.1', 'floor', '-3'],
    ['2.9', 'floor', '2'],
    ['-2.7', 'ceiling', '-2'],
    ['2.1', 'ceiling', '3'],
    ['-0.5', 'ceiling', '0'],
    ['-0.5', 'down', '0'],
  ])('round(%j, 0, %s) = %j', (x, m, expected) => {
    expect(round(x, 0, m)).toBe(expected);
  });

  it('rejects a negative, fractional or huge scale, or an unknown mode, with a KinerjaError (never RangeError)', () => {
    for (const scale of [-1, 1.5, Number.NaN, 1001, '2', null, undefined, { valueOf: () => 2 }]) {
      let caught: unknown;
      try {
        round('1', scale as never);
      } catch (e) {
        caught = e;
      }
      expect(caught).toBeInstanceOf(KinerjaError);
      expect(caught).not.toBeInstanceOf(RangeError);
      expect((caught as KinerjaError).issues[0]?.code).toBe('decimal.invalid-scale');
    }
    for (const mode of ['nearest', null, 3, 'constructor']) {
      let caught: unknown;
      try {
        round('1.25', 1, mode as never);
      } catch (e) {
        caught = e;
      }
      expect((caught as KinerjaError).issues[0]?.code).toBe('decimal.invalid-rounding-mode');
    }
    expect(round('1', 1000)).toHaveLength(1002);
  });

  it('throws KinerjaError on invalid input', () => {
    expect(() => round('x', 2)).toThrow(KinerjaError);
  });
});

describe('round laws', () => {
  it('agrees with the BigInt reference for all six modes and scales 0..4', () => {
    fc.assert(
      fc.property(roundable, scale, mode, (a, k, m) => {
        expect(round(scaledToString(a), k, m)).toBe(refRound(a, k, m));
      }),
      { numRuns: 2000 },
    );
  });

  it('agrees with the reference on exact ties, positive and negative', () => {
    fc.assert(
      fc.property(
        scale.chain((k) => fc.tuple(tieAt(k), fc.constant(k))),
        mode,
        ([a, k], m) => {
          expect(round(scaledToString(a), k, m)).toBe(refRound(a, k, m));
        },
      ),
    );
  });

  it('has exactly `scale` decimals and never prints a negative zero', () => {
    fc.assert(
      fc.property(roundable, scale, mode, (a, k, m) => {
        const r = round(scaledToString(a), k, m);
        expect(r).toMatch(k === 0 ? /^-?\d+$/ : new RegExp(`^-?\\d+\\.\\d{${k}}$`));
        expect(/^-0+(\.0+)?$/.test(r)).toBe(false);
      }),
    );
  });

  it('idempotence: round(round(x)) = round(x)', () => {
    fc.assert(
      fc.property(roundable, scale, mode, (a, k, m) => {
        const once = round(scaledToString(a), k, m);
        expect(round(once, k, m)).toBe(once);
      }),
    );
  });

  it('rounding moves a value by less than one unit at the scale', () => {
    fc.assert(
      fc.property(roundable, scale, mode, (a, k, m) => {
        const x = scaledToString(a);
        expect(lessThan(abs(subtract(round(x, k, m), x)), unit(k))).toBe(true);
      }),
    );
  });

  it('half modes move a value by at most half a unit', () => {
    fc.assert(
      fc.property(roundable, scale, fc.constantFrom<RoundingMode>('half-up', 'half-even'), (a, k, m) => {
        const x = scaledToString(a);
        const half = k === 0 ? '0.5' : `0.${'0'.repeat(k)}5`;
        expect(lessThanOrEqual(abs(subtract(round(x, k, m), x)), half)).toBe(true);
      }),
    );
  });

  it('directed modes go the documented way', () => {
    fc.assert(
      fc.property(roundable, scale, (a, k) => {
        const x = scaledToString(a);
        expect(compare(round(x, k, 'floor'), x)).toBeLessThanOrEqual(0);
        expect(compare(round(x, k, 'ceiling'), x)).toBeGreaterThanOrEqual(0);
        expect(lessThanOrEqual(abs(round(x, k, 'down')), abs(x))).toBe(true);
        expect(lessThanOrEqual(abs(x), abs(round(x, k, 'up')))).toBe(true);
      }),
    );
  });
});

describe('dRoundFixed', () => {
  it('law: gives exactly what dRound and dToFixed give, from one rounding', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }),
        fc.integer({ min: 1, max: 100_000 }),
        fc.integer({ min: 0, max: 6 }),
        fc.constantFrom(...ROUNDING_MODES),
        (n, d, scale, mode) => {
          const x = dDiv(dFromInt(Math.abs(n) % 1000), dFromInt(d));
          const y = n < 0 ? dNeg(x) : x;
          const r = dRoundFixed(y, scale, mode);
          expect(r.text).toBe(dToFixed(y, scale, mode));
          expect(fromDec(r.value)).toBe(fromDec(dRound(y, scale, mode)));
        },
      ),
    );
  });
});
