import type { Locale, LocalizedText } from '../index';

/** Every command of docs/cli.md, in the order `kinerja --help` lists them. */
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

/** Commands of the contract that later versions build (none left). */
export const NOT_YET: ReadonlySet<string> = new Set<string>();

const summaries: Record<CommandName, LocalizedText> = {
  demo: { id: 'demo menyeluruh dengan penyimpanan bawaan', en: 'the end-to-end demo on the embedded store' },
  validate: { id: 'memeriksa berkas ruleset dan berkas kasus', en: 'validate ruleset and case files' },
  score: { id: 'menilai sekumpulan evaluasi', en: 'score a batch of evaluations' },
  explain: { id: 'menjelaskan satu hasil penilaian', en: 'explain one result' },
  test: { id: 'menjalankan berkas kasus kebijakan', en: 'run policy case files' },
  audit: {
    id: 'memverifikasi rantai hash log audit, mencetak kepalanya (checkpoint)',
    en: 'verify the audit hash chain of a store, print its heads (checkpoints)',
  },
  schema: {
    id: 'mencetak JSON Schema sebuah format data (bawaan: ruleset)',
    en: 'print the JSON Schema of a data format (default: ruleset)',
  },
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
      exit: 'Status keluar: 0 berhasil, 1 pemeriksaan gagal atau masukan tidak valid, 2 kesalahan pemakaian atau berkas.\nKesalahan internal: 1, satu baris; KINERJA_DEBUG=1 menampilkan jejak tumpukan.',
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
      exit: 'Exit status: 0 success, 1 a failed check or invalid input, 2 a usage or file error.\nAn internal error: 1, one line; KINERJA_DEBUG=1 shows the stack trace.',
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
    '  kinerja demo --locale id',
    '  kinerja validate my-ruleset.yaml',
    "  kinerja test 'policies/**/*.cases.json'",
    '  kinerja score --ruleset pp46-2011 pegawai.csv --out hasil.jsonl',
    '  kinerja explain --ruleset permenpanrb-6-2022 evaluation.json --locale id',
    '  kinerja score -r permenpanrb-6-2022 pegawai.csv --store sqlite:kinerja.db --agency pontianak',
    '  kinerja audit verify --store sqlite:kinerja.db',
    '  kinerja packs --export rulesets/',
    '  kinerja schema --out ruleset.schema.json',
    '  kinerja schema --list',
    '  kinerja help validate',
    '',
    t.exit,
    '',
  ].join('\n');
}

