import type { MessageCatalog } from './types';

/** Messages of scoring an evaluation. */
export const scoringMessages = {
  'scoring.zero-target': {
    id: () => 'Target harus lebih besar dari 0 (capaian tidak dapat dihitung dengan membagi nol)',
    en: () => 'The target must be greater than 0 (achievement cannot be computed by dividing by zero)',
  },
  'scoring.zero-realisation': {
    id: () => 'Realisasi 0 tidak dapat dipakai pada rasio terbalik (target ÷ realisasi)',
    en: () => 'A realisation of 0 cannot be used in an inverse ratio (target ÷ realisation)',
  },
  'scoring.negative': {
    id: () => 'Tidak boleh negatif',
    en: () => 'Must not be negative',
  },
  'scoring.unknown-kind': {
    id: (p) => `Jenis indikator tidak dikenal oleh ruleset: "${p.kind}" (tersedia: ${p.available})`,
    en: (p) => `Indicator kind unknown to the ruleset: "${p.kind}" (available: ${p.available})`,
  },
  'scoring.duplicate-indicator': {
    id: (p) => `Id indikator ganda: "${p.id}"`,
    en: (p) => `Duplicate indicator id: "${p.id}"`,
  },
  'scoring.unknown-rating-id': {
    id: (p) => `Penilaian untuk butir yang tidak dikenal: "${p.id}"`,
    en: (p) => `Rating for an unknown item: "${p.id}"`,
  },
  'scoring.unknown-rating-code': {
    id: (p) => `Kode rating tidak dikenal: ${p.value} (tersedia: ${p.available})`,
    en: (p) => `Unknown rating code: ${p.value} (available: ${p.available})`,
  },
  'scoring.unknown-rater-group': {
    id: (p) => `Kelompok penilai tidak dikenal: "${p.group}" (tersedia: ${p.available})`,
    en: (p) => `Unknown rater group: "${p.group}" (available: ${p.available})`,
  },
  'scoring.out-of-range': {
    id: (p) => `Nilai ${p.value} di luar rentang ${p.min}–${p.max}`,
    en: (p) => `The value ${p.value} is outside the range ${p.min}–${p.max}`,
  },
  'scoring.missing-rating': {
    id: (p) => `Belum dinilai: "${p.id}"`,
    en: (p) => `Not rated: "${p.id}"`,
  },
  'scoring.pending': {
    id: (p) =>
      `Penilaian "${p.id}" tertunda: ${p.reason === 'missing-supervisor' ? 'penilaian atasan belum ada' : p.reason === 'min-raters' ? `penilai kelompok ${p.group} belum cukup` : 'belum ada penilai'}`,
    en: (p) =>
      `Rating of "${p.id}" is pending: ${p.reason === 'missing-supervisor' ? 'no supervisor rating yet' : p.reason === 'min-raters' ? `too few raters in group ${p.group}` : 'no raters yet'}`,
  },
  'scoring.missing-justification': {
    id: (p) => `Indikator "${p.id}" tidak mencapai target dan belum diberi penjelasan (justification)`,
    en: (p) => `Indicator "${p.id}" missed its target and has no justification`,
  },
  'scoring.weights-sum': {
    id: (p) => `Jumlah bobot indikator komponen "${p.component}" harus tepat 100, bukan ${p.sum}`,
    en: (p) => `The indicator weights of component "${p.component}" must sum to exactly 100, not ${p.sum}`,
  },
  'scoring.missing-weight': {
    id: (p) => `Indikator "${p.id}" memerlukan bobot`,
    en: (p) => `Indicator "${p.id}" needs a weight`,
  },
  'scoring.not-in-catalogue': {
    id: (p) => `Indikator "${p.id}" tidak ada dalam katalog indikator ruleset`,
    en: (p) => `Indicator "${p.id}" is not in the ruleset's indicator catalogue`,
  },
  'scoring.unknown-flag': {
    id: (p) => `Penanda tidak dikenal: "${p.flag}" (tersedia: ${p.available})`,
    en: (p) => `Unknown flag: "${p.flag}" (available: ${p.available})`,
  },
  'scoring.unknown-level': {
    id: (p) => `Tingkat tidak dikenal: "${p.level}" (tersedia: ${p.available})`,
    en: (p) => `Unknown level: "${p.level}" (available: ${p.available})`,
  },
  'scoring.range-reversed': {
    id: () => 'Batas bawah target melebihi batas atasnya',
    en: () => 'The lower bound of the target exceeds its upper bound',
  },
  'scoring.missing-direction': {
    id: () => 'Arah indikator wajib diisi: "higher-is-better" atau "lower-is-better"',
    en: () => 'The indicator direction is required: "higher-is-better" or "lower-is-better"',
  },
  'scoring.missing-unit-predikat': {
    id: () => 'Pimpinan unit memerlukan predikat unit kerja (organisation.predikat)',
    en: () => "A unit head needs the unit's predikat (organisation.predikat)",
  },
  'scoring.no-indicators': {
    id: (p) => `Komponen "${p.component}" tidak mempunyai indikator untuk dinilai`,
    en: (p) => `Component "${p.component}" has no indicators to score`,
  },
  'scoring.too-few-items': {
    id: (p) =>
      `Komponen "${p.component}" memerlukan sedikitnya ${p.minimum} butir yang dinilai, ada ${p.count}`,
    en: (p) => `Component "${p.component}" needs at least ${p.minimum} rated items, got ${p.count}`,
  },
  'scoring.outside-bands': {
    id: (p) => `Nilai ${p.value} berada di luar semua rentang "${p.bandSet}"`,
    en: (p) => `The value ${p.value} lies outside every band of "${p.bandSet}"`,
  },
  'scoring.outside-table': {
    id: (p) => `Nilai ${p.value} berada di luar tabel konversi "${p.table}"`,
    en: (p) => `The value ${p.value} lies outside the conversion table "${p.table}"`,
  },
  'scoring.kind-mismatch': {
    id: (p) => `Indikator "${p.id}" berjenis "${p.kind}", tetapi katalog ruleset menyebut "${p.expected}"`,
    en: (p) => `Indicator "${p.id}" has kind "${p.kind}" but the ruleset's catalogue says "${p.expected}"`,
  },
  'scoring.outside-effective': {
    id: (p) =>
      `Periode ${p.start} s.d. ${p.end} berada di luar masa berlaku ruleset "${p.ruleset}" (${p.from} s.d. ${p.until})`,
    en: (p) =>
      `The period ${p.start} to ${p.end} lies outside the effective dates of ruleset "${p.ruleset}" (${p.from} to ${p.until})`,
  },
} satisfies MessageCatalog;
