import type { Locale, LocalizedText } from '../index';

/** Every command of CONTRACT.md, in the order `kinerja --help` lists them. */
export const COMMANDS = [
  'demo',
  'validate',
  'score',
  'explain',
  'test',
  'audit',
  'schema',
  'packs',
  'help',
] as const;

/** A command name. */
export type CommandName = (typeof COMMANDS)[number];

/** Commands of the contract that later versions build. */
export const NOT_YET: ReadonlySet<string> = new Set(['demo', 'score', 'explain', 'test', 'audit']);

const summaries: Record<CommandName, LocalizedText> = {
  demo: { id: 'demo menyeluruh dengan penyimpanan bawaan', en: 'the end-to-end demo on the embedded store' },
  validate: { id: 'memeriksa berkas ruleset dan berkas kasus', en: 'validate ruleset and case files' },
  score: { id: 'menilai sekumpulan evaluasi', en: 'score a batch of evaluations' },
  explain: { id: 'menjelaskan satu hasil penilaian', en: 'explain one result' },
  test: { id: 'menjalankan berkas kasus kebijakan', en: 'run policy case files' },
  audit: { id: 'memverifikasi rantai hash log audit', en: 'verify the audit hash chain of a store' },
  schema: { id: 'mencetak JSON Schema berkas ruleset', en: 'print the JSON Schema of ruleset files' },
  packs: { id: 'mendaftar paket bawaan', en: 'list the built-in packs' },
  help: { id: 'bantuan untuk satu perintah', en: 'help for one command' },
};

const notYet: LocalizedText = {
  id: '(belum tersedia di versi ini)',
  en: '(not available yet in this version)',
};

function mainHelp(locale: Locale, version: string): string {
  const width = Math.max(...COMMANDS.map((c) => c.length));
  const lines = COMMANDS.map(
    (c) => `  ${c.padEnd(width)}  ${summaries[c][locale]}${NOT_YET.has(c) ? ` ${notYet[locale]}` : ''}`,
  );
  const t = {
    id: {
      title: `kinerja ${version}: pengelolaan kinerja ASN, aturan sebagai data`,
      usage: 'Pemakaian',
      commands: 'Perintah',
      options: 'Opsi umum',
      examples: 'Contoh',
      help: 'tampilkan bantuan ini',
      version: 'tampilkan versi',
      locale: 'bahasa pesan (bawaan: KINERJA_LOCALE, lalu LC_ALL/LC_MESSAGES/LANG)',
      exit: 'Status keluar: 0 berhasil, 1 pemeriksaan gagal atau masukan tidak valid, 2 kesalahan pemakaian atau berkas.',
    },
    en: {
      title: `kinerja ${version}: performance management of Indonesian civil servants, rules as data`,
      usage: 'Usage',
      commands: 'Commands',
      options: 'Global options',
      examples: 'Examples',
      help: 'show this help',
      version: 'print the version',
      locale: 'language of messages (default: KINERJA_LOCALE, then LC_ALL/LC_MESSAGES/LANG)',
      exit: 'Exit status: 0 success, 1 a failed check or invalid input, 2 a usage or file error.',
    },
  }[locale];
  return [
    t.title,
    '',
    `${t.usage}: kinerja <command> [options]`,
    '',
    `${t.commands}:`,
    ...lines,
    '',
    `${t.options}:`,
    `  -h, --help          ${t.help}`,
    `  -v, --version       ${t.version}`,
    `  --locale id|en      ${t.locale}`,
    '',
    `${t.examples}:`,
    '  kinerja validate my-ruleset.yaml',
    '  kinerja packs --export rulesets/',
    '  kinerja schema --out ruleset.schema.json',
    '  kinerja help validate',
    '',
    t.exit,
    '',
  ].join('\n');
}

