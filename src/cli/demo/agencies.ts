/**
 * The example agencies of `kinerja demo`, as data. They are fictional, modelled on the seed
 * agencies of examples/ (Pontianak, Serang, Palu): each ruleset extends a built-in pack and
 * overrides what its write-up describes. They are embedded in the package (the published package
 * ships dist/ only), so the demo needs no file.
 */
import type { LocalizedText } from '../../index';

/** The kind of post an example employee holds. */
export type PostKind = 'pelaksana' | 'fungsional' | 'struktural';

/** One planned result (RHK / indicator) of a unit, with how its realisations are generated. */
export interface DemoIndicator {
  readonly id: string;
  readonly label: LocalizedText;
  /** The monthly target: periodic targets are this × the months of the period, unless `fixed`. */
  readonly monthlyTarget: number;
  /** The same target in every period (a rate, a share or a time, not a count). */
  readonly fixed?: boolean;
  /** Lower is better (response time, complaints). */
  readonly lowerIsBetter?: boolean;
  /** Weight in the hasil kerja component (numeric policies). */
  readonly weight?: number;
}

/** A unit of an example agency. */
export interface DemoUnit {
  readonly id: string;
  readonly label: LocalizedText;
  /** The unit's own predikat for the year (the input of its distribution curve). */
  readonly predikat: 'istimewa' | 'baik' | 'butuh-perbaikan' | 'kurang' | 'sangat-kurang';
  /** The unit's share of the agency's employees (relative). */
  readonly share: number;
  /** Its functional posts (jabatan fungsional), by name; others are pelaksana. */
  readonly functional: readonly string[];
  readonly indicators: readonly DemoIndicator[];
}

/** An example agency: its ruleset (a document extending a pack) and its units. */
export interface DemoAgency {
  readonly id: string;
  readonly name: LocalizedText;
  /** What the example shows, one line. */
  readonly shows: LocalizedText;
  /** The ruleset file, as an agency would write it. */
  readonly ruleset: Record<string, unknown>;
  readonly units: readonly DemoUnit[];
  /** How generous this agency's supervisors are (shifts ratings up; 0 neutral). */
  readonly leniency: number;
  /** The share of rated items on which the employee rates themself higher than the supervisor. */
  readonly optimism: number;
  /** The promotion rules the demo checks for this agency (built-in ids or the ruleset's). */
  readonly promotion: readonly string[];
  /** A merit ranking to show: a rule (the ruleset's or built-in) and its criteria. */
  readonly ranking?: { readonly rule: string; readonly title: LocalizedText };
}

const l = (id: string, en: string): LocalizedText => ({ id, en });

const ind = (
  id: string,
  label: LocalizedText,
  monthlyTarget: number,
  extra: { lowerIsBetter?: boolean; weight?: number; fixed?: boolean } = {},
): DemoIndicator => ({ id, label, monthlyTarget, ...extra });

/** The year the demo evaluates. */
export const DEMO_YEAR = 2025;

/** The day of the demo's report: eligibility and rankings are as of this day (no clock is read). */
export const DEMO_AS_OF = '2026-01-31';

/**
 * Kota Pontianak (example): the current regime with monthly reporting, ratings derived from the
 * RHK and BerAKHLAK items, a justification required for each missed target, and the annual
 * predikat weighted by months.
 */
