/**
 * Promotion data (docs/regulations.md–6, docs/careers.md "Employee facts"): the rank ladder, education caps
 * and starting ranks, echelon ranges, the promotion effective-date schedule and the rule
 * definitions of the promotion packs. Plain data: no imports from the engine.
 *
 * The AK needed per step comes from the AK tables (`./angka-kredit`, docs/regulations.md, integrasi).
 */

import { ANGKA_KREDIT } from './angka-kredit';

/** The 17 steps of the rank ladder, lowest first, with their names. */
export const RANK_LADDER = [
  { golongan: 'I/a', name: 'Juru Muda' },
  { golongan: 'I/b', name: 'Juru Muda Tingkat I' },
  { golongan: 'I/c', name: 'Juru' },
  { golongan: 'I/d', name: 'Juru Tingkat I' },
  { golongan: 'II/a', name: 'Pengatur Muda' },
  { golongan: 'II/b', name: 'Pengatur Muda Tingkat I' },
  { golongan: 'II/c', name: 'Pengatur' },
  { golongan: 'II/d', name: 'Pengatur Tingkat I' },
  { golongan: 'III/a', name: 'Penata Muda' },
  { golongan: 'III/b', name: 'Penata Muda Tingkat I' },
  { golongan: 'III/c', name: 'Penata' },
  { golongan: 'III/d', name: 'Penata Tingkat I' },
  { golongan: 'IV/a', name: 'Pembina' },
  { golongan: 'IV/b', name: 'Pembina Tingkat I' },
  { golongan: 'IV/c', name: 'Pembina Utama Muda' },
  { golongan: 'IV/d', name: 'Pembina Utama Madya' },
  { golongan: 'IV/e', name: 'Pembina Utama' },
] as const;

/** The highest rank reachable by kenaikan pangkat reguler, by education. */
export const EDUCATION_CAP = {
  sd: 'II/a',
  sltp: 'II/c',
  'sltp-kejuruan': 'II/d',
  slta: 'III/b',
  'slta-kejuruan': 'III/b',
  d1: 'III/b',
  d2: 'III/b',
  sgplb: 'III/c',
  d3: 'III/c',
  'sarjana-muda': 'III/c',
  s1: 'III/d',
  d4: 'III/d',
  s2: 'IV/a',
  dokter: 'IV/a',
  apoteker: 'IV/a',
  s3: 'IV/b',
} as const;

/** The starting rank of each diploma. */
export const STARTING_RANK = {
  sd: 'I/a',
  sltp: 'I/c',
  'sltp-kejuruan': 'I/c',
  slta: 'II/a',
  'slta-kejuruan': 'II/a',
  d1: 'II/a',
  d2: 'II/b',
  sgplb: 'II/b',
  d3: 'II/c',
  'sarjana-muda': 'II/c',
  s1: 'III/a',
  d4: 'III/a',
  s2: 'III/b',
  dokter: 'III/b',
  apoteker: 'III/b',
  s3: 'III/c',
} as const;

/** Ujian dinas: the step it guards (from → to) and the exam code. */
export const UJIAN_DINAS = [
  { from: 'I/d', to: 'II/a', exam: 'ujian-dinas-tingkat-i' },
  { from: 'II/d', to: 'III/a', exam: 'ujian-dinas-tingkat-ii' },
] as const;

/** The lowest and highest rank of each echelon (kenaikan pangkat pilihan of structural officials). */
export const ECHELON_RANGES = {
  'I.a': { lowest: 'IV/d', highest: 'IV/e' },
  'I.b': { lowest: 'IV/c', highest: 'IV/e' },
  'II.a': { lowest: 'IV/c', highest: 'IV/d' },
  'II.b': { lowest: 'IV/b', highest: 'IV/c' },
  'III.a': { lowest: 'IV/a', highest: 'IV/b' },
  'III.b': { lowest: 'III/d', highest: 'IV/a' },
  'IV.a': { lowest: 'III/c', highest: 'III/d' },
  'IV.b': { lowest: 'III/b', highest: 'III/c' },
  V: { lowest: 'III/a', highest: 'III/b' },
} as const;

/**
 * The effective dates (TMT) of kenaikan pangkat as effective-dated regimes: 1 April and 1 October
 * until 2023; the 1st of February, April, June, August, October and December under Peraturan BKN
 * 4/2023; the 1st of every month from 1 October 2025 (Peraturan BKN 4/2025).
 */
export const PROMOTION_SCHEDULE = [
  { until: '2023-12-31', months: [4, 10], day: 1 },
  { from: '2024-01-01', until: '2025-09-30', months: [2, 4, 6, 8, 10, 12], day: 1 },
  { from: '2025-10-01', months: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], day: 1 },
] as const;

