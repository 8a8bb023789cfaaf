/**
 * Pieces shared by the built-in packs. Packs are plain data (no imports from the engine): each one
 * passes `parseRuleset`, and a test checks it.
 */

/** Records each value with two decimals, half-up, computing each stage from recorded values. */
export const TWO_DECIMALS_HALF_UP = {
  capaian: { scale: 2, mode: 'half-up' },
  rating: { scale: 2, mode: 'half-up' },
  aspect: { scale: 2, mode: 'half-up' },
  indicator: { scale: 2, mode: 'half-up' },
  component: { scale: 2, mode: 'half-up' },
  final: { scale: 2, mode: 'half-up' },
  carry: 'recorded',
} as const;

/** The national predikat ranks (docs/regulations.md): 5 best … 1 worst. */
export const label = (id: string, en: string) => ({ id, en }) as const;

/** Default follow-up actions, by national rank. */
export const followUpByRank = {
  5: [
    { kind: 'reward', code: 'penghargaan', label: label('Penghargaan kinerja', 'Performance reward') },
    {
      kind: 'reward',
      code: 'prioritas-pengembangan',
      label: label('Prioritas pengembangan karier', 'Career development priority'),
    },
  ],
  4: [
    {
      kind: 'reward',
      code: 'pengembangan-kompetensi',
      label: label('Pengembangan kompetensi', 'Competency development'),
    },
  ],
  3: [
    {
      kind: 'coaching',
      code: 'pembinaan',
      label: label('Pembinaan oleh atasan', 'Coaching by the supervisor'),
    },
    { kind: 'training', code: 'pelatihan', label: label('Pelatihan sesuai kebutuhan', 'Targeted training') },
  ],
  2: [
    {
      kind: 'coaching',
      code: 'pembinaan-intensif',
      label: label('Pembinaan intensif', 'Intensive coaching'),
    },
    { kind: 'training', code: 'pelatihan', label: label('Pelatihan sesuai kebutuhan', 'Targeted training') },
  ],
  1: [
    {
      kind: 'coaching',
      code: 'pembinaan-intensif',
      label: label('Pembinaan intensif', 'Intensive coaching'),
    },
    {
      kind: 'sanction',
      code: 'sanksi-administratif',
      label: label('Sanksi sesuai peraturan', 'Sanctions under the regulations'),
    },
  ],
} as const;
