import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, dayOfWeek, type IsoDate } from '../date/index';
import { unwrap } from '../explain/index';
import { assertRuleset, getPack } from '../ruleset/index';
import { availableActions as availableActionsResult } from './available-actions';
import { evaluationAppealDeadline } from './evaluation-appeal-deadline';
import { atasan, d, employee, hr, inState, lastDate, step, supervisor } from './test-support';
import { transition } from './transition';
import type { Evaluation, WorkflowRules } from './types';

/** An evaluation released on `on` (a Monday by default). */
function releasedOn(on: IsoDate): Evaluation {
  const finalised = inState('finalised');
  return step(finalised, { type: 'release' }, hr, { asOf: on });
}

const appealDeadline = (...args: Parameters<typeof evaluationAppealDeadline>) =>
  unwrap(evaluationAppealDeadline(...args));
const availableActions = (...args: Parameters<typeof availableActionsResult>) =>
  unwrap(availableActionsResult(...args));

const APPEAL = { type: 'appeal', reasons: ['Capaian IKI 2 tidak dihitung'] } as const;
const WORKING: WorkflowRules = { calendar: { appeal: { days: 14, kind: 'working' } } };

describe('evaluationAppealDeadline', () => {
  it('is 14 calendar days after the release by default, and null before release', () => {
    expect(appealDeadline({ releasedOn: d('2026-03-02') })).toBe('2026-03-16');
    expect(appealDeadline({ releasedOn: null })).toBeNull();
    expect(appealDeadline(inState('finalised'))).toBeNull();
  });

  it('reads the ruleset: a validated pack, or a partial object', () => {
    const pack = assertRuleset(getPack('permenpanrb-6-2022'));
    expect(appealDeadline({ releasedOn: d('2026-03-02') }, { ruleset: pack })).toBe('2026-03-16');
    expect(
      appealDeadline(
        { releasedOn: d('2026-03-02') },
        { ruleset: { calendar: { appeal: { days: 7, kind: 'calendar' } } } },
      ),
    ).toBe('2026-03-09');
  });

  it('counts working days, skipping weekends and the injected holidays', () => {
    // Monday 2 March 2026: 14 working days are three weeks less a day.
    expect(appealDeadline({ releasedOn: d('2026-03-02') }, { ruleset: WORKING })).toBe('2026-03-20');
    // Nyepi (Thursday 19 March) and a cuti bersama day (Friday 20 March) push it to Tuesday 24 March.
    expect(
      appealDeadline(
        { releasedOn: d('2026-03-02') },
        { ruleset: WORKING, holidays: [d('2026-03-19'), d('2026-03-20')] },
      ),
    ).toBe('2026-03-24');
    // A holiday on a weekend changes nothing.
    expect(
      appealDeadline({ releasedOn: d('2026-03-02') }, { ruleset: WORKING, holidays: [d('2026-03-07')] }),
    ).toBe('2026-03-20');
    // A six-day week (only Sunday off).
    expect(appealDeadline({ releasedOn: d('2026-03-02') }, { ruleset: WORKING, weekend: [0] })).toBe(
      '2026-03-18',
    );
  });

  it('uses the ruleset calendar’s holidays and weekend, adding the caller’s holidays', () => {
    const rules: WorkflowRules = {
      calendar: { appeal: { days: 14, kind: 'working' }, holidays: [d('2026-03-19')] },
    };
    expect(appealDeadline({ releasedOn: d('2026-03-02') }, { ruleset: rules })).toBe('2026-03-23');
    expect(
      appealDeadline({ releasedOn: d('2026-03-02') }, { ruleset: rules, holidays: [d('2026-03-20')] }),
    ).toBe('2026-03-24');
    const sixDays: WorkflowRules = { calendar: { ...rules.calendar, weekend: [0] } };
    expect(appealDeadline({ releasedOn: d('2026-03-02') }, { ruleset: sixDays })).toBe('2026-03-18');
    const released = releasedOn(d('2026-03-02'));
    expect(transition(released, APPEAL, employee, { asOf: d('2026-03-23'), ruleset: rules }).ok).toBe(true);
    expect(transition(released, APPEAL, employee, { asOf: d('2026-03-24'), ruleset: rules }).ok).toBe(false);
  });

  it('reports an invalid holiday as an issue (it used to throw)', () => {
    const r = evaluationAppealDeadline(
      { releasedOn: d('2026-03-02') },
      { ruleset: WORKING, holidays: ['2026-02-30' as IsoDate] },
    );
    expect(r.ok ? [] : r.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['date.not-a-date', 'options.holidays.0'],
    ]);
  });

  it('a working-day deadline never falls on a weekend or a holiday', () => {
    const holidays = [d('2026-03-19'), d('2026-03-20'), d('2026-04-03')];
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 365 }), fc.integer({ min: 1, max: 30 }), (offset, days) => {
        const released = addDays(d('2026-01-01'), offset);
        const deadline = appealDeadline(
          { releasedOn: released },
          { ruleset: { calendar: { appeal: { days, kind: 'working' } } }, holidays },
        );
        expect(deadline).not.toBeNull();
        if (deadline === null) return;
        expect([0, 6]).not.toContain(dayOfWeek(deadline));
        expect(holidays).not.toContain(deadline);
        expect(deadline > released).toBe(true);
      }),
    );
  });
});

