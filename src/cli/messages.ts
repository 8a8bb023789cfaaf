import type { Locale, LocalizedText } from '../index';

/**
 * The command line's own texts, in Indonesian and English. Messages about rulesets come from the
 * library (each `Issue` carries both languages); this catalog holds only what the CLI itself says.
 */
const catalog = {
  // Usage.
  unknownCommand: {
    id: (p: { command: string }) => `perintah tidak dikenal: "${p.command}"`,
    en: (p: { command: string }) => `unknown command: "${p.command}"`,
  },
  didYouMean: {
    id: (p: { suggestion: string }) => `Maksud Anda "${p.suggestion}"?`,
    en: (p: { suggestion: string }) => `Did you mean "${p.suggestion}"?`,
  },
  seeHelp: {
    id: (p: { command: string }) => `Jalankan "${p.command} --help" untuk cara pemakaian.`,
    en: (p: { command: string }) => `Run "${p.command} --help" for usage.`,
  },
  badArguments: {
    id: (p: { detail: string }) => `argumen tidak valid: ${p.detail}`,
    en: (p: { detail: string }) => `invalid arguments: ${p.detail}`,
  },
  unknownOption: {
    id: (p: { option: string }) => `opsi tidak dikenal: ${p.option}`,
    en: (p: { option: string }) => `unknown option ${p.option}`,
  },
  optionNeedsValue: {
    id: (p: { option: string }) => `${p.option} memerlukan nilai`,
    en: (p: { option: string }) => `${p.option} needs a value`,
  },
  optionTakesNoValue: {
    id: (p: { option: string }) => `${p.option} tidak menerima nilai`,
    en: (p: { option: string }) => `${p.option} takes no value`,
  },
  badLocale: {
    id: (p: { value: string }) => `--locale tidak dikenal: "${p.value}" (pilih id atau en)`,
    en: (p: { value: string }) => `unknown --locale "${p.value}" (use id or en)`,
  },
  badChoice: {
    id: (p: { option: string; value: string; allowed: string }) =>
      `nilai --${p.option} tidak dikenal: "${p.value}" (pilih ${p.allowed})`,
    en: (p: { option: string; value: string; allowed: string }) =>
      `unknown --${p.option} value "${p.value}" (use ${p.allowed})`,
  },
  unexpectedArguments: {
    id: (p: { args: string }) => `argumen berlebih: ${p.args}`,
    en: (p: { args: string }) => `unexpected arguments: ${p.args}`,
  },
  notAvailable: {
    id: (p: { command: string }) => `kinerja ${p.command}: belum tersedia di versi ini`,
    en: (p: { command: string }) => `kinerja ${p.command}: not available yet in this version`,
  },
  noFiles: {
    id: () => 'tidak ada berkas: sebutkan satu berkas atau lebih',
    en: () => 'no files given: name one or more files',
  },
  // Files.
  notFound: { id: () => 'berkas tidak ditemukan', en: () => 'file not found' },
  isDirectory: { id: () => 'ini direktori, bukan berkas', en: () => 'is a directory, not a file' },
  permissionDenied: { id: () => 'izin ditolak', en: () => 'permission denied' },
  readFailed: {
    id: (p: { detail: string }) => `tidak dapat dibaca: ${p.detail}`,
    en: (p: { detail: string }) => `cannot be read: ${p.detail}`,
  },
  writeFailed: {
    id: (p: { file: string; detail: string }) => `${p.file}: tidak dapat ditulis: ${p.detail}`,
    en: (p: { file: string; detail: string }) => `${p.file}: cannot be written: ${p.detail}`,
  },
  jsonSyntax: {
    id: (p: { detail: string }) => `JSON tidak valid: ${p.detail}`,
    en: (p: { detail: string }) => `invalid JSON: ${p.detail}`,
  },
  yamlSyntax: {
    id: (p: { detail: string }) => `YAML tidak valid: ${p.detail}`,
    en: (p: { detail: string }) => `invalid YAML: ${p.detail}`,
  },
  // Limits of the file reader (the nesting text is the library's input.too-deep).
  tooDeep: {
    id: (p: { maximum: number }) => `Bersarang terlalu dalam: paling banyak ${p.maximum} tingkat`,
    en: (p: { maximum: number }) => `Nested too deeply: at most ${p.maximum} levels`,
  },
  numberOutOfRange: {
    id: (p: { literal: string; read: string }) =>
      `bilangan ${p.literal} tidak dapat dibaca dengan tepat: di luar jangkauan (akan terbaca sebagai ${p.read})`,
    en: (p: { literal: string; read: string }) =>
      `the number ${p.literal} cannot be read exactly: out of range (it would be read as ${p.read})`,
  },
  yamlAliases: {
    id: (p: { maximum: number }) =>
      `alias YAML menyalin lebih dari ${p.maximum} nilai (setiap pemakaian dihitung sebanyak isi yang disalinnya); tulis nilainya langsung atau kurangi alias`,
    en: (p: { maximum: number }) =>
      `YAML aliases copy in more than ${p.maximum} values (each use counts what it copies); write the values out or use fewer aliases`,
  },
  yamlUnresolvedAlias: {
    id: (p: { name: string }) => `alias *${p.name} tidak punya jangkar &${p.name} sebelumnya`,
    en: (p: { name: string }) => `the alias *${p.name} has no anchor &${p.name} before it`,
  },
  // validate.
  valid: { id: () => 'ok', en: () => 'ok' },
  schemaOutdated: {
    id: () =>
      'JSON Schema ini bukan skema ruleset versi kinerja ini; buat ulang dengan "kinerja schema --out BERKAS"',
    en: () =>
      'this JSON Schema is not the ruleset schema of this version of kinerja; regenerate it with "kinerja schema --out FILE"',
  },
  schemaOutdatedFormat: {
    id: (p: { name: string }) =>
      `JSON Schema ini bukan skema ${p.name} versi kinerja ini; buat ulang dengan "kinerja schema ${p.name} --out BERKAS"`,
    en: (p: { name: string }) =>
      `this JSON Schema is not the ${p.name} schema of this version of kinerja; regenerate it with "kinerja schema ${p.name} --out FILE"`,
  },
  warning: { id: () => 'peringatan', en: () => 'warning' },
  // Case files.
  caseRulesetUnreadable: {
    id: (p: { ref: string; reason: string }) => `berkas ruleset "${p.ref}" (bukan id paket): ${p.reason}`,
    en: (p: { ref: string; reason: string }) => `ruleset file "${p.ref}" (not a pack id): ${p.reason}`,
  },
  caseRulesetInvalid: {
    id: (p: { ref: string; detail: string }) => `ruleset "${p.ref}" tidak valid: ${p.detail}`,
    en: (p: { ref: string; detail: string }) => `ruleset "${p.ref}" is not valid: ${p.detail}`,
  },
  caseRulesetOutside: {
    id: (p: { ref: string }) =>
      `berkas ruleset "${p.ref}" berada di luar folder berkas kasus dan tidak dibaca (izinkan folder lain dengan --allow-path FOLDER)`,
    en: (p: { ref: string }) =>
      `ruleset file "${p.ref}" is outside the case file's folder and is not read (allow another folder with --allow-path DIR)`,
  },
  caseRulesetOutsideFile: {
    id: () =>
      'berkas itu berada di luar folder berkas kasus dan tidak dibaca (izinkan folder lain dengan --allow-path FOLDER)',
    en: () =>
      "the file is outside the case file's folder and is not read (allow another folder with --allow-path DIR)",
  },
  caseRulesetProblem: {
    id: (p: { where: string; code: string }) => `${p.where} (${p.code})`,
    en: (p: { where: string; code: string }) => `${p.where} (${p.code})`,
  },
  caseRulesetDetails: {
    id: (p: { list: string }) =>
      `${p.list}; isinya tidak ditampilkan, pesan lengkap: kinerja validate BERKAS`,
    en: (p: { list: string }) =>
      `${p.list}; its text is not shown, for the full messages: kinerja validate FILE`,
  },
  allowPathNotFolder: {
    id: (p: { value: string }) => `--allow-path "${p.value}" bukan folder`,
    en: (p: { value: string }) => `--allow-path "${p.value}" is not a folder`,
  },
  // File arguments.
  noMatch: {
    id: (p: { pattern: string }) => `tidak ada berkas yang cocok dengan "${p.pattern}"`,
    en: (p: { pattern: string }) => `no file matches "${p.pattern}"`,
  },
  // --ruleset.
  rulesetRequired: {
    id: () => '--ruleset wajib diisi: id paket bawaan atau berkas ruleset',
    en: () => '--ruleset is required: a built-in pack id or a ruleset file',
  },
  rulesetUnreadable: {
    id: (p: { available: string; reason: string }) =>
      `bukan id paket bawaan (${p.available}) dan berkasnya tidak dapat dibaca: ${p.reason}`,
    en: (p: { available: string; reason: string }) =>
      `not a built-in pack (${p.available}) and the file cannot be read: ${p.reason}`,
  },
  // score and explain.
  // Stores (--store, kinerja audit).
  storeRequired: {
    id: () => '--store wajib: memory, sqlite:PATH, postgres://… atau mysql://…',
    en: () => '--store is required: memory, sqlite:PATH, postgres://… or mysql://…',
  },
  storeOpenFailed: {
    id: (p: { url: string; detail: string }) => `penyimpanan ${p.url} tidak dapat dibuka: ${p.detail}`,
    en: (p: { url: string; detail: string }) => `cannot open the store ${p.url}: ${p.detail}`,
  },
  storeFailed: {
    id: (p: { detail: string }) => `penyimpanan gagal: ${p.detail}`,
    en: (p: { detail: string }) => `the store failed: ${p.detail}`,
  },
  agencyRequired: {
    id: () => '--agency wajib bersama --store: id instansi tempat hasil disimpan',
    en: () => '--agency is required with --store: the id of the agency the results are filed under',
  },
  resultsStored: {
    id: (p: { count: number; store: string; agency: string }) =>
      `${p.count} hasil disimpan di ${p.store} (instansi ${p.agency}), masing-masing dengan peristiwa audit`,
    en: (p: { count: number; store: string; agency: string }) =>
      `${p.count} results saved to ${p.store} (agency ${p.agency}), each with an audit event`,
  },
  memoryNotKept: {
    id: () => 'penyimpanan memory tidak disimpan setelah perintah selesai',
    en: () => 'the memory store is not kept after the command ends',
  },
  notStored: {
    id: (p: { count: number }) =>
      `${p.count} hasil tidak disimpan: tanpa employee.id atau period (keduanya diperlukan untuk menyimpan)`,
    en: (p: { count: number }) =>
      `${p.count} results not saved: no employee.id or period (both are needed to file a result)`,
  },
  storeWriteFailed: {
    id: (p: { saved: number; detail: string }) =>
      `penyimpanan gagal setelah ${p.saved} hasil tersimpan (kelompok yang gagal tidak tersimpan sama sekali): ${p.detail}`,
    en: (p: { saved: number; detail: string }) =>
      `saving failed after ${p.saved} results were saved (the failed batch was not saved at all): ${p.detail}`,
  },
  auditSubcommand: {
    id: (p: { value: string }) =>
      p.value === ''
        ? 'subperintah audit tidak disebut (gunakan: kinerja audit verify|head --store URL)'
        : `subperintah audit tidak dikenal: "${p.value}" (gunakan: kinerja audit verify|head --store URL)`,
    en: (p: { value: string }) =>
      p.value === ''
        ? 'no audit subcommand given (use: kinerja audit verify|head --store URL)'
        : `unknown audit subcommand "${p.value}" (use: kinerja audit verify|head --store URL)`,
  },
  auditOk: {
    id: (p: { agency: string; events: number; records: number; head: string }) =>
      `ok      ${p.agency}: ${p.events} peristiwa, ${p.records} catatan sesuai, kepala ${p.head}`,
    en: (p: { agency: string; events: number; records: number; head: string }) =>
      `ok      ${p.agency}: ${p.events} events, ${p.records} records match, head ${p.head}`,
  },
  auditEvent: {
    id: (p: { seq: number }) => `peristiwa ${p.seq}`,
    en: (p: { seq: number }) => `event ${p.seq}`,
  },
  auditBroken: {
    id: (p: { agency: string; where: string; code: string; message: string }) =>
      `RUSAK   ${p.agency}: ${p.where}: ${p.message} [${p.code}]`,
    en: (p: { agency: string; where: string; code: string; message: string }) =>
      `BROKEN  ${p.agency}: ${p.where}: ${p.message} [${p.code}]`,
  },
  auditEmpty: {
    id: () => 'penyimpanan tidak memiliki log audit (belum ada instansi)',
    en: () => 'the store has no audit log (no agency yet)',
  },
  auditBadAgency: {
    id: (p: { value: string }) =>
      `--agency tidak sah: ${p.value} (id instansi: 1 sampai 200 karakter, tanpa karakter kendali)`,
    en: (p: { value: string }) =>
      `invalid --agency ${p.value} (an agency id: 1 to 200 characters, no control characters)`,
  },
  auditUnknownAgency: {
    id: (p: { agencies: string }) =>
      `instansi tidak dikenal: ${p.agencies} (penyimpanan tidak memiliki peristiwa, catatan, atau kepala audit untuknya)`,
    en: (p: { agencies: string }) =>
      `unknown agency ${p.agencies} (the store has no events, records or audit head for it)`,
  },
  auditExpectUnreadable: {
    id: (p: { file: string; detail: string }) =>
      `berkas checkpoint ${p.file} tidak dapat dibaca: ${p.detail}`,
    en: (p: { file: string; detail: string }) => `cannot read the checkpoint file ${p.file}: ${p.detail}`,
  },
  auditExpectInvalid: {
    id: (p: { file: string; detail: string }) => `${p.file} bukan checkpoint audit yang sah: ${p.detail}`,
    en: (p: { file: string; detail: string }) => `${p.file} is not a valid audit checkpoint: ${p.detail}`,
  },
  auditHeadLine: {
    id: (p: { agency: string; seq: number; hash: string; at: string; scheme: string }) =>
      `${p.agency}  peristiwa ${p.seq}  ${p.hash}  ${p.at}  ${p.scheme}`,
    en: (p: { agency: string; seq: number; hash: string; at: string; scheme: string }) =>
      `${p.agency}  event ${p.seq}  ${p.hash}  ${p.at}  ${p.scheme}`,
  },
  auditExpectNeedsVerify: {
    id: () => '--expect hanya untuk kinerja audit verify',
    en: () => '--expect is only for kinerja audit verify',
  },
  oneInput: {
    id: () => 'sebutkan tepat satu berkas masukan (.json, .jsonl atau .csv)',
    en: () => 'name exactly one input file (.json, .jsonl or .csv)',
  },
  oneEvaluation: {
    id: () => 'sebutkan tepat satu berkas evaluasi (JSON atau YAML)',
    en: () => 'name exactly one evaluation file (JSON or YAML)',
  },
  unknownInputType: {
    id: (p: { file: string }) => `jenis masukan "${p.file}" tidak dikenal: gunakan .json, .jsonl atau .csv`,
    en: (p: { file: string }) => `unknown input type "${p.file}": use .json, .jsonl or .csv`,
  },
  badDelimiter: {
    id: (p: { value: string }) =>
      `--delimiter "${p.value}" tidak valid: satu karakter selain tanda kutip, mis. ";" atau "tab"`,
    en: (p: { value: string }) =>
      `invalid --delimiter "${p.value}": one character other than a quote, e.g. ";" or "tab"`,
  },
  atColumn: {
    id: (p: { col: number; detail: string }) => `kolom ${p.col}: ${p.detail}`,
    en: (p: { col: number; detail: string }) => `column ${p.col}: ${p.detail}`,
  },
  csvUnterminated: {
    id: () => 'tanda kutip tidak ditutup sampai akhir berkas',
    en: () => 'a quote is not closed before the end of the file',
  },
  csvTextAfterQuote: {
    id: () => 'ada teks setelah tanda kutip penutup (kutip di dalam sel ditulis ganda: "")',
    en: () => 'text after a closing quote (a quote inside a cell is written twice: "")',
  },
  csvExtraCells: {
    id: (p: { cells: number; columns: number }) =>
      `baris ini berisi ${p.cells} sel, lebih banyak dari ${p.columns} kolom di baris judul`,
    en: (p: { cells: number; columns: number }) =>
      `the row has ${p.cells} cells, more than the ${p.columns} columns of the header`,
  },
  csvNoHeader: {
    id: () => 'berkas CSV kosong: baris pertama harus berisi path kolom',
    en: () => 'the CSV file is empty: the first row must name the column paths',
  },
  csvHeaderAt: {
    id: (p: { column: number }) => `baris judul, kolom ${p.column}`,
    en: (p: { column: number }) => `header, column ${p.column}`,
  },
  'header.empty-column': {
    id: () => 'kolom tanpa nama',
    en: () => 'a column without a name',
  },
  'header.empty-segment': {
    id: (p: { header: string }) => `"${p.header}" punya bagian kosong (di antara titik)`,
    en: (p: { header: string }) => `"${p.header}" has an empty part (between dots)`,
  },
  'header.index-at-root': {
    id: (p: { header: string }) =>
      `"${p.header}" diawali indeks; path diawali kunci seperti employee atau indicators`,
    en: (p: { header: string }) =>
      `"${p.header}" starts with an index; paths start with a key such as employee or indicators`,
  },
  'header.bad-index': {
    id: (p: { header: string }) => `"${p.header}": indeks larik tidak boleh diawali nol`,
    en: (p: { header: string }) => `"${p.header}": an array index has a leading zero`,
  },
  'header.index-too-large': {
    id: (p: { header: string; max: number }) => `"${p.header}": indeks larik di atas ${p.max}`,
    en: (p: { header: string; max: number }) => `"${p.header}": an array index above ${p.max}`,
  },
  'header.too-deep': {
    id: (p: { header: string; max: number }) =>
      `"${p.header.slice(0, 40)}…": lebih dari ${p.max} segmen (bersarang terlalu dalam)`,
    en: (p: { header: string; max: number }) =>
      `"${p.header.slice(0, 40)}…": more than ${p.max} segments (nested too deeply)`,
  },
  'header.reserved-key': {
    id: (p: { header: string }) => `"${p.header}": __proto__ tidak boleh dipakai`,
    en: (p: { header: string }) => `"${p.header}": __proto__ is not allowed`,
  },
  'header.duplicate': {
    id: (p: { header: string }) => `"${p.header}" muncul lebih dari sekali`,
    en: (p: { header: string }) => `"${p.header}" appears more than once`,
  },
  'header.conflict': {
    id: (p: { header: string; other: string }) =>
      `"${p.header}" berada di dalam "${p.other}", yang juga kolom nilai`,
    en: (p: { header: string; other: string }) =>
      `"${p.header}" is inside "${p.other}", which is a value column too`,
  },
  'header.mixed-children': {
    id: (p: { header: string; other: string }) =>
      `"${p.header}" mencampur indeks larik dan kunci dengan "${p.other}"`,
    en: (p: { header: string; other: string }) =>
      `"${p.header}" mixes array indexes and keys with "${p.other}"`,
  },
  // score: output.
  progress: { id: () => 'menilai', en: () => 'scoring' },
  colNumber: { id: () => '#', en: () => '#' },
  colEmployee: { id: () => 'PEGAWAI', en: () => 'EMPLOYEE' },
  colScore: { id: () => 'NILAI', en: () => 'SCORE' },
  colDialogue: { id: () => 'DIALOG', en: () => 'DIALOGUE' },
  colWarnings: { id: () => 'PERINGATAN', en: () => 'WARNINGS' },
  yes: { id: () => 'ya', en: () => 'yes' },
  no: { id: () => 'tidak', en: () => 'no' },
  rejectedCell: { id: () => '(ditolak)', en: () => '(rejected)' },
  colCount: { id: () => 'jumlah', en: () => 'count' },
  summaryPredikat: { id: () => 'predikat', en: () => 'predikat' },
  summaryTotal: { id: () => 'dinilai', en: () => 'scored' },
  summaryDialogue: {
    id: (p: { count: number }) => `perlu dialog: ${p.count}`,
    en: (p: { count: number }) => `needs dialogue: ${p.count}`,
  },
  summaryWarnings: {
    id: (p: { count: number }) => `dengan peringatan: ${p.count}`,
    en: (p: { count: number }) => `with warnings: ${p.count}`,
  },
  summaryRejected: {
    id: (p: { count: number }) => `ditolak: ${p.count}`,
    en: (p: { count: number }) => `rejected: ${p.count}`,
  },
  summaryMore: {
    id: (p: { count: number }) => `(dan ${p.count} masalah lagi)`,
    en: (p: { count: number }) => `(and ${p.count} more issues)`,
  },
  atLine: {
    id: (p: { line: number }) => `baris ${p.line}`,
    en: (p: { line: number }) => `line ${p.line}`,
  },
  resultsWritten: {
    id: (p: { count: number; file: string }) => `${p.count} hasil ditulis ke ${p.file}`,
    en: (p: { count: number; file: string }) => `wrote ${p.count} results to ${p.file}`,
  },
  // Errors nothing else handled, and output that cannot be written.
  internalError: {
    id: (p: { detail: string }) =>
      `kesalahan internal: ${p.detail} (jalankan ulang dengan KINERJA_DEBUG=1 untuk melihat jejak tumpukan)`,
    en: (p: { detail: string }) =>
      `internal error: ${p.detail} (run again with KINERJA_DEBUG=1 to see the stack trace)`,
  },
  stdoutFailed: {
    id: (p: { detail: string }) => `standard output tidak dapat ditulis: ${p.detail}`,
    en: (p: { detail: string }) => `cannot write standard output: ${p.detail}`,
  },
  badStoreOption: {
    id: (p: { option: string; detail: string }) => `${p.option} tidak valid: ${p.detail}`,
    en: (p: { option: string; detail: string }) => `invalid ${p.option}: ${p.detail}`,
  },
  storeOptionWithoutStore: {
    id: (p: { option: string }) => `${p.option} hanya berlaku bersama --store`,
    en: (p: { option: string }) => `${p.option} applies only with --store`,
  },
  // packs.
  colId: { id: () => 'ID', en: () => 'ID' },
  colVersion: { id: () => 'VERSI', en: () => 'VERSION' },
  colEffective: { id: () => 'BERLAKU', en: () => 'EFFECTIVE' },
  colFinal: { id: () => 'METODE AKHIR', en: () => 'FINAL' },
  colComponents: { id: () => 'KOMPONEN', en: () => 'COMPONENTS' },
  colPredikat: { id: () => 'PREDIKAT', en: () => 'PREDIKAT' },
  colRule: { id: () => 'ATURAN KENAIKAN', en: () => 'PROMOTION RULE' },
  colLeaves: { id: () => 'SYARAT', en: () => 'CONDITIONS' },
  exported: {
    id: (p: { count: number; dir: string }) => `${p.count} berkas ditulis ke ${p.dir}`,
    en: (p: { count: number; dir: string }) => `wrote ${p.count} files to ${p.dir}`,
  },
  // schema.
  unknownFormat: {
    id: (p: { name: string }) => `format tidak dikenal: "${p.name}" (daftarnya: kinerja schema --list)`,
    en: (p: { name: string }) => `unknown format "${p.name}" (list them with kinerja schema --list)`,
  },
  formatNeedsList: {
    id: () => '--format hanya berlaku dengan --list (skema selalu dicetak sebagai JSON)',
    en: () => '--format applies to --list only (a schema is always printed as JSON)',
  },
  colFormat: { id: () => 'FORMAT', en: () => 'FORMAT' },
  colDescription: { id: () => 'KETERANGAN', en: () => 'DESCRIPTION' },
  wrote: {
    id: (p: { file: string }) => `ditulis: ${p.file}`,
    en: (p: { file: string }) => `wrote ${p.file}`,
  },
  // demo.
  demoBadEmployees: {
    id: (p: { value: string; max: number }) =>
      `--employees tidak valid: "${p.value}" (bilangan bulat 1 sampai ${p.max}, pegawai per instansi)`,
    en: (p: { value: string; max: number }) =>
      `invalid --employees "${p.value}" (a whole number from 1 to ${p.max}, employees per agency)`,
  },
  demoBadSeed: {
    id: (p: { value: string }) => `--seed tidak valid: "${p.value}" (bilangan bulat 0 sampai 4294967295)`,
    en: (p: { value: string }) => `invalid --seed "${p.value}" (a whole number from 0 to 4294967295)`,
  },
} as const;

/** A key of the command line's message catalog. */
export type CliMessage = keyof typeof catalog;

type Params<K extends CliMessage> = Parameters<(typeof catalog)[K]['en']>;

/** The text of `key` in `locale`. */
export function tr<K extends CliMessage>(locale: Locale, key: K, ...params: Params<K>): string {
  const render = catalog[key][locale] as (...args: Params<K>) => string;
  return render(...params);
}

/** The text of `key` in both languages (for issues the CLI raises itself). */
export function both<K extends CliMessage>(key: K, ...params: Params<K>): LocalizedText {
  return { id: tr('id', key, ...params), en: tr('en', key, ...params) };
}
