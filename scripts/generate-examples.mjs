#!/usr/bin/env node
/**
 * Generates the employee CSVs of the seed agencies' examples (examples/<agency>/employees.csv):
 * fictitious employees, deterministic (a seeded generator per agency), so the files are
 * reproducible and test/examples.test.ts can check they are in sync with this script.
 *
 *   node scripts/generate-examples.mjs          writes the files
 *   node scripts/generate-examples.mjs --check  exits 1 when a file differs from what it would write
 *
 * Each row is one evaluation input in the CSV layout of docs/cli.md (header cells are dot paths
 * into the evaluation input). Every row scores under the agency's ruleset without being rejected.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** mulberry32: a small seeded generator with a uniform output in [0, 1). */
function generator(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = (xs) => xs[Math.floor(next() * xs.length)];
  /** Picks a key of `weights` ({ code: weight }) with probability proportional to its weight. */
  const weighted = (weights) => {
    const total = Object.values(weights).reduce((s, w) => s + w, 0);
    let x = next() * total;
    for (const [k, w] of Object.entries(weights)) {
      x -= w;
      if (x < 0) return k;
    }
    return Object.keys(weights)[0];
  };
  return { next, int, pick, weighted, chance: (p) => next() < p };
}

const pad = (n, width) => String(n).padStart(width, '0');

/** An 18-digit NIP: birth date, TMT CPNS (year and month), sex, sequence number. */
function nip(g, seq, minYear, maxYear) {
  const birthYear = g.int(minYear, maxYear);
  const birth = `${birthYear}${pad(g.int(1, 12), 2)}${pad(g.int(1, 28), 2)}`;
  const tmt = `${Math.min(birthYear + g.int(22, 30), 2024)}${pad(g.int(1, 12), 2)}`;
  return `${birth}${tmt}${g.int(1, 2)}${pad(seq, 3)}`;
}

/** Units of an agency: `count` unit ids, employees spread over them. */
function unitOf(units, i) {
  return units[i % units.length];
}

/** CSV text: a header and rows of cells (undefined → empty), quoted where RFC 4180 needs it. */
function toCsv(header, rows) {
  const cell = (v) => {
    if (v === undefined || v === null) return '';
    const s = String(v);
    return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
  };
  const lines = [header.join(',')];
  for (const row of rows) lines.push(header.map((h) => cell(row[h])).join(','));
  return `${lines.join('\n')}\n`;
}

const RATINGS = ['di-atas-ekspektasi', 'sesuai-ekspektasi', 'di-bawah-ekspektasi'];
const BERAKHLAK = [
  'berorientasi-pelayanan',
  'akuntabel',
  'kompeten',
  'harmonis',
  'loyal',
  'adaptif',
  'kolaboratif',
];
const PP30_ITEMS = ['orientasi-pelayanan', 'komitmen', 'inisiatif-kerja', 'kerja-sama', 'kepemimpinan'];
const REASONS = [
  'Anggaran kegiatan belum cair',
  'Narasumber berhalangan hadir',
  'Sistem aplikasi tidak dapat diakses',
  'Cuti sakit',
  'Kegiatan ditunda oleh pimpinan',
  'Banjir rob, kantor tutup dua hari',
  'Petugas dimutasi, tugas dialihkan',
];

/** A rating one step away from `r` (towards the middle when at an end). */
function nearby(g, r) {
  const i = RATINGS.indexOf(r);
  if (i === 1) return g.pick([RATINGS[0], RATINGS[2]]);
  return RATINGS[1];
}

