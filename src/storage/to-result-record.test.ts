import { describe, expect, expectTypeOf, it } from 'vitest';
import type { IsoDate } from '../date';
import { unwrap } from '../explain';
import { parseRuleset } from '../ruleset';
import { type EvaluationResult, scoreEvaluation } from '../scoring';
import { createMemoryStore } from './memory';
import { toResultRecord } from './to-result-record';
import type { EvaluationStore, ResultRecord } from './types';

const evaluation = {
  employee: { id: 'E001' },
  period: { start: '2025-01-01', end: '2025-12-31' },
  ratings: {
    'hasil-kerja': { supervisor: 'sesuai-ekspektasi' },
    perilaku: { supervisor: 'sesuai-ekspektasi' },
  },
};
const change = { actor: 'hr-01', at: '2026-01-05' };
const document = {
  schemaVersion: 1,
  id: 'palu-2025',
  version: 1,
  extends: 'permenpanrb-6-2022',
  effective: { from: '2025-01-01' },
};

describe('results fit the store', () => {
  it("types a result's period as calendar dates, like a record's", () => {
    expectTypeOf<NonNullable<EvaluationResult['period']>>().toEqualTypeOf<ResultRecord['period']>();
    expectTypeOf<NonNullable<EvaluationResult['period']>['start']>().toEqualTypeOf<IsoDate>();
  });

  it('putRuleset takes what parseRuleset returns, as well as the document', () => {
    type Document = Parameters<EvaluationStore['putRuleset']>[1];
    const parsed = parseRuleset(document);
    if (parsed.ok) expectTypeOf(parsed.value).toExtend<Document>();
    expectTypeOf({ id: 'palu-2025', version: 1 }).toExtend<Document>();
  });

  it('stores a parsed ruleset and reads it back', async () => {
    const store = createMemoryStore();
    const parsed = unwrap(parseRuleset(document));
    expect(await store.putRuleset('palu', parsed, change)).toBe(true);
    expect(await store.putRuleset('palu', parsed, change)).toBe(false);
    expect((await store.getRuleset('palu', 'palu-2025'))?.version).toBe(1);
  });

  it('builds the record of a scored result, and the store saves it', async () => {
    const result = unwrap(scoreEvaluation('permenpanrb-6-2022', evaluation));
    const record = toResultRecord(result, { agencyId: 'palu', unitId: 'bappeda' });
    expect(record).toEqual({
      ok: true,
      value: {
        agencyId: 'palu',
        id: 'E001/2025-01-01/2025-12-31',
        evaluationId: null,
        unitId: 'bappeda',
        employeeId: 'E001',
        period: { start: '2025-01-01', end: '2025-12-31' },
        result,
      },
    });
    const store = createMemoryStore();
    await store.saveResults([unwrap(record)], change);
    expect((await store.getResult('palu', 'E001/2025-01-01/2025-12-31'))?.result).toEqual(result);
  });

  it('takes the id, the employee id and the evaluation id from the keys when given', () => {
    const result = unwrap(scoreEvaluation('permenpanrb-6-2022', evaluation));
    const r = unwrap(
      toResultRecord(result, {
        agencyId: 'palu',
        unitId: 'bappeda',
        id: 'ev-1',
        employeeId: 'E9',
        evaluationId: 'ev-1',
      }),
    );
    expect([r.id, r.employeeId, r.evaluationId]).toEqual(['ev-1', 'E9', 'ev-1']);
  });

  it('refuses a result without a period or an employee, and bad keys, with issues', () => {
    const result = unwrap(scoreEvaluation('permenpanrb-6-2022', { ratings: evaluation.ratings }));
    const r = toResultRecord(result, { agencyId: 'palu', unitId: 'bappeda' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => i.path.join('.'))).toEqual(['result.period', 'result.employee.id']);
    const scored = unwrap(scoreEvaluation('permenpanrb-6-2022', evaluation));
    const bad = toResultRecord(scored, { agencyId: '', unitId: 'bappeda' });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.issues[0]?.path).toEqual(['agencyId']);
  });

  it('returns issues, never throws, for any arguments', () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('boom');
        },
        has() {
          throw new Error('boom');
        },
      },
    );
    for (const [a, b] of [
      [null, null],
      [undefined, {}],
      [42, { agencyId: 'palu', unitId: 'x' }],
      [hostile, hostile],
      [
        { period: 'x', employee: { id: 1 } },
        { agencyId: 'palu', unitId: 'x' },
      ],
    ] as const) {
      const r = toResultRecord(a as never, b as never);
      expect(r.ok).toBe(false);
      if (!r.ok) for (const i of r.issues) expect(typeof i.code).toBe('string');
    }
  });
});
