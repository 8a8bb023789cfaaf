import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { unwrap } from '../explain/index';
import { getPack } from '../ruleset/index';
import { compileRuleset } from '../scoring/index';
import { appealDeadline, checkDeadlines, planningDeadline, reportDeadlines } from './index';

describe('deadlines: a ruleset in any form, or a calendar', () => {
  it('accepts a pack id, a parsed and a compiled ruleset alike', () => {
    for (const source of [
      'permenpanrb-6-2022',
      getPack('permenpanrb-6-2022'),
      unwrap(compileRuleset('permenpanrb-6-2022')),
    ] as const) {
      expect(planningDeadline(source, 2025)).toEqual({ ok: true, value: '2025-01-31' });
      expect(reportDeadlines(source, 2025)).toEqual(
        reportDeadlines(getPack('permenpanrb-6-2022').calendar, 2025),
      );
      expect(appealDeadline(source, '2026-01-05' as never)).toEqual({ ok: true, value: '2026-01-19' });
      const r = checkDeadlines(source, 2025, { skpApprovedOn: '2025-02-03' });
      expect(r.ok && r.value.missed.map((m) => m.deadline)).toEqual(['planning']);
    }
  });

  it('bad calendars, dates and options are issues, never a throw', () => {
    const codes = (r: ReturnType<typeof checkDeadlines>) =>
      r.ok ? [] : r.issues.map((i) => [i.code, i.path]);
    expect(codes(checkDeadlines(null as never, 2025, {}))).toEqual([['input.invalid-type', ['calendar']]]);
    expect(codes(checkDeadlines('pp99' as never, 2025, {}))).toEqual([['ruleset.unknown-pack', ['ruleset']]]);
    expect(codes(checkDeadlines({ frequency: 'weekly' } as never, 2025, {}))).toEqual([
      ['input.invalid-value', ['calendar', 'frequency']],
    ]);
    expect(codes(checkDeadlines({}, 2025, {}, null as never))).toEqual([['input.invalid-type', ['options']]]);
    for (const r of [
      planningDeadline(null as never, 2025),
      reportDeadlines({}, 2025, { holidays: 3 } as never),
      appealDeadline({}, 'soon' as never),
      planningDeadline({}, Number.NaN),
    ])
      expect(r.ok).toBe(false);
  });

  it('no deadline function throws', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), fc.anything(), fc.anything(), (a, b, c, d) => {
        expect(typeof checkDeadlines(a as never, b as never, c as never, d as never).ok).toBe('boolean');
        expect(typeof planningDeadline(a as never, b as never).ok).toBe('boolean');
        expect(typeof reportDeadlines(a as never, b as never, c as never).ok).toBe('boolean');
        expect(typeof appealDeadline(a as never, b as never, c as never).ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });
});
