/** Angka kredit ledgers: append-only per employee, numbered by `seq`. */
import { type DecimalString, parseDecimal } from '../../decimal';
import type { Issue } from '../../explain';
import type { JsonValue } from '../../workflow';
import { docJson, sha256Hex } from '../canonical';
import { check, fail, throwIfAny } from '../parse';
import { padSeq, readRow } from '../rows';
import { storeChangeSchema, storeLedgerEntrySchema } from '../schemas';
import type { ChangeContext, LedgerEntryRecord, StoredLedgerEntry, StoreRow } from '../types';
import { AuditWriter, checkArgId, conflict, copy, type StoreContext } from './context';
import { listAll } from './listing';

/** The stored form of a ledger entry: the canonical decimal and the sequence number. */
function ledgerRecord(entry: LedgerEntryRecord, seq: number): StoredLedgerEntry {
  const r = parseDecimal(entry.angkaKredit, ['entry', 'angkaKredit']);
  if (!r.ok) fail(r.issues, 'ledger entry');
  const angkaKredit: DecimalString = r.value;
  return {
    agencyId: entry.agencyId,
    employeeId: entry.employeeId,
    year: entry.year,
    jenjang: entry.jenjang,
    predikat: entry.predikat,
    months: entry.months,
    angkaKredit,
    evaluationId: entry.evaluationId,
    note: entry.note,
    seq,
  };
}

/** `appendLedgerEntry`: appends an entry to an employee's ledger (the next `seq`). */
export async function appendLedgerEntry(
  ctx: StoreContext,
  entry: LedgerEntryRecord,
  change: ChangeContext,
): Promise<StoredLedgerEntry> {
  const issues: Issue[] = [];
  check(storeLedgerEntrySchema, entry, ['entry'], issues);
  check(storeChangeSchema, change, ['change'], issues);
  throwIfAny(issues, 'ledger entry');
  return ctx.run(async (tx) => {
    const audit = await AuditWriter.open(tx, entry.agencyId);
    const prefix = `${entry.employeeId}#`;
    const rows = await listAll(tx, 'ledger-entry', entry.agencyId, {
      keyPrefix: prefix,
      employeeId: entry.employeeId,
    });
    const last = rows[rows.length - 1];
    const seq = last === undefined ? 1 : readRow<StoredLedgerEntry>(last).seq + 1;
    const stored = ledgerRecord(entry, seq);
    const doc = docJson(stored);
    const row: StoreRow = {
      kind: 'ledger-entry',
      agencyId: entry.agencyId,
      key: `${prefix}${padSeq(seq)}`,
      revision: 1,
      unitId: null,
      employeeId: entry.employeeId,
      periodStart: `${entry.year}-01-01`,
      periodEnd: `${entry.year}-12-31`,
      state: null,
      columns: { year: entry.year, angkaKredit: stored.angkaKredit },
      doc,
    };
    if (!(await tx.insert([row]))) throw conflict('ledger-entry', entry.agencyId, row.key, null, 1);
    audit.add(
      change,
      'append',
      { kind: 'ledger-entry', id: row.key },
      null,
      null,
      copy<JsonValue>(doc),
      sha256Hex(doc),
    );
    await audit.flush();
    return copy<StoredLedgerEntry>(doc);
  });
}

/** `listLedger`: one employee's ledger, oldest first. */
export async function listLedger(
  ctx: StoreContext,
  agencyId: string,
  employeeId: string,
): Promise<StoredLedgerEntry[]> {
  const issues: Issue[] = [];
  checkArgId(agencyId, 'agencyId', issues);
  checkArgId(employeeId, 'employeeId', issues);
  throwIfAny(issues, 'query');
  const rows = await ctx.run((tx) =>
    listAll(tx, 'ledger-entry', agencyId, { keyPrefix: `${employeeId}#`, employeeId }),
  );
  return rows.map((r) => readRow<StoredLedgerEntry>(r));
}
