import { describe, expect, it } from 'vitest';
import { dateMessages } from '../explain/messages/date';
import { catalog } from '../explain/messages/index';
import { KinerjaError } from '../explain/result';
import { assertIsoDate, dateFromParts, isIsoDate, parseIsoDate } from './index';

function codeOf(input: unknown): string | null {
  const r = parseIsoDate(input);
  return r.ok ? null : (r.issues[0]?.code ?? 'no issue');
}

describe('parseIsoDate', () => {
  it.each(['2024-02-29', '2025-12-31', '2025-01-01', '1000-01-01', '9999-12-31', '2000-02-29', '2025-04-30'])(
    'accepts %s',
    (s) => {
      expect(parseIsoDate(s)).toEqual({ ok: true, value: s });
      expect(isIsoDate(s)).toBe(true);
    },
  );

  it.each([
    ['2025-02-29', 'date.not-a-date'],
    ['1900-02-29', 'date.not-a-date'],
    ['2025-04-31', 'date.not-a-date'],
    ['2025-13-01', 'date.not-a-date'],
    ['2025-00-10', 'date.not-a-date'],
    ['2025-01-00', 'date.not-a-date'],
    ['2025-01-32', 'date.not-a-date'],
    ['2025-1-01', 'date.invalid-format'],
    ['2025-01-1', 'date.invalid-format'],
    [' 2025-01-01', 'date.invalid-format'],
    ['2025-01-01 ', 'date.invalid-format'],
    ['2025-01-01T00:00:00Z', 'date.invalid-format'],
    ['2025/01/01', 'date.invalid-format'],
    ['20250101', 'date.invalid-format'],
    ['+2025-01-01', 'date.invalid-format'],
    ['２０２５-01-01', 'date.invalid-format'],
    ['', 'date.invalid-format'],
    ['0999-12-31', 'date.out-of-range'],
    ['0000-01-01', 'date.out-of-range'],
  ])('rejects %j with %s', (s, code) => {
    expect(codeOf(s)).toBe(code);
    expect(isIsoDate(s)).toBe(false);
  });

  it.each([
    [20250101, 'number'],
    [new Date(Date.UTC(2025, 0, 1)), 'Date'],
    [null, 'null'],
    [undefined, 'undefined'],
    [['2025-01-01'], 'array'],
    [{ date: '2025-01-01' }, 'object'],
  ])('rejects the non-string %j as date.invalid-type', (value, received) => {
    const r = parseIsoDate(value, ['period', 'start']);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]).toMatchObject({
      code: 'date.invalid-type',
      path: ['period', 'start'],
      params: { received },
    });
  });

  it('puts the path and both languages on the issue', () => {
    const r = parseIsoDate('2025-02-29', ['tmt']);
    expect(r).toEqual({
      ok: false,
      issues: [
        {
          path: ['tmt'],
          code: 'date.not-a-date',
          severity: 'error',
          params: { value: '2025-02-29' },
          message: {
            id: 'Tanggal tidak ada di kalender: "2025-02-29"',
            en: 'Not a calendar date: "2025-02-29"',
          },
        },
      ],
    });
  });

  it('shortens a long bad input in the message', () => {
    const r = parseIsoDate('x'.repeat(10_000));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]?.message.en.length).toBeLessThan(120);
  });
});

describe('assertIsoDate', () => {
  it('returns the branded date', () => {
    expect(assertIsoDate('2025-12-31')).toBe('2025-12-31');
  });
  it('throws KinerjaError with the issue', () => {
    expect(() => assertIsoDate('2025-13-01')).toThrow(KinerjaError);
    try {
      assertIsoDate('2025-13-01');
    } catch (e) {
      expect(e).toBeInstanceOf(KinerjaError);
      if (e instanceof KinerjaError) expect(e.issues[0]?.code).toBe('date.not-a-date');
    }
  });
});

describe('dateFromParts', () => {
  it('builds real dates and refuses others', () => {
    expect(dateFromParts(2024, 2, 29)).toBe('2024-02-29');
    expect(dateFromParts(2025, 2, 29)).toBeNull();
    expect(dateFromParts(2025, 13, 1)).toBeNull();
    expect(dateFromParts(2025, 4, 31)).toBeNull();
    expect(dateFromParts(999, 1, 1)).toBeNull();
    expect(dateFromParts(10000, 1, 1)).toBeNull();
    expect(dateFromParts(2025, 1.5, 1)).toBeNull();
    expect(dateFromParts(Number.NaN, 1, 1)).toBeNull();
    expect(dateFromParts(1000, 1, 1)).toBe('1000-01-01');
  });
});

describe('date messages', () => {
  it('render in both languages and are in the catalog', () => {
    const params = {
      value: 'x',
      received: 'number',
      start: 's',
      end: 'e',
      min: 0,
      max: 1,
      name: 'days',
      index: 1,
      other: 0,
    };
    for (const [code, t] of Object.entries(dateMessages)) {
      expect(code in catalog, code).toBe(true);
      expect(t.id(params).length).toBeGreaterThan(0);
      expect(t.en(params).length).toBeGreaterThan(0);
      expect(t.en(params)).not.toMatch(/undefined|NaN/);
      expect(t.id(params)).not.toMatch(/undefined|NaN/);
    }
  });
});
