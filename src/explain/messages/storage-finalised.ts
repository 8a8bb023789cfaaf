import type { MessageCatalog } from './types';

/**
 * Messages of the finalised-record rule (`finalisedViolation` of the workflow, enforced by every
 * store as `storage.finalised`): what a save of a finalised evaluation changed that the lifecycle
 * does not allow.
 */
export const finalisedRuleMessages = {
  'workflow.finalised-no-step': {
    id: () => 'tidak ada langkah siklus baru',
    en: () => 'no new lifecycle step',
  },
  'workflow.finalised-history-changed': {
    id: (p) => `riwayat ke-${p.index} berbeda dari yang tersimpan`,
    en: (p) => `history entry ${p.index} differs from the stored one`,
  },
  'workflow.finalised-not-a-transition': {
    id: (p) => `langkah ${p.action} dari ${p.from} bukan transisi siklus dari ${p.at}`,
    en: (p) => `the step ${p.action} from ${p.from} is not a lifecycle transition from ${p.at}`,
  },
  'workflow.finalised-revision-not-growing': {
    id: (p) => `revisi riwayat ${p.revision} tidak bertambah`,
    en: (p) => `history entry revision ${p.revision} does not grow`,
  },
  'workflow.finalised-field-changed': {
    id: (p) => `${p.field} berubah`,
    en: (p) => `${p.field} changed`,
  },
  'workflow.finalised-atasan': {
    id: () => 'atasanId berubah tanpa penugasan ulang',
    en: () => 'atasanId changed without a reassignment',
  },
  'workflow.finalised-conflicts': {
    id: () => 'konflik kepentingan berubah selain dengan pernyataan baru',
    en: () => 'conflicts changed other than by a declaration',
  },
  'workflow.finalised-released-on': {
    id: () => 'releasedOn berubah selain oleh penyampaian hasil',
    en: () => 'releasedOn changed other than by the release',
  },
  'workflow.finalised-appeal': {
    id: () => 'keberatan berubah selain dengan pengajuan atau keputusannya',
    en: () => 'the appeal changed other than by filing or deciding it',
  },
  'workflow.finalised-of-record': {
    id: () => 'hasil yang ditetapkan berubah selain oleh keputusan keberatan',
    en: () => 'ofRecord changed other than by an appeal decision',
  },
} satisfies MessageCatalog;
