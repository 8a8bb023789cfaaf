import type { MessageCatalog, MessageParams } from './types';

const v = (p: MessageParams, k: string): string => String(p[k] ?? '');

/** Messages of eligibility results (career): verdicts, composite nodes and each leaf type. */
export const careerEligibilityMessages = {
  'eligibility.verdict-eligible': {
    id: (p) => `Memenuhi syarat ${v(p, 'rule')} per ${v(p, 'asOf')}`,
    en: (p) => `Eligible for ${v(p, 'rule')} as of ${v(p, 'asOf')}`,
  },
  'eligibility.verdict-not-eligible': {
    id: (p) =>
      `Belum memenuhi syarat ${v(p, 'rule')} per ${v(p, 'asOf')}; syarat yang belum terpenuhi: ${v(p, 'unmet')}`,
    en: (p) => `Not eligible for ${v(p, 'rule')} as of ${v(p, 'asOf')}; unmet: ${v(p, 'unmet')}`,
  },
  'eligibility.earliest': {
    id: (p) => `Tanggal terdekat pada jadwal kenaikan pangkat saat semua syarat terpenuhi: ${v(p, 'date')}`,
    en: (p) => `Earliest date on the promotion schedule when every condition holds: ${v(p, 'date')}`,
  },
  'eligibility.no-earliest': {
    id: () => 'Tidak ada tanggal pada jadwal saat semua syarat terpenuhi dengan data saat ini',
    en: () => 'No schedule date at which every condition holds, given the facts as they stand',
  },
  'eligibility.node-all': {
    id: (p) => `${v(p, 'id')}: semua syarat (${v(p, 'met')} dari ${v(p, 'count')} terpenuhi)`,
    en: (p) => `${v(p, 'id')}: all of (${v(p, 'met')} of ${v(p, 'count')} met)`,
  },
  'eligibility.node-any': {
    id: (p) => `${v(p, 'id')}: salah satu syarat (${v(p, 'met')} dari ${v(p, 'count')} terpenuhi)`,
    en: (p) => `${v(p, 'id')}: any of (${v(p, 'met')} of ${v(p, 'count')} met)`,
  },
  'eligibility.node-not': {
    id: (p) => `${v(p, 'id')}: syarat berikut tidak boleh terpenuhi`,
    en: (p) => `${v(p, 'id')}: the following must not hold`,
  },
  'eligibility.leaf-years': {
    id: (p) =>
      `${v(p, 'id')}: ${v(p, 'what_id')} ${v(p, 'years')} tahun sejak ${v(p, 'since')} (paling sedikit ${v(p, 'atLeast')} tahun, tercapai ${v(p, 'reachedOn')})`,
    en: (p) =>
      `${v(p, 'id')}: ${v(p, 'what_en')} ${v(p, 'years')} years since ${v(p, 'since')} (at least ${v(p, 'atLeast')}, reached on ${v(p, 'reachedOn')})`,
  },
  'eligibility.leaf-missing': {
    id: (p) => `${v(p, 'id')}: data ${v(p, 'fact')} tidak ada`,
    en: (p) => `${v(p, 'id')}: no ${v(p, 'fact')} in the facts`,
  },
  'eligibility.leaf-age': {
    id: (p) => `${v(p, 'id')}: usia ${v(p, 'age')} tahun (batas: ${v(p, 'limits')})`,
    en: (p) => `${v(p, 'id')}: age ${v(p, 'age')} (limits: ${v(p, 'limits')})`,
  },
  'eligibility.leaf-predikat': {
    id: (p) =>
      `${v(p, 'id')}: predikat ${v(p, 'years')} (paling rendah ${v(p, 'atLeast')}; tahun tanpa predikat tidak memenuhi)`,
    en: (p) =>
      `${v(p, 'id')}: predikat ${v(p, 'years')} (at least ${v(p, 'atLeast')}; a year without one fails)`,
  },
  'eligibility.leaf-sanction': {
    id: (p) => `${v(p, 'id')}: hukuman disiplin yang sedang berjalan: ${v(p, 'running') || 'tidak ada'}`,
    en: (p) => `${v(p, 'id')}: running disciplinary sanctions: ${v(p, 'running') || 'none'}`,
  },
  'eligibility.leaf-education-cap': {
    id: (p) =>
      `${v(p, 'id')}: pangkat berikutnya ${v(p, 'next')} dengan pendidikan ${v(p, 'education')} (batas ${v(p, 'cap')})`,
    en: (p) =>
      `${v(p, 'id')}: next rank ${v(p, 'next')} with education ${v(p, 'education')} (cap ${v(p, 'cap')})`,
  },
  'eligibility.leaf-education-in': {
    id: (p) => `${v(p, 'id')}: pendidikan ${v(p, 'education')} (salah satu dari ${v(p, 'allowed')})`,
    en: (p) => `${v(p, 'id')}: education ${v(p, 'education')} (one of ${v(p, 'allowed')})`,
  },
  'eligibility.leaf-exam': {
    id: (p) => `${v(p, 'id')}: ujian ${v(p, 'exam')}; lulus: ${v(p, 'passed') || 'belum ada'}`,
    en: (p) => `${v(p, 'id')}: exam ${v(p, 'exam')}; passed: ${v(p, 'passed') || 'none'}`,
  },
  'eligibility.leaf-exam-not-required': {
    id: (p) => `${v(p, 'id')}: ujian dinas tidak diperlukan untuk kenaikan ini`,
    en: (p) => `${v(p, 'id')}: no ujian dinas needed for this step`,
  },
  'eligibility.leaf-angka-kredit': {
    id: (p) =>
      `${v(p, 'id')}: angka kredit ${v(p, 'angkaKredit')} pada jenjang ${v(p, 'jenjang')} (dibutuhkan ${v(p, 'needed')})`,
    en: (p) =>
      `${v(p, 'id')}: angka kredit ${v(p, 'angkaKredit')} in jenjang ${v(p, 'jenjang')} (needed ${v(p, 'needed')})`,
  },
  'eligibility.leaf-prior-position': {
    id: (p) =>
      `${v(p, 'id')}: jabatan yang memenuhi: ${v(p, 'held') || 'tidak ada'} (paling sedikit ${v(p, 'years')} tahun sebagai ${v(p, 'positions')})`,
    en: (p) =>
      `${v(p, 'id')}: qualifying posts held: ${v(p, 'held') || 'none'} (at least ${v(p, 'years')} years as ${v(p, 'positions')})`,
  },
  'eligibility.leaf-compare': {
    id: (p) => `${v(p, 'id')}: ${v(p, 'path')} = ${v(p, 'actual')} (syarat: ${v(p, 'op')} ${v(p, 'value')})`,
    en: (p) =>
      `${v(p, 'id')}: ${v(p, 'path')} = ${v(p, 'actual')} (condition: ${v(p, 'op')} ${v(p, 'value')})`,
  },
  'ranking.position': {
    id: (p) => `${v(p, 'position')}. ${v(p, 'id')}`,
    en: (p) => `${v(p, 'position')}. ${v(p, 'id')}`,
  },
  'ranking.position-above': {
    id: (p) =>
      `${v(p, 'position')}. ${v(p, 'id')} — di atas ${v(p, 'next')} menurut ${v(p, 'criterion')} (${v(p, 'value')} dibanding ${v(p, 'nextValue')})`,
    en: (p) =>
      `${v(p, 'position')}. ${v(p, 'id')} — above ${v(p, 'next')} by ${v(p, 'criterion')} (${v(p, 'value')} vs ${v(p, 'nextValue')})`,
  },
  'ranking.ineligible': {
    id: (p) => `Tidak memenuhi syarat: ${v(p, 'id')} (belum terpenuhi: ${v(p, 'unmet')})`,
    en: (p) => `Not eligible: ${v(p, 'id')} (unmet: ${v(p, 'unmet')})`,
  },
} satisfies MessageCatalog;
