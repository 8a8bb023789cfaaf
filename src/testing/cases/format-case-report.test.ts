import { describe, expect, it } from 'vitest';
import { formatCaseReport } from './format-case-report';
import { mergeCaseReports } from './merge-case-reports';
import { runPolicyCases } from './run-policy-cases';
import type { CaseReport } from './types';

const file = {
  ruleset: 'permenpanrb-6-2022',
  cases: [
    {
      name: 'atas × sesuai',
      input: { ratings: { 'hasil-kerja': 'di-atas-ekspektasi', perilaku: 'sesuai-ekspektasi' } },
      expect: { predikat: 'baik' },
    },
    {
      name: 'wrong expectations',
      input: { ratings: { 'hasil-kerja': 'di-atas-ekspektasi', perilaku: 'di-atas-ekspektasi' } },
      expect: { predikat: 'baik', score: '100', 'components.hasil-kerja.mean': '3' },
    },
    {
      name: 'not rejected',
      input: { ratings: { 'hasil-kerja': 'di-atas-ekspektasi', perilaku: 'sesuai-ekspektasi' } },
      expect: { error: true },
    },
    { name: 'angka kredit', kind: 'angka-kredit', input: {}, expect: { angkaKredit: '1' } },
  ],
};

describe('formatCaseReport', () => {
  it('prints one line per failing case and the summary last, exactly', () => {
    const text = formatCaseReport(runPolicyCases(file), { locale: 'en' });
    expect(text).toBe(
      [
        'FAIL wrong expectations — predikat: expected "baik", actual "sangat-baik"; score: expected "100", actual null; components.hasil-kerja.mean: expected "3", actual (missing)',
        'FAIL not rejected — error: expected the input to be rejected, but it was accepted',
        'FAIL angka kredit — the input was rejected: input.required at jenjang; input.required at predikat; input.required at months',
        '1 passed, 3 failed',
      ].join('\n'),
    );
  });

  it('speaks Indonesian, keeping the summary line of the contract', () => {
    const text = formatCaseReport(runPolicyCases(file), { locale: 'id' });
    expect(text.split('\n')).toEqual([
      'GAGAL wrong expectations — predikat: diharapkan "baik", aktual "sangat-baik"; score: diharapkan "100", aktual null; components.hasil-kerja.mean: diharapkan "3", aktual (missing)',
      'GAGAL not rejected — error: masukan diharapkan ditolak, tetapi diterima',
      'GAGAL angka kredit — masukan ditolak: input.required at jenjang; input.required at predikat; input.required at months',
      '1 passed, 3 failed',
    ]);
  });

  it('defaults to English and names the file when known', () => {
    const text = formatCaseReport(runPolicyCases(file, { file: 'policies/pmp.cases.json' }));
    expect(text.split('\n')[0]).toMatch(
      /^FAIL policies\/pmp\.cases\.json › wrong expectations — predikat: expected/,
    );
  });

  it('prints only the summary when every case passes', () => {
    const report: CaseReport = { passed: 2, failed: 0, results: [] };
    expect(formatCaseReport(report)).toBe('2 passed, 0 failed');
    expect(formatCaseReport({ passed: 0, failed: 0, results: [] }, { locale: 'id' })).toBe(
      '0 passed, 0 failed',
    );
  });

  it('ends with exactly "N passed, M failed" for merged reports', () => {
    const a = runPolicyCases(file, { file: 'a' });
    const b = runPolicyCases(file, { file: 'b' });
    const merged = mergeCaseReports([a, b]);
    expect(merged.passed).toBe(2);
    expect(merged.failed).toBe(6);
    expect(merged.results.map((r) => r.file)).toEqual(['a', 'a', 'a', 'a', 'b', 'b', 'b', 'b']);
    const lines = formatCaseReport(merged).split('\n');
    expect(lines).toHaveLength(7);
    expect(lines.at(-1)).toBe('2 passed, 6 failed');
    expect(lines.at(-1)).toMatch(/^\d+ passed, \d+ failed$/);
  });
});