const pontianak: DemoAgency = {
  id: 'pontianak',
  name: l('Pemerintah Kota Pontianak (contoh)', 'City of Pontianak (example)'),
  shows: l(
    'PermenPANRB 6/2022, laporan bulanan, justifikasi target yang tidak tercapai',
    'PermenPANRB 6/2022, monthly reporting, justification of missed targets',
  ),
  ruleset: {
    schemaVersion: 1,
    id: 'pontianak-kinerja',
    version: 1,
    extends: 'permenpanrb-6-2022',
    name: l('Kinerja ASN Kota Pontianak (contoh)', 'ASN performance, City of Pontianak (example)'),
    effective: { from: '2025-01-01' },
    calendar: { frequency: 'monthly', annual: { strategy: 'weighted-by-months' } },
    justification: { belowTarget: 'warning' },
  },
  units: [
    {
      id: 'disdik',
      label: l('Dinas Pendidikan', 'Education Office'),
      predikat: 'baik',
      share: 3,
      functional: ['pengembang-kurikulum', 'pengawas-sekolah'],
      indicators: [
        ind('program-pendidikan', l('Program pendidikan terlaksana', 'Education programmes run'), 4),
        ind('sekolah-dibina', l('Sekolah yang dibina', 'Schools supported'), 6),
        ind('laporan-bulanan', l('Laporan bulanan tepat waktu', 'Monthly reports on time'), 1),
      ],
    },
    {
      id: 'dinkes',
      label: l('Dinas Kesehatan', 'Health Office'),
      predikat: 'istimewa',
      share: 3,
      functional: ['epidemiolog-kesehatan', 'perawat'],
      indicators: [
        ind('pasien-terlayani', l('Pasien terlayani', 'Patients served'), 120),
        ind('cakupan-imunisasi', l('Cakupan imunisasi (%)', 'Vaccination coverage (%)'), 8),
        ind('laporan-bulanan', l('Laporan bulanan tepat waktu', 'Monthly reports on time'), 1),
      ],
    },
    {
      id: 'dukcapil',
      label: l('Dinas Kependudukan dan Pencatatan Sipil', 'Civil Registry Office'),
      predikat: 'baik',
      share: 2,
      functional: ['administrator-database-kependudukan'],
      indicators: [
        ind('dokumen-diproses', l('Dokumen kependudukan diproses', 'Civil documents processed'), 200),
        ind('layanan-keliling', l('Layanan keliling', 'Mobile services held'), 2),
      ],
    },
    {
      id: 'kec-pontianak-barat',
      label: l('Kecamatan Pontianak Barat', 'Pontianak Barat District'),
      predikat: 'butuh-perbaikan',
      share: 2,
      functional: [],
      indicators: [
        ind('surat-diproses', l('Surat pengantar diproses', 'Cover letters processed'), 80),
        ind('musrenbang', l('Musrenbang kelurahan difasilitasi', 'Village planning meetings held'), 1),
      ],
    },
  ],
  leniency: 0.15,
  optimism: 0.02,
  promotion: ['kenaikan-pangkat-reguler', 'kenaikan-pangkat-fungsional', 'kenaikan-jenjang-fungsional'],
};

const serangItems = [
  { id: 'profesionalisme', label: l('Profesionalisme', 'Professionalism'), weight: 30 },
  { id: 'disiplin', label: l('Disiplin', 'Discipline'), weight: 25 },
  { id: 'integritas', label: l('Integritas', 'Integrity'), weight: 20 },
  {
    id: 'kontribusi',
    label: l('Kontribusi pada tujuan organisasi', 'Contribution to organisational goals'),
    weight: 25,
  },
];

/**
 * Kabupaten Serang (example): the agency's own weighted indicators (profesionalisme, disiplin,
 * integritas, contribution) scored 0–100 by the employee and by the supervisor, quarterly; a
 * dialogue only when the two differ by more than 10 points; a numeric final score banded into
 * the PermenPANRB 6/2022 predikat.
 */