const commandHelp: Partial<Record<CommandName, LocalizedText>> = {
  validate: {
    en: `Usage: kinerja validate <file…> [--format text|json] [--locale id|en]

Validates ruleset files (JSON, or YAML by the extension .yaml/.yml) and policy case files (a
file with a top-level "cases" array: its "ruleset" must resolve to a pack id, a valid ruleset file
relative to the case file, or a valid inline ruleset, and every case needs a "name").

Prints one line per issue, "file: path: message" (syntax errors as "file: line:col: message"),
and "file: ok" for each valid file. --format json prints an array of { file, ok, issues }.

Exit status: 0 every file is valid; 1 a file has issues; 2 a file cannot be read or no file given.

Examples:
  kinerja validate my-ruleset.json
  kinerja validate rulesets/*.yaml --format json
  kinerja validate --locale id my-ruleset.yaml
`,
    id: `Pemakaian: kinerja validate <berkas…> [--format text|json] [--locale id|en]

Memeriksa berkas ruleset (JSON, atau YAML menurut ekstensi .yaml/.yml) dan berkas kasus kebijakan
(berkas dengan larik "cases" di tingkat teratas: "ruleset"-nya harus mengacu ke id paket, berkas
ruleset yang valid relatif terhadap berkas kasus, atau ruleset sebaris yang valid, dan setiap kasus
perlu "name").

Mencetak satu baris per masalah, "berkas: path: pesan" (kesalahan sintaks sebagai
"berkas: baris:kolom: pesan"), dan "berkas: ok" untuk setiap berkas yang valid. --format json
mencetak larik { file, ok, issues }.

Status keluar: 0 semua berkas valid; 1 ada berkas bermasalah; 2 berkas tidak dapat dibaca atau tidak
ada berkas.

Contoh:
  kinerja validate ruleset-saya.json
  kinerja validate rulesets/*.yaml --format json
  kinerja validate --locale id ruleset-saya.yaml
`,
  },
  schema: {
    en: `Usage: kinerja schema [--out FILE]

Prints the JSON Schema of ruleset files (for editors: put "$schema": "./ruleset.schema.json" in a
ruleset file). --out writes it to FILE instead.

Examples:
  kinerja schema > ruleset.schema.json
  kinerja schema --out rulesets/ruleset.schema.json
`,
    id: `Pemakaian: kinerja schema [--out BERKAS]

Mencetak JSON Schema berkas ruleset (untuk editor: tulis "$schema": "./ruleset.schema.json" di berkas
ruleset). --out menulisnya ke BERKAS.

Contoh:
  kinerja schema > ruleset.schema.json
  kinerja schema --out rulesets/ruleset.schema.json
`,
  },
  packs: {
    en: `Usage: kinerja packs [--format table|json] [--export DIR]

Lists the built-in packs: id, version, effective dates, final method, components and predikat.
--export DIR writes each pack as a ruleset file DIR/<id>.json (with "$schema" pointing at
./ruleset.schema.json) and DIR/ruleset.schema.json, ready to copy and edit.

Examples:
  kinerja packs
  kinerja packs --format json
  kinerja packs --export examples/packs
`,
    id: `Pemakaian: kinerja packs [--format table|json] [--export DIR]

Mendaftar paket bawaan: id, versi, masa berlaku, metode akhir, komponen dan predikat.
--export DIR menulis setiap paket sebagai berkas ruleset DIR/<id>.json (dengan "$schema" mengacu ke
./ruleset.schema.json) dan DIR/ruleset.schema.json, siap disalin dan diubah.

Contoh:
  kinerja packs
  kinerja packs --format json
  kinerja packs --export examples/packs
`,
  },
  help: {
    en: `Usage: kinerja help [command]

Prints the usage of kinerja, or of one command.

Examples:
  kinerja help
  kinerja help validate
`,
    id: `Pemakaian: kinerja help [perintah]

Mencetak cara pemakaian kinerja, atau satu perintah.

Contoh:
  kinerja help
  kinerja help validate
`,
  },
};

const plannedUsage: Record<string, string> = {
  demo: 'kinerja demo',
  score:
    'kinerja score --ruleset <pack|file> <input.json|.jsonl|.csv> [--format table|json|jsonl] [--out FILE] [--store URL]',
  explain: 'kinerja explain --ruleset <pack|file> <evaluation.json> [--locale id|en]',
  test: 'kinerja test <case-file…>',
  audit: 'kinerja audit verify --store <url>',
};

/** The help text of `command`, or of kinerja itself. */
export function helpText(locale: Locale, version: string, command?: CommandName): string {
  if (command === undefined) return mainHelp(locale, version);
  const text = commandHelp[command];
  if (text) return text[locale];
  const usage = locale === 'id' ? 'Pemakaian' : 'Usage';
  return `${usage}: ${plannedUsage[command] ?? `kinerja ${command}`}\n\n${summaries[command][locale]} ${notYet[locale]}\n`;
}

/** Whether `name` is a command of the contract. */
export function isCommand(name: string): name is CommandName {
  return (COMMANDS as readonly string[]).includes(name);
}
