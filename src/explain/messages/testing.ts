import type { MessageCatalog } from './types';

/**
 * Messages of policy case files (`kinerja/testing`, `kinerja test`): the issues of a malformed
 * case file and the texts of a case report.
 */
export const testingMessages = {
  // Issues of a case file.
  'testing.duplicate-name': {
    id: (p) => `Nama kasus ganda: "${p.name}" sudah dipakai oleh kasus ke-${p.first}`,
    en: (p) => `Duplicate case name: "${p.name}" is already used by case ${p.first}`,
  },
  'testing.unknown-kind': {
    id: (p) => `Jenis kasus tidak dikenal: "${p.kind}" (dikenal: ${p.available})`,
    en: (p) => `Unknown case kind: "${p.kind}" (known: ${p.available})`,
  },
  'testing.ruleset-missing': {
    id: () => 'Tidak ada ruleset: sebutkan "ruleset" di berkas atau di kasus ini',
    en: () => 'No ruleset: give "ruleset" in the file or in this case',
  },
  'testing.ruleset-type': {
    id: () =>
      '"ruleset" harus berupa id paket bawaan, path berkas relatif terhadap berkas kasus, atau objek ruleset',
    en: () => '"ruleset" must be a built-in pack id, a path relative to the case file, or a ruleset object',
  },
  'testing.error-value': {
    id: () => '"error" harus bernilai true atau sebuah kode masalah (mis. "scoring.zero-target")',
    en: () => '"error" must be true or an issue code (e.g. "scoring.zero-target")',
  },
  'testing.error-alone': {
    id: () => 'Harapan "error" berdiri sendiri: kasus yang ditolak tidak mempunyai hasil untuk diperiksa',
    en: () => 'An "error" expectation stands alone: a rejected case has no result to check',
  },
  'testing.invalid-path': {
    id: (p) => `Path hasil tidak sah: "${p.path}" (bagian dipisah titik, tanpa bagian kosong)`,
    en: (p) => `Invalid result path: "${p.path}" (dot-separated parts, none empty)`,
  },
  'testing.key-not-for-kind': {
    id: (p) => `"${p.key}" hanya berlaku untuk kasus berjenis ${p.kinds}`,
    en: (p) => `"${p.key}" applies only to cases of kind ${p.kinds}`,
  },
  // Texts of a case report.
  'testing.unsupported-kind': {
    id: (p) => `jenis kasus ${p.kind} belum didukung oleh versi kinerja ini`,
    en: (p) => `case kind ${p.kind} is not supported yet by this version of kinerja`,
  },
  'testing.mismatch': {
    id: (p) => `${p.path}: diharapkan ${p.expected}, aktual ${p.actual}`,
    en: (p) => `${p.path}: expected ${p.expected}, actual ${p.actual}`,
  },
  'testing.rejected': {
    id: (p) => `masukan ditolak: ${p.issues}`,
    en: (p) => `the input was rejected: ${p.issues}`,
  },
  'testing.accepted': {
    id: (p) => `masukan diharapkan ditolak${p.code ? ` dengan ${p.code}` : ''}, tetapi diterima`,
    en: (p) => `expected the input to be rejected${p.code ? ` with ${p.code}` : ''}, but it was accepted`,
  },
  'testing.wrong-code': {
    id: (p) => `masukan ditolak, tetapi tanpa ${p.code}: ${p.issues}`,
    en: (p) => `the input was rejected, but not with ${p.code}: ${p.issues}`,
  },
  'testing.ruleset-unavailable': {
    id: (p) => `ruleset ${p.ref} tidak dapat dipakai: ${p.detail}`,
    en: (p) => `the ruleset ${p.ref} cannot be used: ${p.detail}`,
  },
  'testing.ruleset-unreadable': {
    id: (p) => `bukan id paket bawaan (${p.available}) dan berkas ${p.file} tidak dapat dibaca: ${p.detail}`,
    en: (p) => `not a built-in pack (${p.available}) and the file ${p.file} cannot be read: ${p.detail}`,
  },
  'testing.no-reader': {
    id: () => 'membaca berkas dari path-nya memerlukan options.readFile',
    en: () => 'reading a file by its path needs options.readFile',
  },
  'testing.async-reader': {
    id: () =>
      'options.readFile mengembalikan Promise; runPolicyCases memerlukan pembaca sinkron (mis. readFileSync)',
    en: () =>
      'options.readFile returned a Promise; runPolicyCases needs a synchronous reader (e.g. readFileSync)',
  },
  'testing.more-issues': {
    id: (p) => `(dan ${p.count} lagi)`,
    en: (p) => `(and ${p.count} more)`,
  },
  'testing.runner-failed': {
    id: (p) => `kasus tidak dapat dijalankan: ${p.detail}`,
    en: (p) => `the case could not be run: ${p.detail}`,
  },
  'testing.case-failed': {
    id: (p) => `GAGAL ${p.name} — ${p.details}`,
    en: (p) => `FAIL ${p.name} — ${p.details}`,
  },
  'testing.valid-file': {
    id: () => 'berkas kasus yang sah',
    en: () => 'is a valid case file',
  },
  'testing.invalid-file': {
    id: (p) => `${p.file}: bukan berkas kasus yang sah: ${p.detail}`,
    en: (p) => `${p.file}: not a valid case file: ${p.detail}`,
  },
  // The storage conformance suite (describeStoreConformance).
  'testing.store-no-connect': {
    id: () =>
      'capabilities.concurrentConnections dinyatakan, tetapi createStore tidak memberikan connect() untuk membuka koneksi kedua ke data yang sama',
    en: () =>
      'capabilities.concurrentConnections is declared, but createStore gave no connect() to open a second connection to the same data',
  },
  // The last line of a report is pinned by docs/regulations.md ("N passed, M failed") and is the same in
  // every locale, so that CI scripts can read it.
  'testing.summary': {
    id: (p) => `${p.passed} passed, ${p.failed} failed`,
    en: (p) => `${p.passed} passed, ${p.failed} failed`,
  },
} satisfies MessageCatalog;