const commandHelp: Partial<Record<CommandName, LocalizedText>> = {
  demo: {
    en: `Usage: kinerja demo [--locale id|en] [--format text|json] [--employees N] [--seed S]

Runs kinerja end to end on the embedded memory store, over three example agencies modelled on
the seed agencies (Pontianak, Serang, Palu; fictional data, generated from the seed): their
rulesets (each extends a built-in pack) are validated; a year of periodic evaluations is scored
and taken through the lifecycle (self-assessed, assessed, a dialogue when self and supervisor
differ beyond the tolerance, mediated when they disagree, finalised); the annual predikat; each
unit's distribution curve with calibration advice; follow-up actions; angka kredit of the
functional officials; promotion eligibility with the unmet conditions and the earliest date; a
merit ranking; and the audit hash chain of everything saved, verified.

Prints a readable report (tables and a bar chart of the predikat) to standard output; the same
options always give the same report. The time taken goes to standard error.

Options:
  --employees N         employees per agency, 1 to 2000 (default 150)
  --seed S              the seed of the generated data, 0 to 4294967295 (default 1)
  --format text|json    json: a summary for machines (counts per agency, unit curves, eligibility,
                        audit), without the explanations
  --locale id|en        language of the report

Exit status: 0 done and the audit chain intact; 1 the demo failed (a bug: please report it);
2 a usage error.

Examples:
  kinerja demo
  kinerja demo --locale id
  kinerja demo --employees 1000 --seed 7
  kinerja demo --format json | jq '.agencies[] | {id, predikat}'
`,
    id: `Pemakaian: kinerja demo [--locale id|en] [--format text|json] [--employees N] [--seed S]

Menjalankan kinerja dari awal sampai akhir dengan penyimpanan memory bawaan, atas tiga instansi
contoh yang meniru instansi rujukan (Pontianak, Serang, Palu; data fiktif, dibangkitkan dari
seed): ruleset masing-masing (turunan paket bawaan) diperiksa; evaluasi periodik selama satu
tahun dinilai dan dijalankan melalui siklusnya (penilaian diri, penilaian atasan, dialog bila
keduanya berselisih melebihi toleransi, mediasi bila tidak sepakat, final); predikat tahunan;
kurva distribusi setiap unit dengan saran kalibrasi; tindak lanjut; angka kredit pejabat
fungsional; kelayakan kenaikan pangkat dengan syarat yang belum terpenuhi dan tanggal
terdekatnya; peringkat merit; dan rantai hash audit atas semua yang disimpan, diverifikasi.

Mencetak laporan yang mudah dibaca (tabel dan diagram batang predikat) ke standard output; opsi
yang sama selalu memberi laporan yang sama. Lama proses dicetak ke standard error.

Opsi:
  --employees N         pegawai per instansi, 1 sampai 2000 (bawaan 150)
  --seed S              seed data bangkitan, 0 sampai 4294967295 (bawaan 1)
  --format text|json    json: ringkasan untuk mesin (jumlah per instansi, kurva unit, kelayakan,
                        audit), tanpa penjelasan
  --locale id|en        bahasa laporan

Status keluar: 0 selesai dan rantai audit utuh; 1 demo gagal (kesalahan program: mohon
laporkan); 2 kesalahan pemakaian.

Contoh:
  kinerja demo
  kinerja demo --locale id
  kinerja demo --employees 1000 --seed 7
  kinerja demo --format json | jq '.agencies[] | {id, predikat}'
`,
  },
  validate: {
    en: `Usage: kinerja validate <file…> [--format text|json] [--allow-path DIR…] [--locale id|en]

Validates ruleset files (JSON, or YAML by the extension .yaml/.yml) and policy case files (a
file with a top-level "cases" array): a case file is checked as "kinerja test" reads it (names,
kinds, inputs, expectations, inline rulesets), and every ruleset file it names, relative to the
case file, must validate too. A case file may name ruleset files only below its own folder
(symbolic links pointing outside count as outside); --allow-path DIR (repeatable) allows another
folder. What is wrong with such a ruleset file is told by place and code, never with its text
(validate the file itself for the full messages). A pattern with * ? or ** that the shell left
unexpanded is expanded (sorted; no match is exit 2).

Prints one line per issue, "file: path: message" (syntax errors as "file: line:col: message"),
and "file: ok" for each valid file. --format json prints an array of { file, ok, issues }.

Exit status: 0 every file is valid; 1 a file has issues; 2 a file cannot be read or no file given.

Examples:
  kinerja validate my-ruleset.json
  kinerja validate rulesets/*.yaml --format json
  kinerja validate --allow-path rulesets cases/*.cases.json
  kinerja validate --locale id my-ruleset.yaml
`,
    id: `Pemakaian: kinerja validate <berkas…> [--format text|json] [--allow-path FOLDER…] [--locale id|en]

Memeriksa berkas ruleset (JSON, atau YAML menurut ekstensi .yaml/.yml) dan berkas kasus kebijakan
(berkas dengan larik "cases" di tingkat teratas): berkas kasus diperiksa seperti "kinerja test"
membacanya (nama, jenis, masukan, harapan, ruleset sebaris), dan setiap berkas ruleset yang
disebutnya, relatif terhadap berkas kasus, juga harus valid. Berkas kasus hanya boleh menyebut
berkas ruleset di bawah foldernya sendiri (tautan simbolik yang menunjuk ke luar dihitung di luar);
--allow-path FOLDER (boleh berulang) mengizinkan folder lain. Masalah berkas ruleset seperti itu
disebut dengan tempat dan kodenya saja, tanpa isinya (periksa berkas itu sendiri untuk pesan
lengkapnya). Pola dengan * ? atau ** yang tidak diurai shell diurai sendiri (terurut; tanpa
kecocokan: status 2).

Mencetak satu baris per masalah, "berkas: path: pesan" (kesalahan sintaks sebagai
"berkas: baris:kolom: pesan"), dan "berkas: ok" untuk setiap berkas yang valid. --format json
mencetak larik { file, ok, issues }.

Status keluar: 0 semua berkas valid; 1 ada berkas bermasalah; 2 berkas tidak dapat dibaca atau tidak
ada berkas.

Contoh:
  kinerja validate ruleset-saya.json
  kinerja validate rulesets/*.yaml --format json
  kinerja validate --allow-path rulesets cases/*.cases.json
  kinerja validate --locale id ruleset-saya.yaml
`,
  },
  score: {
    en: `Usage: kinerja score --ruleset <pack|file> <input.json|.jsonl|.csv> [options]

Scores a batch of evaluations under one ruleset (a built-in pack id, or a ruleset file that is
validated first) and prints one result per evaluation, then a summary on standard error: the
count and share of each predikat, how many need a dialogue or carry warnings, and the rejected
inputs with their first issues ("#<n> (line <l>) path: message").

Inputs: .json (one evaluation or an array), .jsonl (one evaluation per line; blank lines are
skipped; a line that is not JSON is rejected with its line number), .csv (a header of dot paths,
one evaluation per row; see docs/cli.md, "CSV layout"). .jsonl and .csv are streamed.

Options:
  -r, --ruleset <pack|file>   the ruleset (required)
  --format table|json|jsonl   table: one row per evaluation (#, employee, score, predikat,
                              dialogue, warnings); json: an array; jsonl: one item per line.
                              Items are { index, ok: true, result } or
                              { index, ok: false, issues } (index from 0; "line" for .jsonl/.csv).
                              Default: table on a terminal, else jsonl (json for --out *.json)
  -o, --out FILE              write the results to FILE (the summary stays on standard error)
  --delimiter C               the CSV delimiter: "," ";" "tab" or any one character but '"'
                              (default: guessed from the header, "," when unclear)
  --store URL                 also save each result, with an audit event, in a store: memory,
                              sqlite:PATH, postgres://… or mysql://… (kysely and the driver
                              must be installed; the schema is created on first use). Results
                              are filed as <employee.id>/<period.start>/<period.end>, 1,000 per
                              transaction; saving again replaces them (audited)
  --agency ID                 the agency the results are filed under (required with --store)
  --unit ID                   their unit when an input has no organisation.unitId (default:
                              the agency id)
  --actor ID                  who saves them, in the audit log (default: kinerja-cli)
  --at TIME                   when, in the audit log: a date or an ISO 8601 time with a zone
                              (default: now)
  --locale id|en              language of the table, the summary and messages

A progress bar is drawn on standard error when it is a terminal, the results go to a file or a
pipe, and the input has 1,000 evaluations or more.

Exit status: 0 every evaluation scored (and saved, with --store); 1 an input was rejected (the
others are still scored), the ruleset file is invalid, or results could not be saved; 2 a usage
error, a file that cannot be read or written, or a store that cannot be opened.

Examples:
  kinerja score --ruleset pp46-2011 evaluations.json
  kinerja score --ruleset permenpanrb-6-2022 pegawai.jsonl --format json --out hasil.json
  kinerja score --ruleset rulesets/kab-contoh.yaml pegawai.csv --delimiter ';'
  kinerja score -r pp30-2019 pegawai.csv | jq -c 'select(.ok) | .result.predikat'
  kinerja score -r permenpanrb-6-2022 pegawai.csv --store sqlite:kinerja.db --agency pontianak
`,
    id: `Pemakaian: kinerja score --ruleset <paket|berkas> <masukan.json|.jsonl|.csv> [opsi]

Menilai sekumpulan evaluasi dengan satu ruleset (id paket bawaan, atau berkas ruleset yang
diperiksa lebih dulu) dan mencetak satu hasil per evaluasi, lalu ringkasan di standard error:
jumlah dan persentase setiap predikat, berapa yang perlu dialog atau punya peringatan, dan
masukan yang ditolak beserta masalah pertamanya ("#<n> (baris <l>) path: pesan").

Masukan: .json (satu evaluasi atau larik), .jsonl (satu evaluasi per baris; baris kosong
dilewati; baris yang bukan JSON ditolak dengan nomor barisnya), .csv (baris judul berisi path
bertitik, satu evaluasi per baris; lihat docs/cli.md, "CSV layout"). .jsonl dan .csv dibaca
bertahap (streaming).

Opsi:
  -r, --ruleset <paket|berkas>  ruleset yang dipakai (wajib)
  --format table|json|jsonl     table: satu baris per evaluasi (#, pegawai, nilai, predikat,
                                dialog, peringatan); json: larik; jsonl: satu butir per baris.
                                Butir berbentuk { index, ok: true, result } atau
                                { index, ok: false, issues } (index dari 0; "line" untuk
                                .jsonl/.csv). Bawaan: table di terminal, selain itu jsonl
                                (json untuk --out *.json)
  -o, --out BERKAS              tulis hasil ke BERKAS (ringkasan tetap di standard error)
  --delimiter C                 pemisah CSV: "," ";" "tab" atau satu karakter apa pun selain '"'
                                (bawaan: ditebak dari baris judul, "," bila tidak jelas)
  --store URL                   simpan juga setiap hasil, beserta peristiwa audit, di
                                penyimpanan: memory, sqlite:PATH, postgres://… atau mysql://…
                                (kysely dan drivernya harus terpasang; skema dibuat saat pertama
                                dipakai). Hasil diarsipkan sebagai
                                <employee.id>/<period.start>/<period.end>, 1.000 per transaksi;
                                menyimpan ulang menggantinya (tercatat di audit)
  --agency ID                   instansi tempat hasil diarsipkan (wajib bersama --store)
  --unit ID                     unit kerjanya bila masukan tidak memiliki organisation.unitId
                                (bawaan: id instansi)
  --actor ID                    siapa yang menyimpan, di log audit (bawaan: kinerja-cli)
  --at WAKTU                    kapan, di log audit: tanggal atau waktu ISO 8601 dengan zona
                                (bawaan: sekarang)
  --locale id|en                bahasa tabel, ringkasan dan pesan

Bilah kemajuan tampil di standard error bila itu terminal, hasil ditulis ke berkas atau pipa,
dan masukan berisi 1.000 evaluasi atau lebih.

Status keluar: 0 semua evaluasi dinilai (dan disimpan, dengan --store); 1 ada masukan yang ditolak
(yang lain tetap dinilai), berkas ruleset tidak valid, atau hasil tidak dapat disimpan; 2 kesalahan
pemakaian, berkas tidak dapat dibaca/ditulis, atau penyimpanan tidak dapat dibuka.

Contoh:
  kinerja score --ruleset pp46-2011 evaluasi.json
  kinerja score --ruleset permenpanrb-6-2022 pegawai.jsonl --format json --out hasil.json
  kinerja score --ruleset rulesets/kab-contoh.yaml pegawai.csv --delimiter ';'
  kinerja score -r pp30-2019 pegawai.csv | jq -c 'select(.ok) | .result.predikat'
  kinerja score -r permenpanrb-6-2022 pegawai.csv --store sqlite:kinerja.db --agency pontianak
`,
  },
  explain: {
    en: `Usage: kinerja explain --ruleset <pack|file> <evaluation.json> [--format text|json] [--locale id|en]

Scores one evaluation (a JSON or YAML file) and explains the result: the predikat and score,
every step of the computation as a tree, warnings, the need for a dialogue and the follow-up.
--format json prints the result itself (with its explanation tree).

Exit status: 0 explained; 1 the evaluation (or the ruleset file) has issues, printed as
"path: message"; 2 a usage error or a file that cannot be read.

Examples:
  kinerja explain --ruleset pp46-2011 evaluation.json
  kinerja explain --ruleset permenpanrb-6-2022 evaluation.yaml --locale id
  kinerja explain -r rulesets/kab-contoh.json evaluation.json --format json
`,
    id: `Pemakaian: kinerja explain --ruleset <paket|berkas> <evaluasi.json> [--format text|json] [--locale id|en]

Menilai satu evaluasi (berkas JSON atau YAML) dan menjelaskan hasilnya: predikat dan nilai,
setiap langkah perhitungan sebagai pohon, peringatan, perlunya dialog, dan tindak lanjut.
--format json mencetak hasilnya sendiri (dengan pohon penjelasannya).

Status keluar: 0 berhasil dijelaskan; 1 evaluasi (atau berkas ruleset) bermasalah, dicetak
sebagai "path: pesan"; 2 kesalahan pemakaian atau berkas tidak dapat dibaca.

Contoh:
  kinerja explain --ruleset pp46-2011 evaluasi.json
  kinerja explain --ruleset permenpanrb-6-2022 evaluasi.yaml --locale id
  kinerja explain -r rulesets/kab-contoh.json evaluasi.json --format json
`,
  },
  test: {
    en: `Usage: kinerja test <case-file…> [--format text|json] [--allow-path DIR…] [--locale id|en]

Runs policy case files (JSON or YAML; docs/testing-policies.md):
each case's input is scored under its ruleset and compared with what it expects. Prints one line
per failing case (its file and name, the path, the expected and the actual value, or the reason)
and last a line that is exactly "N passed, M failed". --format json prints the report as JSON.

A case file reads ruleset files only below its own folder (symbolic links pointing outside count
as outside): a path such as "../rulesets/x.json" or an absolute one elsewhere fails its cases
unless --allow-path DIR (repeatable) allows that folder. What is wrong with a ruleset file read
for a case file is told by place and code, never with its text ("kinerja validate FILE" on the
ruleset prints the full messages).

A pattern with * ? or ** that the shell left unexpanded (or quoted) is expanded by kinerja:
'policies/**/*.cases.json' works without globstar. Matches are sorted; no match is exit 2.

Exit status: 0 every case passed; 1 a case failed; 2 a file cannot be read or is not a valid
case file (every such file is reported, "file: path: message", and no case is run).

Examples:
  kinerja test policies/kab-contoh.cases.json
  kinerja test 'policies/**/*.cases.json'
  kinerja test --allow-path rulesets cases/*.cases.json
  kinerja test policies/*.cases.yaml --format json
`,
    id: `Pemakaian: kinerja test <berkas-kasus…> [--format text|json] [--allow-path FOLDER…] [--locale id|en]

Menjalankan berkas kasus kebijakan (JSON atau YAML; docs/testing-policies.md): masukan
setiap kasus dinilai dengan ruleset-nya lalu dibandingkan
dengan harapannya. Mencetak satu baris per kasus yang gagal (berkas dan nama, path, nilai yang
diharapkan dan yang aktual, atau alasannya) dan terakhir baris yang persis "N passed, M failed".
--format json mencetak laporannya sebagai JSON.

Berkas kasus hanya membaca berkas ruleset di bawah foldernya sendiri (tautan simbolik yang menunjuk
ke luar dihitung di luar): path seperti "../rulesets/x.json" atau path absolut di tempat lain
menggagalkan kasusnya kecuali --allow-path FOLDER (boleh berulang) mengizinkan folder itu. Masalah
berkas ruleset yang dibaca untuk berkas kasus disebut dengan tempat dan kodenya saja, tanpa isinya
("kinerja validate BERKAS" pada ruleset itu mencetak pesan lengkapnya).

Pola dengan * ? atau ** yang tidak diurai shell (atau dikutip) diurai sendiri oleh kinerja:
'policies/**/*.cases.json' berjalan tanpa globstar. Hasilnya terurut; tanpa kecocokan: status 2.

Status keluar: 0 semua kasus lulus; 1 ada kasus yang gagal; 2 ada berkas yang tidak dapat dibaca
atau bukan berkas kasus yang sah (setiap berkas seperti itu dilaporkan, "berkas: path: pesan", dan
tidak ada kasus yang dijalankan).

Contoh:
  kinerja test policies/kab-contoh.cases.json
  kinerja test 'policies/**/*.cases.json'
  kinerja test --allow-path rulesets cases/*.cases.json
  kinerja test policies/*.cases.yaml --format json
`,
  },
  audit: {
    en: `Usage: kinerja audit verify --store <url> [--agency ID…] [--expect FILE] [--format text|json] [--locale id|en]
       kinerja audit head --store <url> [--agency ID…] [--format text|json] [--locale id|en]

verify checks the audit log of a store from every side: for each agency (every agency with
events, records or an audit head, or those named with --agency) it walks the hash chain (every
event's hash, its link to the one before, no missing sequence number), checks that the head row
names the last event (so a deleted head or deleted last events are found), and that every
record still matches the last event about it. One line per agency: "ok" with the number of
events and records and the head hash, or "BROKEN" naming the first break.

head prints each agency's audit head (the seq, hash, time and hash scheme of its last event) for
publication outside the database: a countersigned letter, a transparency log. With --format json
the output is exactly a checkpoint file. Later, verify --expect FILE fails for an agency whose
chain no longer reaches its published head: someone who deletes the last events and rewrites the
head row is found only this way. A chain that does not verify has no head to publish (exit 1).

Both open the store read-only: they never create a SQLite file or run migrations.

Options:
  --store URL          the store: sqlite:PATH, postgres://…, mysql://… (or memory, which is empty)
  --agency ID          only this agency (repeatable); an agency the store does not know is exit 1
  --expect FILE        verify: also check against a checkpoint file (from audit head --format json)
  --format text|json   verify json: one report per agency { agencyId, ok, events, records, head,
                       broken }; head json: the checkpoint { version, heads: [{ agencyId, seq,
                       hash, at, scheme }] }
  --locale id|en       language of the messages

Exit status: 0 every chain is intact; 1 a chain, a head or a record is broken, an unknown agency,
or a checkpoint file that is not valid; 2 a usage error, a store that does not exist, cannot be
opened or is not a kinerja store, or a checkpoint file that cannot be read.

Examples:
  kinerja audit verify --store sqlite:kinerja.db
  kinerja audit verify --store postgres://kinerja@db.internal/kinerja --agency pontianak
  kinerja audit head --store sqlite:kinerja.db --format json > checkpoint-2025-12-31.json
  kinerja audit verify --store sqlite:kinerja.db --expect checkpoint-2025-12-31.json
`,
    id: `Pemakaian: kinerja audit verify --store <url> [--agency ID…] [--expect BERKAS] [--format text|json] [--locale id|en]
           kinerja audit head --store <url> [--agency ID…] [--format text|json] [--locale id|en]

verify memeriksa log audit sebuah penyimpanan dari segala sisi: untuk setiap instansi (setiap
instansi yang memiliki peristiwa, catatan atau kepala audit, atau yang disebut dengan --agency)
menelusuri rantai hash (hash setiap peristiwa, tautannya ke peristiwa sebelumnya, tidak ada nomor
urut yang hilang), memeriksa bahwa baris kepala menunjuk peristiwa terakhir (sehingga kepala yang
dihapus atau peristiwa terakhir yang dihapus ketahuan), dan bahwa setiap catatan masih sesuai
dengan peristiwa terakhir tentangnya. Satu baris per instansi: "ok" dengan jumlah peristiwa dan
catatan serta hash kepala, atau "RUSAK" dengan kerusakan yang pertama.

head mencetak kepala audit setiap instansi (seq, hash, waktu dan skema hash peristiwa terakhirnya)
untuk diterbitkan di luar basis data: surat bertanda tangan, log transparansi. Dengan --format
json keluarannya tepat sebuah berkas checkpoint. Kemudian, verify --expect BERKAS gagal untuk
instansi yang rantainya tidak lagi mencapai kepala yang diterbitkan: orang yang menghapus
peristiwa terakhir dan menulis ulang baris kepala hanya ketahuan dengan cara ini. Rantai yang
tidak lolos verifikasi tidak memiliki kepala untuk diterbitkan (status 1).

Keduanya membuka penyimpanan hanya-baca: tidak pernah membuat berkas SQLite atau menjalankan migrasi.

Opsi:
  --store URL          penyimpanan: sqlite:PATH, postgres://…, mysql://… (atau memory, yang kosong)
  --agency ID          hanya instansi ini (boleh berulang); instansi yang tidak dikenal: status 1
  --expect BERKAS      verify: periksa juga terhadap berkas checkpoint (dari audit head --format json)
  --format text|json   json verify: satu laporan per instansi { agencyId, ok, events, records, head,
                       broken }; json head: checkpoint { version, heads: [{ agencyId, seq, hash,
                       at, scheme }] }
  --locale id|en       bahasa pesan

Status keluar: 0 semua rantai utuh; 1 ada rantai, kepala atau catatan yang rusak, instansi yang
tidak dikenal, atau berkas checkpoint yang tidak sah; 2 kesalahan pemakaian, penyimpanan yang
tidak ada, tidak dapat dibuka atau bukan penyimpanan kinerja, atau berkas checkpoint yang tidak
dapat dibaca.

Contoh:
  kinerja audit verify --store sqlite:kinerja.db
  kinerja audit verify --store postgres://kinerja@db.internal/kinerja --agency pontianak
  kinerja audit head --store sqlite:kinerja.db --format json > checkpoint-2025-12-31.json
  kinerja audit verify --store sqlite:kinerja.db --expect checkpoint-2025-12-31.json
`,
  },
  schema: {
    en: `Usage: kinerja schema [NAME] [--out FILE] [--locale id|en]
       kinerja schema --list [--format text|json] [--locale id|en]

Prints the JSON Schema (draft 2020-12) of a public data format: ruleset (the default), case-file,
eligibility-rule, and every other name --list shows. Each schema's "$id" is the address the package
ships it at (kinerja/schema/NAME.schema.json); point "$schema" at it or at a local copy
("$schema": "./ruleset.schema.json" in a ruleset file) and editors check and complete the file.
--out writes it to FILE instead.

--list lists every format with a one-line description; --format json prints
{ formats: [ { name, title, description: { id, en }, id } ] }.

Exit status: 0 printed or written; 2 a usage error (an unknown format: the nearest name is
suggested) or a file that cannot be written.

Examples:
  kinerja schema > ruleset.schema.json
  kinerja schema --out rulesets/ruleset.schema.json
  kinerja schema case-file --out policies/case-file.schema.json
  kinerja schema --list
`,
    id: `Pemakaian: kinerja schema [NAMA] [--out BERKAS] [--locale id|en]
           kinerja schema --list [--format text|json] [--locale id|en]

Mencetak JSON Schema (draft 2020-12) sebuah format data publik: ruleset (bawaan), case-file,
eligibility-rule, dan setiap nama lain yang ditampilkan --list. "$id" setiap skema adalah alamat
tempat paket menyertakannya (kinerja/schema/NAMA.schema.json); arahkan "$schema" ke sana atau ke
salinan lokal ("$schema": "./ruleset.schema.json" di berkas ruleset) agar editor memeriksa dan
melengkapi berkas. --out menulisnya ke BERKAS.

--list mendaftar setiap format dengan keterangan satu baris; --format json mencetak
{ formats: [ { name, title, description: { id, en }, id } ] }.

Status keluar: 0 dicetak atau ditulis; 2 kesalahan pemakaian (format tidak dikenal: nama terdekat
disarankan) atau berkas tidak dapat ditulis.

Contoh:
  kinerja schema > ruleset.schema.json
  kinerja schema --out rulesets/ruleset.schema.json
  kinerja schema case-file --out policies/case-file.schema.json
  kinerja schema --list
`,
  },
  packs: {
    en: `Usage: kinerja packs [--format table|json] [--export DIR] [--locale id|en]

Lists the built-in packs (id, version, effective dates, final method, components and predikat),
then the built-in promotion rules with their leaf ids. --format json prints
{ packs, promotionRules }. --export DIR writes each pack as a ruleset file DIR/<id>.json (with
"$schema" pointing at ./ruleset.schema.json) and DIR/ruleset.schema.json, ready to copy and edit.

Exit status: 0 listed or exported; 2 a usage error or a folder that cannot be written.

Examples:
  kinerja packs
  kinerja packs --format json
  kinerja packs --export examples/packs
`,
    id: `Pemakaian: kinerja packs [--format table|json] [--export DIR] [--locale id|en]

Mendaftar paket bawaan (id, versi, masa berlaku, metode akhir, komponen dan predikat), lalu
aturan promosi bawaan beserta id daunnya. --format json mencetak { packs, promotionRules }.
--export DIR menulis setiap paket sebagai berkas ruleset DIR/<id>.json (dengan "$schema" mengacu ke
./ruleset.schema.json) dan DIR/ruleset.schema.json, siap disalin dan diubah.

Status keluar: 0 didaftar atau diekspor; 2 kesalahan pemakaian atau folder tidak dapat ditulis.

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
