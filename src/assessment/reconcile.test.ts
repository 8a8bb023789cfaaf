import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compare } from '../decimal/index';
import type { ReconciliationPolicy } from './reconcile';
import { reconcile } from './reconcile-public';

const SCALE = [
  { code: 'di-atas-ekspektasi', value: '3' },
  { code: 'sesuai-ekspektasi', value: '2' },
  { code: 'di-bawah-ekspektasi', value: '1' },
];
const supervisorOfRecord: ReconciliationPolicy = { method: 'supervisor-of-record' };
const weighted = (
  weights: Record<string, string>,
  extra: Partial<ReconciliationPolicy> = {},
): ReconciliationPolicy =>
  ({
    method: 'weighted',
    weights,
    groupAggregate: 'mean',
    trim: 0,
    minRaters: {},
    ...extra,
  }) as ReconciliationPolicy;

function reconciled(policy: ReconciliationPolicy, raters: unknown, options = {}) {
  const r = reconcile(policy, raters, options);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

describe('reconcile', () => {
  it('supervisor of record: the supervisor decides, the self-rating is kept beside it, a gap flags a dialogue', () => {
    const r = reconciled(
      supervisorOfRecord,
      { self: 'di-atas-ekspektasi', supervisor: 'sesuai-ekspektasi' },
      { scale: SCALE },
    );
    expect(r).toMatchObject({
      status: 'reconciled',
      value: 'sesuai-ekspektasi',
      self: 'di-atas-ekspektasi',
      supervisor: 'sesuai-ekspektasi',
      needsDialogue: true,
    });
    const tolerant = reconciled(
      supervisorOfRecord,
      { self: 'di-atas-ekspektasi', supervisor: 'sesuai-ekspektasi' },
      { scale: SCALE, dialogue: { steps: 1 } },
    );
    expect(tolerant.status === 'reconciled' && tolerant.needsDialogue).toBe(false);
  });

  it('is pending, with its reason, without a supervisor or with too few raters', () => {
    expect(reconciled(supervisorOfRecord, { self: 80 })).toMatchObject({
      status: 'pending',
      reason: 'missing-supervisor',
    });
    const gated = weighted({ supervisor: '50', peers: '50' }, { minRaters: { peers: 3 } });
    const r = reconciled(gated, { supervisor: 80, peers: [70, 90] });
    expect(r).toMatchObject({ status: 'pending', reason: 'min-raters', group: 'peers' });
    expect(r.status === 'pending' && r.message.en).toBe('Pending: too few raters in group peers');
  });

  it('weighted: renormalised over the groups present; median and trimmed mean for peers', () => {
    const w = weighted({ supervisor: '50', peers: '25', subordinates: '25' });
    expect(
      reconciled(w, { supervisor: 90, peers: [80, 84] }, { rounding: { scale: 2, mode: 'half-up' } }),
    ).toMatchObject({ value: '87.33' });
    expect(
      reconciled(weighted({ peers: '100' }, { groupAggregate: 'median' }), { peers: [60, 90, 70, 100] }),
    ).toMatchObject({ value: '80' });
    expect(
      reconciled(weighted({ peers: '100' }, { groupAggregate: 'trimmed-mean', trim: 1 }), {
        peers: [0, 80, 90, 100],
      }),
    ).toMatchObject({ value: '85' });
  });

  it('a group the ruleset declares (public feedback) counts like the built-in ones; an undeclared one is an issue', () => {
    const w = weighted({ supervisor: '50', publik: '50' });
    expect(reconciled(w, { supervisor: 80, publik: [100, 90] }, { raterGroups: ['publik'] })).toMatchObject({
      value: '87.5',
    });
    const r = reconcile(w, { supervisor: 80, publik: [100] });
    expect(!r.ok && r.issues.map((i) => [i.code, i.path])).toEqual([
      ['scoring.unknown-rater-group', ['publik']],
    ]);
  });

  it('an override keeps the computed value beside it and needs a value, a reason and an author', () => {
    const r = reconciled(
      supervisorOfRecord,
      {
        supervisor: 'sesuai-ekspektasi',
        override: { value: 'di-atas-ekspektasi', reason: 'Hasil mediasi', author: '197001011990031001' },
      },
      { scale: SCALE },
    );
    expect(r).toMatchObject({
      value: 'di-atas-ekspektasi',
      computed: '2',
      override: { value: 'di-atas-ekspektasi', reason: 'Hasil mediasi', author: '197001011990031001' },
    });
    for (const bad of [
      { value: 'di-atas-ekspektasi' },
      { value: 'di-atas-ekspektasi', reason: ' ', author: 'x' },
      { reason: 'r', author: 'a' },
    ]) {
      const x = reconcile(
        supervisorOfRecord,
        { supervisor: 'sesuai-ekspektasi', override: bad },
        { scale: SCALE },
      );
      expect(!x.ok && x.issues.map((i) => i.code)).toEqual(['assessment.override-incomplete']);
    }
  });

  it('rejects unknown rating codes and non-numbers with paths, never throws', () => {
    const r = reconcile(supervisorOfRecord, { supervisor: 'luar-biasa', peers: ['x'] }, { scale: SCALE });
    expect(!r.ok && r.issues.map((i) => i.path)).toEqual([['supervisor'], ['peers', 0]]);
    for (const bad of [null, [], 'x', 3]) expect(reconcile(supervisorOfRecord, bad).ok).toBe(false);
  });

  // Properties (issue 4).
  const score = fc.integer({ min: 0, max: 120 });
  const raters = fc.record(
    {
      self: score,
      supervisor: score,
      peers: fc.array(score, { maxLength: 6 }),
      subordinates: fc.array(score, { maxLength: 6 }),
    },
    { requiredKeys: ['supervisor'] },
  );
  const policies = fc.constantFrom<ReconciliationPolicy>(
    supervisorOfRecord,
    weighted({ supervisor: '50', peers: '25', subordinates: '25' }),
    weighted({ supervisor: '60', peers: '40' }, { groupAggregate: 'median' }),
    weighted(
      { supervisor: '40', peers: '30', subordinates: '30' },
      { groupAggregate: 'trimmed-mean', trim: 1 },
    ),
    { method: 'mean', groupAggregate: 'mean', trim: 0, minRaters: {} } as ReconciliationPolicy,
  );

  it('property: the reconciled value lies between the smallest and the largest rating counted', () => {
    fc.assert(
      fc.property(policies, raters, (policy, r) => {
        const out = reconciled(policy, r);
        if (out.status !== 'reconciled') return;
        const counted = [r.supervisor, ...(r.peers ?? []), ...(r.subordinates ?? [])].map(String);
        const lo = counted.reduce((a, b) => (compare(a, b) <= 0 ? a : b));
        const hi = counted.reduce((a, b) => (compare(a, b) >= 0 ? a : b));
        expect(compare(out.value, lo)).toBeGreaterThanOrEqual(0);
        expect(compare(out.value, hi)).toBeLessThanOrEqual(0);
      }),
    );
  });

  it('property: adding a rater group with weight zero changes nothing', () => {
    fc.assert(
      fc.property(raters, fc.array(score, { minLength: 1, maxLength: 5 }), (r, publik) => {
        const base = reconciled(weighted({ supervisor: '50', peers: '25', subordinates: '25' }), r);
        const withZero = reconciled(
          weighted({ supervisor: '50', peers: '25', subordinates: '25', publik: '0' }),
          { ...r, publik },
          { raterGroups: ['publik'] },
        );
        expect(withZero).toEqual(base);
      }),
    );
  });

  it('property: the order of peers does not matter', () => {
    fc.assert(
      fc.property(policies, raters, fc.integer(), (policy, r, seed) => {
        const peers = [...(r.peers ?? [])].sort(
          (a, b) => ((a * 7919 + seed) % 13) - ((b * 7919 + seed) % 13),
        );
        expect(reconciled(policy, { ...r, peers })).toEqual(reconciled(policy, r));
      }),
    );
  });
});

describe('reconcile takes what a ruleset file takes, and any argument list (issue 11)', () => {
  it('a weighted policy written as in a ruleset file (defaults left out) reconciles; it used to throw a TypeError', () => {
    const r = reconcile(
      { method: 'weighted', weights: { self: '20', supervisor: '80' } },
      { self: 95, supervisor: 80 },
    );
    expect(r.ok && r.value).toMatchObject({ status: 'reconciled', value: '83', policy: 'weighted' });
  });

  it('a policy that is not one is an issue under policy; bad options under options; never a throw', () => {
    const bad = reconcile({ method: 'loudest' } as never, { supervisor: 80 });
    expect(!bad.ok && bad.issues.map((i) => [i.code, i.path])).toEqual([
      ['input.invalid-value', ['policy', 'method']],
    ]);
    const opts = reconcile({ method: 'supervisor-of-record' }, { supervisor: 80 }, null as never);
    expect(!opts.ok && opts.issues.map((i) => i.path)).toEqual([['options']]);
    const hostile: unknown[] = [
      undefined,
      null,
      42,
      'x',
      [],
      { toString: 1 },
      JSON.parse('{"__proto__": {"method": "weighted"}}'),
      { method: 'weighted', weights: { self: 'NaN' } },
      { method: 'weighted', weights: { self: Number.POSITIVE_INFINITY } },
    ];
    for (const p of hostile)
      for (const raters of [
        undefined,
        null,
        { supervisor: Number.NaN },
        // biome-ignore lint/suspicious/noSparseArray: a sparse array is the point
        { peers: [1, , 2] },
        { self: Number.POSITIVE_INFINITY },
        { self: JSON.parse('1e400') },
      ]) {
        const r = reconcile(p as never, raters);
        expect(typeof r.ok).toBe('boolean');
      }
    let deep: unknown = 1;
    for (let i = 0; i < 10_000; i++) deep = { peers: deep };
    expect(reconcile({ method: 'mean' }, deep).ok).toBe(false);
  });

  it('a getter that throws in the raters is an issue, not a throw', () => {
    const raters = Object.defineProperty({}, 'supervisor', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    const r = reconcile({ method: 'supervisor-of-record' }, raters);
    expect(!r.ok && r.issues[0]?.code).toBe('input.invalid');
  });
});
