import { describe, expect, it, vi } from 'vitest';
import { issue } from '../../explain/index';
import { commonMessages } from '../../explain/messages/common';
import { getPackSource } from '../../ruleset/index';
import { formatCaseReport } from './format-case-report';
import { mergeCaseReports } from './merge-case-reports';
import { runPolicyCases } from './run-policy-cases';
import type { CaseKindRunner, CaseReport } from './types';

const A = 'di-atas-ekspektasi';
const S = 'sesuai-ekspektasi';
const B = 'di-bawah-ekspektasi';
const matrix = (hk: string, p: string) => ({ ratings: { 'hasil-kerja': hk, perilaku: p } });

const pp46Input = {
  indicators: [
    {
      id: 'k1',
      kind: 'pp46-activity',
      kuantitas: { target: 1, realisasi: 1 },
      kualitas: { target: 100, realisasi: 90 },
      waktu: { target: 12, realisasi: 12 },
      biaya: { target: '170395000', realisasi: '170395000' },
    },
  ],
  ratings: { 'orientasi-pelayanan': 80, integritas: 80, komitmen: 80, disiplin: 80, 'kerja-sama': 80 },
};

describe('runPolicyCases: evaluation cases', () => {
  it('passes a case whose expected paths match, comparing decimals by value', () => {
    const report = runPolicyCases({
      ruleset: 'pp46-2011',
      cases: [
        {
          name: 'A1',
          input: pp46Input,
          expect: {
            score: '83.3',
            'components.skp.score': 85.5,
            'indicators.k1.aspects.waktu': '76',
            predikat: 'baik',
            'ruleset.id': 'pp46-2011',
            ruleset: { version: 1, id: 'pp46-2011' },
          },
        },
      ],
    });
    expect(report).toEqual({
      passed: 1,
      failed: 0,
      results: [{ name: 'A1', kind: 'evaluation', ok: true, failures: [] }],
    });
  });

  it('lists every mismatching path with expected and actual; a missing path is undefined', () => {
    const report = runPolicyCases({
      ruleset: 'pp46-2011',
      cases: [
        {
          name: 'A1',
          input: pp46Input,
          expect: {
            score: '83.31',
            predikat: 'baik',
            'components.hasil-kerja.score': '85.50',
            'indicators.k1.score': null,
          },
        },
      ],
    });
    expect(report.passed).toBe(0);
    expect(report.failed).toBe(1);
    expect(report.results[0]?.failures).toEqual([
      { code: 'testing.mismatch', path: 'score', expected: '83.31', actual: '83.30' },
      {
        code: 'testing.mismatch',
        path: 'components.hasil-kerja.score',
        expected: '85.50',
        actual: undefined,
      },
      { code: 'testing.mismatch', path: 'indicators.k1.score', expected: null, actual: '85.50' },
    ]);
  });

  it('expects null where the ruleset is categorical', () => {
    const r = runPolicyCases({
      ruleset: 'permenpanrb-6-2022',
      cases: [{ name: 'm', input: matrix(A, S), expect: { score: null, predikat: 'baik' } }],
    });
    expect(r.failed).toBe(0);
  });

  it('error: true passes when the input is rejected, and fails when it is accepted', () => {
    const r = runPolicyCases({
      ruleset: 'permenpanrb-6-2022',
      cases: [
        { name: 'rejected', input: matrix('luar-biasa', S), expect: { error: true } },
        { name: 'accepted', input: matrix(A, S), expect: { error: true } },
      ],
    });
    expect(r.results.map((x) => x.ok)).toEqual([true, false]);
    expect(r.results[1]?.failures).toEqual([
      {
        code: 'testing.accepted',
        path: 'error',
        expected: true,
        actual: undefined,
        message: {
          id: 'masukan diharapkan ditolak, tetapi diterima',
          en: 'expected the input to be rejected, but it was accepted',
        },
      },
    ]);
  });

  it('error: "<code>" passes only when that code is among the issues', () => {
    const r = runPolicyCases({
      ruleset: 'permenpanrb-6-2022',
      cases: [
        {
          name: 'right code',
          input: matrix('luar-biasa', S),
          expect: { error: 'scoring.unknown-rating-code' },
        },
        { name: 'wrong code', input: matrix('luar-biasa', S), expect: { error: 'scoring.zero-target' } },
        { name: 'accepted', input: matrix(A, S), expect: { error: 'scoring.zero-target' } },
      ],
    });
    expect(r.results.map((x) => x.ok)).toEqual([true, false, false]);
    expect(r.results[1]?.failures).toEqual([
      {
        code: 'testing.wrong-code',
        path: 'error',
        expected: 'scoring.zero-target',
        actual: ['scoring.unknown-rating-code'],
        message: {
          id: 'masukan ditolak, tetapi tanpa scoring.zero-target: scoring.unknown-rating-code at ratings.hasil-kerja',
          en: 'the input was rejected, but not with scoring.zero-target: scoring.unknown-rating-code at ratings.hasil-kerja',
        },
      },
    ]);
    expect(r.results[2]?.failures[0]?.message?.en).toBe(
      'expected the input to be rejected with scoring.zero-target, but it was accepted',
    );
  });

  it('a rejection where values were expected fails, listing the issues (code and path)', () => {
    const r = runPolicyCases({
      ruleset: 'permenpanrb-6-2022',
      cases: [
        {
          name: 'typo',
          input: { ratings: { 'hasil-kerja': 'atas', perilaku: S, integritas: S } },
          expect: { predikat: 'baik' },
        },
      ],
    });
    expect(r.results[0]?.failures).toEqual([
      {
        code: 'testing.rejected',
        path: '',
        expected: undefined,
        actual: ['scoring.unknown-rating-code', 'scoring.unknown-rating-id'],
        message: {
          id: 'masukan ditolak: scoring.unknown-rating-code at ratings.hasil-kerja; scoring.unknown-rating-id at ratings.integritas',
          en: 'the input was rejected: scoring.unknown-rating-code at ratings.hasil-kerja; scoring.unknown-rating-id at ratings.integritas',
        },
      },
    ]);
  });

  it('a case’s own ruleset overrides the file’s', () => {
    const r = runPolicyCases({
      ruleset: 'pp46-2011',
      cases: [
        { name: 'file ruleset', input: pp46Input, expect: { 'ruleset.id': 'pp46-2011' } },
        {
          name: 'override',
          ruleset: 'permenpanrb-6-2022',
          input: matrix(B, B),
          expect: { predikat: 'sangat-kurang' },
        },
        {
          name: 'inline override',
          ruleset: {
            schemaVersion: 1,
            id: 'kab-x',
            version: 3,
            extends: 'pp46-2011',
            effective: { from: '2020-01-01' },
          },
          input: pp46Input,
          expect: { ruleset: { id: 'kab-x', version: 3 }, score: '83.30' },
        },
      ],
    });
    expect(r.failed).toBe(0);
  });

  it('reads a relative ruleset path through readFile, against baseDir, once per file', () => {
    const source = { ...getPackSource('permenpanrb-6-2022'), id: 'kab-contoh', version: 2 };
    const readFile = vi.fn((path: string) => {
      if (path === '/agency/rulesets/kab-contoh.json') return source;
      throw new Error(`ENOENT: no such file, open '${path}'`);
    });
    const r = runPolicyCases(
      {
        ruleset: 'rulesets/kab-contoh.json',
        cases: [
          { name: 'a', input: matrix(A, A), expect: { predikat: 'sangat-baik', 'ruleset.id': 'kab-contoh' } },
          { name: 'b', input: matrix(S, A), expect: { predikat: 'baik' } },
          {
            name: 'c',
            ruleset: './rulesets/../rulesets/kab-contoh.json',
            input: matrix(B, S),
            expect: { predikat: 'butuh-perbaikan' },
          },
          {
            name: 'd',
            ruleset: 'rulesets/missing.json',
            input: matrix(B, S),
            expect: { predikat: 'butuh-perbaikan' },
          },
        ],
      },
      { baseDir: '/agency', readFile },
    );
    expect(r.results.map((x) => x.ok)).toEqual([true, true, true, false]);
    expect(readFile.mock.calls.map((c) => c[0])).toEqual([
      '/agency/rulesets/kab-contoh.json',
      '/agency/rulesets/missing.json',
    ]);
    expect(r.results[3]?.failures).toEqual([
      {
        code: 'testing.ruleset-unavailable',
        path: '',
        expected: undefined,
        actual: undefined,
        message: {
          id: 'ruleset "rulesets/missing.json" tidak dapat dipakai: bukan id paket bawaan (pp46-2011, pp30-2019, pp30-2019-360, permenpanrb-6-2022) dan berkas "/agency/rulesets/missing.json" tidak dapat dibaca: ENOENT: no such file, open \'/agency/rulesets/missing.json\'',
          en: 'the ruleset "rulesets/missing.json" cannot be used: not a built-in pack (pp46-2011, pp30-2019, pp30-2019-360, permenpanrb-6-2022) and the file "/agency/rulesets/missing.json" cannot be read: ENOENT: no such file, open \'/agency/rulesets/missing.json\'',
        },
      },
    ]);
  });

  it('fails the cases of an invalid ruleset file with its issues, and never passes an error expectation', () => {
    const r = runPolicyCases(
      {
        ruleset: 'bad.json',
        cases: [
          { name: 'a', input: matrix(A, A), expect: { predikat: 'sangat-baik' } },
          { name: 'b', input: matrix('x', A), expect: { error: true } },
        ],
      },
      { baseDir: '/agency', readFile: () => ({ schemaVersion: 1, id: 'Bad Id' }) },
    );
    expect(r.failed).toBe(2);
    for (const x of r.results) {
      expect(x.failures).toHaveLength(1);
      expect(x.failures[0]?.code).toBe('testing.ruleset-unavailable');
      expect(x.failures[0]?.message?.en).toMatch(
        /^the ruleset "bad\.json" cannot be used: id: .+ \(and \d+ more\)$/,
      );
    }
  });

  it('needs readFile for a ruleset path, and a synchronous one', () => {
    const file = { ruleset: 'mine.json', cases: [{ name: 'a', input: {}, expect: {} }] };
    expect(runPolicyCases(file).results[0]?.failures[0]?.message?.en).toBe(
      'the ruleset "mine.json" cannot be used: reading a file by its path needs options.readFile',
    );
    const asyncRead = runPolicyCases(file, { readFile: async () => ({}) });
    expect(asyncRead.results[0]?.failures[0]?.message?.en).toBe(
      'the ruleset "mine.json" cannot be used: options.readFile returned a Promise; runPolicyCases needs a synchronous reader (e.g. readFileSync)',
    );
  });

  it('compiles each distinct ruleset once', () => {
    const readFile = vi.fn(() => getPackSource('permenpanrb-6-2022'));
    const inline = { ...getPackSource('permenpanrb-6-2022'), id: 'inline' };
    const cases = Array.from({ length: 20 }, (_, i) => ({
      name: `c${i}`,
      ...(i % 2 === 0 ? { ruleset: inline } : {}),
      input: matrix(A, A),
      expect: { predikat: 'sangat-baik', 'ruleset.id': i % 2 === 0 ? 'inline' : 'permenpanrb-6-2022' },
    }));
    const r = runPolicyCases({ ruleset: 'x.json', cases }, { readFile });
    expect(r.failed).toBe(0);
    expect(readFile).toHaveBeenCalledTimes(1);
  });
});

