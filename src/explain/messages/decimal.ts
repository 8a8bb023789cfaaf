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
} satisfies MessageCatalog;
