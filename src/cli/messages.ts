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
  // validate.
  valid: { id: () => 'ok', en: () => 'ok' },
  warning: { id: () => 'peringatan', en: () => 'warning' },
  // Case files.
  caseRulesetMissing: {
    id: () => 'tidak ada ruleset: sebutkan "ruleset" di berkas atau di kasus ini',
    en: () => 'no ruleset: give "ruleset" in the file or in this case',
  },
  caseRulesetType: {
    id: () => '"ruleset" harus berupa id paket, path berkas, atau objek ruleset',
    en: () => '"ruleset" must be a pack id, a file path or a ruleset object',
  },
  caseRulesetUnreadable: {
    id: (p: { ref: string; reason: string }) => `berkas ruleset "${p.ref}" (bukan id paket): ${p.reason}`,
    en: (p: { ref: string; reason: string }) => `ruleset file "${p.ref}" (not a pack id): ${p.reason}`,
  },
  caseRulesetInvalid: {
    id: (p: { ref: string; detail: string }) => `ruleset "${p.ref}" tidak valid: ${p.detail}`,
    en: (p: { ref: string; detail: string }) => `ruleset "${p.ref}" is not valid: ${p.detail}`,
  },
  caseNotObject: { id: () => 'kasus harus berupa objek', en: () => 'a case must be an object' },
  caseNameMissing: {
    id: () => 'kasus harus punya "name" berupa teks tidak kosong',
    en: () => 'a case needs a "name" (a non-empty string)',
  },
  // packs.
  colId: { id: () => 'ID', en: () => 'ID' },
  colVersion: { id: () => 'VERSI', en: () => 'VERSION' },
  colEffective: { id: () => 'BERLAKU', en: () => 'EFFECTIVE' },
  colFinal: { id: () => 'METODE AKHIR', en: () => 'FINAL' },
  colComponents: { id: () => 'KOMPONEN', en: () => 'COMPONENTS' },
  colPredikat: { id: () => 'PREDIKAT', en: () => 'PREDIKAT' },
  exported: {
    id: (p: { count: number; dir: string }) => `${p.count} berkas ditulis ke ${p.dir}`,
    en: (p: { count: number; dir: string }) => `wrote ${p.count} files to ${p.dir}`,
  },
  // schema.
  wrote: {
    id: (p: { file: string }) => `ditulis: ${p.file}`,
    en: (p: { file: string }) => `wrote ${p.file}`,
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
