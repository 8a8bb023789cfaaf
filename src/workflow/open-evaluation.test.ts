import { describe, expect, it } from 'vitest';
import { openEvaluation } from './open-evaluation';
import { d, hr } from './test-support';

const INPUT = {
  id: 'ev-1',
  agencyId: 'kota-palu',
  unitId: 'dinkes',
  employeeId: 'E1',
  supervisorId: 'S1',
  atasanId: 'A1',
  period: { start: '2025-01-01', end: '2025-12-31' },
};

describe('openEvaluation', () => {
  it('creates an open evaluation with every record empty', () => {
    const r = openEvaluation(INPUT, hr, { asOf: d('2026-01-02') });
    expect(r.ok && r.value).toEqual({
      ...INPUT,
      state: 'open',
      revision: 1,
      selfAssessment: null,
      supervisorAssessment: null,
      ofRecord: null,
      dialogue: null,
      mediation: null,
      releasedOn: null,
      appeal: null,
      conflicts: [],
      history: [
        {
          action: 'open',
          actor: 'H1',
          role: 'pengelola-kinerja',
          asOf: '2026-01-02',
          reason: null,
          from: null,
          to: 'open',
          revision: 1,
        },
      ],
    });
  });

  it('refuses an employee recorded as their own assessor, and an atasan who is the supervisor', () => {
    const r = openEvaluation({ ...INPUT, supervisorId: 'E1', atasanId: 'E1' }, hr, { asOf: d('2026-01-02') });
    expect(r.ok ? [] : r.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['workflow.assessor-is-employee', 'input.supervisorId'],
      ['workflow.assessor-is-employee', 'input.atasanId'],
      ['workflow.atasan-is-supervisor', 'input.atasanId'],
    ]);
  });

  it('reports every problem of untrusted input', () => {
    const r = openEvaluation(
      {
        id: 1,
        agencyId: '',
        unitId: 'dinkes',
        employeeId: 'E1',
        supervisorId: 'S1',
        period: { start: '2025-13-01' },
        colour: 'red',
      } as never,
      hr,
      { asOf: 'today' as never },
    );
    expect(r.ok ? [] : r.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['date.invalid-format', 'options.asOf'],
      ['input.unknown-key', 'input.colour'],
      ['input.invalid-type', 'input.id'],
      ['input.required', 'input.agencyId'],
      ['input.required', 'input.atasanId'],
      ['date.not-a-date', 'input.period.start'],
      ['input.required', 'input.period.end'],
    ]);
    expect(openEvaluation(null as never, hr, { asOf: d('2026-01-02') }).ok).toBe(false);
  });
});
