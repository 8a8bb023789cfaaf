import { type MessageCatalog, show } from './types';

/** Messages of the `date` module: calendar dates, periods, working days, schedules. */
export const dateMessages = {
  'date.invalid-type': {
    id: (p) => `Tanggal harus berupa teks "YYYY-MM-DD", diterima ${p.received}`,
    en: (p) => `A date must be a "YYYY-MM-DD" string, received ${p.received}`,
  },
  'date.invalid-format': {
    id: (p) => `Format tanggal tidak sah (harus YYYY-MM-DD): ${show(p.value)}`,
    en: (p) => `Invalid date format (expected YYYY-MM-DD): ${show(p.value)}`,
  },
  'date.not-a-date': {
    id: (p) => `Tanggal tidak ada di kalender: ${show(p.value)}`,
    en: (p) => `Not a calendar date: ${show(p.value)}`,
  },
  'date.out-of-range': {
    id: (p) => `Tahun di luar rentang ${p.min}–${p.max}: ${show(p.value)}`,
    en: (p) => `Year outside ${p.min}–${p.max}: ${show(p.value)}`,
  },
  'date.range-reversed': {
    id: (p) => `Tanggal akhir ${p.end} sebelum tanggal mulai ${p.start}`,
    en: (p) => `End date ${p.end} is before start date ${p.start}`,
  },
  'date.invalid-amount': {
    id: (p) =>
      `Jumlah ${p.name} harus bilangan bulat${p.min === 0 ? ' tidak negatif' : ''}: ${show(p.value)}`,
    en: (p) => `${p.name} must be a${p.min === 0 ? ' non-negative' : ''} whole number: ${show(p.value)}`,
  },
  'date.invalid-weekend': {
    id: (p) => `Hari akhir pekan harus bilangan bulat 0 (Minggu) sampai 6 (Sabtu): ${show(p.value)}`,
    en: (p) => `A weekend day must be a whole number from 0 (Sunday) to 6 (Saturday): ${show(p.value)}`,
  },
  'date.no-working-days': {
    id: () => 'Tidak ada hari kerja: semua hari dalam seminggu adalah akhir pekan',
    en: () => 'No working days: every day of the week is a weekend day',
  },
  'date.schedule-month': {
    id: (p) => `Bulan jadwal harus bilangan bulat 1 sampai 12: ${show(p.value)}`,
    en: (p) => `A schedule month must be a whole number from 1 to 12: ${show(p.value)}`,
  },
  'date.schedule-day': {
    id: (p) => `Tanggal jadwal harus bilangan bulat 1 sampai 28: ${show(p.value)}`,
    en: (p) => `A schedule day must be a whole number from 1 to 28: ${show(p.value)}`,
  },
  'date.schedule-overlap': {
    id: (p) => `Masa berlaku ketentuan ${p.index} tumpang tindih dengan ketentuan ${p.other}`,
    en: (p) => `Regime ${p.index} overlaps regime ${p.other}`,
  },
  'date.invalid-frequency': {
    id: (p) => `Frekuensi penilaian tidak dikenal: ${show(p.value)} (monthly, quarterly, semester, annual)`,
    en: (p) => `Unknown review frequency: ${show(p.value)} (monthly, quarterly, semester, annual)`,
  },
  'date.invalid-month': {
    id: (p) => `Bulan harus bilangan bulat 1 sampai 12: ${show(p.value)}`,
    en: (p) => `A month must be a whole number from 1 to 12: ${show(p.value)}`,
  },
} satisfies MessageCatalog;