/** Pontianak: PermenPANRB 6/2022, one monthly report per employee (June 2025). */
function pontianak() {
  const g = generator(0x504e4b);
  const units = ['disdikbud', 'dinkes', 'dpmptsp', 'bappeda', 'dishub', 'kec-pontianak-barat'];
  const header = ['employee.id', 'employee.unitHead', 'organisation.unitId', 'organisation.predikat'];
  header.push('period.start', 'period.end');
  for (let k = 0; k < 3; k++) {
    for (const f of ['id', 'kind', 'target', 'realisasi', 'justification'])
      header.push(`indicators.${k}.${f}`);
  }
  for (let k = 1; k <= 3; k++) header.push(`ratings.rhk-${k}.self`, `ratings.rhk-${k}.supervisor`);
  header.push('ratings.perilaku.self', 'ratings.perilaku.supervisor');
  const rows = [];
  const targets = [
    ['kelas program literasi', 12],
    ['laporan kegiatan', 4],
    ['dokumen perizinan diproses', 40],
    ['kunjungan lapangan', 8],
    ['modul pelatihan', 2],
  ];
  for (let i = 0; i < 240; i++) {
    const unit = unitOf(units, i);
    const head = i < units.length; // the first employee of each unit leads it
    const row = {
      'employee.id': nip(g, i + 1, 1968, 1998),
      'organisation.unitId': `pontianak-${unit}`,
      'period.start': '2025-06-01',
      'period.end': '2025-06-30',
    };
    if (head) {
      row['employee.unitHead'] = 'TRUE';
      row['organisation.predikat'] = g.pick(['istimewa', 'baik', 'baik', 'butuh-perbaikan']);
    }
    // An employee's level makes their ratings agree with each other, as real ones do.
    const level = g.weighted({ strong: 16, solid: 70, weak: 14 });
    const rhk = {
      strong: { 'di-atas-ekspektasi': 70, 'sesuai-ekspektasi': 30, 'di-bawah-ekspektasi': 0 },
      solid: { 'di-atas-ekspektasi': 8, 'sesuai-ekspektasi': 84, 'di-bawah-ekspektasi': 8 },
      weak: { 'di-atas-ekspektasi': 0, 'sesuai-ekspektasi': 40, 'di-bawah-ekspektasi': 60 },
    }[level];
    const n = g.int(2, 3);
    for (let k = 0; k < n; k++) {
      const [what, t] = g.pick(targets);
      const sup = g.weighted(rhk);
      const r =
        sup === 'di-bawah-ekspektasi'
          ? g.int(Math.ceil(t / 3), t - 1)
          : sup === 'sesuai-ekspektasi'
            ? t
            : t + g.int(1, Math.max(1, Math.ceil(t / 4)));
      row[`indicators.${k}.id`] = `rhk-${k + 1}`;
      row[`indicators.${k}.kind`] = 'rhk';
      row[`indicators.${k}.target`] = `${t} ${what}`;
      row[`indicators.${k}.realisasi`] = `${r} ${what}`;
      // A missed target carries the employee's justification: Pontianak rejects it otherwise.
      if (sup === 'di-bawah-ekspektasi') row[`indicators.${k}.justification`] = g.pick(REASONS);
      row[`ratings.rhk-${k + 1}.supervisor`] = sup;
      row[`ratings.rhk-${k + 1}.self`] = g.chance(0.92) ? sup : nearby(g, sup);
    }
    const perilaku = g.weighted(
      {
        strong: { 'di-atas-ekspektasi': 60, 'sesuai-ekspektasi': 40, 'di-bawah-ekspektasi': 0 },
        solid: { 'di-atas-ekspektasi': 10, 'sesuai-ekspektasi': 87, 'di-bawah-ekspektasi': 3 },
        weak: { 'di-atas-ekspektasi': 0, 'sesuai-ekspektasi': 85, 'di-bawah-ekspektasi': 15 },
      }[level],
    );
    row['ratings.perilaku.supervisor'] = perilaku;
    row['ratings.perilaku.self'] = g.chance(0.9) ? perilaku : nearby(g, perilaku);
    rows.push(row);
  }
  return toCsv(header, rows);
}

