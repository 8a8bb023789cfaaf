import { type MessageCatalog, show } from './types';

/**
 * Messages of the `workflow` module: the lifecycle of evaluations and SKP plans (issues of
 * `transition`, `openEvaluation`, `createSkpPlan`, `transitionSkpPlan`) and the reasons of
 * `authorize` (`workflow.allow.*`, `workflow.deny.*`).
 */
export const workflowMessages = {
  // Gate 1: the lifecycle.
  'workflow.invalid-transition': {
    id: (p) =>
      `Tindakan "${p.action}" tidak dapat dilakukan pada penilaian berstatus "${p.state}"${p.allowed ? ` (hanya pada status: ${p.allowed})` : ' (tidak pada status mana pun)'}`,
    en: (p) =>
      `The action "${p.action}" is not possible on an evaluation in state "${p.state}"${p.allowed ? ` (only in: ${p.allowed})` : ' (in no state)'}`,
  },
  'workflow.skp-invalid-transition': {
    id: (p) =>
      `Tindakan "${p.action}" tidak dapat dilakukan pada SKP berstatus "${p.state}"${p.allowed ? ` (hanya pada status: ${p.allowed})` : ''}`,
    en: (p) =>
      `The action "${p.action}" is not possible on an SKP plan in state "${p.state}"${p.allowed ? ` (only in: ${p.allowed})` : ''}`,
  },
  'workflow.self-assessment-required': {
    id: () => 'Ruleset mewajibkan penilaian diri oleh pegawai sebelum penilaian oleh pejabat penilai',
    en: () => 'The ruleset requires the employee’s self-assessment before the pejabat penilai assesses',
  },
  'workflow.dialogue-required': {
    id: (p) =>
      p.setting === 'always'
        ? 'Ruleset mewajibkan dialog kinerja sebelum penilaian ditetapkan'
        : 'Selisih penilaian diri dan penilaian pejabat penilai melebihi toleransi: dialog kinerja wajib sebelum penilaian ditetapkan',
    en: (p) =>
      p.setting === 'always'
        ? 'The ruleset requires a performance dialogue before the evaluation is finalised'
        : 'The gap between the self-assessment and the pejabat penilai’s assessment exceeds the tolerance: a dialogue is required before finalising',
  },
  'workflow.mediation-required': {
    id: () =>
      'Dialog tidak mencapai kesepakatan: penilaian hanya dapat ditetapkan melalui mediasi atasan pejabat penilai',
    en: () =>
      'The dialogue ended in disagreement: only the atasan pejabat penilai’s mediation can finalise the evaluation',
  },
  // Gate 3: the content of an action.
  'workflow.unknown-action': {
    id: (p) =>
      `Tindakan tidak dikenal: ${show(p.value)}${p.expected ? ` (diharapkan salah satu dari ${p.expected})` : ''}`,
    en: (p) => `Unknown action: ${show(p.value)}${p.expected ? ` (expected one of ${p.expected})` : ''}`,
  },
  'workflow.invalid-actor': {
    id: () => 'Pelaku harus berupa objek dengan id berupa teks yang tidak kosong',
    en: () => 'The actor must be an object with a non-empty string id',
  },
  'workflow.not-json': {
    id: (p) => `Nilai harus berupa data JSON biasa (diterima ${p.received})`,
    en: (p) => `The value must be plain JSON data (received ${p.received})`,
  },
  'workflow.reason-required': {
    id: () => 'Alasan wajib diisi',
    en: () => 'A reason is required',
  },
  'workflow.revision-required': {
    id: (p) => `Keputusan "${p.decision}" memerlukan penilaian yang direvisi (revised)`,
    en: (p) => `The decision "${p.decision}" needs the revised ratings (revised)`,
  },
  'workflow.revision-unexpected': {
    id: (p) => `Keputusan atau hasil "${p.decision}" tidak mengubah penilaian: hapus revisi (revised)`,
    en: (p) =>
      `The decision or outcome "${p.decision}" does not change the ratings: remove the revision (revised)`,
  },
  'workflow.date-before-previous': {
    id: (p) => `Tanggal ${p.asOf} sebelum transisi sebelumnya (${p.previous})`,
    en: (p) => `The date ${p.asOf} is before the previous transition (${p.previous})`,
  },
  'workflow.held-after-recorded': {
    id: (p) => `Tanggal dialog ${p.heldOn} setelah tanggal pencatatan ${p.asOf}`,
    en: (p) => `The dialogue date ${p.heldOn} is after the day it is recorded (${p.asOf})`,
  },
  'workflow.appeal-late': {
    id: (p) =>
      `Keberatan diajukan ${p.filedOn}, melewati batas waktu ${p.deadline} (${p.days} hari ${p.kind === 'working' ? 'kerja' : 'kalender'} sejak hasil diterima ${p.releasedOn}; terlambat ${p.daysLate} hari)`,
    en: (p) =>
      `The appeal was filed on ${p.filedOn}, after its deadline ${p.deadline} (${p.days} ${p.kind === 'working' ? 'working' : 'calendar'} days from the release on ${p.releasedOn}; ${p.daysLate} days late)`,
  },
  'workflow.conflict-already-declared': {
    id: (p) => `Konflik kepentingan ${show(p.assessorId)} sudah dinyatakan (${p.relation})`,
    en: (p) => `A conflict of interest of ${show(p.assessorId)} is already declared (${p.relation})`,
  },
  'workflow.conflict-of-employee': {
    id: () => 'Konflik kepentingan dinyatakan untuk penilai, bukan untuk pegawai yang dinilai',
    en: () => 'A conflict of interest is declared for an assessor, not for the employee evaluated',
  },
  'workflow.assessor-is-employee': {
    id: (p) =>
      `${p.field === 'atasanId' ? 'Atasan pejabat penilai' : 'Pejabat penilai'} tidak boleh pegawai yang dinilai sendiri`,
    en: (p) =>
      `The ${p.field === 'atasanId' ? 'atasan pejabat penilai' : 'pejabat penilai'} cannot be the employee evaluated`,
  },
  'workflow.atasan-is-supervisor': {
    id: () => 'Atasan pejabat penilai tidak boleh sama dengan pejabat penilai',
    en: () => 'The atasan pejabat penilai cannot be the pejabat penilai',
  },
  'workflow.assessor-conflicted': {
    id: (p) =>
      `${show(p.assessorId)} memiliki konflik kepentingan yang dinyatakan (${p.relation}): tunjuk penilai lain`,
    en: (p) =>
      `${show(p.assessorId)} has a declared conflict of interest (${p.relation}): assign another assessor`,
  },
  'workflow.reassign-nothing': {
    id: () => 'Penunjukan ulang memerlukan supervisorId atau atasanId yang baru',
    en: () => 'A reassignment needs a new supervisorId or atasanId',
  },
  'workflow.reassign-unchanged': {
    id: (p) => `${show(p.value)} sudah tercatat pada ${p.field}`,
    en: (p) => `${show(p.value)} is already recorded as ${p.field}`,
  },
  'workflow.supervisor-frozen': {
    id: (p) => `Pejabat penilai tidak dapat diganti setelah penilaian ditetapkan (status "${p.state}")`,
    en: (p) => `The pejabat penilai cannot change once the evaluation is finalised (state "${p.state}")`,
  },
  // authorize: allowed.
  'workflow.allow.pegawai': {
    id: (p) => `Diizinkan: "${p.action}" sebagai pegawai yang dinilai`,
    en: (p) => `Allowed: "${p.action}" as the employee evaluated (pegawai)`,
  },
  'workflow.allow.pejabat-penilai': {
    id: (p) => `Diizinkan: "${p.action}" sebagai pejabat penilai kinerja pegawai ini`,
    en: (p) => `Allowed: "${p.action}" as this employee’s pejabat penilai (direct supervisor)`,
  },
  'workflow.allow.atasan-pejabat-penilai': {
    id: (p) => `Diizinkan: "${p.action}" sebagai atasan pejabat penilai`,
    en: (p) => `Allowed: "${p.action}" as the atasan pejabat penilai`,
  },
  'workflow.allow.pengelola-kinerja': {
    id: (p) => `Diizinkan: "${p.action}" sebagai pengelola kinerja`,
    en: (p) => `Allowed: "${p.action}" as the pengelola kinerja (HR)`,
  },
  // authorize: denied.
  'workflow.deny.no-role': {
    id: (p) => `Ditolak: "${p.action}" — Anda tidak memiliki peran pada penilaian ini`,
    en: (p) => `Denied: "${p.action}" — you have no role on this evaluation`,
  },
  'workflow.deny.not-employee': {
    id: (p) => `Ditolak: "${p.action}" hanya dapat dilakukan oleh pegawai yang dinilai`,
    en: (p) => `Denied: "${p.action}" is for the employee evaluated only`,
  },
  'workflow.deny.not-supervisor': {
    id: (p) =>
      `Ditolak: "${p.action}" hanya dapat dilakukan oleh pejabat penilai pegawai ini (atasan langsungnya)`,
    en: (p) => `Denied: "${p.action}" is for this employee’s pejabat penilai (direct supervisor) only`,
  },
  'workflow.deny.not-dialogue-party': {
    id: (p) => `Ditolak: "${p.action}" hanya dapat dilakukan oleh pegawai atau pejabat penilainya`,
    en: (p) => `Denied: "${p.action}" is for the employee or their pejabat penilai only`,
  },
  'workflow.deny.not-atasan': {
    id: (p) => `Ditolak: "${p.action}" hanya dapat dilakukan oleh atasan pejabat penilai`,
    en: (p) => `Denied: "${p.action}" is for the atasan pejabat penilai only`,
  },
  'workflow.deny.not-hr': {
    id: (p) => `Ditolak: "${p.action}" hanya dapat dilakukan oleh pengelola kinerja`,
    en: (p) => `Denied: "${p.action}" is for the pengelola kinerja (HR) only`,
  },
  'workflow.deny.not-assessor': {
    id: (p) =>
      `Ditolak: "${p.action}" — konflik kepentingan dinyatakan oleh penilai yang bersangkutan atau oleh pengelola kinerja`,
    en: (p) =>
      `Denied: "${p.action}" — a conflict of interest is declared by the assessor concerned or by the pengelola kinerja`,
  },
  'workflow.deny.own-assessor': {
    id: (p) => `Ditolak: "${p.action}" — pegawai tidak pernah menilai dirinya sendiri sebagai penilai`,
    en: (p) => `Denied: "${p.action}" — an employee never assesses themself as an assessor`,
  },
  'workflow.deny.atasan-is-supervisor': {
    id: (p) =>
      `Ditolak: "${p.action}" — atasan pejabat penilai tidak boleh sekaligus pejabat penilai yang penilaiannya diputuskan`,
    en: (p) =>
      `Denied: "${p.action}" — the atasan pejabat penilai cannot also be the pejabat penilai whose assessment is decided`,
  },
  'workflow.deny.conflict-of-interest': {
    id: (p) =>
      `Ditolak: "${p.action}" — konflik kepentingan dengan pegawai dinyatakan (${p.relation}, ${p.declaredOn}): penilai wajib mengundurkan diri`,
    en: (p) =>
      `Denied: "${p.action}" — a conflict of interest with the employee is declared (${p.relation}, ${p.declaredOn}): the assessor must recuse`,
  },
  'workflow.deny.own-evaluation': {
    id: (p) => `Ditolak: "${p.action}" — pengelola kinerja tidak mengelola penilaiannya sendiri`,
    en: (p) => `Denied: "${p.action}" — a pengelola kinerja does not administer their own evaluation`,
  },
  'workflow.deny.not-released': {
    id: (p) => `Ditolak: "${p.action}" — hasil penilaian belum disampaikan kepada pegawai`,
    en: (p) => `Denied: "${p.action}" — the result has not been released to the employee yet`,
  },
  'workflow.deny.unknown-action': {
    id: (p) => `Ditolak: tindakan tidak dikenal ${show(p.action)}`,
    en: (p) => `Denied: unknown action ${show(p.action)}`,
  },
  'workflow.deny.invalid-input': {
    id: (p) => `Ditolak: "${p.action}" — data penilaian tidak dapat dibaca (${p.code} pada ${show(p.path)})`,
    en: (p) => `Denied: "${p.action}" — the evaluation cannot be read (${p.code} at ${show(p.path)})`,
  },
} satisfies MessageCatalog;