const serang: DemoAgency = {
  id: 'serang',
  name: l('Pemerintah Kabupaten Serang (contoh)', 'Serang Regency (example)'),
  shows: l(
    'indikator berbobot instansi, penilaian diri dan atasan, toleransi dialog 10 poin',
    'agency-weighted indicators, self and supervisor assessment, a 10-point dialogue tolerance',
  ),
  ruleset: {
    schemaVersion: 1,
    id: 'serang-kinerja',
    version: 1,
    extends: 'permenpanrb-6-2022',
    name: l('Kinerja ASN Kabupaten Serang (contoh)', 'ASN performance, Serang Regency (example)'),
    effective: { from: '2025-01-01' },
    kinds: {
      rhk: null,
      iki: { measure: 'capaian', label: l('Indikator kinerja individu', 'Individual indicator'), cap: '120' },
    },
    bandSets: {
      'predikat-serang': {
        label: l(
          'Predikat dari nilai akhir (kebijakan instansi)',
          'Predikat from the final score (agency policy)',
        ),
        domain: { min: '0', max: '120' },
        bands: [
          { code: 'sangat-kurang', min: '0', max: '50' },
          { code: 'kurang', min: '50', max: '65' },
          { code: 'butuh-perbaikan', min: '65', max: '82' },
          { code: 'baik', min: '82', max: '100' },
          { code: 'sangat-baik', min: '100', max: '120', maxInclusive: true },
        ],
      },
    },
    components: [
      {
        id: 'hasil-kerja',
        $replace: true,
        label: l('Hasil kerja (IKI)', 'Work results (indicators)'),
        source: { from: 'indicators', kinds: ['iki'] },
        aggregate: { method: 'weighted', weights: 'input' },
        output: 'score',
        cap: '120',
      },
      {
        id: 'perilaku',
        $replace: true,
        label: l('Indikator instansi', 'Agency indicators'),
        source: { from: 'items', values: 'number', range: { min: '0', max: '100' }, items: serangItems },
        aggregate: { method: 'weighted', weights: 'items' },
        output: 'score',
      },
    ],
    final: {
      $replace: true,
      method: 'weighted',
      weights: { 'hasil-kerja': '60', perilaku: '40' },
      bandSet: 'predikat-serang',
    },
    rounding: {
      capaian: { scale: 2, mode: 'half-up' },
      indicator: { scale: 2, mode: 'half-up' },
      component: { scale: 2, mode: 'half-up' },
      final: { scale: 2, mode: 'half-up' },
      carry: 'recorded',
    },
    followUp: { trainingNeeds: { count: 2, below: '90' } },
    calendar: { frequency: 'quarterly', annual: { strategy: 'last-period' } },
    reconciliation: { dialogue: { points: '10' } },
    workflow: { selfAssessment: 'required', dialogue: 'on-gap', mediation: 'required' },
  },
  units: [
    {
      id: 'bappeda',
      label: l('Badan Perencanaan Pembangunan Daerah', 'Regional Planning Agency'),
      predikat: 'baik',
      share: 2,
      functional: ['perencana'],
      indicators: [
        ind('dokumen-perencanaan', l('Dokumen perencanaan selesai', 'Planning documents completed'), 2, {
          weight: 60,
        }),
        ind(
          'waktu-penyusunan',
          l('Waktu penyusunan dokumen (hari)', 'Document preparation time (days)'),
          10,
          { lowerIsBetter: true, weight: 40, fixed: true },
        ),
      ],
    },
    {
      id: 'rsud',
      label: l('RSUD (rumah sakit daerah)', 'Regional hospital'),
      predikat: 'istimewa',
      share: 3,
      functional: ['dokter', 'perawat'],
      indicators: [
        ind('pasien-terlayani', l('Pasien terlayani', 'Patients served'), 50, { weight: 50 }),
        ind('kepuasan-pasien', l('Kepuasan pasien (%)', 'Patient satisfaction (%)'), 85, {
          weight: 50,
          fixed: true,
        }),
      ],
    },
    {
      id: 'dishub',
      label: l('Dinas Perhubungan', 'Transport Office'),
      predikat: 'baik',
      share: 2,
      functional: ['penguji-kendaraan-bermotor'],
      indicators: [
        ind(
          'respons-kemacetan',
          l('Waktu respons kemacetan (menit)', 'Traffic jam response time (minutes)'),
          30,
          { lowerIsBetter: true, weight: 50, fixed: true },
        ),
        ind('uji-kendaraan', l('Kendaraan diuji', 'Vehicles inspected'), 100, { weight: 50 }),
      ],
    },
    {
      id: 'kel-cipare',
      label: l('Kantor Kelurahan Cipare', 'Cipare village office'),
      predikat: 'butuh-perbaikan',
      share: 1,
      functional: [],
      indicators: [
        ind('pengaduan-publik', l('Pengaduan masyarakat', 'Public complaints'), 4, {
          lowerIsBetter: true,
          weight: 40,
        }),
        ind('dokumen-diproses', l('Dokumen diproses', 'Documents processed'), 60, { weight: 60 }),
      ],
    },
  ],
  leniency: 0.05,
  optimism: 0.08,
  promotion: ['kenaikan-pangkat-reguler', 'kenaikan-pangkat-fungsional'],
};

