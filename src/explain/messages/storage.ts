import { finalisedRuleMessages } from './storage-finalised';
import { type MessageCatalog, type MessageParams, show } from './types';

/**
 * The detail of a `storage.finalised` issue: the finalised rule it broke (`rule`, a code of
 * {@link finalisedRuleMessages}, with that rule's params), or the finalised evaluation a result
 * belongs to (`evaluationId`).
 */
function finalisedDetail(p: MessageParams, locale: 'id' | 'en'): string {
  const rule = p.rule;
  if (typeof rule === 'string' && Object.hasOwn(finalisedRuleMessages, rule)) {
    return ` (${finalisedRuleMessages[rule as keyof typeof finalisedRuleMessages][locale](p)})`;
  }
  if (typeof p.evaluationId === 'string')
    return locale === 'id' ? ` (penilaian ${show(p.evaluationId)})` : ` (evaluation ${show(p.evaluationId)})`;
  return '';
}

/**
 * Messages of the `storage` module: records refused by an `EvaluationStore` (validation,
 * revision conflicts, the finalised rule, write-once rulesets), rows that cannot be read back, and
 * the breaks `verifyAudit` reports in an agency's audit hash chain.
 */
export const storageMessages = {
  'storage.not-json': {
    id: (p) => `Nilai harus berupa data JSON biasa (diterima ${p.received})`,
    en: (p) => `The value must be plain JSON data (received ${p.received})`,
  },
  'storage.invalid-id': {
    id: (p) => `Id harus berupa teks yang tidak kosong tanpa karakter kendali (diterima ${show(p.value)})`,
    en: (p) => `An id must be a non-empty string without control characters (received ${show(p.value)})`,
  },
  'storage.invalid-at': {
    id: (p) =>
      `Waktu perubahan harus berupa tanggal (2025-01-31) atau waktu ISO 8601 dengan zona (2025-01-31T08:00:00Z), diterima ${show(p.value)}`,
    en: (p) =>
      `The time of a change must be a date (2025-01-31) or an ISO 8601 timestamp with a zone (2025-01-31T08:00:00Z), received ${show(p.value)}`,
  },
  'storage.decimal-not-canonical': {
    id: (p) => `Desimal harus ditulis dalam bentuk kanonik: ${show(p.value)} seharusnya ${show(p.canonical)}`,
    en: (p) => `A decimal must be written in canonical form: ${show(p.value)} should be ${show(p.canonical)}`,
  },
  'storage.inconsistent': {
    id: (p) =>
      `Data tidak konsisten: ${
        p.problem === 'history-empty'
          ? 'riwayat kosong'
          : p.problem === 'history-end'
            ? `riwayat terakhir (${p.to}, revisi ${p.revision}) bukan status dan revisi data (${p.state}, revisi ${p.recordRevision})`
            : p.detail
      }`,
    en: (p) =>
      `Inconsistent record: ${
        p.problem === 'history-empty'
          ? 'the history is empty'
          : p.problem === 'history-end'
            ? `the last history entry (${p.to}, revision ${p.revision}) is not the record's state and revision (${p.state}, revision ${p.recordRevision})`
            : p.detail
      }`,
  },
  'storage.duplicate-id': {
    id: (p) =>
      `Id ${show(p.id)} muncul lebih dari sekali dalam satu penyimpanan (pertama pada indeks ${p.first})`,
    en: (p) => `The id ${show(p.id)} appears more than once in one save (first at index ${p.first})`,
  },
  'storage.revision-conflict': {
    id: (p) =>
      `Konflik revisi pada ${p.kind} ${show(p.id)}: diharapkan ${p.expected === null ? 'belum ada data' : `revisi ${p.expected}`}, tersimpan ${p.actual === null ? 'tidak ada data' : `revisi ${p.actual}`}. Baca ulang data, terapkan perubahan, lalu simpan lagi`,
    en: (p) =>
      `Revision conflict on ${p.kind} ${show(p.id)}: expected ${p.expected === null ? 'no record' : `revision ${p.expected}`}, stored ${p.actual === null ? 'no record' : `revision ${p.actual}`}. Read the record again, re-apply the change and save`,
  },
  'storage.revision-not-increased': {
    id: (p) => `Revisi data (${p.revision}) harus lebih besar dari revisi yang diharapkan (${p.expected})`,
    en: (p) =>
      `The record's revision (${p.revision}) must be greater than the expected revision (${p.expected})`,
  },
  'storage.finalised': {
    id: (p) =>
      `${p.kind === 'result' ? 'Hasil penilaian' : 'Penilaian'} ${show(p.id)} sudah ditetapkan (status ${show(p.state)}) dan tidak dapat diubah melalui penyimpanan${finalisedDetail(p, 'id')}; koreksi dicatat sebagai peristiwa appendCorrection`,
    en: (p) =>
      `The ${p.kind === 'result' ? 'result' : 'evaluation'} ${show(p.id)} is finalised (state ${show(p.state)}) and cannot be changed through the store${finalisedDetail(p, 'en')}; corrections are appendCorrection events`,
  },
  'storage.ruleset-exists': {
    id: (p) =>
      `Ruleset ${show(p.id)} versi ${p.version} sudah tersimpan dengan isi berbeda; ruleset hanya ditulis sekali, simpan sebagai versi baru`,
    en: (p) =>
      `The ruleset ${show(p.id)} version ${p.version} is already stored with different content; rulesets are write-once, store a new version`,
  },
  'storage.malformed-row': {
    id: (p) => `Data tersimpan ${p.kind} ${show(p.key)} tidak dapat dibaca: ${p.problemId}`,
    en: (p) => `The stored ${p.kind} ${show(p.key)} cannot be read: ${p.problemEn}`,
  },
  'storage.invalid-cursor': {
    id: () => 'Kursor tidak sah: gunakan nextCursor dari halaman sebelumnya pada daftar yang sama',
    en: () => 'Invalid cursor: pass the nextCursor of the previous page of the same listing',
  },
  'storage.invalid-limit': {
    id: (p) => `Ukuran halaman harus bilangan bulat 1 sampai ${p.maximum} (diterima ${show(p.value)})`,
    en: (p) => `The page size must be a whole number from 1 to ${p.maximum} (received ${show(p.value)})`,
  },
  'storage.transaction-closed': {
    id: () =>
      'Transaksi sudah berakhir: gunakan penyimpanan yang diberikan kepada fungsi transaksi hanya di dalam fungsi tersebut',
    en: () =>
      'The transaction has ended: use the store given to a transaction function only inside that function',
  },
  'audit.hash-mismatch': {
    id: (p) => `Peristiwa audit ${p.seq} tidak cocok dengan hash-nya: isinya telah diubah`,
    en: (p) => `Audit event ${p.seq} does not match its hash: its content was changed`,
  },
  'audit.link-mismatch': {
    id: (p) => `Peristiwa audit ${p.seq} tidak merujuk hash peristiwa sebelumnya: rantai terputus`,
    en: (p) => `Audit event ${p.seq} does not link to the hash of the event before it: the chain is broken`,
  },
  'audit.missing': {
    id: (p) =>
      `Peristiwa audit ${p.seq} hilang (ditemukan ${p.found === null ? 'akhir log' : `peristiwa ${p.found}`})`,
    en: (p) =>
      `Audit event ${p.seq} is missing (found ${p.found === null ? 'the end of the log' : `event ${p.found}`})`,
  },
  'audit.malformed': {
    id: (p) =>
      `${p.what === 'record' ? `Data ${p.kind} ${show(p.id)}` : `Peristiwa audit ${p.seq}`} tidak dapat dibaca: ${p.field ? `kolom ${p.field} tidak ada atau tidak sah` : p.problemId}`,
    en: (p) =>
      `${p.what === 'record' ? `The ${p.kind} ${show(p.id)}` : `Audit event ${p.seq}`} cannot be read: ${p.field ? `the field ${p.field} is missing or invalid` : p.problemEn}`,
  },
  'audit.record-mismatch': {
    id: (p) =>
      p.missing
        ? `Data ${p.kind} ${show(p.id)} tercatat pada peristiwa ${p.seq} tetapi tidak ada lagi: dihapus di luar penyimpanan`
        : `Data ${p.kind} ${show(p.id)} berbeda dari peristiwa terakhir tentangnya (${p.seq}): diubah di luar penyimpanan`,
    en: (p) =>
      p.missing
        ? `The ${p.kind} ${show(p.id)} is recorded by event ${p.seq} but no longer exists: deleted behind the store`
        : `The ${p.kind} ${show(p.id)} differs from the last event about it (${p.seq}): changed behind the store`,
  },
  'audit.record-untracked': {
    id: (p) => `Data ${p.kind} ${show(p.id)} tidak memiliki peristiwa audit: ditulis di luar penyimpanan`,
    en: (p) => `The ${p.kind} ${show(p.id)} has no audit event: written behind the store`,
  },
} satisfies MessageCatalog;
