import { describe, expect, it } from 'vitest';
import { unwrap } from '../explain/index';
import { parseRuleset } from '../ruleset/index';
import { compileRuleset } from './compile';
import { scoreEvaluation } from './score';

const RATINGS = { ratings: { 'hasil-kerja': 'sesuai-ekspektasi', perilaku: 'sesuai-ekspektasi' } };
const within = { ...RATINGS, period: { start: '2025-01-01', end: '2025-12-31' } };
const before = { ...RATINGS, period: { start: '2021-01-01', end: '2021-12-31' } };

const codes = (r: { ok: boolean; issues?: readonly { code: string; path: readonly unknown[] }[] }) =>
  r.ok ? [] : (r.issues ?? []).map((i) => [i.code, i.path]);

const kabupaten = (extra: Record<string, unknown> = {}) =>
  unwrap(
    compileRuleset(
      unwrap(
        parseRuleset({
          schemaVersion: 1,
          id: 'kab-contoh',
          version: 1,
          extends: 'permenpanrb-6-2022',
          effective: { from: '2025-01-01', until: '2025-12-31' },
          ...extra,
        }),
      ),
    ),
  );

describe('effective dates (issue 11)', () => {
  it('a period inside the effective dates scores; one before them is the error scoring.outside-effective at period', () => {
    expect(scoreEvaluation('permenpanrb-6-2022', within).ok).toBe(true);
    const r = scoreEvaluation('permenpanrb-6-2022', before);
    expect(codes(r)).toEqual([['scoring.outside-effective', ['period']]]);
    expect(!r.ok && r.issues[0]?.severity).toBe('error');
    expect(!r.ok && r.issues[0]?.message.en).toBe(
      'The period 2021-01-01 to 2021-12-31 lies outside the effective dates of ruleset "permenpanrb-6-2022@1" (2022-01-01 to …)',
    );
  });

  it('the period must lie wholly inside: starting before `from` or ending after `until` is outside; the bounds are inclusive', () => {
    const c = kabupaten();
    const at = (start: string, end: string) => scoreEvaluation(c, { ...RATINGS, period: { start, end } });
    expect(at('2025-01-01', '2025-12-31').ok).toBe(true);
    expect(at('2025-03-01', '2025-03-31').ok).toBe(true);
    expect(codes(at('2024-12-31', '2025-06-30'))).toEqual([['scoring.outside-effective', ['period']]]);
    expect(codes(at('2025-07-01', '2026-01-01'))).toEqual([['scoring.outside-effective', ['period']]]);
    expect(codes(at('2026-01-01', '2026-12-31'))).toEqual([['scoring.outside-effective', ['period']]]);
    // Without a period there is nothing to check.
    expect(scoreEvaluation(c, RATINGS).ok).toBe(true);
  });

  it('outsideEffective: "warning" scores the period and reports the issue beside the result', () => {
    const c = kabupaten({ outsideEffective: 'warning' });
    const r = scoreEvaluation(c, before);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.predikat).toBe('baik');
    expect(r.value.warnings.map((w) => [w.code, w.path, w.severity])).toEqual([
      ['scoring.outside-effective', ['period'], 'warning'],
    ]);
    // An explicit "error" is the default.
    expect(codes(scoreEvaluation(kabupaten({ outsideEffective: 'error' }), before))).toEqual([
      ['scoring.outside-effective', ['period']],
    ]);
  });

  it('the option path prefixes the issue like any other', () => {
    const r = scoreEvaluation('permenpanrb-6-2022', before, { path: ['rows', 3] });
    expect(codes(r)).toEqual([['scoring.outside-effective', ['rows', 3, 'period']]]);
  });

  it('a ruleset key other than error or warning is rejected by parseRuleset', () => {
    const r = parseRuleset({
      schemaVersion: 1,
      id: 'kab-contoh',
      version: 1,
      extends: 'permenpanrb-6-2022',
      effective: { from: '2025-01-01' },
      outsideEffective: 'ignore',
    });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.issues.map((i) => i.path)).toEqual([['outsideEffective']]);
  });
});
