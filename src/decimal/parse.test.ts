import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalog, KinerjaError } from '../explain/index';
import { assertDecimal, isDecimalString, parseDecimal } from './index';
import { isPlainDecimal, PLAIN_DECIMAL } from './normalize';
import { digitString, plainString, refCmp, scaledToString, stringToScaled } from './test-support';

const CANONICAL = /^-?(0|[1-9]\d*)(\.\d+)?$/;

function value(input: unknown): string {
  const r = parseDecimal(input);
  if (!r.ok) throw new Error(`expected ok for ${String(input)}: ${JSON.stringify(r.issues)}`);
  return r.value;
}

function code(input: unknown): string | undefined {
  const r = parseDecimal(input);
  return r.ok ? undefined : r.issues[0]?.code;
}

describe('parseDecimal: strings', () => {
  it.each([
    ['0', '0'],
    ['85.50', '85.50'],
    ['-0.1', '-0.1'],
    ['170395000', '170395000'],
    ['007.50', '7.50'],
    ['000', '0'],
    ['00.000', '0.000'],
    ['+1', '1'],
    ['+0.25', '0.25'],
    ['-0', '0'],
    ['-0.00', '0.00'],
    ['-00.10', '-0.10'],
    ['-007', '-7'],
    ['0.0000001', '0.0000001'],
    ['123456789012345678901234567890', '123456789012345678901234567890'],
  ])('accepts %j as %j', (input, expected) => {
    expect(parseDecimal(input)).toEqual({ ok: true, value: expected });
  });

  it.each([
    '',
    ' 1',
    '1 ',
    '.5',
    '1.',
    '1e3',
    '1E3',
    'abc',
    '0x10',
    '1_000',
    '1,5',
    '--1',
    '+-1',
    '+',
    '-',
    '.',
    'NaN',
    'Infinity',
    '١٢',
    '1.2.3',
  ])('rejects %j with decimal.invalid', (input) => {
    const r = parseDecimal(input, ['weights', 0]);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]).toMatchObject({
      code: 'decimal.invalid',
      path: ['weights', 0],
      severity: 'error',
      params: { received: 'string', value: input },
    });
  });

  it('quotes the rejected string in both languages', () => {
    const r = parseDecimal('1e3');
    expect(r.ok ? undefined : r.issues[0]?.message).toEqual({
      id: 'Bukan angka desimal: "1e3" (tuliskan dalam notasi desimal biasa, mis. "85.50")',
      en: 'Not a decimal number: "1e3" (write plain decimal notation, e.g. "85.50")',
    });
  });

  it('truncates a long rejected string in the message', () => {
    const r = parseDecimal('x'.repeat(500));
    expect(r.ok ? undefined : r.issues[0]?.params?.value).toBe(`${'x'.repeat(40)}…`);
  });

  it('rejects more than 60 significant digits with decimal.too-precise', () => {
    expect(value(`1${'0'.repeat(100)}`)).toBe(`1${'0'.repeat(100)}`);
    expect(value(`0.${'0'.repeat(100)}1`)).toBe(`0.${'0'.repeat(100)}1`);
    expect(value('9'.repeat(60))).toBe('9'.repeat(60));
    expect(value(`${'9'.repeat(30)}.${'9'.repeat(30)}000`)).toBe(`${'9'.repeat(30)}.${'9'.repeat(30)}000`);
    const r = parseDecimal(`1.${'0'.repeat(59)}1`, ['x']);
    expect(r).toMatchObject({
      ok: false,
      issues: [{ code: 'decimal.too-precise', path: ['x'], params: { digits: 61, maximum: 60 } }],
    });
    expect(code(`-${'1'.repeat(61)}`)).toBe('decimal.too-precise');
  });
});

