import type { MessageCatalog, MessageParams } from './types';

const v = (p: MessageParams, k: string): string => String(p[k] ?? '');

/** Messages of the organisation module: unit distribution curves and calibration advice. */
export const organisationMessages = {
  'organisation.no-curves': {
    id: () => 'Ruleset tidak memuat kurva sebaran predikat (bagian "distribution")',
    en: () => 'The ruleset has no distribution curves (the "distribution" section)',
  },
  'organisation.unknown-unit-predikat': {
    id: (p) =>
      `Tidak ada kurva sebaran untuk predikat unit "${v(p, 'unit')}" (tersedia: ${v(p, 'available')})`,
    en: (p) => `No distribution curve for unit predikat "${v(p, 'unit')}" (available: ${v(p, 'available')})`,
  },
  'organisation.unknown-predikat': {
    id: (p) => `Predikat tidak dikenal: "${v(p, 'code')}" (tersedia: ${v(p, 'available')})`,
    en: (p) => `Unknown predikat: "${v(p, 'code')}" (available: ${v(p, 'available')})`,
  },
  'organisation.too-many-predikat': {
    id: (p) => `Jumlah kode predikat harus 1 sampai ${v(p, 'max')}, bukan ${v(p, 'count')}`,
    en: (p) => `There must be 1 to ${v(p, 'max')} predikat codes, not ${v(p, 'count')}`,
  },
  'organisation.constraint-without-limit': {
    id: (p) => `Batasan "${v(p, 'id')}" memerlukan persentase (percent) atau jumlah orang (count)`,
    en: (p) => `Constraint "${v(p, 'id')}" needs a share (percent) or a number of people (count)`,
  },
  'organisation.duplicate-employee': {
    id: (p) => `Pegawai "${v(p, 'id')}" tercantum dua kali (pertama pada urutan ${v(p, 'first')})`,
    en: (p) => `Employee "${v(p, 'id')}" is listed twice (first at index ${v(p, 'first')})`,
  },
  'organisation.advice-mismatch': {
    id: (p) =>
      `Daftar pegawai tidak sesuai dengan laporan sebaran: predikat ${v(p, 'code')} ada ${v(p, 'employees')} pegawai, laporan mencatat ${v(p, 'report')}`,
    en: (p) =>
      `The employees do not match the distribution report: ${v(p, 'employees')} employees hold ${v(p, 'code')}, the report counts ${v(p, 'report')}`,
  },
  'organisation.reason-score': {
    id: (p) =>
      `Nilai akhir ${v(p, 'value')} berjarak ${v(p, 'distance')} dari batas ${v(p, 'edge')} predikat ${v(p, 'predikat')}; ${p.direction === 'up' ? 'naik' : 'turun'} ke ${v(p, 'to')} memerlukan kalibrasi terkecil`,
    en: (p) =>
      `Final score ${v(p, 'value')} is ${v(p, 'distance')} from the ${v(p, 'predikat')} band edge ${v(p, 'edge')}; moving ${p.direction === 'up' ? 'up' : 'down'} to ${v(p, 'to')} needs the least recalibration`,
  },
  'organisation.reason-derived': {
    id: (p) =>
      `Rating ${v(p, 'component')} diturunkan dari rata-rata butir ${v(p, 'value')}, berjarak ${v(p, 'distance')} dari ambang ${v(p, 'edge')}; rating ${v(p, 'rating')} akan memberi predikat ${v(p, 'to')}`,
    en: (p) =>
      `The ${v(p, 'component')} rating was derived from an item mean of ${v(p, 'value')}, ${v(p, 'distance')} from the threshold ${v(p, 'edge')}; a rating of ${v(p, 'rating')} would give predikat ${v(p, 'to')}`,
  },
  'explain.distribution': {
    id: (p) =>
      `Sebaran predikat pegawai pada unit berpredikat ${v(p, 'ref')} (${v(p, 'n')} pegawai): ${
        p.output === 'ok'
          ? 'sesuai kurva'
          : p.output === 'infeasible'
            ? 'unit terlalu kecil untuk kurvanya (tidak ada sebaran yang memenuhi semua batasan)'
            : `tidak sesuai kurva; paling sedikit ${v(p, 'moves')} pegawai harus berpindah predikat`
      }${p.advisory === true ? ` (hanya saran: unit kurang dari ${v(p, 'minimumUnitSize')} pegawai)` : ''}`,
    en: (p) =>
      `Employee predikat in a unit rated ${v(p, 'ref')} (${v(p, 'n')} employees): ${
        p.output === 'ok'
          ? 'fits its curve'
          : p.output === 'infeasible'
            ? 'the unit is too small for its curve (no distribution satisfies every constraint)'
            : `does not fit its curve; at least ${v(p, 'moves')} ${p.moves === 1 ? 'employee' : 'employees'} must change predikat`
      }${p.advisory === true ? ` (advice only: the unit has fewer than ${v(p, 'minimumUnitSize')} employees)` : ''}`,
  },
  'explain.distribution.constraint': {
    id: (p) =>
      `${v(p, 'ref')}: ${v(p, 'predikat')} = ${v(p, 'actual')}, ${p.bound === 'max' ? 'paling banyak' : 'paling sedikit'} ${v(p, 'limit')}${p.percent === null ? '' : ` (${v(p, 'percent')}%)`} → ${p.output === 'met' ? 'terpenuhi' : 'tidak terpenuhi'}`,
    en: (p) =>
      `${v(p, 'ref')}: ${v(p, 'predikat')} = ${v(p, 'actual')}, ${p.bound === 'max' ? 'at most' : 'at least'} ${v(p, 'limit')}${p.percent === null ? '' : ` (${v(p, 'percent')}%)`} → ${p.output === 'met' ? 'met' : 'not met'}`,
  },
} satisfies MessageCatalog;