/** Serang: the agency's weighted score, self and supervisor ratings of the four agency indicators. */
function serang() {
  const g = generator(0x53524e);
  const units = [
    'bkpsdm',
    'dindik',
    'dinkes',
    'satpol-pp',
    'disperkim',
    'kec-serang',
    'kec-taktakan',
    'bpkad',
  ];
  const items = ['profesionalisme', 'disiplin', 'integritas', 'kontribusi-organisasi'];
  const header = ['employee.id', 'organisation.unitId', 'period.start', 'period.end'];
  for (let k = 0; k < 3; k++) {
    for (const f of ['id', 'kind', 'target', 'realisasi', 'weight', 'justification'])
      header.push(`indicators.${k}.${f}`);
  }
  for (const it of items) header.push(`ratings.${it}.self`, `ratings.${it}.supervisor`);
  const weightSets = [[100], [60, 40], [50, 50], [50, 30, 20], [40, 30, 30]];
  const rows = [];
  for (let i = 0; i < 240; i++) {
    const row = {
      'employee.id': nip(g, i + 1, 1966, 1999),
      'organisation.unitId': `serang-${unitOf(units, i)}`,
      'period.start': '2025-01-01',
      'period.end': '2025-12-31',
    };
    // An employee's level: most are solid, some excellent, some struggling.
    const level = g.weighted({ strong: 20, solid: 58, weak: 16, poor: 6 });
    const [lo, hi] = { strong: [95, 115], solid: [75, 100], weak: [60, 85], poor: [35, 65] }[level];
    const weights = g.pick(weightSets);
    weights.forEach((w, k) => {
      const t = g.pick([4, 10, 12, 20, 24, 50, 100]);
      const r = Math.round((t * g.int(lo, hi)) / 100);
      row[`indicators.${k}.id`] = `s${k + 1}`;
      row[`indicators.${k}.kind`] = 'sasaran';
      row[`indicators.${k}.target`] = t;
      row[`indicators.${k}.realisasi`] = r;
      row[`indicators.${k}.weight`] = w;
      if (r < t && g.chance(0.85)) row[`indicators.${k}.justification`] = g.pick(REASONS);
    });
    const [ilo, ihi] = { strong: [88, 100], solid: [68, 90], weak: [58, 78], poor: [40, 65] }[level];
    for (const it of items) {
      const sup = g.int(ilo, ihi);
      // Most self-assessments are close to the supervisor's; some are far above (a dialogue).
      const self = Math.min(100, sup + (g.chance(0.06) ? g.int(11, 20) : g.int(-3, 8)));
      row[`ratings.${it}.supervisor`] = sup;
      row[`ratings.${it}.self`] = Math.max(0, self);
    }
    rows.push(row);
  }
  return toCsv(header, rows);
}

/** Kota Manna: PP 30/2019 IKIs per role, second half of 2021. */
function kotaManna() {
  const g = generator(0x4b4d4e);
  const roles = {
    puskesmas: [
      ['cakupan-vaksinasi', 'iki', 'higher-is-better', [70, 80, 90]],
      ['kepuasan-pasien', 'iki', 'higher-is-better', [80, 85]],
      ['pasien-terlayani', 'iki', 'higher-is-better', [600, 900, 1200]],
    ],
    dishub: [
      ['waktu-tanggap-kemacetan', 'iki-waktu', undefined, [20, 30, 45]],
      ['penertiban-parkir', 'iki', 'higher-is-better', [24, 40]],
    ],
    dukcapil: [
      ['waktu-proses-dokumen', 'iki', 'lower-is-better', [3, 5, 7]],
      ['dokumen-terbit', 'iki', 'higher-is-better', [1500, 2400]],
      ['laporan-bulanan', 'iki', 'higher-is-better', [6]],
    ],
  };
  const units = {
    puskesmas: ['pkm-kota-manna', 'pkm-pasar-manna'],
    dishub: ['dishub'],
    dukcapil: ['disdukcapil'],
  };
  const header = ['employee.id', 'organisation.unitId', 'period.start', 'period.end'];
  for (let k = 0; k < 3; k++) {
    for (const f of ['id', 'kind', 'direction', 'target', 'realisasi', 'weight', 'justification'])
      header.push(`indicators.${k}.${f}`);
  }
  for (const it of PP30_ITEMS) header.push(`ratings.${it}`);
  header.push('flags.innovation');
  const rows = [];
  for (let i = 0; i < 220; i++) {
    const role = g.weighted({ puskesmas: 50, dishub: 25, dukcapil: 25 });
    const row = {
      'employee.id': nip(g, i + 1, 1966, 1996),
      'organisation.unitId': `bengkulu-selatan-${g.pick(units[role])}`,
      'period.start': '2021-07-01',
      'period.end': '2021-12-31',
    };
    const level = g.weighted({ strong: 22, solid: 55, weak: 17, poor: 6 });
    const [lo, hi] = { strong: [100, 118], solid: [92, 106], weak: [70, 96], poor: [45, 75] }[level];
    const indicators = roles[role];
    const weights = indicators.length === 3 ? [40, 30, 30] : [60, 40];
    indicators.forEach(([id, kind, direction, targets], k) => {
      const t = g.pick(targets);
      const pct = g.int(lo, hi); // achievement in percent
      // Lower is better: a realisation of (2 − pct/100) × t gives the same capaian.
      const lower = kind === 'iki-waktu' || direction === 'lower-is-better';
      const r = lower ? Math.max(1, Math.round((t * (200 - pct)) / 100)) : Math.round((t * pct) / 100);
      const missed = lower ? r > t : r < t;
      row[`indicators.${k}.id`] = id;
      row[`indicators.${k}.kind`] = kind;
      if (direction) row[`indicators.${k}.direction`] = direction;
      row[`indicators.${k}.target`] = t;
      row[`indicators.${k}.realisasi`] = r;
      row[`indicators.${k}.weight`] = weights[k];
      if (missed && g.chance(0.8)) row[`indicators.${k}.justification`] = g.pick(REASONS);
    });
    const [plo, phi] = { strong: [95, 115], solid: [85, 105], weak: [70, 92], poor: [55, 80] }[level];
    for (const it of PP30_ITEMS) row[`ratings.${it}`] = g.int(plo, phi);
    if (level === 'strong' && g.chance(0.4)) row['flags.innovation'] = 'TRUE';
    rows.push(row);
  }
  return toCsv(header, rows);
}

