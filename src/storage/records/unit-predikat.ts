/** Unit predikat: created or replaced per unit and period, counting revisions. */

import type { DateRange } from '../../date';
import type { Issue } from '../../explain';
import type { JsonValue } from '../../workflow';
import { docJson, sha256Hex } from '../canonical';
import { check, throwIfAny } from '../parse';
import { readRow, unitPredikatKey } from '../rows';
import { storePeriodSchema, storeUnitPredikatSchema, storeUpsertOptionsSchema } from '../schemas';
import type { StoredUnitPredikat, StoreRow, UnitPredikatRecord, UpsertOptions } from '../types';
import {
  AuditWriter,
  checkArgId,
  checkRevision,
  conflict,
  copy,
  periodColumns,
  type StoreContext,
} from './context';

/** `setUnitPredikat`: creates or replaces the predikat of a unit for a period. */
export async function setUnitPredikat(
  ctx: StoreContext,
  record: UnitPredikatRecord,
  options: UpsertOptions,
): Promise<StoredUnitPredikat> {
  const issues: Issue[] = [];
  check(storeUnitPredikatSchema, record, ['record'], issues);
  check(storeUpsertOptionsSchema, options, ['options'], issues);
  throwIfAny(issues, 'unit predikat');
  const key = unitPredikatKey(record.unitId, record.period);
  return ctx.run(async (tx) => {
    const audit = await AuditWriter.open(tx, record.agencyId);
    const current = await tx.get('unit-predikat', record.agencyId, key);
    if (options.expectedRevision !== undefined)
      checkRevision('unit-predikat', record.agencyId, key, options.expectedRevision, current);
    const before = current === null ? null : readRow<StoredUnitPredikat>(current);
    const revision = current === null ? 1 : current.revision + 1;
    const stored: StoredUnitPredikat = {
      agencyId: record.agencyId,
      unitId: record.unitId,
      period: record.period,
      predikat: record.predikat,
      note: record.note,
      revision,
    };
    const doc = docJson(stored);
    const row: StoreRow = {
      kind: 'unit-predikat',
      agencyId: record.agencyId,
      key,
      revision,
      unitId: record.unitId,
      employeeId: null,
      ...periodColumns(record.period),
      state: null,
      columns: { predikat: record.predikat },
      doc,
    };
    const written = current === null ? await tx.insert([row]) : await tx.update(row, current.revision);
    if (!written) {
      const now = await tx.get('unit-predikat', record.agencyId, key);
      throw conflict('unit-predikat', record.agencyId, key, current?.revision ?? null, now?.revision ?? null);
    }
    audit.add(
      options,
      current === null ? 'create' : 'update',
      { kind: 'unit-predikat', id: key },
      revision,
      before as JsonValue | null,
      copy<JsonValue>(doc),
      sha256Hex(doc),
    );
    await audit.flush();
    return copy<StoredUnitPredikat>(doc);
  });
}

/** `getUnitPredikat`: the predikat of a unit for exactly this period, or null. */
export async function getUnitPredikat(
  ctx: StoreContext,
  agencyId: string,
  unitId: string,
  period: DateRange,
): Promise<StoredUnitPredikat | null> {
  const issues: Issue[] = [];
  checkArgId(agencyId, 'agencyId', issues);
  checkArgId(unitId, 'unitId', issues);
  check(storePeriodSchema, period, ['period'], issues);
  throwIfAny(issues, 'query');
  const key = unitPredikatKey(unitId, period);
  const row = await ctx.run((tx) => tx.get('unit-predikat', agencyId, key));
  return row === null ? null : readRow<StoredUnitPredikat>(row);
}
