import type { MessageCatalog } from './types';

/** Messages of decimal objects (a decimal.js `Decimal`, read through its `toString()`; `src/decimal`). */
export const decimalObjectMessages = {
  'decimal.exponent-out-of-range': {
    id: (p) =>
      `Eksponen angka desimal ${p.value} di luar batas (paling banyak ${p.maximum} ke arah mana pun)`,
    en: (p) => `The exponent of the decimal ${p.value} is out of range (at most ${p.maximum} either way)`,
  },
} satisfies MessageCatalog;
