import { type MessageCatalog, show } from './types';

/**
 * Messages of the audit log's heads and checkpoints (kinerja/storage: `verifyAudit`, `auditHeads`,
 * `parseAuditCheckpoint`) and of stores opened read-only (`openStore(url, { readOnly: true })`).
 */
export const auditHeadMessages = {
  'audit.scheme-downgrade': {
    id: (p) =>
      `Peristiwa audit ${p.seq} memakai skema hash lama setelah peristiwa RFC 8785: skemanya telah diturunkan`,
    en: (p) => `Audit event ${p.seq} uses the legacy hash scheme after RFC 8785 events: it was downgraded`,
  },
  'audit.head-missing': {
    id: (p) =>
      `Log audit memiliki ${p.last} peristiwa tetapi tidak ada baris kepala (head): baris itu dihapus`,
    en: (p) => `The audit log has ${p.last} events but no head row: the head was deleted`,
  },
  'audit.head-ahead': {
    id: (p) =>
      `Kepala log audit menunjuk peristiwa ${p.head}, tetapi rantai berakhir pada ${p.last === 0 ? 'awal (tanpa peristiwa)' : `peristiwa ${p.last}`}: peristiwa terakhir dihapus`,
    en: (p) =>
      `The audit head names event ${p.head}, but the chain ends ${p.last === 0 ? 'before any event' : `at event ${p.last}`}: events at the end were deleted`,
  },
  'audit.head-behind': {
    id: (p) =>
      `Kepala log audit menunjuk peristiwa ${p.head}, tetapi rantai berlanjut sampai peristiwa ${p.last}: kepala atau peristiwa diubah di luar penyimpanan`,
    en: (p) =>
      `The audit head names event ${p.head}, but the chain goes on to event ${p.last}: the head or the events were changed behind the store`,
  },
  'audit.head-mismatch': {
    id: (p) => `Hash pada kepala log audit bukan hash peristiwa ${p.seq}: kepala atau peristiwa diubah`,
    en: (p) =>
      `The hash of the audit head is not the hash of event ${p.seq}: the head or the event was changed`,
  },
  'audit.log-missing': {
    id: (p) =>
      `Instansi memiliki data (${p.kind} ${show(p.id)}) tetapi tidak memiliki peristiwa audit sama sekali: log audit dihapus`,
    en: (p) =>
      `The agency has records (the ${p.kind} ${show(p.id)}) but no audit events at all: its log was deleted`,
  },
  'audit.checkpoint-missing': {
    id: (p) =>
      `Rantai audit tidak lagi mencapai kepala yang diterbitkan (peristiwa ${p.seq}); rantai berakhir pada ${p.last === 0 ? 'awal' : `peristiwa ${p.last}`}: peristiwa dihapus`,
    en: (p) =>
      `The audit chain no longer reaches the published head (event ${p.seq}); it ends ${p.last === 0 ? 'before any event' : `at event ${p.last}`}: events were deleted`,
  },
  'audit.checkpoint-mismatch': {
    id: (p) =>
      `Peristiwa audit ${p.seq} tidak sama dengan kepala yang diterbitkan (hash atau skemanya berbeda): rantai ditulis ulang`,
    en: (p) =>
      `Audit event ${p.seq} is not the published head (its hash or scheme differs): the chain was rewritten`,
  },
  'audit.checkpoint-duplicate': {
    id: (p) => `Instansi ${show(p.agency)} disebut lebih dari sekali dalam checkpoint`,
    en: (p) => `The agency ${show(p.agency)} appears more than once in the checkpoint`,
  },
  'audit.checkpoint-refused': {
    id: (p) =>
      `Kepala log audit instansi ${show(p.agency)} tidak diterbitkan karena rantainya rusak [${p.code}]: ${p.reasonId}`,
    en: (p) =>
      `The audit head of the agency ${show(p.agency)} is not published because its chain is broken [${p.code}]: ${p.reasonEn}`,
  },
  'storage.store-not-found': {
    id: (p) => `Penyimpanan ${p.url} tidak ada (dibuka hanya-baca: tidak ada berkas yang dibuat)`,
    en: (p) => `The store ${p.url} does not exist (opened read-only: no file is created)`,
  },
  'storage.not-a-store': {
    id: (p) => `${p.url} bukan penyimpanan kinerja (atau skemanya belum dimigrasi): tabelnya tidak ditemukan`,
    en: (p) => `${p.url} is not a kinerja store (or its schema is not migrated): its tables are missing`,
  },
} satisfies MessageCatalog;
