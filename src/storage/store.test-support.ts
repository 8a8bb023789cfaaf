/**
 * Test-only fixtures for the storage unit tests: results, unit predikat, ledger entries, a ruleset
 * document, and change contexts.
 */
import type { DateRange } from '../date';
import type { EvaluationResult } from '../scoring';
import type { JsonValue } from '../workflow';
import type { LedgerEntryRecord, ResultRecord, SaveOptions, UnitPredikatRecord } from './types';

export const AGENCY = 'kota-palu';
export const YEAR: DateRange = { start: '2025-01-01', end: '2025-12-31' } as DateRange;
export const LEAP: DateRange = { start: '2024-02-29', end: '2024-02-29' } as DateRange;

export const change = { actor: 'hr-01', at: '2026-01-05' } as const;

export function create(at = '2026-01-05'): SaveOptions {
  return { actor: 'hr-01', at, expectedRevision: null };
}

/** A scoring result as far as the store reads it; the rest is opaque JSON. */
export function scored(
  score: string | null,
  predikat = 'baik',
  extra: Record<string, unknown> = {},
): EvaluationResult {
  return {
    ruleset: { id: 'permenpanrb-6-2022', version: 1 },
    score,
    predikat,
    explanation: { steps: [{ label: 'final', value: score }] },
    ...extra,
  } as unknown as EvaluationResult;
}

export function resultRecord(id: string, overrides: Partial<ResultRecord> = {}): ResultRecord {
  return {
    agencyId: AGENCY,
    id,
    evaluationId: null,
    unitId: 'dinkes',
    employeeId: `E-${id}`,
    period: YEAR,
    result: scored('85.50'),
    ...overrides,
  };
}

export function unitPredikat(
  unitId = 'dinkes',
  overrides: Partial<UnitPredikatRecord> = {},
): UnitPredikatRecord {
  return { agencyId: AGENCY, unitId, period: YEAR, predikat: 'baik', note: null, ...overrides };
}

export function ledgerEntry(overrides: Partial<LedgerEntryRecord> = {}): LedgerEntryRecord {
  return {
    agencyId: AGENCY,
    employeeId: 'P-014',
    year: 2025,
    jenjang: 'ahli-muda',
    predikat: 'baik',
    months: 12,
    angkaKredit: '12.5',
    evaluationId: null,
    note: null,
    ...overrides,
  };
}

/** A ruleset document that parses (it extends a built-in pack). */
export function rulesetDoc(version = 1, name?: string): { readonly [key: string]: JsonValue } {
  return {
    schemaVersion: 1,
    id: 'palu-2025',
    version,
    extends: 'permenpanrb-6-2022',
    effective: { from: '2025-01-01' },
    ...(name === undefined ? {} : { name }),
  };
}
