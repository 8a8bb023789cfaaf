import { isAbsolute, resolve } from 'node:path';
import type { Locale } from '../index';
import {
  type EvaluationStore,
  type OpenStoreOptions,
  openStore,
  redactStoreUrl,
  StoreError,
  scrubStoreSecrets,
} from '../storage/index';
import { tr } from './messages';

/** A store opened from `--store`, or the message that says why it could not be. */
export type OpenedStore =
  | { readonly ok: true; readonly store: EvaluationStore }
  | { readonly ok: false; readonly message: string };

/**
 * Opens the store that `--store` names (`memory`, `sqlite:PATH`, `postgres://…`, `mysql://…`).
 * A bad URL or a missing driver says what to do; a server that cannot be reached says so with the
 * driver's own reason. A relative `sqlite:` path is taken from `cwd`.
 */
export async function openStoreArg(
  url: string,
  locale: Locale,
  cwd: string,
  options: OpenStoreOptions = {},
): Promise<OpenedStore> {
  try {
    return { ok: true, store: await openStore(relativeTo(url, cwd), options) };
  } catch (error) {
    if (error instanceof StoreError) {
      const message = error.issues.map((i) => i.message[locale]).join('; ');
      return { ok: false, message: scrubStoreSecrets(message, url) };
    }
    const raw = error instanceof Error ? error.message || String(error) : String(error);
    const detail = scrubStoreSecrets(raw, url);
    return { ok: false, message: tr(locale, 'storeOpenFailed', { url: redact(url), detail }) };
  }
}

/** The URL without its password, for messages (whatever characters the password has). */
export function redact(url: string): string {
  return redactStoreUrl(url);
}

/** `sqlite:relative/path` resolved against `cwd`; other URLs as they are. */
function relativeTo(url: string, cwd: string): string {
  const m = /^sqlite:(.+)$/.exec(url.trim());
  if (!m?.[1] || m[1] === ':memory:' || m[1].startsWith('//') || isAbsolute(m[1])) return url;
  return `sqlite:${resolve(cwd, m[1])}`;
}
