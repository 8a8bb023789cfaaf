/**
 * The golden policy cases: every test/golden/*.cases.json runs through runPolicyCases. Cases of the
 * kinds with a runner (evaluation, angka-kredit, annual, distribution, eligibility) must all pass. The other kinds (those in UNSUPPORTED) are
 * not built yet and must be reported as unsupported, exactly: when a kind gets its runner, this test
 * fails and the kind must be removed from UNSUPPORTED, so that its cases are expected to pass.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  type CaseFile,
  type CaseResult,
  formatCaseReport,
  parseCaseFile,
  runPolicyCases,
} from '../src/testing/index';

const dir = join(import.meta.dirname, 'golden');
const readFile = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.cases.json'))
  .sort();
const options = { baseDir: dir, readFile };
const UNSUPPORTED = new Set<string>();
const supported = (kind: string | undefined): boolean => !UNSUPPORTED.has(kind ?? 'evaluation');

function parsed(file: string): CaseFile {
  const r = parseCaseFile(readFile(join(dir, file)));
  if (!r.ok) throw new Error(`${file}: ${JSON.stringify(r.issues, null, 2)}`);
  return r.value;
}

/** A value that must not match `v` under the comparison rules. */
function perturb(v: unknown): unknown {
  if (typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v)) return (Number(v) + 0.01).toFixed(2);
  if (typeof v === 'string') return `${v}-x`;
  if (typeof v === 'boolean') return !v;
  if (v === null) return '0';
  return { not: v };
}

describe('golden policy cases', () => {
  it('finds the shared fixtures and our own case files', () => {
    expect(files).toEqual(
      expect.arrayContaining([
        'careers-and-units.cases.json',
        'kinerja-annual.cases.json',
        'kinerja-distribution.cases.json',
        'kinerja-eligibility.cases.json',
        'kinerja-kinds.cases.json',
        'kinerja-permenpanrb-6-2022.cases.json',
        'kinerja-pp30-2019.cases.json',
        'kinerja-pp46-2011.cases.json',
        'permenpanrb-6-2022.cases.json',
        'pp30-2019.cases.json',
        'pp46-2011.cases.json',
      ]),
    );
  });

  it.each(files)('%s is a valid case file', (file) => {
    expect(parseCaseFile(readFile(join(dir, file))).ok).toBe(true);
  });

  it.each(files)('%s: every case of a supported kind passes', (file) => {
    const report = runPolicyCases(parsed(file), { ...options, file });
    const failing = report.results.filter((r) => supported(r.kind) && !r.ok);
    expect(failing, formatCaseReport({ passed: 0, failed: failing.length, results: failing })).toEqual([]);
  });

  it.each(files)('%s: cases of kinds not built yet are reported as unsupported, exactly', (file) => {
    const report = runPolicyCases(parsed(file), { ...options, file });
    const others = report.results.filter((r) => !supported(r.kind));
    for (const r of others) {
      expect(UNSUPPORTED.has(r.kind), `${r.name}: kind ${r.kind}`).toBe(true);
      expect(r.ok).toBe(false);
      expect(r.failures).toEqual([
        {
          code: 'testing.unsupported-kind',
          path: '',
          expected: undefined,
          actual: undefined,
          message: {
            id: `jenis kasus ${r.kind} belum didukung oleh versi kinerja ini`,
            en: `case kind ${r.kind} is not supported yet by this version of kinerja`,
          },
        },
      ] satisfies CaseResult['failures']);
    }
    expect(report.failed).toBe(others.length);
    expect(report.passed).toBe(report.results.length - others.length);
  });

  it('the careers fixture: 8 cases of four kinds, those of the unsupported kinds fail', () => {
    const report = runPolicyCases(parsed('careers-and-units.cases.json'), options);
    const kinds = report.results.map((r) => r.kind);
    expect(new Set(kinds)).toEqual(new Set(['angka-kredit', 'annual', 'distribution', 'eligibility']));
    expect(report.results).toHaveLength(8);
    expect(report.failed).toBe(kinds.filter((k) => !supported(k)).length);
    expect(report.passed).toBe(kinds.filter((k) => supported(k)).length);
  });

  // The cases cannot pass vacuously: changing any expected value (or the expected issue code)
  // makes the case fail at exactly that path.
  it.each(files)('%s: a changed expectation fails at its path', (file) => {
    const f = parsed(file);
    const mutated: CaseFile = {
      ...f,
      cases: f.cases
        .filter((c) => supported(c.kind))
        .map((c) => ({
          ...c,
          expect:
            typeof c.expect.error === 'string'
              ? { error: 'scoring.not-this-code' }
              : c.expect.error === true
                ? {}
                : Object.fromEntries(Object.entries(c.expect).map(([p, v]) => [p, perturb(v)])),
        })),
    };
    const report = runPolicyCases(mutated, options);
    for (const [i, r] of report.results.entries()) {
      const c = mutated.cases[i];
      if (c === undefined) continue;
      if (Object.keys(c.expect).length === 0) {
        // Was `error: true`; now expects acceptance, so the rejection fails the case.
        expect(
          r.failures.map((x) => x.code),
          r.name,
        ).toEqual(['testing.rejected']);
      } else if ('error' in c.expect) {
        expect(
          r.failures.map((x) => x.code),
          r.name,
        ).toEqual(['testing.wrong-code']);
      } else {
        expect(r.failures.map((x) => x.path).sort(), r.name).toEqual(Object.keys(c.expect).sort());
      }
    }
  });
});
