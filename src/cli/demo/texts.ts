/**
 * The words of the `kinerja demo` report, in Indonesian and English. The library's own texts
 * (explanations, calibration reasons, eligibility) come with the results; these are the headings,
 * column names and sentences around them.
 */
import type { Locale } from '../../index';

/** The figures of the ledger example line. */
interface LedgerExample {
  readonly employee: string;
  readonly jenjang: string;
  readonly golongan: string;
  readonly opening: string;
  readonly earned: string;
  readonly accumulated: string;
  readonly next: string;
  readonly remaining: string;
}

const catalog = {
  title: {
    id: (p: { year: number }) =>
      `kinerja demo: tiga instansi contoh, satu tahun pengelolaan kinerja (${p.year})`,
    en: (p: { year: number }) =>
      `kinerja demo: three example agencies, one year of performance management (${p.year})`,
  },
  subtitle: {
    id: (p: { seed: number; employees: number; asOf: string }) =>
      `Data bangkitan (seed ${p.seed}, ${p.employees} pegawai per instansi), penyimpanan memory bawaan; laporan per ${p.asOf}.`,
    en: (p: { seed: number; employees: number; asOf: string }) =>
      `Generated data (seed ${p.seed}, ${p.employees} employees per agency), the embedded memory store; report as of ${p.asOf}.`,
  },
  fictional: {
    id: () => 'Instansi, unit dan pegawai adalah contoh fiktif yang meniru instansi daerah nyata',
    en: () => 'Agencies, units and employees are fictional, modelled on real regional agencies',
  },
  // Section headings.
  sRulesets: { id: () => '1. Ruleset', en: () => '1. Rulesets' },
  sEvaluations: {
    id: (p: { year: number }) => `2. Evaluasi periodik ${p.year}`,
    en: (p: { year: number }) => `2. Periodic evaluations ${p.year}`,
  },
  sDialogue: {
    id: () => '3. Penilaian diri, penilaian atasan dan dialog',
    en: () => '3. Self and supervisor assessment, dialogues',
  },
  sAnnual: { id: () => '4. Predikat tahunan', en: () => '4. Annual predikat' },
  sCurves: {
    id: () => '5. Kurva distribusi unit dan kalibrasi',
    en: () => '5. Unit distribution curves and calibration',
  },
  sFollowUp: { id: () => '6. Tindak lanjut', en: () => '6. Follow-up' },
  sExplain: { id: () => '7. Penjelasan satu hasil', en: () => '7. One result explained' },
  sAngkaKredit: {
    id: () => '8. Angka kredit pejabat fungsional',
    en: () => '8. Angka kredit of functional officials',
  },
  sEligibility: {
    id: (p: { asOf: string }) => `9. Kelayakan kenaikan pangkat dan jabatan (per ${p.asOf})`,
    en: (p: { asOf: string }) => `9. Promotion eligibility (as of ${p.asOf})`,
  },
  sAudit: { id: () => '10. Penyimpanan dan log audit', en: () => '10. Store and audit log' },
  sSummary: { id: () => 'Ringkasan', en: () => 'Summary' },
  // Columns.
  cAgency: { id: () => 'INSTANSI', en: () => 'AGENCY' },
  cRuleset: { id: () => 'RULESET', en: () => 'RULESET' },
  cExtends: { id: () => 'TURUNAN DARI', en: () => 'EXTENDS' },
  cCalendar: { id: () => 'PERIODE', en: () => 'CALENDAR' },
  cAnnual: { id: () => 'TAHUNAN', en: () => 'ANNUAL' },
  cFinal: { id: () => 'AKHIR', en: () => 'FINAL' },
  cValid: { id: () => 'VALID', en: () => 'VALID' },
  cEmployees: { id: () => 'PEGAWAI', en: () => 'EMPLOYEES' },
  cUnits: { id: () => 'UNIT', en: () => 'UNITS' },
  cPeriods: { id: () => 'PERIODE', en: () => 'PERIODS' },
  cEvaluations: { id: () => 'EVALUASI', en: () => 'EVALUATIONS' },
  cMissed: { id: () => 'TARGET TIDAK TERCAPAI', en: () => 'MISSED TARGETS' },
  cJustified: { id: () => 'DENGAN ALASAN', en: () => 'JUSTIFIED' },
  cWarnings: { id: () => 'PERINGATAN', en: () => 'WARNINGS' },
  cFinalised: { id: () => 'FINAL', en: () => 'FINALISED' },
  cRatedItems: { id: () => 'BUTIR DINILAI', en: () => 'RATED ITEMS' },
  cGaps: { id: () => 'BERBEDA', en: () => 'DIFFER' },
  cTolerance: { id: () => 'TOLERANSI', en: () => 'TOLERANCE' },
  cBeyond: { id: () => 'MELEBIHI TOLERANSI', en: () => 'BEYOND TOLERANCE' },
  cDialogues: { id: () => 'DIALOG', en: () => 'DIALOGUES' },
  cAgreed: { id: () => 'SEPAKAT', en: () => 'AGREED' },
  cMediated: { id: () => 'DIMEDIASI', en: () => 'MEDIATED' },
  cUnit: { id: () => 'UNIT', en: () => 'UNIT' },
  cUnitPredikat: { id: () => 'PREDIKAT UNIT', en: () => 'UNIT PREDIKAT' },
  cN: { id: () => 'N', en: () => 'N' },
  cCurve: { id: () => 'KURVA', en: () => 'CURVE' },
  cViolations: { id: () => 'PELANGGARAN', en: () => 'VIOLATIONS' },
  cMoves: { id: () => 'PINDAH', en: () => 'MOVES' },
  cReward: { id: () => 'PENGHARGAAN', en: () => 'REWARD' },
  cTraining: { id: () => 'PELATIHAN', en: () => 'TRAINING' },
  cCoaching: { id: () => 'PEMBINAAN', en: () => 'COACHING' },
  cSanction: { id: () => 'SANKSI', en: () => 'SANCTION' },
  cNeeds: { id: () => 'KEBUTUHAN PELATIHAN TERBANYAK', en: () => 'MOST COMMON TRAINING NEEDS' },
  cJenjang: { id: () => 'JENJANG', en: () => 'JENJANG' },
  cOfficials: { id: () => 'PEJABAT', en: () => 'OFFICIALS' },
  cEarned: {
    id: (p: { year: number }) => `AK ${p.year}`,
    en: (p: { year: number }) => `AK ${p.year}`,
  },
  cNextRank: { id: () => 'CUKUP UNTUK PANGKAT BERIKUT', en: () => 'ENOUGH FOR NEXT RANK' },
  cRule: { id: () => 'ATURAN', en: () => 'RULE' },
  cChecked: { id: () => 'DIPERIKSA', en: () => 'CHECKED' },
  cEligible: { id: () => 'LAYAK', en: () => 'ELIGIBLE' },
  cWithinYear: { id: () => 'DALAM SETAHUN', en: () => 'WITHIN A YEAR' },
  cUnmet: { id: () => 'SYARAT TERSERING TIDAK TERPENUHI', en: () => 'MOST OFTEN UNMET' },
  cPosition: { id: () => '#', en: () => '#' },
  cEmployee: { id: () => 'PEGAWAI', en: () => 'EMPLOYEE' },
  cPredikat: { id: () => 'PREDIKAT', en: () => 'PREDIKAT' },
  cGolongan: { id: () => 'GOL.', en: () => 'RANK' },
  cService: { id: () => 'MASA KERJA', en: () => 'SERVICE' },
  cDecidedBy: { id: () => 'DI ATAS BERIKUTNYA KARENA', en: () => 'ABOVE THE NEXT BY' },
  cEvents: { id: () => 'PERISTIWA', en: () => 'EVENTS' },
  cRecords: { id: () => 'CATATAN', en: () => 'RECORDS' },
  cChain: { id: () => 'RANTAI', en: () => 'CHAIN' },
  cHead: { id: () => 'HASH KEPALA', en: () => 'HEAD HASH' },
  // Cells and sentences.
  ok: { id: () => 'ok', en: () => 'ok' },
  intact: { id: () => 'utuh', en: () => 'intact' },
  broken: { id: () => 'RUSAK', en: () => 'BROKEN' },
  violated: { id: () => 'dilanggar', en: () => 'violated' },
  infeasible: { id: () => 'tak mungkin', en: () => 'infeasible' },
  none: { id: () => '-', en: () => '-' },
  toleranceSteps: {
    id: (p: { steps: string }) => `${p.steps} tingkat`,
    en: (p: { steps: string }) => `${p.steps} steps`,
  },
  tolerancePoints: {
    id: (p: { points: string }) => `${p.points} poin`,
    en: (p: { points: string }) => `${p.points} points`,
  },
  dialogueNote: {
    id: () =>
      'Dialog diperlukan bila penilaian diri dan atasan berselisih melebihi toleransi ruleset. Penilaian atasan yang berlaku;\nselisih yang tidak disepakati dimediasi oleh atasan pejabat penilai (siklus: dinilai sendiri → dinilai → dialog → final).',
    en: () =>
      "A dialogue is needed when self and supervisor differ by more than the ruleset's tolerance. The supervisor's rating is of\nrecord; a disagreement is mediated by the atasan pejabat penilai (lifecycle: self-assessed → assessed → dialogue → finalised).",
  },
  annualHeading: {
    id: (p: { agency: string; strategy: string; n: number }) => `${p.agency} (${p.strategy}, ${p.n} pegawai)`,
    en: (p: { agency: string; strategy: string; n: number }) =>
      `${p.agency} (${p.strategy}, ${p.n} employees)`,
  },
  adviceHeading: {
    id: (p: { agency: string; unit: string; predikat: string; n: number }) =>
      `Saran kalibrasi: ${p.agency} / ${p.unit} (predikat unit ${p.predikat}, ${p.n} pegawai)`,
    en: (p: { agency: string; unit: string; predikat: string; n: number }) =>
      `Calibration advice: ${p.agency} / ${p.unit} (unit predikat ${p.predikat}, ${p.n} employees)`,
  },
  adviceViolation: {
    id: (p: { constraint: string; actual: number; bound: string; limit: number }) =>
      `${p.constraint}: ${p.actual} pegawai, ${p.bound === 'max' ? 'paling banyak' : 'paling sedikit'} ${p.limit}`,
    en: (p: { constraint: string; actual: number; bound: string; limit: number }) =>
      `${p.constraint}: ${p.actual} employees, ${p.bound === 'max' ? 'at most' : 'at least'} ${p.limit}`,
  },
  advicePlan: {
    id: (p: { moves: number; plan: string }) =>
      `rencana dengan perpindahan paling sedikit (${p.moves}): ${p.plan}`,
    en: (p: { moves: number; plan: string }) => `plan with the fewest moves (${p.moves}): ${p.plan}`,
  },
  adviceCandidates: {
    id: () => 'calon terdekat dengan ambang:',
    en: () => 'candidates nearest a threshold:',
  },
  adviceUnranked: {
    id: (p: { count: number }) =>
      `${p.count} pegawai lain tanpa dasar peringkat (rating langsung atau tidak satu ambang pun): keputusan atasan`,
    en: (p: { count: number }) =>
      `${p.count} others without a basis for ranking (a direct rating, or no single threshold): the supervisor's call`,
  },
  adviceOnly: {
    id: () =>
      'Saran saja: tidak ada hasil yang diubah; kalibrasi tetap keputusan manusia melalui alur kerja.',
    en: () =>
      'Advice only: no result is changed; recalibration stays a human decision, through the workflow.',
  },
  ratersHeading: {
    id: () => 'Penilai per butir (hasil rekonsiliasi):',
    en: () => 'Raters per item (as reconciled):',
  },
  cItem: { id: () => 'BUTIR', en: () => 'ITEM' },
  cSelf: { id: () => 'DIRI', en: () => 'SELF' },
  cSupervisor: { id: () => 'ATASAN', en: () => 'SUPERVISOR' },
  cOfRecord: { id: () => 'YANG BERLAKU', en: () => 'OF RECORD' },
  cDialogue: { id: () => 'DIALOG', en: () => 'DIALOGUE' },
  yes: { id: () => 'ya', en: () => 'yes' },
  justificationsHeading: {
    id: () => 'Alasan pegawai atas target yang tidak tercapai:',
    en: () => "The employee's justification of missed targets:",
  },
  explainIntro: {
    id: (p: { agency: string; employee: string; period: string }) =>
      `${p.agency}, pegawai ${p.employee}, periode ${p.period} (explain):`,
    en: (p: { agency: string; employee: string; period: string }) =>
      `${p.agency}, employee ${p.employee}, period ${p.period} (explain):`,
  },
  ledgerExample: {
    id: (p: LedgerExample) =>
      `Contoh: ${p.employee} (${p.jenjang}, ${p.golongan}): saldo awal ${p.opening} + ${p.earned} tahun ini = ${p.accumulated}; pangkat ${p.next} memerlukan ${p.remaining} lagi.`,
    en: (p: LedgerExample) =>
      `Example: ${p.employee} (${p.jenjang}, ${p.golongan}): opening ${p.opening} + ${p.earned} this year = ${p.accumulated}; rank ${p.next} needs ${p.remaining} more.`,
  },
  eligibilityExample: {
    id: (p: { agency: string; employee: string }) => `Contoh, ${p.agency}, pegawai ${p.employee}:`,
    en: (p: { agency: string; employee: string }) => `Example, ${p.agency}, employee ${p.employee}:`,
  },
  rankingHeading: {
    id: (p: { agency: string; title: string; rule: string; ranked: number; ineligible: number }) =>
      `Peringkat merit ${p.agency}: ${p.title} (${p.rule}): ${p.ranked} memenuhi syarat, ${p.ineligible} tidak`,
    en: (p: { agency: string; title: string; rule: string; ranked: number; ineligible: number }) =>
      `Merit ranking, ${p.agency}: ${p.title} (${p.rule}): ${p.ranked} eligible, ${p.ineligible} not`,
  },
  rankingCriteria: {
    id: () => 'Urutan: predikat tahun terakhir, lalu golongan, lalu masa kerja (hari), lalu NIP.',
    en: () => 'Order: last year’s predikat, then rank, then service (days), then the NIP.',
  },
  days: {
    id: (p: { days: number }) => `${p.days} hari`,
    en: (p: { days: number }) => `${p.days} days`,
  },
  tieById: { id: () => 'seri: NIP', en: () => 'a tie: the NIP' },
  rankingMore: {
    id: (p: { count: number }) => `… dan ${p.count} lagi`,
    en: (p: { count: number }) => `… and ${p.count} more`,
  },
  years: {
    id: (p: { years: number }) => `${p.years} th`,
    en: (p: { years: number }) => `${p.years} y`,
  },
  summaryLine: {
    id: (p: {
      agencies: number;
      employees: number;
      evaluations: number;
      dialogues: number;
      violated: number;
      units: number;
    }) =>
      `${p.agencies} instansi, ${p.employees} pegawai, ${p.evaluations} evaluasi dinilai dan difinalkan, ${p.dialogues} dialog, ${p.violated} dari ${p.units} kurva unit dilanggar.`,
    en: (p: {
      agencies: number;
      employees: number;
      evaluations: number;
      dialogues: number;
      violated: number;
      units: number;
    }) =>
      `${p.agencies} agencies, ${p.employees} employees, ${p.evaluations} evaluations scored and finalised, ${p.dialogues} dialogues, ${p.violated} of ${p.units} unit curves violated.`,
  },
  summaryStore: {
    id: (p: { events: number; ok: boolean }) =>
      `${p.events} peristiwa audit; rantai hash ${p.ok ? 'utuh' : 'RUSAK'} (verifyAudit).`,
    en: (p: { events: number; ok: boolean }) =>
      `${p.events} audit events; hash chain ${p.ok ? 'intact' : 'BROKEN'} (verifyAudit).`,
  },
  summaryNext: {
    id: () =>
      'Berikutnya: https://github.com/kinerja-id/kinerja/blob/main/docs/getting-started.md, "kinerja packs --export DIR" untuk menyalin paket, "kinerja help".',
    en: () =>
      'Next: https://github.com/kinerja-id/kinerja/blob/main/docs/getting-started.md, "kinerja packs --export DIR" to copy a pack, "kinerja help".',
  },
  timing: {
    id: (p: { seconds: string; evaluations: number; perSecond: number }) =>
      `kinerja demo: selesai dalam ${p.seconds} dtk (${p.evaluations} evaluasi, ${p.perSecond} per detik)`,
    en: (p: { seconds: string; evaluations: number; perSecond: number }) =>
      `kinerja demo: finished in ${p.seconds} s (${p.evaluations} evaluations, ${p.perSecond} per second)`,
  },
  failed: {
    id: (p: { detail: string }) => `demo gagal (ini kesalahan kinerja, mohon laporkan): ${p.detail}`,
    en: (p: { detail: string }) => `the demo failed (a bug in kinerja, please report it): ${p.detail}`,
  },
} as const;

/** A key of the demo's texts. */
export type DemoText = keyof typeof catalog;

type Params<K extends DemoText> = Parameters<(typeof catalog)[K]['en']>;

/** The text of `key` in `locale`. */
export function dt<K extends DemoText>(locale: Locale, key: K, ...params: Params<K>): string {
  const render = catalog[key][locale] as (...args: Params<K>) => string;
  return render(...params);
}