describe('appeal (keberatan) through transition', () => {
  const released = releasedOn(d('2026-03-02'));

  it('the 14th day is on time', () => {
    const r = transition(released, APPEAL, employee, { asOf: d('2026-03-16') });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.state).toBe('appealed');
    expect(r.value.appeal).toEqual({
      filedOn: '2026-03-16',
      reasons: ['Capaian IKI 2 tidak dihitung'],
      deadline: '2026-03-16',
      decision: null,
      decisionReason: null,
      decidedBy: null,
      decidedOn: null,
    });
    expect(r.value.history.at(-1)?.reason).toBe('Capaian IKI 2 tidak dihitung');
  });

  it('the 15th day is late, and the issue names the deadline', () => {
    const r = transition(released, APPEAL, employee, { asOf: d('2026-03-17') });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]).toMatchObject({
      code: 'workflow.appeal-late',
      path: ['options', 'asOf'],
      params: {
        deadline: '2026-03-16',
        filedOn: '2026-03-17',
        releasedOn: '2026-03-02',
        daysLate: 1,
        days: 14,
      },
    });
    expect(r.issues[0]?.message.en).toContain('2026-03-16');
    expect(r.issues[0]?.message.id).toContain('terlambat 1 hari');
  });

  it('on the day of release is on time', () => {
    expect(transition(released, APPEAL, employee, { asOf: d('2026-03-02') }).ok).toBe(true);
  });

  it('working-day deadlines skip weekends and injected holidays', () => {
    const holidays = [d('2026-03-19'), d('2026-03-20')];
    const onTime = transition(released, APPEAL, employee, {
      asOf: d('2026-03-24'),
      ruleset: WORKING,
      holidays,
    });
    expect(onTime.ok).toBe(true);
    const late = transition(released, APPEAL, employee, {
      asOf: d('2026-03-25'),
      ruleset: WORKING,
      holidays,
    });
    expect(late.ok ? [] : late.issues.map((i) => [i.code, i.params?.deadline])).toEqual([
      ['workflow.appeal-late', '2026-03-24'],
    ]);
    // Without the holidays, the 24th is late.
    const noHolidays = transition(released, APPEAL, employee, { asOf: d('2026-03-24'), ruleset: WORKING });
    expect(noHolidays.ok ? [] : noHolidays.issues.map((i) => i.params?.deadline)).toEqual(['2026-03-20']);
  });

  it('reports an invalid holiday as an issue instead of throwing', () => {
    const r = transition(released, APPEAL, employee, {
      asOf: d('2026-03-03'),
      ruleset: WORKING,
      holidays: ['2026-13-01' as IsoDate],
    });
    expect(r.ok ? [] : r.issues.map((i) => [i.code, i.path])).toEqual([
      ['date.not-a-date', ['options', 'holidays', 0]],
    ]);
  });

  it('needs at least one non-blank reason', () => {
    for (const reasons of [[], [' '], '', ['ok', '']]) {
      const r = transition(released, { type: 'appeal', reasons }, employee, { asOf: d('2026-03-03') });
      expect(r.ok ? [] : r.issues.map((i) => i.code)).toEqual(['workflow.reason-required']);
    }
    const one = transition(released, { type: 'appeal', reasons: 'Satu alasan' }, employee, {
      asOf: d('2026-03-03'),
    });
    expect(one.ok && one.value.appeal?.reasons).toEqual(['Satu alasan']);
  });

  it('is decided only by the atasan pejabat penilai, whose decision is final', () => {
    const appealed = step(released, APPEAL, employee);
    const bySupervisor = transition(
      appealed,
      { type: 'decide-appeal', decision: 'rejected', reason: 'x' },
      supervisor,
      { asOf: d('2026-03-10') },
    );
    expect(bySupervisor.ok ? [] : bySupervisor.issues.map((i) => i.code)).toEqual([
      'workflow.deny.not-atasan',
    ]);
    const decided = step(
      appealed,
      {
        type: 'decide-appeal',
        decision: 'granted',
        reason: 'IKI 2 terbukti tercapai',
        revised: { ratings: { 'hasil-kerja': 'di-atas-ekspektasi' }, result: { predikat: 'sangat-baik' } },
      },
      atasan,
    );
    expect(decided.state).toBe('decided');
    expect(decided.appeal).toMatchObject({
      decision: 'granted',
      decidedBy: 'A1',
      decisionReason: 'IKI 2 terbukti tercapai',
    });
    expect(decided.ofRecord).toMatchObject({
      source: 'appeal',
      by: 'A1',
      result: { predikat: 'sangat-baik' },
    });
    expect(decided.supervisorAssessment).toEqual(appealed.supervisorAssessment);
    // Final: nothing moves a decided evaluation.
    for (const [action, actor] of [
      [{ type: 'appeal', reasons: ['lagi'] }, employee],
      [{ type: 'decide-appeal', decision: 'rejected', reason: 'x' }, atasan],
      [{ type: 'declare-conflict', assessorId: 'A1', relation: 'keluarga' }, hr],
      [{ type: 'reassign', atasanId: 'A2', reason: 'x' }, hr],
    ] as const) {
      const r = transition(decided, action, actor, { asOf: addDays(lastDate(decided), 1) });
      expect(r.ok ? [] : r.issues.map((i) => i.code)).toEqual(['workflow.invalid-transition']);
    }
  });

  it('a granted appeal needs the revised ratings; a rejected one takes none', () => {
    const appealed = step(released, APPEAL, employee);
    const asOf = addDays(lastDate(appealed), 1);
    const missing = transition(
      appealed,
      { type: 'decide-appeal', decision: 'granted', reason: 'x' },
      atasan,
      { asOf },
    );
    expect(missing.ok ? [] : missing.issues.map((i) => [i.code, i.path])).toEqual([
      ['workflow.revision-required', ['action', 'revised']],
    ]);
    const extra = transition(
      appealed,
      { type: 'decide-appeal', decision: 'rejected', reason: 'x', revised: { ratings: {} } },
      atasan,
      { asOf },
    );
    expect(extra.ok ? [] : extra.issues.map((i) => i.code)).toEqual(['workflow.revision-unexpected']);
    const noReason = transition(
      appealed,
      { type: 'decide-appeal', decision: 'maybe', reason: ' ' } as never,
      atasan,
      { asOf },
    );
    expect(noReason.ok ? [] : noReason.issues.map((i) => i.code)).toEqual([
      'input.invalid-value',
      'workflow.reason-required',
    ]);
  });

  it('availableActions offers the appeal only until its deadline', () => {
    expect(availableActions(released, employee, { asOf: d('2026-03-16') })).toEqual(['appeal']);
    expect(availableActions(released, employee, { asOf: d('2026-03-17') })).toEqual([]);
    expect(availableActions(released, employee)).toEqual(['appeal']);
  });
});
