import type { MessageCatalog } from './types';

/**
 * Messages of the database failing a store call (kinerja/storage): deadlocks, serialisation
 * failures, lock and busy timeouts, lost connections, a corrupted audit head. Each is a
 * `StoreError` with `retryable` set; `reason` is the driver's message without any password.
 */
export const storageErrorMessages = {
  'storage.deadlock': {
    id: (p) =>
      `Basis data membatalkan transaksi karena deadlock dengan penulis lain (${p.reason}); tidak ada yang tersimpan: ulangi panggilan`,
    en: (p) =>
      `The database aborted the transaction in a deadlock with another writer (${p.reason}); nothing was written: make the call again`,
  },
  'storage.serialization-failure': {
    id: (p) =>
      `Basis data membatalkan transaksi karena bentrok dengan transaksi lain (${p.reason}); tidak ada yang tersimpan: ulangi panggilan`,
    en: (p) =>
      `The database aborted the transaction as it conflicted with another one (${p.reason}); nothing was written: make the call again`,
  },
  'storage.lock-timeout': {
    id: (p) =>
      `Waktu tunggu kunci habis karena penulis lain memegangnya terlalu lama (${p.reason}); tidak ada yang tersimpan: ulangi panggilan nanti`,
    en: (p) =>
      `Timed out waiting for a lock another writer held too long (${p.reason}); nothing was written: make the call again later`,
  },
  'storage.busy': {
    id: (p) =>
      `Basis data SQLite sedang ditulis oleh koneksi lain dan waktu tunggu habis (${p.reason}); tidak ada yang tersimpan: ulangi panggilan nanti`,
    en: (p) =>
      `The SQLite database stayed locked by another connection past the busy timeout (${p.reason}); nothing was written: make the call again later`,
  },
  'storage.connection-lost': {
    id: (p) =>
      `Koneksi ke basis data terputus atau tidak tersedia sebelum transaksi di-commit (${p.reason}); tidak ada yang tersimpan: ulangi panggilan setelah server tersedia`,
    en: (p) =>
      `The connection to the database was lost or unavailable before the transaction committed (${p.reason}); nothing was written: make the call again once the server is back`,
  },
  'storage.commit-unknown': {
    id: (p) =>
      `Koneksi ke basis data terputus saat commit (${p.reason}): tidak diketahui apakah transaksi tersimpan; baca kembali data (atau log audit) sebelum mengulang`,
    en: (p) =>
      `The connection to the database was lost during commit (${p.reason}): whether the transaction was written is unknown; read the data (or the audit log) back before making the call again`,
  },
  'storage.audit-head-corrupt': {
    id: (p) =>
      `Kepala log audit instansi tidak menunjuk peristiwa terakhirnya: nomor urut peristiwa baru sudah ada (${p.reason}); jalankan verifikasi audit, jangan diulang`,
    en: (p) =>
      `The agency's audit head does not point at its last event: the new event's sequence number already exists (${p.reason}); run the audit verification, do not retry`,
  },
  'storage.database-error': {
    id: (p) => `Basis data menolak permintaan (${p.reason})`,
    en: (p) => `The database refused the request (${p.reason})`,
  },
  'storage.bad-retry': {
    id: (p) => `Opsi retry tidak sah: ${p.problem}`,
    en: (p) => `Invalid retry option: ${p.problem}`,
  },
  'storage.bad-transaction-options': {
    id: (p) => `Opsi transaksi tidak sah: ${p.problem}`,
    en: (p) => `Invalid transaction options: ${p.problem}`,
  },
} satisfies MessageCatalog;