describe('parseDecimal: numbers', () => {
  it.each([
    [0, '0'],
    [-0, '0'],
    [85, '85'],
    [85.5, '85.5'],
    [-85.5, '-85.5'],
    [0.1, '0.1'],
    [9.12, '9.12'],
    [170395000, '170395000'],
    [1e-7, '0.0000001'],
    [1.5e-10, '0.00000000015'],
    [-2.5e-8, '-0.000000025'],
    [123456789.123456, '123456789.123456'],
    [Number.MAX_SAFE_INTEGER, '9007199254740991'],
    [Number.MIN_SAFE_INTEGER, '-9007199254740991'],
    [1e15, '1000000000000000'],
  ])('accepts %d as %j', (input, expected) => {
    expect(parseDecimal(input)).toEqual({ ok: true, value: expected });
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])(
    'rejects %d with decimal.not-finite',
    (input) => {
      const r = parseDecimal(input, ['target']);
      expect(r).toMatchObject({
        ok: false,
        issues: [{ code: 'decimal.not-finite', path: ['target'], params: { value: String(input) } }],
      });
    },
  );

  it.each([0.1 + 0.2, 1 / 3, 2 ** 53, -(2 ** 53), 1e21, Number.MAX_VALUE, 0.1234567890123456])(
    'rejects %d with decimal.inexact',
    (input) => {
      const r = parseDecimal(input, ['a', 1]);
      expect(r).toMatchObject({
        ok: false,
        issues: [{ code: 'decimal.inexact', path: ['a', 1], params: { value: String(input) } }],
      });
    },
  );

  it('explains an inexact number in both languages', () => {
    const r = parseDecimal(0.1 + 0.2);
    expect(r.ok ? undefined : r.issues[0]?.message.en).toContain('0.30000000000000004');
    expect(r.ok ? undefined : r.issues[0]?.message.id).toContain('0.30000000000000004');
  });

  it('accepts bigints exactly', () => {
    expect(value(0n)).toBe('0');
    expect(value(-12n)).toBe('-12');
    expect(value(2n ** 80n)).toBe('1208925819614629174706176');
  });
});

describe('parseDecimal: other types', () => {
  it.each([
    [true, 'boolean'],
    [null, 'null'],
    [undefined, 'undefined'],
    [{}, 'object'],
    [[1], 'array'],
    [Symbol('x'), 'symbol'],
    [() => 1, 'function'],
  ])('rejects %s with decimal.invalid (received %s)', (input, received) => {
    const r = parseDecimal(input, ['p']);
    expect(r).toMatchObject({
      ok: false,
      issues: [{ code: 'decimal.invalid', path: ['p'], params: { received } }],
    });
    expect(r.ok ? undefined : r.issues[0]?.message.en).toBe(
      `Not a decimal number: expected a number or a decimal string, received ${received}`,
    );
  });

  it('uses the root path by default', () => {
    expect(parseDecimal('x')).toMatchObject({ ok: false, issues: [{ path: [] }] });
  });
});

describe('isDecimalString', () => {
  it('accepts canonical decimal strings only', () => {
    for (const s of ['0', '0.00', '85.50', '-0.1', '170395000']) expect(isDecimalString(s)).toBe(true);
    for (const s of ['007', '+1', '-0', '-0.0', '1e3', '', '.5', ' 1', `1${'1'.repeat(60)}`]) {
      expect(isDecimalString(s)).toBe(false);
    }
    for (const v of [1, 1n, null, undefined, {}]) expect(isDecimalString(v)).toBe(false);
  });

  it('law: isDecimalString(x) iff parseDecimal(x) returns x itself', () => {
    fc.assert(
      fc.property(plainString, (s) => {
        const r = parseDecimal(s);
        expect(isDecimalString(s)).toBe(r.ok && r.value === s);
        if (r.ok) expect(isDecimalString(r.value)).toBe(true);
      }),
    );
  });
});

describe('assertDecimal', () => {
  it('returns the parsed value', () => {
    expect(assertDecimal('85.50')).toBe('85.50');
    expect(assertDecimal(9.12)).toBe('9.12');
  });

  it('throws a KinerjaError carrying the issue', () => {
    expect(() => assertDecimal('abc')).toThrow(KinerjaError);
    try {
      assertDecimal(Number.NaN);
    } catch (e) {
      expect(e).toBeInstanceOf(KinerjaError);
      expect((e as KinerjaError).issues.map((i) => i.code)).toEqual(['decimal.not-finite']);
    }
    expect.assertions(3);
  });
});

