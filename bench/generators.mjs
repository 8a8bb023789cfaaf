// Deterministic input generators for the benchmark: a seeded PRNG (mulberry32), never Math.random.
// The same seed always yields the same sequence of evaluation inputs, whether they are generated up
// front into an array (scoreEvaluation cases) or lazily inside an async generator (scoreBatch cases).

/** mulberry32: a small, fast 32-bit PRNG. Returns a function giving floats in [0, 1). */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const int = (rng, lo, hi) => lo + Math.floor(rng() * (hi - lo + 1));
const pick = (rng, xs) => xs[Math.floor(rng() * xs.length)];

const ACTIVITY_IDS = ['k1', 'k2', 'k3', 'k4', 'k5'];
const PP46_BEHAVIOURS = ['orientasi-pelayanan', 'integritas', 'komitmen', 'disiplin', 'kerja-sama'];
const JUSTIFICATIONS = [
  'Anggaran dipotong pada APBN-P',
  'Dua staf dimutasi pada triwulan III',
  'Menunggu persetujuan pimpinan',
];

function nip(rng, i) {
  // 18-digit NIP shape: birth date, appointment month, sex, sequence.
  const y = int(rng, 1965, 1999);
  const m = String(int(rng, 1, 12)).padStart(2, '0');
  const d = String(int(rng, 1, 28)).padStart(2, '0');
  const ay = y + int(rng, 22, 30);
  return `${y}${m}${d}${ay}${m}${int(rng, 1, 2)}${String(i % 1000).padStart(3, '0')}`;
}

/** waktu: months or days; realisations early, on time or late, some exactly on the 24% boundary. */
function waktu(rng) {
  const r = rng();
  if (r < 0.5) {
    // months in a year-long SKP
    const target = 12;
    const x = rng();
    const realisasi = x < 0.6 ? 12 : x < 0.75 ? int(rng, 9, 11) : x < 0.85 ? int(rng, 6, 8) : 12;
    return { target, realisasi };
  }
  if (r < 0.6) {
    // exactly 76% of the target: efficiency 24, the inclusive boundary (score 100)
    const target = pick(rng, [25, 50, 75, 100]);
    return { target, realisasi: (target * 76) / 100 };
  }
  // days
  const target = int(rng, 5, 60);
  const factor = 0.55 + rng() * 0.7; // 55%..125% of the target: early, on time, late
  return { target, realisasi: Math.max(1, Math.round(target * factor)) };
}

/** biaya in rupiah as exact decimal strings, realisations mostly under budget. */
function biaya(rng) {
  const target = int(rng, 5_000, 500_000) * 1000; // Rp 5 juta .. Rp 500 juta
  const x = rng();
  const realisasi =
    x < 0.35
      ? target
      : x < 0.9
        ? Math.round((target * (0.7 + rng() * 0.3)) / 1000) * 1000
        : Math.round((target * (1 + rng() * 0.08)) / 1000) * 1000;
  return { target: String(target), realisasi: String(realisasi) };
}

function pp46Activity(rng, id) {
  const kt = pick(rng, [1, 4, 12, 24, 50, 100, 250]);
  const kx = rng();
  // ~0.5% not carried out (realisasi kuantitas 0), most on target, some short, a few over.
  const kr =
    kx < 0.005
      ? 0
      : kx < 0.6
        ? kt
        : kx < 0.9
          ? Math.max(1, Math.round(kt * (0.6 + rng() * 0.4)))
          : Math.round(kt * (1 + rng() * 0.2));
  const kualitas = { target: 100, realisasi: int(rng, 70, 100) };
  const a = {
    id,
    kind: 'pp46-activity',
    kuantitas: { target: kt, realisasi: kr },
    kualitas,
    waktu: waktu(rng),
    biaya: biaya(rng),
  };
  if (rng() < 0.3) a.justification = pick(rng, JUSTIFICATIONS);
  return a;
}

/** One pp46-2011 evaluation: five activities with cost, five or six behaviour scores (60–100). */
export function pp46Input(rng, i) {
  const ratings = {};
  for (const b of PP46_BEHAVIOURS) ratings[b] = int(rng, 60, 100);
  if (rng() < 0.2) ratings.kepemimpinan = int(rng, 60, 100); // structural post holders
  return {
    employee: { id: nip(rng, i) },
    period: { start: '2014-01-01', end: '2014-12-31' },
    indicators: ACTIVITY_IDS.map((id) => pp46Activity(rng, id)),
    ratings,
  };
}

const RHK_IDS = ['rhk-1', 'rhk-2', 'rhk-3', 'rhk-4', 'rhk-5'];
const BERAKHLAK = [
  'berorientasi-pelayanan',
  'akuntabel',
  'kompeten',
  'harmonis',
  'loyal',
  'adaptif',
  'kolaboratif',
];
const RHK_TARGETS = [
  '12 laporan',
  '4 dokumen kajian',
  '100% layanan tepat waktu',
  '1 aplikasi',
  '6 kegiatan sosialisasi',
];

function ratingCode(rng) {
  const x = rng();
  return x < 0.68 ? 'sesuai-ekspektasi' : x < 0.9 ? 'di-atas-ekspektasi' : 'di-bawah-ekspektasi';
}

/**
 * One permenpanrb-6-2022 evaluation: five RHK rated through `ratings`, seven BerAKHLAK behaviours
 * rated by code, no direct component ratings (both ratings are derived).
 */
export function permenpanrbInput(rng, i) {
  const ratings = {};
  const indicators = RHK_IDS.map((id, k) => {
    ratings[id] = ratingCode(rng);
    return { id, kind: 'rhk', target: RHK_TARGETS[k], realisasi: RHK_TARGETS[k] };
  });
  for (const b of BERAKHLAK) ratings[b] = ratingCode(rng);
  return {
    employee: { id: nip(rng, i), unitHead: false },
    period: { start: '2025-01-01', end: '2025-12-31' },
    organisation: { predikat: 'baik' },
    indicators,
    ratings,
  };
}

export const GENERATORS = { 'pp46-2011': pp46Input, 'permenpanrb-6-2022': permenpanrbInput };

/** n inputs of a pack generated up front. */
export function generateArray(pack, seed, n) {
  const gen = GENERATORS[pack];
  const rng = mulberry32(seed);
  const out = new Array(n);
  for (let i = 0; i < n; i++) out[i] = gen(rng, i);
  return out;
}

/** n inputs of a pack generated lazily, one at a time (constant memory). */
export async function* generateLazily(pack, seed, n) {
  const gen = GENERATORS[pack];
  const rng = mulberry32(seed);
  for (let i = 0; i < n; i++) yield gen(rng, i);
}
