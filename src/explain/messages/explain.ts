import type { MessageCatalog, MessageParams } from './types';

const v = (p: MessageParams, k: string): string => String(p[k] ?? '');

/**
 * Texts of explanation steps, by node code (`explain.<node code>`). Each template receives the
 * node's `ref`, `output` and inputs as parameters.
 */
export const explainMessages = {
  'explain.evaluation': {
    id: (p) =>
      `Penilaian dengan ${v(p, 'ref')}${p.employee ? ` untuk pegawai ${v(p, 'employee')}` : ''}: predikat ${v(p, 'output')}`,
    en: (p) =>
      `Evaluation under ${v(p, 'ref')}${p.employee ? ` for employee ${v(p, 'employee')}` : ''}: predikat ${v(p, 'output')}`,
  },
  'explain.component.mean': {
    id: (p) => `Komponen ${v(p, 'ref')}: rata-rata = ${v(p, 'output')}`,
    en: (p) => `Component ${v(p, 'ref')}: mean = ${v(p, 'output')}`,
  },
  'explain.component.weighted': {
    id: (p) => `Komponen ${v(p, 'ref')}: rata-rata tertimbang = ${v(p, 'output')}`,
    en: (p) => `Component ${v(p, 'ref')}: weighted mean = ${v(p, 'output')}`,
  },
  'explain.component.sum': {
    id: (p) => `Komponen ${v(p, 'ref')}: jumlah = ${v(p, 'output')}`,
    en: (p) => `Component ${v(p, 'ref')}: sum = ${v(p, 'output')}`,
  },
  'explain.component.direct': {
    id: (p) => `Komponen ${v(p, 'ref')}: rating langsung ${v(p, 'output')}`,
    en: (p) => `Component ${v(p, 'ref')}: direct rating ${v(p, 'output')}`,
  },
  'explain.component.derived': {
    id: (p) =>
      `Komponen ${v(p, 'ref')}: rata-rata ${v(p, 'items')} butir = ${v(p, 'mean')} → ${v(p, 'output')}`,
    en: (p) =>
      `Component ${v(p, 'ref')}: mean of ${v(p, 'items')} ${String(v(p, 'items')) === '1' ? 'item' : 'items'} = ${v(p, 'mean')} → ${v(p, 'output')}`,
  },
  'explain.component.unit-head': {
    id: (p) => `Komponen ${v(p, 'ref')}: pimpinan unit, predikat unit ${v(p, 'unit')} → ${v(p, 'output')}`,
    en: (p) => `Component ${v(p, 'ref')}: unit head, unit predikat ${v(p, 'unit')} → ${v(p, 'output')}`,
  },
  'explain.indicator.pp46-activity': {
    id: (p) => `Kegiatan ${v(p, 'ref')}: rata-rata ${v(p, 'aspects')} aspek = ${v(p, 'output')}`,
    en: (p) => `Activity ${v(p, 'ref')}: mean of ${v(p, 'aspects')} aspects = ${v(p, 'output')}`,
  },
  'explain.aspect.ratio': {
    id: (p) =>
      `${v(p, 'ref')}: realisasi ${v(p, 'realisasi')} ÷ target ${v(p, 'target')} × 100 = ${v(p, 'output')}`,
    en: (p) =>
      `${v(p, 'ref')}: realisation ${v(p, 'realisasi')} ÷ target ${v(p, 'target')} × 100 = ${v(p, 'output')}`,
  },
  'explain.aspect.efficiency': {
    id: (p) =>
      `${v(p, 'ref')}: efisiensi ${v(p, 'efficiency')}% (≤ batas) → (1,76 × T − R) ÷ T × 100 dengan T ${v(p, 'target')}, R ${v(p, 'realisasi')} = ${v(p, 'output')}`,
    en: (p) =>
      `${v(p, 'ref')}: efficiency ${v(p, 'efficiency')}% (≤ boundary) → (1.76 × T − R) ÷ T × 100 with T ${v(p, 'target')}, R ${v(p, 'realisasi')} = ${v(p, 'output')}`,
  },
  'explain.aspect.efficiency-high': {
    id: (p) =>
      `${v(p, 'ref')}: efisiensi ${v(p, 'efficiency')}% (> batas) → 76 − ((1,76 × T − R) ÷ T × 100 − 100) dengan T ${v(p, 'target')}, R ${v(p, 'realisasi')} = ${v(p, 'output')}`,
    en: (p) =>
      `${v(p, 'ref')}: efficiency ${v(p, 'efficiency')}% (> boundary) → 76 − ((1.76 × T − R) ÷ T × 100 − 100) with T ${v(p, 'target')}, R ${v(p, 'realisasi')} = ${v(p, 'output')}`,
  },
  'explain.aspect.not-done': {
    id: (p) => `${v(p, 'ref')}: kegiatan tidak dilaksanakan (kuantitas 0) = ${v(p, 'output')}`,
    en: (p) => `${v(p, 'ref')}: activity not carried out (kuantitas 0) = ${v(p, 'output')}`,
  },
  'explain.indicator.capaian': {
    id: (p) => `Indikator ${v(p, 'ref')}: nilai ${v(p, 'output')}`,
    en: (p) => `Indicator ${v(p, 'ref')}: score ${v(p, 'output')}`,
  },
  'explain.indicator.ratio': {
    id: (p) => `Indikator ${v(p, 'ref')} (rasio): nilai ${v(p, 'output')}`,
    en: (p) => `Indicator ${v(p, 'ref')} (ratio): score ${v(p, 'output')}`,
  },
  'explain.indicator.inverse-ratio': {
    id: (p) => `Indikator ${v(p, 'ref')} (rasio terbalik): nilai ${v(p, 'output')}`,
    en: (p) => `Indicator ${v(p, 'ref')} (inverse ratio): score ${v(p, 'output')}`,
  },
  'explain.capaian.higher': {
    id: (p) =>
      `capaian (makin tinggi makin baik): ${v(p, 'realisasi')} ÷ ${v(p, 'target')} × 100 = ${v(p, 'output')}%`,
    en: (p) =>
      `capaian (higher is better): ${v(p, 'realisasi')} ÷ ${v(p, 'target')} × 100 = ${v(p, 'output')}%`,
  },
  'explain.capaian.lower': {
    id: (p) =>
      `capaian (makin rendah makin baik): (2 − ${v(p, 'realisasi')} ÷ ${v(p, 'target')}) × 100 = ${v(p, 'output')}%`,
    en: (p) =>
      `capaian (lower is better): (2 − ${v(p, 'realisasi')} ÷ ${v(p, 'target')}) × 100 = ${v(p, 'output')}%`,
  },
  'explain.capaian.inverse': {
    id: (p) =>
      `capaian (rasio terbalik): ${v(p, 'target')} ÷ ${v(p, 'realisasi')} × 100 = ${v(p, 'output')}%`,
    en: (p) => `capaian (inverse ratio): ${v(p, 'target')} ÷ ${v(p, 'realisasi')} × 100 = ${v(p, 'output')}%`,
  },
  'explain.conversion.table': {
    id: (p) =>
      `konversi capaian ${v(p, 'capaian')} melalui tabel ${v(p, 'ref')} (segmen ${v(p, 'segment')}) = ${v(p, 'output')}`,
    en: (p) =>
      `capaian ${v(p, 'capaian')} converted through table ${v(p, 'ref')} (segment ${v(p, 'segment')}) = ${v(p, 'output')}`,
  },
  'explain.conversion.max-achievable': {
    id: (p) => `target sudah maksimal dan tercapai = ${v(p, 'output')}`,
    en: (p) => `target already at its maximum and met = ${v(p, 'output')}`,
  },
  'explain.indicator.scale': {
    id: (p) =>
      `Indikator ${v(p, 'ref')}: skala ${v(p, 'value')} pada ${v(p, 'min')}–${v(p, 'max')} = ${v(p, 'output')}`,
    en: (p) =>
      `Indicator ${v(p, 'ref')}: ${v(p, 'value')} on a ${v(p, 'min')}–${v(p, 'max')} scale = ${v(p, 'output')}`,
  },
  'explain.indicator.yes-no': {
    id: (p) => `Indikator ${v(p, 'ref')}: ${p.realisasi ? 'ya' : 'tidak'} = ${v(p, 'output')}`,
    en: (p) => `Indicator ${v(p, 'ref')}: ${p.realisasi ? 'yes' : 'no'} = ${v(p, 'output')}`,
  },
  'explain.indicator.breakpoint': {
    id: (p) =>
      `Indikator ${v(p, 'ref')}: ${v(p, 'input')} melalui tabel (segmen ${v(p, 'segment')}) = ${v(p, 'output')}`,
    en: (p) =>
      `Indicator ${v(p, 'ref')}: ${v(p, 'input')} through the table (segment ${v(p, 'segment')}) = ${v(p, 'output')}`,
  },
  'explain.bonus.count': {
    id: (p) => `tambahan ${v(p, 'ref')}: ${v(p, 'count')} → ${v(p, 'output')} poin`,
    en: (p) => `bonus ${v(p, 'ref')}: ${v(p, 'count')} → ${v(p, 'output')} points`,
  },
  'explain.bonus.level': {
    id: (p) => `tambahan ${v(p, 'ref')}: tingkat ${v(p, 'level')} → ${v(p, 'output')} poin`,
    en: (p) => `bonus ${v(p, 'ref')}: level ${v(p, 'level')} → ${v(p, 'output')} points`,
  },
  'explain.rating.of-record': {
    id: (p) => `${v(p, 'ref')}: ${v(p, 'output')}`,
    en: (p) => `${v(p, 'ref')}: ${v(p, 'output')}`,
  },
  'explain.rating.supervisor-of-record': {
    id: (p) => `${v(p, 'ref')}: penilaian atasan yang berlaku = ${v(p, 'output')}`,
    en: (p) => `${v(p, 'ref')}: supervisor's rating of record = ${v(p, 'output')}`,
  },
  'explain.rating.weighted': {
    id: (p) => `${v(p, 'ref')}: rata-rata tertimbang para penilai = ${v(p, 'output')}`,
    en: (p) => `${v(p, 'ref')}: weighted mean of the raters = ${v(p, 'output')}`,
  },
  'explain.rating.override': {
    id: (p) =>
      `${v(p, 'ref')}: diganti oleh ${v(p, 'author')} (${v(p, 'reason')}); hasil hitungan ${v(p, 'computed')} → ${v(p, 'output')}`,
    en: (p) =>
      `${v(p, 'ref')}: overridden by ${v(p, 'author')} (${v(p, 'reason')}); computed ${v(p, 'computed')} → ${v(p, 'output')}`,
  },
  'explain.rating.mean': {
    id: (p) => `${v(p, 'ref')}: rata-rata para penilai = ${v(p, 'output')}`,
    en: (p) => `${v(p, 'ref')}: mean of the raters = ${v(p, 'output')}`,
  },
  'explain.final.weighted': {
    id: (p) => `Nilai akhir: jumlah tertimbang komponen = ${v(p, 'output')}`,
    en: (p) => `Final score: weighted sum of the components = ${v(p, 'output')}`,
  },
  'explain.final.matrix': {
    id: (p) => `Predikat dari matriks: ${v(p, 'output')}`,
    en: (p) => `Predikat from the matrix: ${v(p, 'output')}`,
  },
  'explain.band': {
    id: (p) => `${v(p, 'value')} masuk rentang ${v(p, 'band')} (${v(p, 'ref')}) → ${v(p, 'output')}`,
    en: (p) => `${v(p, 'value')} falls in the band ${v(p, 'band')} (${v(p, 'ref')}) → ${v(p, 'output')}`,
  },
  'explain.band.flag-missing': {
    id: (p) =>
      `${v(p, 'value')} masuk rentang ${v(p, 'band')}, tetapi syarat ${v(p, 'missing')} tidak terpenuhi → ${v(p, 'output')}`,
    en: (p) =>
      `${v(p, 'value')} falls in the band ${v(p, 'band')}, but ${v(p, 'missing')} is not met → ${v(p, 'output')}`,
  },
  'explain.step': {
    id: (p) => `${v(p, 'code')}${p.ref ? ` ${v(p, 'ref')}` : ''}: ${v(p, 'output')}`,
    en: (p) => `${v(p, 'code')}${p.ref ? ` ${v(p, 'ref')}` : ''}: ${v(p, 'output')}`,
  },
  'explain.not-a-step': {
    id: () => '(bukan langkah penjelasan)',
    en: () => '(not an explanation step)',
  },
  'explain.inputs': { id: () => 'masukan', en: () => 'inputs' },
  'explain.warnings': { id: () => 'Peringatan', en: () => 'Warnings' },
  'explain.follow-up': { id: () => 'Tindak lanjut', en: () => 'Follow-up' },
  'explain.training-needs': {
    id: () => 'Kebutuhan pelatihan (indikator terlemah)',
    en: () => 'Training needs (weakest indicators)',
  },
  'explain.dialogue': {
    id: () => 'Penilaian diri dan penilaian atasan berbeda: perlu dialog kinerja',
    en: () => "Self-assessment and the supervisor's assessment differ: a performance dialogue is needed",
  },
  'explain.score': {
    id: (p) => `Predikat: ${v(p, 'predikat')}${p.score ? ` (nilai ${v(p, 'score')})` : ''}`,
    en: (p) => `Predikat: ${v(p, 'predikat')}${p.score ? ` (score ${v(p, 'score')})` : ''}`,
  },
} satisfies MessageCatalog;