describe('messages', () => {
  it('every decimal code renders in both languages', () => {
    const codes = Object.keys(catalog).filter((c) => c.startsWith('decimal.'));
    expect(codes.sort()).toEqual([
      'decimal.bounds-reversed',
      'decimal.division-by-zero',
      'decimal.empty-list',
      'decimal.exponent-out-of-range',
      'decimal.inexact',
      'decimal.invalid',
      'decimal.invalid-list',
      'decimal.invalid-rounding-mode',
      'decimal.invalid-scale',
      'decimal.not-finite',
      'decimal.not-safe-integer',
      'decimal.too-precise',
    ]);
    for (const input of ['1e3', true, Number.NaN, 0.1 + 0.2, '1'.repeat(61), { toString: () => '1e2000' }]) {
      const r = parseDecimal(input);
      const m = r.ok ? undefined : r.issues[0]?.message;
      expect(m?.id).toMatch(/\S/);
      expect(m?.en).toMatch(/\S/);
      expect(m?.id).not.toBe(m?.en);
      expect(`${m?.id} ${m?.en}`).not.toContain('undefined');
    }
  });
});

describe('parse laws', () => {
  it('round-trip: any plain decimal string parses to its canonical form, with the same value and scale', () => {
    fc.assert(
      fc.property(plainString, (s) => {
        const out = value(s);
        expect(out).toMatch(CANONICAL);
        expect(out.startsWith('-') && /^-[0.]+$/.test(out)).toBe(false);
        const a = stringToScaled(s);
        const b = stringToScaled(out);
        expect(b.scale).toBe(a.scale);
        expect(b.n).toBe(a.n);
        expect(out).toBe(scaledToString(a));
      }),
    );
  });

  it('round-trip: parsing is idempotent (format(parse(x)) is stable)', () => {
    fc.assert(
      fc.property(plainString, (s) => {
        const once = value(s);
        expect(value(once)).toBe(once);
      }),
    );
  });

  it('strings outside plain notation are rejected', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('0', '1', '9', '.', '-', '+', 'e', ' ', '_', 'x') }),
        (s) => {
          const plain = /^[+-]?\d+(\.\d+)?$/.test(s);
          expect(parseDecimal(s).ok).toBe(plain);
          if (!plain) expect(code(s)).toBe('decimal.invalid');
        },
      ),
    );
  });

  it('numbers with at most 15 significant digits are recovered exactly as written', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 15n) + 1n, max: 10n ** 15n - 1n }),
        fc.nat({ max: 20 }),
        (n, scale) => {
          const written = scaledToString({ n, scale });
          const out = value(Number(written));
          expect(out).toMatch(CANONICAL);
          expect(refCmp(stringToScaled(out), { n, scale })).toBe(0);
        },
      ),
    );
  });

  it('accepted numbers denote exactly the double given; rejected ones are inexact', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        const r = parseDecimal(x);
        if (r.ok) {
          expect(r.value).toMatch(CANONICAL);
          expect(Number(r.value)).toBe(x === 0 ? 0 : x);
        } else {
          expect(r.issues[0]?.code).toBe('decimal.inexact');
          const mantissa = String(x).split('e')[0] ?? '';
          const sig = mantissa.replace(/[-.]/g, '').replace(/^0+/, '').length;
          expect(!Number.isSafeInteger(x) && (Number.isInteger(x) || sig > 15)).toBe(true);
        }
      }),
    );
  });

  it('safe integers are always accepted as themselves', () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), (n) => {
        expect(value(n)).toBe(String(n));
      }),
    );
  });

  it('digit strings with leading zeros lose them', () => {
    fc.assert(
      fc.property(fc.nat({ max: 5 }), digitString(1, 10), (zeros, digits) => {
        const out = value(`${'0'.repeat(zeros)}${digits}`);
        expect(out).toBe(BigInt(digits).toString());
      }),
    );
  });
});

describe('isPlainDecimal', () => {
  it('agrees with the PLAIN_DECIMAL regular expression', () => {
    const unit = fc.constantFrom('0', '5', '9', '.', '-', '+', 'e', ' ', '/', ':', '١');
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit, maxLength: 12 }), plainString, fc.string()), (s) => {
        expect(isPlainDecimal(s)).toBe(PLAIN_DECIMAL.test(s));
      }),
      { numRuns: 2000 },
    );
    for (const s of ['', '+', '-', '.', '1.', '.1', '+.1', '1.2.3', '1', '-0.0', '+7', '1\n']) {
      expect(isPlainDecimal(s)).toBe(PLAIN_DECIMAL.test(s));
    }
  });
});
