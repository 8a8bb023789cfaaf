import type { MessageCatalog } from './types';

/** Messages of assessment: raters, reconciliation, overrides. */
export const assessmentMessages = {
  'assessment.override-incomplete': {
    id: () => 'Penggantian nilai memerlukan nilai, alasan dan nama yang mengubah (value, reason, author)',
    en: () => 'An override needs a value, a reason and an author (value, reason, author)',
  },
  'assessment.pending': {
    id: (p) =>
      p.reason === 'missing-supervisor'
        ? 'Tertunda: penilaian atasan belum ada'
        : p.reason === 'min-raters'
          ? `Tertunda: penilai kelompok ${p.group} belum cukup`
          : 'Tertunda: belum ada penilai',
    en: (p) =>
      p.reason === 'missing-supervisor'
        ? 'Pending: no supervisor rating yet'
        : p.reason === 'min-raters'
          ? `Pending: too few raters in group ${p.group}`
          : 'Pending: no raters yet',
  },
} satisfies MessageCatalog;
