import type { MessageCatalog } from './types';

/** Messages of `openStore` (kinerja/storage): store URLs and optional drivers. */
export const storageOpenMessages = {
  'storage.bad-store-url': {
    id: (p) => `URL penyimpanan tidak dikenal: "${p.url}" (gunakan ${p.forms})`,
    en: (p) => `Unknown store URL "${p.url}" (use ${p.forms})`,
  },
  'storage.driver-missing': {
    id: (p) => `Penyimpanan ${p.scheme} memerlukan paket yang belum terpasang: npm install ${p.packages}`,
    en: (p) => `The ${p.scheme} store needs packages that are not installed: npm install ${p.packages}`,
  },
  'storage.open-failed': {
    id: (p) => `Penyimpanan ${p.url} tidak dapat dibuka: ${p.reason}`,
    en: (p) => `Cannot open the store ${p.url}: ${p.reason}`,
  },
} satisfies MessageCatalog;
