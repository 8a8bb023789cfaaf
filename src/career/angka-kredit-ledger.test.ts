import { describe, expect, it } from 'vitest';
import { renderTree } from '../explain/index';
import { buildLedger, type LedgerEntryInput } from './angka-kredit-ledger';

const ledger = (entries: readonly LedgerEntryInput[], options: Parameters<typeof buildLedger>[1] = {}) => {
  const r = buildLedger(entries, options);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
};

describe('buildLedger', () => {
  it('sums entries exactly and rounds only for display', () => {
    const l = ledger(
      [
        { year: 2024, predikat: 'baik', months: 2 },
        { year: 2024, predikat: 'baik', months: 10 },
      ],
      { jenjang: 'ahli-pertama' },
    );
    expect(l.entries.map((e) => [e.fraction, e.rounded])).toEqual([
      ['25/12', '2.08'],
      ['125/12', '10.42'],
    ]);
    // 2.08 + 10.42 = 12.50 by chance; the exact sum is exactly 12.5.
    expect([l.total, l.totalRounded, l.accumulated]).toEqual(['12.5', '12.50', '12.5']);
    expect(l.years).toEqual([
      {
        year: 2024,
        jenjang: 'ahli-pertama',
        segment: 0,
        entries: [0, 1],
        earned: '12.5',
        cap: '18.75',
        credited: '12.5',
        capped: false,
      },
    ]);
  });

  it('caps a year at 150% of the coefficient and reports it', () => {
    const l = ledger(
      [
        { year: 2024, predikat: 'sangat-baik', months: 12 },
        { year: 2024, predikat: 'baik', months: 6 },
        { year: 2025, predikat: 'baik', months: 12 },
      ],
      { jenjang: 'ahli-pertama' },
    );
    expect(l.years.map((y) => [y.year, y.earned, y.credited, y.capped])).toEqual([
      [2024, '25', '18.75', true],
      [2025, '12.5', '12.5', false],
    ]);
    expect(l.total).toBe('31.25');
    expect(l.warnings.map((w) => [w.code, w.severity, w.path])).toEqual([
      ['career.yearly-cap', 'warning', ['entries', 0]],
    ]);
  });

  it('restarts accumulation in a new jenjang (integrasi) and reports the targets', () => {
    const l = ledger(
      [
        { year: 2023, predikat: 'sangat-baik', months: 12 },
        { year: 2024, jenjang: 'ahli-muda', predikat: 'baik', months: 12 },
        { year: 2025, jenjang: 'ahli-muda', predikat: 'sangat-baik', months: 6 },
      ],
      { jenjang: 'ahli-pertama', golongan: 'III/c', opening: '90' },
    );
    expect(l.segments).toEqual([
      {
        jenjang: 'ahli-pertama',
        opening: '90',
        earned: '18.75',
        accumulated: '108.75',
        accumulatedRounded: '108.75',
      },
      {
        jenjang: 'ahli-muda',
        opening: '0',
        earned: '43.75',
        accumulated: '43.75',
        accumulatedRounded: '43.75',
      },
    ]);
    expect([l.jenjang, l.accumulated, l.total]).toEqual(['ahli-muda', '43.75', '62.5']);
    expect(l.targets.nextRank).toMatchObject({
      golongan: 'III/d',
      required: '100',
      remaining: '56.25',
      met: false,
    });
    expect(l.targets.nextJenjang).toMatchObject({
      jenjang: 'ahli-madya',
      required: '200',
      remaining: '156.25',
    });
    expect(renderTree(l.explanation).join('\n')).toContain(
      'Jenjang ahli-muda: opening 0 + earned 43.75 = 43.75',
    );
  });

  it('converts a conventional opening AK with the jenjang base', () => {
    const l = ledger([{ year: 2024, predikat: 'sangat-baik', months: 12 }], {
      jenjang: 'ahli-pertama',
      golongan: 'III/a',
      conventional: '131.25',
    });
    expect([l.accumulated, l.targets.nextRank?.met]).toEqual(['50', true]);
    expect(l.explanation.children?.[0]).toMatchObject({ code: 'angka-kredit.conventional', output: '31.25' });
  });

  it('takes the year and months from a period inside one year', () => {
    const l = ledger([
      { jenjang: 'mahir', predikat: 'baik', period: { start: '2025-01-01', end: '2025-06-30' } },
      { jenjang: 'mahir', predikat: 'baik', period: { start: '2025-07-15', end: '2025-12-31' }, months: 6 },
      { jenjang: 'mahir', predikat: 'baik', period: { start: '2026-02-10', end: '2026-05-31' } },
    ]);
    expect(l.entries.map((e) => [e.year, e.months])).toEqual([
      [2025, 6],
      [2025, 6],
      [2026, 3],
    ]);
  });

  it('compares thresholds on the exact figure by default, on the rounded one when asked', () => {
    const entries = [{ predikat: 'baik', months: 1 }];
    const exact = ledger(entries, { jenjang: 'ahli-pertama', golongan: 'III/a', opening: '48.955' });
    expect([exact.accumulatedRounded, exact.targets.nextRank?.met]).toEqual(['50.00', false]);
    const rounded = ledger(entries, {
      jenjang: 'ahli-pertama',
      golongan: 'III/a',
      opening: '48.955',
      thresholds: 'rounded',
    });
    expect(rounded.targets.nextRank?.met).toBe(true);
  });

  it('an empty ledger needs a jenjang', () => {
    expect(ledger([], { jenjang: 'pemula' })).toMatchObject({
      total: '0',
      accumulated: '0',
      segments: [{ jenjang: 'pemula' }],
    });
    const r = buildLedger([]);
    expect(r.ok ? [] : r.issues.map((i) => i.code)).toEqual(['input.required']);
  });

  it('reports every bad entry with its path', () => {
    const r = buildLedger(
      [
        { predikat: 'baik', months: 12 },
        { jenjang: 'x', predikat: 'istimewa' },
        { predikat: 'baik', period: { start: '2024-12-01', end: '2025-01-31' } },
        { year: 2024, predikat: 'baik', period: { start: '2025-01-01', end: '2025-01-31' } },
        3 as unknown as LedgerEntryInput,
      ],
      { jenjang: 'ahli-muda', opening: '5', conventional: '300' },
    );
    expect(r.ok ? [] : r.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['career.unknown-jenjang', 'entries.1.jenjang'],
      ['career.unknown-predikat', 'entries.1.predikat'],
      ['input.required', 'entries.1.months'],
      ['career.period-spans-years', 'entries.2.period'],
      ['input.required', 'entries.2.months'],
      ['career.year-mismatch', 'entries.3.year'],
      ['input.required', 'entries.3.months'],
      ['input.invalid-type', 'entries.4'],
      ['input.invalid', 'opening'],
    ]);
    const g = buildLedger([{ predikat: 'baik', months: 12 }], { jenjang: 'ahli-muda', golongan: 'IV/a' });
    expect(g.ok ? [] : g.issues.map((i) => i.code)).toEqual(['career.unknown-golongan']);
    const c = buildLedger([{ predikat: 'baik', months: 12 }], { jenjang: 'ahli-muda', conventional: '100' });
    expect(c.ok ? [] : c.issues.map((i) => i.code)).toEqual(['career.below-conventional-base']);
  });
});
