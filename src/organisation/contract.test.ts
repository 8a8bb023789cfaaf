import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { unwrap } from '../explain/index';
import { getPack, getPackSource } from '../ruleset/index';
import { compileRuleset } from '../scoring/index';
import { calibrationAdvice } from './calibration-advice';
import { checkDistribution } from './check-distribution';
import { compileCurve } from './curve';
import { distributionInputSchema, distributionPolicySchema } from './schemas';
import type { DistributionPolicy } from './types';

describe('checkDistribution: one contract', () => {
  it('takes a pack id (it threw TypeError: Invalid value used as weak map key)', () => {
    const r = checkDistribution('permenpanrb-6-2022', 'kurang', { kurang: 1 });
    expect(r.ok && [r.value.feasible, r.value.moves]).toEqual([false, null]);
  });

  it('a pack id, a parsed, a compiled ruleset and a compiled curve give the same report', () => {
    const people = { 'sangat-baik': 1, baik: 8, 'butuh-perbaikan': 1 };
    const byId = checkDistribution('permenpanrb-6-2022', 'baik', people);
    const curve = compileCurve('permenpanrb-6-2022', 'baik');
    expect(curve.ok).toBe(true);
    if (!curve.ok) return;
    expect(checkDistribution(getPack('permenpanrb-6-2022'), 'baik', people)).toEqual(byId);
    expect(checkDistribution(unwrap(compileRuleset('permenpanrb-6-2022')), 'baik', people)).toEqual(byId);
    expect(checkDistribution(curve.value, 'baik', people)).toEqual(byId);
    expect(byId.ok && byId.value.violations).toEqual(['baik-max-70']);
    // A curve is for its own unit predikat.
    const other = checkDistribution(curve.value, 'kurang', people);
    expect(other.ok ? [] : other.issues.map((i) => i.code)).toEqual(['organisation.unknown-unit-predikat']);
  });

  it('compiles, not caches: changing the policy after use changes nothing and crashes nothing', () => {
    const policy = {
      curves: { u: [{ id: 'baik-max-50', predikat: ['baik'], bound: 'max', percent: '50' }] },
    } as { curves: { u: Record<string, unknown>[] } };
    const curve = compileCurve(policy as unknown as DistributionPolicy, 'u');
    const first = checkDistribution(policy as unknown as DistributionPolicy, 'u', { baik: 4, kurang: 4 });
    expect(first.ok && first.value.ok).toBe(true);
    (policy.curves.u[0] as Record<string, unknown>).percent = '10';
    (policy.curves.u[0] as Record<string, unknown>).predikat = 'x';
    // The raw policy is read again (now invalid); the compiled curve is a frozen copy.
    const again = checkDistribution(policy as unknown as DistributionPolicy, 'u', { baik: 4, kurang: 4 });
    expect(again.ok).toBe(false);
    expect(curve.ok && Object.isFrozen(curve.value.constraints[0])).toBe(true);
    const still = curve.ok ? checkDistribution(curve.value, 'u', { baik: 4, kurang: 4 }) : undefined;
    expect(still).toEqual(first);
  });

  it('10,000-level nesting is an issue, never a stack overflow', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 10_000; i++) deep = { baik: deep };
    const r = checkDistribution('permenpanrb-6-2022', 'baik', deep as never);
    expect(r.ok ? [] : r.issues.map((i) => i.code)).toEqual(['input.too-deep']);
    const source = { ...structuredClone(getPackSource('permenpanrb-6-2022')), extra: deep };
    expect(checkDistribution(source as never, 'baik', { baik: 1 }).ok).toBe(false);
  });

  it('never throws, whatever the arguments (property)', () => {
    const source = fc.oneof(
      fc.constantFrom<unknown>('permenpanrb-6-2022', 'pp46-2011', getPack('permenpanrb-6-2022')),
      fc.anything(),
    );
    fc.assert(
      fc.property(source, fc.anything(), fc.anything(), fc.anything(), (s, u, p, e) => {
        expect(typeof checkDistribution(s as never, u as never, p as never).ok).toBe('boolean');
        expect(typeof compileCurve(s as never, u as never).ok).toBe('boolean');
        expect(typeof calibrationAdvice(s as never, p as never, e as never).ok).toBe('boolean');
      }),
      { numRuns: 200 },
    );
  });

  it('the schemas convert to JSON Schema', () => {
    for (const s of [distributionInputSchema, distributionPolicySchema])
      expect(z.toJSONSchema(s, { io: 'input' })).toMatchObject({ type: 'object' });
  });
});
