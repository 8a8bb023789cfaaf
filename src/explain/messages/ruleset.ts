import type { MessageCatalog } from './types';

/** Messages of ruleset validation. */
export const rulesetMessages = {
  'ruleset.schema-version': {
    id: (p) => `schemaVersion ${p.received} tidak didukung; versi yang didukung: ${p.expected}`,
    en: (p) => `schemaVersion ${p.received} is not supported; supported: ${p.expected}`,
  },
  'ruleset.unknown-pack': {
    id: (p) => `Paket bawaan tidak dikenal: "${p.id}" (tersedia: ${p.available})`,
    en: (p) => `Unknown built-in pack: "${p.id}" (available: ${p.available})`,
  },
  'ruleset.weights-sum': {
    id: (p) => `Jumlah bobot harus tepat 100, bukan ${p.sum}`,
    en: (p) => `Weights must sum to exactly 100, not ${p.sum}`,
  },
  'ruleset.missing-weight': {
    id: (p) => `Komponen "${p.id}" tidak mempunyai bobot`,
    en: (p) => `Component "${p.id}" has no weight`,
  },
  'ruleset.band-gap': {
    id: (p) => `Celah antara rentang: nilai ${p.at} tidak masuk rentang mana pun`,
    en: (p) => `Gap between bands: the value ${p.at} falls in no band`,
  },
  'ruleset.band-overlap': {
    id: (p) => `Rentang tumpang tindih: nilai ${p.at} masuk dua rentang`,
    en: (p) => `Overlapping bands: the value ${p.at} falls in two bands`,
  },
  'ruleset.band-domain': {
    id: (p) => `Rentang tidak menutup domain: ${p.detail}`,
    en: (p) => `Bands do not cover the domain: ${p.detail}`,
  },
  'ruleset.band-empty': {
    id: () => 'Rentang kosong: batas bawah melebihi batas atas',
    en: () => 'Empty band: the lower bound exceeds the upper bound',
  },
  'ruleset.band-otherwise': {
    id: () => 'Rentang dengan "requires" harus menyebut "otherwise"',
    en: () => 'A band with "requires" must give "otherwise"',
  },
  'ruleset.segment-formula': {
    id: () => 'Segmen harus mempunyai tepat satu dari "constant" atau "linear"',
    en: () => 'A segment needs exactly one of "constant" or "linear"',
  },
  'ruleset.segment-degenerate': {
    id: () => 'Garis "linear" memerlukan x0 ≠ x1',
    en: () => 'A "linear" segment needs x0 ≠ x1',
  },
  'ruleset.matrix-incomplete': {
    id: (p) => `Matriks tidak lengkap: tidak ada predikat untuk ${p.row} × ${p.column}`,
    en: (p) => `Incomplete matrix: no predikat for ${p.row} × ${p.column}`,
  },
  'ruleset.unknown-reference': {
    id: (p) =>
      `Rujukan tidak dikenal: ${p.what} "${p.id}"${p.available ? ` (tersedia: ${p.available})` : ''}`,
    en: (p) => `Unknown reference: ${p.what} "${p.id}"${p.available ? ` (available: ${p.available})` : ''}`,
  },
  'ruleset.duplicate-id': {
    id: (p) => `Id ganda: "${p.id}" sudah dipakai di ${p.first}`,
    en: (p) => `Duplicate id: "${p.id}" is already used at ${p.first}`,
  },
  'ruleset.predikat-order': {
    id: (p) => `Urutan predikat tidak total: ${p.detail}`,
    en: (p) => `The predikat order is not total: ${p.detail}`,
  },
  'ruleset.steps-order': {
    id: () => 'Langkah harus naik dan yang pertama mulai dari 0',
    en: () => 'Steps must ascend and the first must start at 0',
  },
  'ruleset.range-reversed': {
    id: (p) => `Batas tidak sah: ${p.detail}`,
    en: (p) => `Invalid bounds: ${p.detail}`,
  },
  'ruleset.wrong-output': {
    id: (p) => `Komponen "${p.id}" harus menghasilkan ${p.expected} untuk aturan akhir "${p.method}"`,
    en: (p) => `Component "${p.id}" must produce a ${p.expected} for the final method "${p.method}"`,
  },
  'ruleset.missing-limit': {
    id: () => 'Batasan memerlukan "percent" atau "count"',
    en: () => 'A constraint needs a "percent" or a "count"',
  },
  'ruleset.not-json': {
    id: (p) => `Nilai tidak dapat disimpan sebagai JSON: ${p.detail}`,
    en: (p) => `Value cannot be represented as JSON: ${p.detail}`,
  },
} satisfies MessageCatalog;
