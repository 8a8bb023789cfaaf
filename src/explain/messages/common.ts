import type { MessageCatalog } from './types';

/** Messages shared by every input: types, required fields, unknown keys. */
export const commonMessages = {
  'input.required': {
    id: () => 'Wajib diisi',
    en: () => 'Required',
  },
  'input.invalid-type': {
    id: (p) => `Tipe tidak sesuai: diharapkan ${p.expected}, diterima ${p.received}`,
    en: (p) => `Wrong type: expected ${p.expected}, received ${p.received}`,
  },
  'input.unknown-key': {
    id: (p) => `Kunci tidak dikenal: ${p.key}`,
    en: (p) => `Unknown key: ${p.key}`,
  },
  'input.invalid-value': {
    id: (p) => `Nilai tidak sah${p.expected ? `: diharapkan salah satu dari ${p.expected}` : ''}`,
    en: (p) => `Invalid value${p.expected ? `: expected one of ${p.expected}` : ''}`,
  },
  'input.too-small': {
    id: (p) => `Terlalu kecil: minimum ${p.minimum}`,
    en: (p) => `Too small: minimum ${p.minimum}`,
  },
  'input.too-big': {
    id: (p) => `Terlalu besar: maksimum ${p.maximum}`,
    en: (p) => `Too big: maximum ${p.maximum}`,
  },
  'input.invalid-format': {
    id: (p) => `Format tidak sah${p.format ? ` (${p.format})` : ''}`,
    en: (p) => `Invalid format${p.format ? ` (${p.format})` : ''}`,
  },
  'input.too-deep': {
    id: (p) => `Bersarang terlalu dalam: paling banyak ${p.maximum} tingkat`,
    en: (p) => `Nested too deeply: at most ${p.maximum} levels`,
  },
  'input.invalid': {
    id: (p) => `Masukan tidak sah${p.detail ? `: ${p.detail}` : ''}`,
    en: (p) => `Invalid input${p.detail ? `: ${p.detail}` : ''}`,
  },
} satisfies MessageCatalog;
