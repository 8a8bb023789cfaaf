import { type MessageCatalog, show } from './types';

/** Messages of decimal parsing (`src/decimal`). */
export const decimalMessages = {
  'decimal.invalid': {
    id: (p) =>
      p.value !== undefined
        ? `Bukan angka desimal: ${show(p.value)} (tuliskan dalam notasi desimal biasa, mis. "85.50")`
        : `Bukan angka desimal: diharapkan angka atau teks desimal, diterima ${p.received}`,
    en: (p) =>
      p.value !== undefined
        ? `Not a decimal number: ${show(p.value)} (write plain decimal notation, e.g. "85.50")`
        : `Not a decimal number: expected a number or a decimal string, received ${p.received}`,
  },
  'decimal.not-finite': {
    id: (p) => `Angka harus terhingga, diterima ${p.value}`,
    en: (p) => `The number must be finite, received ${p.value}`,
  },
  'decimal.inexact': {
    id: (p) =>
      `Angka ${p.value} tidak dapat dinyatakan secara tepat; tuliskan sebagai teks desimal (dalam tanda kutip), mis. "0.3"`,
    en: (p) =>
      `The number ${p.value} cannot be represented exactly; write it as a decimal string (in quotes), e.g. "0.3"`,
  },
  'decimal.too-precise': {
    id: (p) => `Terlalu banyak angka penting: ${p.digits}, maksimum ${p.maximum}`,
    en: (p) => `Too many significant digits: ${p.digits}, maximum ${p.maximum}`,
  },
  'decimal.invalid-scale': {
    id: (p) =>
      `Skala (jumlah angka desimal) harus bilangan bulat 0 sampai ${p.max}, diterima ${show(p.value)}`,
    en: (p) =>
      `The scale (decimal places) must be a whole number from 0 to ${p.max}, received ${show(p.value)}`,
  },
  'decimal.invalid-rounding-mode': {
    id: (p) => `Mode pembulatan tidak dikenal: ${show(p.value)} (${p.expected})`,
    en: (p) => `Unknown rounding mode: ${show(p.value)} (${p.expected})`,
  },
  'decimal.division-by-zero': {
    id: (p) => `Pembagian dengan nol (yang dibagi ${p.dividend})`,
    en: (p) => `Division by zero (dividend ${p.dividend})`,
  },
  'decimal.empty-list': {
    id: (p) => `${p.operation}() memerlukan paling sedikit satu angka`,
    en: (p) => `${p.operation}() needs at least one value`,
  },
  'decimal.invalid-list': {
    id: (p) => `Diharapkan daftar (array) angka desimal, diterima ${p.received}`,
    en: (p) => `Expected a list (array) of decimals, received ${p.received}`,
  },
  'decimal.bounds-reversed': {
    id: (p) => `Batas bawah ${p.min} di atas batas atas ${p.max}`,
    en: (p) => `The lower bound ${p.min} is above the upper bound ${p.max}`,
  },
  'decimal.not-safe-integer': {
    id: (p) => `Bukan bilangan bulat aman: ${show(p.value)}`,
    en: (p) => `Not a safe integer: ${show(p.value)}`,
  },
  'decimal.exponent-out-of-range': {
    id: (p) =>
      `Eksponen angka desimal ${p.value} di luar batas (paling banyak ${p.maximum} ke arah mana pun)`,
    en: (p) => `The exponent of the decimal ${p.value} is out of range (at most ${p.maximum} either way)`,
  },
} satisfies MessageCatalog;