describe('runPolicyCases: kinds', () => {
  const careers = {
    ruleset: 'permenpanrb-6-2022',
    cases: [
      {
        name: 'E1',
        kind: 'angka-kredit',
        input: { jenjang: 'ahli-pertama', predikat: 'sangat-baik', months: 12 },
        expect: { angkaKredit: '18.75' },
      },
      {
        name: 'D1',
        kind: 'distribution',
        input: { unitPredikat: 'baik', counts: { 'sangat-baik': 1, baik: 8, 'butuh-perbaikan': 1 } },
        expect: { violations: ['baik-max-70'], moves: 1 },
      },
      {
        name: 'F1',
        kind: 'eligibility',
        rule: 'kenaikan-pangkat-reguler',
        asOf: '2019-12-01',
        input: {},
        expect: { eligible: false },
      },
      {
        name: 'Y1',
        kind: 'annual',
        input: {
          strategy: 'last-period',
          periods: [{ start: '2025-01-01', end: '2025-12-31', predikat: 'baik' }],
        },
        expect: { predikat: 'baik' },
      },
    ],
  };

  it('runs every kind of docs/testing-policies.md with its built-in runner', () => {
    const r = runPolicyCases(careers);
    expect(r.passed).toBe(4);
    expect(r.failed).toBe(0);
  });

  it('runs registered runners, comparing their results by the shared rules', () => {
    const seen: string[] = [];
    const kinds: Record<string, CaseKindRunner> = {
      'angka-kredit': () => ({ actual: { angkaKredit: '18.750' } }),
      distribution: () => ({ actual: { ok: false, violations: ['baik-max-70'], moves: 2 } }),
      eligibility: (c, ctx) => {
        seen.push(`${c.rule}@${c.asOf}:${ctx.ruleset().id}`);
        return { error: [issue(commonMessages, 'input.required', ['birthDate'])] };
      },
    };
    const r = runPolicyCases(careers, { kinds });
    expect(r.results.map((x) => [x.name, x.ok, x.failures.map((f) => f.code)])).toEqual([
      ['E1', true, []],
      ['D1', false, ['testing.mismatch']],
      ['F1', false, ['testing.rejected']],
      ['Y1', true, []],
    ]);
    expect(r.results[1]?.failures[0]).toEqual({
      code: 'testing.mismatch',
      path: 'moves',
      expected: 1,
      actual: 2,
    });
    expect(seen).toEqual(['kenaikan-pangkat-reguler@2019-12-01:permenpanrb-6-2022']);
  });

  it('accepts kinds of its own when a runner is registered', () => {
    const file = {
      ruleset: 'pp46-2011',
      cases: [{ name: 'b', kind: 'bonus', input: 3, expect: { double: 6 } }],
    };
    expect(runPolicyCases(file).results[0]?.failures[0]?.code).toBe('testing.unknown-kind');
    const r = runPolicyCases(file, {
      kinds: { bonus: (c) => ({ actual: { double: Number(c.input) * 2 } }) },
    });
    expect(r.passed).toBe(1);
  });

  it('a runner that throws fails its case with the reason', () => {
    const r = runPolicyCases(careers, {
      kinds: {
        'angka-kredit': () => {
          throw new Error('boom');
        },
      },
    });
    expect(r.results[0]?.failures).toEqual([
      {
        code: 'testing.runner-failed',
        path: '',
        expected: undefined,
        actual: undefined,
        message: { id: 'kasus tidak dapat dijalankan: boom', en: 'the case could not be run: boom' },
      },
    ]);
  });

  it('a runner asking for a ruleset the case lacks fails the case', () => {
    const r = runPolicyCases(
      { cases: [{ name: 'a', kind: 'annual', input: {}, expect: {} }] },
      { kinds: { annual: (_c, ctx) => ({ actual: ctx.compiled().id }) } },
    );
    expect(r.results[0]?.failures[0]?.message?.en).toBe(
      'No ruleset: give "ruleset" in the file or in this case',
    );
  });
});

