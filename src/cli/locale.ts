import type { Locale } from '../index';

/** The locales the command line speaks. */
export const LOCALES: readonly Locale[] = ['id', 'en'];

/** Whether `value` names a supported locale. */
export function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}

/**
 * The locale when `--locale` is not given: `KINERJA_LOCALE` if it names one, else the first of
 * `LC_ALL`, `LC_MESSAGES`, `LANG` that is set decides (`id…` → Indonesian), else English.
 */
export function localeFromEnv(env: Readonly<Record<string, string | undefined>>): Locale {
  const explicit = env.KINERJA_LOCALE?.trim().toLowerCase();
  if (explicit && isLocale(explicit)) return explicit;
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const value = env[name]?.trim();
    if (value) return value.toLowerCase().startsWith('id') ? 'id' : 'en';
  }
  return 'en';
}
