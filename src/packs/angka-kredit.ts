/**
 * The angka kredit (AK) tables of PermenPANRB 1/2023 and Peraturan BKN 3/2023 (docs/regulations.md), as
 * plain data: the percentage for each predikat, the annual coefficient of each jenjang, the
 * yearly cap, the AK needed per kenaikan pangkat and for kenaikan jenjang, and the bases that
 * convert the older conventional (cumulative) AK into the integrasi method.
 *
 * Decimals are strings (exact). Sources: scribd.com/presentation/694983391 (BKN technical slides),
 * scribd.com/document/712964724, fliphtml5.com/ffcwr/kblm (Peraturan BKN 3/2023).
 *
 * @module
 */

/**
 * One jenjang of a jabatan fungsional in the AK tables.
 *
 * @category Careers
 * @example
 * ```ts
 * ANGKA_KREDIT.jenjang['ahli-muda']; // { coefficient: '25', golongan: ['III/c', 'III/d'], perPangkat: '100', forJenjang: '200', next: 'ahli-madya', conventionalBase: '200', … }
 * ```
 */
export interface AngkaKreditJenjangData {
  /** The annual coefficient (AK a year at predikat baik). */
  readonly coefficient: string;
  /** The golongan of the jenjang, lowest first. */
  readonly golongan: readonly string[];
  /** AK needed for each kenaikan pangkat inside the jenjang (integrasi). */
  readonly perPangkat: string;
  /** AK needed for kenaikan jenjang (integrasi), or null for the top jenjang of its category. */
  readonly forJenjang: string | null;
  /** The next jenjang, or null for the top jenjang of its category. */
  readonly next: string | null;
  /** The conventional cumulative AK at the start of the jenjang (integrasi = conventional − base). */
  readonly conventionalBase: string;
  /** True when `conventionalBase` comes from secondary sources only (docs/regulations.md: unconfirmed). */
  readonly conventionalBaseUnconfirmed: boolean;
}

/**
 * The shape of {@link ANGKA_KREDIT}: an agency may pass its own tables in the same shape.
 *
 * @category Careers
 * @example
 * ```ts
 * const mine: AngkaKreditData = { ...ANGKA_KREDIT, thresholds: 'rounded' };
 * ```
 */
export interface AngkaKreditData {
  readonly id: string;
  readonly sources: readonly string[];
  /** Percentage of the coefficient earned per predikat (a year of that predikat). */
  readonly percentages: Readonly<Record<string, string>>;
  /** Predikat of older regimes counted as one of the five above. */
  readonly aliases: Readonly<Record<string, string>>;
  /** AK earned in one year is capped at this percentage of the coefficient. */
  readonly yearlyCapPercent: string;
  /** How published tables (and display) round: decimals and mode. */
  readonly rounding: { readonly scale: number; readonly mode: 'half-up' };
  /** Which figure thresholds compare by default: the exact AK or the AK rounded as published. */
  readonly thresholds: 'exact' | 'rounded';
  readonly jenjang: Readonly<Record<string, AngkaKreditJenjangData>>;
}

/**
 * The AK tables (docs/regulations.md). The conventional bases of the keterampilan jenjang (pemula 25,
 * terampil 40, mahir 100, penyelia 200: the cumulative AK of the jenjang's lowest golongan in the
 * conventional tables) are *unconfirmed*: the sources give the bases of the keahlian jenjang only.
 *
 * @category Careers
 * @example
 * ```ts
 * ANGKA_KREDIT.percentages.baik; // "100"
 * ANGKA_KREDIT.jenjang.pemula?.coefficient; // "3.75"
 * ANGKA_KREDIT.yearlyCapPercent; // "150"
 * ```
 */
export const ANGKA_KREDIT: AngkaKreditData = {
  id: 'permenpanrb-1-2023',
  sources: [
    'PermenPANRB 1/2023',
    'Peraturan BKN 3/2023 (fliphtml5.com/ffcwr/kblm)',
    'scribd.com/presentation/694983391',
    'scribd.com/document/712964724',
  ],
  percentages: {
    'sangat-baik': '150',
    baik: '100',
    'butuh-perbaikan': '75',
    kurang: '50',
    'sangat-kurang': '25',
  },
  aliases: { cukup: 'butuh-perbaikan', buruk: 'sangat-kurang' },
  yearlyCapPercent: '150',
  rounding: { scale: 2, mode: 'half-up' },
  thresholds: 'exact',
  jenjang: {
    pemula: {
      coefficient: '3.75',
      golongan: ['II/a'],
      perPangkat: '15',
      forJenjang: '15',
      next: 'terampil',
      conventionalBase: '25',
      conventionalBaseUnconfirmed: true,
    },
    terampil: {
      coefficient: '5',
      golongan: ['II/b', 'II/c', 'II/d'],
      perPangkat: '20',
      forJenjang: '60',
      next: 'mahir',
      conventionalBase: '40',
      conventionalBaseUnconfirmed: true,
    },
    mahir: {
      coefficient: '12.5',
      golongan: ['III/a', 'III/b'],
      perPangkat: '50',
      forJenjang: '100',
      next: 'penyelia',
      conventionalBase: '100',
      conventionalBaseUnconfirmed: true,
    },
    penyelia: {
      coefficient: '25',
      golongan: ['III/c', 'III/d'],
      perPangkat: '100',
      forJenjang: null,
      next: null,
      conventionalBase: '200',
      conventionalBaseUnconfirmed: true,
    },
    'ahli-pertama': {
      coefficient: '12.5',
      golongan: ['III/a', 'III/b'],
      perPangkat: '50',
      forJenjang: '100',
      next: 'ahli-muda',
      conventionalBase: '100',
      conventionalBaseUnconfirmed: false,
    },
    'ahli-muda': {
      coefficient: '25',
      golongan: ['III/c', 'III/d'],
      perPangkat: '100',
      forJenjang: '200',
      next: 'ahli-madya',
      conventionalBase: '200',
      conventionalBaseUnconfirmed: false,
    },
    'ahli-madya': {
      coefficient: '37.5',
      golongan: ['IV/a', 'IV/b', 'IV/c'],
      perPangkat: '150',
      forJenjang: '450',
      next: 'ahli-utama',
      conventionalBase: '400',
      conventionalBaseUnconfirmed: false,
    },
    'ahli-utama': {
      coefficient: '50',
      golongan: ['IV/d', 'IV/e'],
      perPangkat: '200',
      forJenjang: null,
      next: null,
      conventionalBase: '850',
      conventionalBaseUnconfirmed: false,
    },
  },
};