describe('runPolicyCases: the file', () => {
  it('never throws: an invalid case file is one failing result listing every issue', () => {
    const r = runPolicyCases(
      { ruleset: 'pp46-2011', cases: [{ name: 'a' }, { name: 'a', input: {}, expect: {} }] },
      { file: 'x.cases.json' },
    );
    expect(r).toMatchObject({ passed: 0, failed: 1 });
    expect(r.results).toHaveLength(1);
    expect(r.results[0]).toMatchObject({
      name: 'x.cases.json',
      kind: 'case-file',
      ok: false,
      file: 'x.cases.json',
    });
    expect(r.results[0]?.failures.map((f) => [f.code, f.path])).toEqual([
      ['input.required', 'cases[0].input'],
      ['input.required', 'cases[0].expect'],
      ['testing.duplicate-name', 'cases[1].name'],
    ]);
    expect(formatCaseReport(r, { locale: 'en' })).toContain('0 passed, 1 failed');
  });

  it('never throws on arguments it cannot use: they fail the run with the issues', () => {
    const run = runPolicyCases as (...args: unknown[]) => CaseReport;
    for (const args of [
      [],
      [null],
      [42],
      [{ cases: [] }, null],
      [{ cases: [] }, { kinds: 3 }],
      [{ cases: [] }, { readFile: 'x' }],
    ]) {
      const r = run(...args);
      expect(r.failed, JSON.stringify(args)).toBe(1);
      expect(r.results[0]?.failures.length).toBeGreaterThan(0);
    }
    expect(run({ cases: [] }, undefined)).toEqual({ passed: 0, failed: 0, results: [] });
  });

  it('formatCaseReport and mergeCaseReports read what they are given: a non-report fails, never throws', () => {
    const format = formatCaseReport as (...args: unknown[]) => string;
    for (const bad of [undefined, null, 3, { passed: Number.NaN, failed: 0, results: [] }, { results: 'x' }])
      expect(format(bad)).toMatch(/0 passed, 1 failed$/);
    expect(format({ passed: 1, failed: 0, results: [] }, null)).toMatch(/0 passed, 1 failed$/);
    expect(format({ passed: 1, failed: 0, results: [] }, { locale: 'fr' })).toContain('options.locale');
    const merge = mergeCaseReports as (...args: unknown[]) => CaseReport;
    const good = { passed: 2, failed: 0, results: [] };
    const holes: unknown[] = [good];
    holes[2] = good;
    expect(merge(holes)).toMatchObject({ passed: 4, failed: 1 });
    expect(merge(undefined)).toMatchObject({ passed: 0, failed: 1 });
    expect(Number.isFinite(merge([{ passed: 1, failed: Number.NaN, results: [] }]).failed)).toBe(true);
  });

  it('stamps results with the file name when given', () => {
    const r = runPolicyCases(
      { ruleset: 'permenpanrb-6-2022', cases: [{ name: 'a', input: matrix(A, A), expect: {} }] },
      { file: 'policies/a.cases.json' },
    );
    expect(r.results[0]).toEqual({
      name: 'a',
      kind: 'evaluation',
      ok: true,
      failures: [],
      file: 'policies/a.cases.json',
    });
  });

  it('an empty file has no cases: 0 passed, 0 failed', () => {
    expect(runPolicyCases({ ruleset: 'pp46-2011', cases: [] })).toEqual({
      passed: 0,
      failed: 0,
      results: [],
    });
  });
});