/** Palu: PermenPANRB 6/2022, annual 2025, hasil kerja rated directly, BerAKHLAK items rated. */
function palu() {
  const g = generator(0x504c55);
  const units = ['bkpsdm', 'disdik', 'dinkes', 'bappeda', 'dpupr', 'kec-palu-barat', 'kec-mantikulore'];
  const header = ['employee.id', 'employee.unitHead', 'organisation.unitId', 'organisation.predikat'];
  header.push('period.start', 'period.end', 'ratings.hasil-kerja.self', 'ratings.hasil-kerja.supervisor');
  for (const it of BERAKHLAK) header.push(`ratings.${it}`);
  const rows = [];
  for (let i = 0; i < 210; i++) {
    const unit = unitOf(units, i);
    const row = {
      'employee.id': nip(g, i + 1, 1966, 1998),
      'organisation.unitId': `palu-${unit}`,
      'period.start': '2025-01-01',
      'period.end': '2025-12-31',
    };
    if (i < units.length) {
      row['employee.unitHead'] = 'TRUE';
      row['organisation.predikat'] = g.pick(['istimewa', 'baik', 'baik', 'butuh-perbaikan']);
    }
    const hk = g.weighted({ 'di-atas-ekspektasi': 22, 'sesuai-ekspektasi': 63, 'di-bawah-ekspektasi': 15 });
    row['ratings.hasil-kerja.supervisor'] = hk;
    row['ratings.hasil-kerja.self'] = g.chance(0.7) ? hk : nearby(g, hk);
    const tone = g.weighted({ high: 25, mid: 67, low: 8 });
    const w = {
      high: { 'di-atas-ekspektasi': 70, 'sesuai-ekspektasi': 30, 'di-bawah-ekspektasi': 0 },
      mid: { 'di-atas-ekspektasi': 12, 'sesuai-ekspektasi': 80, 'di-bawah-ekspektasi': 8 },
      low: { 'di-atas-ekspektasi': 0, 'sesuai-ekspektasi': 35, 'di-bawah-ekspektasi': 65 },
    }[tone];
    for (const it of BERAKHLAK) row[`ratings.${it}`] = g.weighted(w);
    rows.push(row);
  }
  return toCsv(header, rows);
}

