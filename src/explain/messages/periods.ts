import { type MessageCatalog, type MessageParams, show } from './types';

const v = (p: MessageParams, k: string): string => String(p[k] ?? '');

/** Messages of the `periods` module: the annual roll-up, deadlines, and their explanation steps. */
export const periodsMessages = {
  'periods.empty': {
    id: () => 'Tidak ada periode penilaian untuk disimpulkan menjadi predikat tahunan',
    en: () => 'No evaluation periods to annualise',
  },
  'periods.unknown-predikat': {
    id: (p) => `Predikat tidak dikenal: ${show(p.value)}`,
    en: (p) => `Unknown predikat: ${show(p.value)}`,
  },
  'periods.predikat-mismatch': {
    id: (p) => `Predikat ${show(p.predikat)} berbeda dengan predikat hasil penilaian ${show(p.result)}`,
    en: (p) => `Predikat ${show(p.predikat)} differs from the evaluation result's predikat ${show(p.result)}`,
  },
  'periods.outside-year': {
    id: (p) =>
      `Periode ${v(p, 'start')} s.d. ${v(p, 'end')} di luar tahun penilaian ${v(p, 'from')} s.d. ${v(p, 'to')}`,
    en: (p) =>
      `Period ${v(p, 'start')} to ${v(p, 'end')} lies outside the year ${v(p, 'from')} to ${v(p, 'to')}`,
  },
  'periods.unknown-strategy': {
    id: (p) => `Strategi predikat tahunan tidak dikenal: ${show(p.value)} (${v(p, 'expected')})`,
    en: (p) => `Unknown annual strategy: ${show(p.value)} (${v(p, 'expected')})`,
  },
  'periods.unknown-review-period': {
    id: (p) => `Periode penilaian ${v(p, 'value')} tidak ada: tahun ini punya ${v(p, 'count')} periode`,
    en: (p) => `No review period ${v(p, 'value')}: the year has ${v(p, 'count')} periods`,
  },
  'explain.annual': {
    id: (p) =>
      `Predikat tahunan dari ${v(p, 'periods')} periode (strategi ${v(p, 'ref')}): ${v(p, 'output')}`,
    en: (p) => `Annual predikat from ${v(p, 'periods')} periods (strategy ${v(p, 'ref')}): ${v(p, 'output')}`,
  },
  'explain.annual.period': {
    id: (p) =>
      `Periode ${v(p, 'start')} s.d. ${v(p, 'end')}: ${v(p, 'predikat')} (peringkat ${v(p, 'rank')}), ${v(p, 'months')} bulan`,
    en: (p) =>
      `Period ${v(p, 'start')} to ${v(p, 'end')}: ${v(p, 'predikat')} (rank ${v(p, 'rank')}), ${v(p, 'months')} months`,
  },
  'explain.annual.last-period': {
    id: (p) =>
      `Periode terakhir (berakhir paling akhir) ${v(p, 'start')} s.d. ${v(p, 'end')} → ${v(p, 'output')}`,
    en: (p) => `The final period (latest end) ${v(p, 'start')} to ${v(p, 'end')} → ${v(p, 'output')}`,
  },
  'explain.annual.worst': {
    id: (p) => `Predikat terendah (peringkat ${v(p, 'rank')}) → ${v(p, 'output')}`,
    en: (p) => `The worst predikat (rank ${v(p, 'rank')}) → ${v(p, 'output')}`,
  },
  'explain.annual.weighted-by-months': {
    id: (p) =>
      `Rata-rata peringkat tertimbang bulan: ${v(p, 'weighted')} ÷ ${v(p, 'months')} bulan = ${v(p, 'mean')} → peringkat ${v(p, 'rank')}${p.half === true ? ' (tepat setengah: ke predikat yang lebih rendah)' : ''} → ${v(p, 'output')}`,
    en: (p) =>
      `Month-weighted mean rank: ${v(p, 'weighted')} ÷ ${v(p, 'months')} months = ${v(p, 'mean')} → rank ${v(p, 'rank')}${p.half === true ? ' (an exact half: to the worse predikat)' : ''} → ${v(p, 'output')}`,
  },
} satisfies MessageCatalog;