/**
 * AK needed within the current jenjang (integrasi), per kenaikan pangkat and for kenaikan jenjang
 * (null: the top of its category), taken from the AK tables of `./angka-kredit`.
 */
export const AK_NEEDED: Readonly<
  Record<string, { readonly pangkat: string; readonly jenjang: string | null }>
> = Object.fromEntries(
  Object.entries(ANGKA_KREDIT.jenjang).map(([jenjang, d]) => [
    jenjang,
    { pangkat: d.perPangkat, jenjang: d.forJenjang },
  ]),
);

const predikatDuaTahun = {
  id: 'predikat-dua-tahun',
  leaf: 'predikat-last-n-years',
  params: { years: 2, atLeast: 'baik' },
} as const;
const bebasHukuman = { id: 'bebas-hukuman-disiplin', leaf: 'no-running-sanction', params: {} } as const;
const sarjana = {
  id: 'pendidikan',
  leaf: 'education-in',
  params: { education: ['s1', 'd4', 's2', 'dokter', 'apoteker', 's3'] },
} as const;

/** A post-entry rule of PP 11/2017 as amended (docs/regulations.md, "Into a post"). */
const intoPost = (
  id: string,
  experience: number,
  positions: ReadonlyArray<{ readonly kind: string; readonly level: string }>,
  priorYears: number,
  maxAge: number,
) =>
  ({
    id,
    all: [
      sarjana,
      { id: 'pengalaman', leaf: 'experience', params: { years: experience } },
      { id: 'jabatan-sebelumnya', leaf: 'prior-position', params: { years: priorYears, positions } },
      { id: 'usia', leaf: 'age', params: { max: maxAge } },
      predikatDuaTahun,
      bebasHukuman,
    ],
  }) as const;

/**
 * The rules of the promotion packs, by rule id, with the leaf ids of docs/careers.md.
 * `administrator`: 3 years as pengawas or in a functional post of the same level (ahli pertama or
 * ahli muda) for `jabatan-sebelumnya`, 3 years of service for `pengalaman`, and at most 58 years
 * of age (the retirement age of administrative officials; the table of docs/regulations.md gives none).
 */
export const PROMOTION_RULES = {
  'kenaikan-pangkat-reguler': {
    id: 'kenaikan-pangkat-reguler',
    all: [
      { id: 'masa-kerja-pangkat', leaf: 'years-in-rank', params: { years: 4 } },
      predikatDuaTahun,
      bebasHukuman,
      { id: 'batas-pendidikan', leaf: 'education-cap', params: {} },
      { id: 'ujian-dinas', leaf: 'exam-passed', params: { exam: 'ujian-dinas' } },
    ],
  },
  'kenaikan-pangkat-fungsional': {
    id: 'kenaikan-pangkat-fungsional',
    all: [
      { id: 'masa-kerja-pangkat', leaf: 'years-in-rank', params: { years: 2 } },
      { id: 'angka-kredit-pangkat', leaf: 'angka-kredit-reached', params: { for: 'pangkat' } },
      predikatDuaTahun,
      bebasHukuman,
    ],
  },
  'kenaikan-jenjang-fungsional': {
    id: 'kenaikan-jenjang-fungsional',
    all: [
      { id: 'angka-kredit-jenjang', leaf: 'angka-kredit-reached', params: { for: 'jenjang' } },
      { id: 'predikat-baik', leaf: 'predikat-last-year', params: { atLeast: 'baik' } },
      { id: 'masa-jenjang', leaf: 'years-in-jenjang', params: { years: 1 } },
      { id: 'uji-kompetensi', leaf: 'exam-passed', params: { exam: 'uji-kompetensi' } },
    ],
  },
  administrator: intoPost(
    'administrator',
    3,
    [
      { kind: 'struktural', level: 'pengawas' },
      { kind: 'fungsional', level: 'ahli-pertama' },
      { kind: 'fungsional', level: 'ahli-muda' },
    ],
    3,
    58,
  ),
  'jpt-pratama': intoPost(
    'jpt-pratama',
    5,
    [
      { kind: 'struktural', level: 'administrator' },
      { kind: 'fungsional', level: 'ahli-madya' },
    ],
    2,
    56,
  ),
  'jpt-madya': intoPost(
    'jpt-madya',
    7,
    [
      { kind: 'jpt', level: 'jpt-pratama' },
      { kind: 'fungsional', level: 'ahli-utama' },
    ],
    2,
    58,
  ),
  'jpt-utama': intoPost(
    'jpt-utama',
    10,
    [
      { kind: 'jpt', level: 'jpt-madya' },
      { kind: 'fungsional', level: 'ahli-utama' },
    ],
    2,
    58,
  ),
} as const;

/** The ids of the promotion rules. */
export const PROMOTION_RULE_IDS = Object.keys(PROMOTION_RULES) as ReadonlyArray<keyof typeof PROMOTION_RULES>;
