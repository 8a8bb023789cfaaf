import type { MessageCatalog } from './types';

/**
 * Messages of the SQL store (`createSqlStore` of kinerja/storage): values a database would change
 * or refuse, and an options object it cannot use.
 */
export const storageSqlMessages = {
  'storage.unstorable-text': {
    id: (p) =>
      `Teks pada kolom ${p.column} tidak dapat disimpan di basis data SQL apa adanya: berisi karakter NUL atau surrogate UTF-16 tanpa pasangan`,
    en: (p) =>
      `The text of the column ${p.column} cannot be stored in an SQL database as is: it contains a NUL character or an unpaired UTF-16 surrogate`,
  },
  'storage.value-too-long': {
    id: (p) => `Nilai kolom ${p.column} terlalu panjang: ${p.length} karakter, maksimum ${p.maximum}`,
    en: (p) =>
      `The value of the column ${p.column} is too long: ${p.length} characters, at most ${p.maximum}`,
  },
  'storage.sql-options': {
    id: (p) => `Opsi penyimpanan SQL tidak sah: ${p.problem}`,
    en: (p) => `Invalid SQL store options: ${p.problem}`,
  },
} satisfies MessageCatalog;