/** Amplas: service indicators of a kelurahan office, complaints lower-is-better (often zero). */
function amplas() {
  const g = generator(0x414d50);
  const units = [
    'kel-amplas',
    'kel-harjosari-i',
    'kel-harjosari-ii',
    'kel-sitirejo-ii',
    'kel-timbang-deli',
    'kec-medan-amplas',
  ];
  const header = ['employee.id', 'organisation.unitId', 'period.start', 'period.end'];
  for (let k = 0; k < 3; k++) {
    for (const f of ['id', 'kind', 'direction', 'target', 'realisasi', 'weight', 'justification'])
      header.push(`indicators.${k}.${f}`);
  }
  for (const it of BERAKHLAK) header.push(`ratings.${it}`);
  const rows = [];
  for (let i = 0; i < 230; i++) {
    const row = {
      'employee.id': nip(g, i + 1, 1967, 1999),
      'organisation.unitId': `medan-amplas-${unitOf(units, i)}`,
      'period.start': '2025-01-01',
      'period.end': '2025-06-30',
    };
    const level = g.weighted({ strong: 15, solid: 60, weak: 18, poor: 7 });
    const indicators = [];
    const letters = g.pick([300, 450, 600]);
    const pct = { strong: [98, 110], solid: [76, 95], weak: [62, 88], poor: [40, 70] }[level];
    indicators.push({
      id: 'penyelesaian-surat',
      kind: 'layanan',
      direction: 'higher-is-better',
      target: letters,
      realisasi: Math.round((letters * g.int(pct[0], pct[1])) / 100),
    });
    // Complaints against a ceiling of 3–6 per semester; zero is common at a well-run counter.
    const ceiling = g.int(3, 6);
    const complaints = {
      strong: g.int(0, 1),
      solid: g.int(0, ceiling),
      weak: g.int(ceiling - 1, ceiling + 4),
      poor: g.int(ceiling + 2, 2 * ceiling + 3),
    }[level];
    indicators.push({
      id: 'pengaduan-masyarakat',
      kind: 'pengaduan',
      target: ceiling,
      realisasi: complaints,
    });
    if (g.chance(0.5)) {
      const days = g.pick([2, 3, 5]);
      const late = { strong: 0, solid: g.int(0, 1), weak: g.int(0, 2), poor: g.int(1, 3) }[level];
      indicators.push({
        id: 'waktu-proses-dokumen',
        kind: 'layanan',
        direction: 'lower-is-better',
        target: days,
        realisasi: days + late,
      });
    }
    const weights = indicators.length === 3 ? [40, 35, 25] : [60, 40];
    indicators.forEach((ind, k) => {
      row[`indicators.${k}.id`] = ind.id;
      row[`indicators.${k}.kind`] = ind.kind;
      if (ind.direction) row[`indicators.${k}.direction`] = ind.direction;
      row[`indicators.${k}.target`] = ind.target;
      row[`indicators.${k}.realisasi`] = ind.realisasi;
      row[`indicators.${k}.weight`] = weights[k];
      const missed =
        ind.kind === 'pengaduan' || ind.direction === 'lower-is-better'
          ? ind.realisasi > ind.target
          : ind.realisasi < ind.target;
      if (missed && g.chance(0.8)) row[`indicators.${k}.justification`] = g.pick(REASONS);
    });
    const [plo, phi] = { strong: [85, 100], solid: [70, 88], weak: [58, 80], poor: [45, 70] }[level];
    for (const it of BERAKHLAK) row[`ratings.${it}`] = g.int(plo, phi);
    rows.push(row);
  }
  return toCsv(header, rows);
}

/**
 * The generated files: path relative to the repository → text.
 *
 * @returns {Record<string, string>}
 */
export function generateExamples() {
  return {
    'examples/pontianak/employees.csv': pontianak(),
    'examples/serang/employees.csv': serang(),
    'examples/kota-manna/employees.csv': kotaManna(),
    'examples/palu/employees.csv': palu(),
    'examples/amplas/employees.csv': amplas(),
  };
}

const isMain = process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  const check = process.argv.includes('--check');
  let stale = 0;
  for (const [path, text] of Object.entries(generateExamples())) {
    const file = join(ROOT, path);
    if (check) {
      let current = '';
      try {
        current = readFileSync(file, 'utf8');
      } catch {}
      if (current !== text) {
        stale++;
        console.error(`${path}: out of date (run node scripts/generate-examples.mjs)`);
      }
    } else {
      writeFileSync(file, text);
      console.log(`${path}: ${text.split('\n').length - 2} employees`);
    }
  }
  process.exitCode = stale === 0 ? 0 : 1;
}
