import { describe, expect, it } from 'vitest';
import { unwrap } from '../explain/index';
import { authorizeSkpPlan } from './authorize-skp-plan';
import { createSkpPlan } from './create-skp-plan';
import { d, employee, hr, outsider, supervisor } from './test-support';
import { transitionSkpPlan } from './transition-skp-plan';
import type { SkpPlan, SkpPlanAction } from './types';

const INPUT = {
  id: 'skp-2026-E1',
  agencyId: 'kota-palu',
  unitId: 'dinkes',
  employeeId: 'E1',
  supervisorId: 'S1',
  period: { start: '2026-01-01', end: '2026-12-31' },
  content: { indicators: [{ id: 'iki-1', label: 'Cakupan imunisasi', target: 95 }] },
};

function draft(): SkpPlan {
  return unwrap(createSkpPlan(INPUT, employee, { asOf: d('2026-01-05') }));
}

function codes(r: { ok: boolean; issues?: readonly { code: string }[] }): string[] {
  return r.ok ? [] : (r.issues ?? []).map((i) => i.code);
}

describe('SKP planning', () => {
  it('draft → submitted → approved', () => {
    const plan = draft();
    expect(plan).toMatchObject({ state: 'draft', revision: 1, returned: null, approved: null });
    const submitted = unwrap(
      transitionSkpPlan(plan, { type: 'submit' }, employee, { asOf: d('2026-01-10') }),
    );
    expect(submitted.state).toBe('submitted');
    const approved = unwrap(
      transitionSkpPlan(submitted, { type: 'approve' }, supervisor, { asOf: d('2026-01-12') }),
    );
    expect(approved).toMatchObject({
      state: 'approved',
      revision: 3,
      approved: { by: 'S1', on: '2026-01-12' },
    });
    expect(approved.history.map((h) => `${h.action}:${h.role}`)).toEqual([
      'create:pegawai',
      'submit:pegawai',
      'approve:pejabat-penilai',
    ]);
    expect(JSON.parse(JSON.stringify(approved))).toEqual(approved);
    // Approved is final.
    for (const action of [
      { type: 'submit' },
      { type: 'approve' },
      { type: 'return', reason: 'x' },
    ] as const) {
      const actor = action.type === 'submit' ? employee : supervisor;
      expect(codes(transitionSkpPlan(approved, action, actor, { asOf: d('2026-01-13') }))).toEqual([
        'workflow.skp-invalid-transition',
      ]);
    }
  });

  it('returned with a reason goes back to draft, and may be submitted again with new content', () => {
    const submitted = unwrap(
      transitionSkpPlan(draft(), { type: 'submit' }, employee, { asOf: d('2026-01-10') }),
    );
    const noReason = transitionSkpPlan(submitted, { type: 'return', reason: '  ' }, supervisor, {
      asOf: d('2026-01-11'),
    });
    expect(codes(noReason)).toEqual(['workflow.reason-required']);
    const returned = unwrap(
      transitionSkpPlan(submitted, { type: 'return', reason: 'Target IKI 1 belum terukur' }, supervisor, {
        asOf: d('2026-01-11'),
      }),
    );
    expect(returned).toMatchObject({
      state: 'draft',
      returned: { reason: 'Target IKI 1 belum terukur', by: 'S1', on: '2026-01-11' },
    });
    expect(returned.history.at(-1)).toMatchObject({
      action: 'return',
      reason: 'Target IKI 1 belum terukur',
      to: 'draft',
    });
    const content = {
      indicators: [{ id: 'iki-1', label: 'Cakupan imunisasi dasar lengkap (%)', target: 95 }],
    };
    const resubmitted = unwrap(
      transitionSkpPlan(returned, { type: 'submit', content }, employee, { asOf: d('2026-01-14') }),
    );
    expect(resubmitted).toMatchObject({ state: 'submitted', content, revision: 4 });
    expect(returned.content).toEqual(INPUT.content);
  });

  it('only the employee submits; only the pejabat penilai approves or returns', () => {
    const plan = draft();
    expect(codes(transitionSkpPlan(plan, { type: 'submit' }, supervisor, { asOf: d('2026-01-10') }))).toEqual(
      ['workflow.deny.not-employee'],
    );
    const submitted = unwrap(
      transitionSkpPlan(plan, { type: 'submit' }, employee, { asOf: d('2026-01-10') }),
    );
    for (const [actor, code] of [
      [employee, 'workflow.deny.not-supervisor'],
      [hr, 'workflow.deny.not-supervisor'],
      [outsider, 'workflow.deny.no-role'],
      [{ id: 'S9' }, 'workflow.deny.no-role'],
    ] as const) {
      expect(
        codes(transitionSkpPlan(submitted, { type: 'approve' }, actor, { asOf: d('2026-01-11') })),
      ).toEqual([code]);
    }
    // Mis-recorded as their own supervisor, the employee still cannot approve.
    const own = { ...submitted, supervisorId: 'E1' };
    expect(authorizeSkpPlan(employee, 'approve', own).reason.code).toBe('workflow.deny.own-assessor');
  });

  it('who may create and view', () => {
    const plan = { agencyId: 'kota-palu', employeeId: 'E1', supervisorId: 'S1' };
    expect(authorizeSkpPlan(employee, 'create', plan).as).toBe('pegawai');
    expect(authorizeSkpPlan(hr, 'create', plan).as).toBe('pengelola-kinerja');
    expect(authorizeSkpPlan(supervisor, 'create', plan).reason.code).toBe('workflow.deny.not-employee');
    for (const actor of [employee, supervisor, hr])
      expect(authorizeSkpPlan(actor, 'view', plan).allowed).toBe(true);
    expect(authorizeSkpPlan(outsider, 'view', plan).reason.code).toBe('workflow.deny.no-role');
    const byOutsider = createSkpPlan(INPUT, outsider, { asOf: d('2026-01-05') });
    expect(codes(byOutsider)).toEqual(['workflow.deny.no-role']);
  });

  it('checks the input, the payload and the dates', () => {
    const bad = createSkpPlan(
      {
        ...INPUT,
        supervisorId: 'E1',
        period: { start: '2026-12-31', end: '2026-01-01' },
        content: { x: Number.NaN },
      },
      employee,
      { asOf: d('2026-01-05') },
    );
    expect(bad.ok ? [] : bad.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['date.range-reversed', 'input.period'],
      ['workflow.not-json', 'input.content.x'],
      ['workflow.assessor-is-employee', 'input.supervisorId'],
    ]);
    const missing = createSkpPlan({ ...INPUT, id: '' }, employee, { asOf: d('2026-01-05') });
    expect(codes(missing)).toEqual(['input.required']);
    const plan = draft();
    const early = transitionSkpPlan(plan, { type: 'submit' }, employee, { asOf: d('2026-01-04') });
    expect(codes(early)).toEqual(['workflow.date-before-previous']);
    const unknown = transitionSkpPlan(plan, { type: 'sign' } as unknown as SkpPlanAction, employee, {
      asOf: d('2026-01-06'),
    });
    expect(codes(unknown)).toEqual(['workflow.unknown-action']);
    const extra = transitionSkpPlan(
      plan,
      { type: 'submit', note: 'x' } as unknown as SkpPlanAction,
      employee,
      {
        asOf: d('2026-01-06'),
      },
    );
    expect(codes(extra)).toEqual(['input.unknown-key']);
  });
});