/**
 * Kota Palu (example): the current regime per semester with the annual predikat as the worst
 * period, direct supervisor ratings of hasil kerja, and promotion on merit: an agency rule for
 * heads of section (seleksi kepala seksi) and a merit ranking of the candidates.
 */
const palu: DemoAgency = {
  id: 'palu',
  name: l('Pemerintah Kota Palu (contoh)', 'City of Palu (example)'),
  shows: l(
    'kenaikan pangkat dan jabatan berdasarkan merit, peringkat calon',
    'promotion rules and merit ranking',
  ),
  ruleset: {
    schemaVersion: 1,
    id: 'palu-kinerja',
    version: 1,
    extends: 'permenpanrb-6-2022',
    name: l(
      'Kinerja dan karier ASN Kota Palu (contoh)',
      'ASN performance and careers, City of Palu (example)',
    ),
    effective: { from: '2025-01-01' },
    calendar: { frequency: 'semester', annual: { strategy: 'worst' } },
    promotion: {
      rules: {
        'seleksi-kepala-seksi': {
          id: 'seleksi-kepala-seksi',
          all: [
            { id: 'pendidikan', leaf: 'education-in', params: { education: ['s1', 'd4', 's2', 's3'] } },
            {
              id: 'golongan-minimal',
              leaf: 'compare',
              params: { path: 'rank.golongan', op: 'in', value: ['III/b', 'III/c', 'III/d', 'IV/a'] },
            },
            { id: 'masa-kerja', leaf: 'experience', params: { years: 5 } },
            {
              id: 'predikat-dua-tahun',
              leaf: 'predikat-last-n-years',
              params: { years: 2, atLeast: 'baik' },
            },
            { id: 'bebas-hukuman-disiplin', leaf: 'no-running-sanction' },
            { id: 'usia', leaf: 'age', params: { max: 56 } },
          ],
        },
      },
    },
  },
  units: [
    {
      id: 'bkpsdm',
      label: l('Badan Kepegawaian dan Pengembangan SDM', 'Civil Service Agency'),
      predikat: 'baik',
      share: 2,
      functional: ['analis-sdm-aparatur', 'asesor-sdm-aparatur'],
      indicators: [
        ind('layanan-kepegawaian', l('Layanan kepegawaian selesai', 'Personnel services completed'), 40),
        ind('pelatihan-terselenggara', l('Pelatihan terselenggara', 'Training courses held'), 1),
      ],
    },
    {
      id: 'dinsos',
      label: l('Dinas Sosial', 'Social Affairs Office'),
      predikat: 'kurang',
      share: 2,
      functional: ['pekerja-sosial'],
      indicators: [
        ind('bantuan-tersalur', l('Bantuan sosial tersalurkan', 'Social aid delivered'), 90),
        ind('kunjungan-rumah', l('Kunjungan rumah', 'Home visits'), 12),
      ],
    },
    {
      id: 'dpupr',
      label: l('Dinas Pekerjaan Umum dan Penataan Ruang', 'Public Works Office'),
      predikat: 'baik',
      share: 3,
      functional: ['teknik-jalan-dan-jembatan', 'penata-ruang'],
      indicators: [
        ind('paket-pekerjaan', l('Paket pekerjaan diawasi', 'Works contracts supervised'), 3),
        ind('izin-bangunan', l('Persetujuan bangunan diproses', 'Building approvals processed'), 25),
      ],
    },
  ],
  leniency: 0.1,
  optimism: 0.03,
  promotion: ['kenaikan-pangkat-reguler', 'kenaikan-pangkat-fungsional', 'kenaikan-jenjang-fungsional'],
  ranking: {
    rule: 'seleksi-kepala-seksi',
    title: l('Seleksi kepala seksi', 'Selection of heads of section'),
  },
};

/** The example agencies, in the order the report shows them. */
export const DEMO_AGENCIES: readonly DemoAgency[] = [pontianak, serang, palu];
