import { type MessageCatalog, type MessageParams, show } from './types';

const v = (p: MessageParams, k: string): string => String(p[k] ?? '');

/** Messages of the angka kredit part of the `career` module: issues and explanation steps. */
export const careerAkMessages = {
  'career.unknown-jenjang': {
    id: (p) => `Jenjang tidak dikenal: ${show(p.value)} (${v(p, 'expected')})`,
    en: (p) => `Unknown jenjang: ${show(p.value)} (${v(p, 'expected')})`,
  },
  'career.unknown-predikat': {
    id: (p) => `Predikat tidak dikenal untuk angka kredit: ${show(p.value)} (${v(p, 'expected')})`,
    en: (p) => `Unknown predikat for angka kredit: ${show(p.value)} (${v(p, 'expected')})`,
  },
  'career.invalid-months': {
    id: (p) => `Jumlah bulan harus bilangan bulat 0 sampai 12, diterima ${show(p.value)}`,
    en: (p) => `Months must be a whole number from 0 to 12, received ${show(p.value)}`,
  },
  'career.unknown-golongan': {
    id: (p) => `Golongan ${show(p.value)} tidak termasuk jenjang ${v(p, 'jenjang')} (${v(p, 'expected')})`,
    en: (p) => `Golongan ${show(p.value)} is not in jenjang ${v(p, 'jenjang')} (${v(p, 'expected')})`,
  },
  'career.period-spans-years': {
    id: (p) => `Periode ${v(p, 'start')} s.d. ${v(p, 'end')} melewati pergantian tahun: pisahkan per tahun`,
    en: (p) => `Period ${v(p, 'start')} to ${v(p, 'end')} spans two years: split it by year`,
  },
  'career.year-mismatch': {
    id: (p) => `Tahun ${v(p, 'year')} berbeda dengan tahun periode ${v(p, 'periodYear')}`,
    en: (p) => `Year ${v(p, 'year')} differs from the period's year ${v(p, 'periodYear')}`,
  },
  'career.below-conventional-base': {
    id: (p) =>
      `Angka kredit konvensional ${v(p, 'value')} di bawah angka dasar jenjang ${v(p, 'jenjang')} (${v(p, 'base')})`,
    en: (p) =>
      `Conventional angka kredit ${v(p, 'value')} is below the base of jenjang ${v(p, 'jenjang')} (${v(p, 'base')})`,
  },
  'career.yearly-cap': {
    id: (p) =>
      `Angka kredit tahun ${v(p, 'year')} jenjang ${v(p, 'jenjang')} (${v(p, 'earned')}) dibatasi 150% koefisien: ${v(p, 'cap')}`,
    en: (p) =>
      `Angka kredit of ${v(p, 'year')} in jenjang ${v(p, 'jenjang')} (${v(p, 'earned')}) is capped at 150% of the coefficient: ${v(p, 'cap')}`,
  },
  'explain.angka-kredit': {
    id: (p) =>
      `Angka kredit ${v(p, 'ref')}: ${v(p, 'percent')}% × koefisien ${v(p, 'coefficient')} × ${v(p, 'months')}/12 bulan = ${v(p, 'output')}`,
    en: (p) =>
      `Angka kredit ${v(p, 'ref')}: ${v(p, 'percent')}% × coefficient ${v(p, 'coefficient')} × ${v(p, 'months')}/12 months = ${v(p, 'output')}`,
  },
  'explain.angka-kredit.ledger': {
    id: (p) => `Buku angka kredit: jumlah ${v(p, 'output')}, akumulasi jenjang ${v(p, 'accumulated')}`,
    en: (p) =>
      `Angka kredit ledger: total ${v(p, 'output')}, accumulated in the jenjang ${v(p, 'accumulated')}`,
  },
  'explain.angka-kredit.segment': {
    id: (p) =>
      `Jenjang ${v(p, 'ref')}: saldo awal ${v(p, 'opening')} + diperoleh ${v(p, 'earned')} = ${v(p, 'output')}`,
    en: (p) =>
      `Jenjang ${v(p, 'ref')}: opening ${v(p, 'opening')} + earned ${v(p, 'earned')} = ${v(p, 'output')}`,
  },
  'explain.angka-kredit.year': {
    id: (p) =>
      `Tahun ${v(p, 'ref')} jenjang ${v(p, 'jenjang')}: diperoleh ${v(p, 'earned')}, batas ${v(p, 'cap')} → ${v(p, 'output')}`,
    en: (p) =>
      `Year ${v(p, 'ref')} in jenjang ${v(p, 'jenjang')}: earned ${v(p, 'earned')}, cap ${v(p, 'cap')} → ${v(p, 'output')}`,
  },
  'explain.angka-kredit.conventional': {
    id: (p) =>
      `Konversi konvensional ${v(p, 'ref')}: ${v(p, 'conventional')} − angka dasar ${v(p, 'base')} = ${v(p, 'output')}`,
    en: (p) =>
      `Conventional conversion ${v(p, 'ref')}: ${v(p, 'conventional')} − base ${v(p, 'base')} = ${v(p, 'output')}`,
  },
} satisfies MessageCatalog;
