/**
 * Passwords out of messages: {@link redactStoreUrl} hides the password of a store URL (whatever
 * characters it has, whether the URL is well-formed or not), and {@link scrubStoreSecrets} removes
 * the password's text (as written and percent-decoded) from any message, such as a driver's error
 * that echoes its connection string.
 */

/** What replaces a password. */
const MASK = '***';

/** Query parameters that carry a password in connection strings (`?password=…`). */
const SECRET_PARAM = /([?&](?:password|pass|pwd|passwd|sslpassword)=)([^&#]*)/gi;

/** A URL's parts around its password: `scheme:` + slashes + user, `:`, password, `@` + rest. */
interface Split {
  readonly head: string;
  readonly password: string;
  readonly tail: string;
}

/**
 * Splits `scheme:[//]user:password@rest`. The password runs from the first `:` after the user to
 * the last `@` of the URL, so a password may contain `/`, `@`, `:`, `#` or `?` unencoded; a user
 * name never contains `:` (it would be read as the start of the password).
 */
function split(url: string): Split | null {
  const scheme = /^[a-z][a-z0-9+.-]*:\/*/i.exec(url);
  if (scheme === null || /^(sqlite|memory):/i.test(url)) return null;
  const start = scheme[0].length;
  const at = url.lastIndexOf('@');
  if (at <= start) return null;
  const colon = url.indexOf(':', start);
  if (colon < 0 || colon > at) return null;
  return { head: url.slice(0, colon), password: url.slice(colon + 1, at), tail: url.slice(at) };
}

/**
 * A store URL as it may be shown: its password replaced by `***` (in `user:password@`, in any
 * form we accept or might be given: `postgres://`, `postgresql://`, `mysql://`, `mariadb://`,
 * malformed ones such as `postgres:/user:pass@host/db`, percent-encoded passwords, passwords with
 * `/`, `@`, `:`, `#` or `?`), and `password=` query parameters likewise. Everything else is kept,
 * so the URL stays readable; a URL without a password comes back unchanged.
 *
 * @category Storage
 * @example
 * ```ts
 * redactStoreUrl('postgres://app:s3/cr@t@db.example/kinerja'); // 'postgres://app:***@db.example/kinerja'
 * redactStoreUrl('sqlite:kinerja.db'); // 'sqlite:kinerja.db'
 * ```
 */
export function redactStoreUrl(url: string): string {
  if (typeof url !== 'string') return '';
  const parts = split(url);
  const shown = parts === null || parts.password === '' ? url : `${parts.head}:${MASK}${parts.tail}`;
  return shown.replace(SECRET_PARAM, `$1${MASK}`);
}

/**
 * The secret texts of a store URL: its password as written, percent-decoded and
 * percent-encoded, and the values of `password=` query parameters (likewise).
 */
export function storeUrlSecrets(url: string): string[] {
  if (typeof url !== 'string') return [];
  const raw: string[] = [];
  const parts = split(url);
  if (parts !== null && parts.password !== '') raw.push(parts.password);
  for (const m of url.matchAll(SECRET_PARAM)) if (m[2]) raw.push(m[2]);
  const out = new Set<string>();
  for (const s of raw) {
    out.add(s);
    try {
      out.add(decodeURIComponent(s));
    } catch {
      // Not valid percent-encoding: the text as written is the secret.
    }
    out.add(encodeURIComponent(s));
  }
  // Longest first, so that a secret containing another is removed whole.
  return [...out].filter((s) => s.length > 0).sort((a, b) => b.length - a.length);
}

/**
 * `text` with every occurrence of the password of `url` (as written, percent-decoded or
 * percent-encoded) and the URL itself replaced by their redacted forms: for messages that a driver
 * may have built from its connection string. Passwords shorter than 4 characters are removed from
 * the URL only, not from free text (they would mangle every message).
 *
 * @category Storage
 * @example
 * ```ts
 * scrubStoreSecrets('password authentication failed: s3/cr@t', 'postgres://app:s3%2Fcr%40t@db/kinerja');
 * // 'password authentication failed: ***'
 * ```
 */
export function scrubStoreSecrets(text: string, url: string): string {
  if (typeof text !== 'string') return '';
  if (typeof url !== 'string') return text;
  let out = url === '' ? text : text.split(url).join(redactStoreUrl(url));
  for (const secret of storeUrlSecrets(url)) {
    if (secret.length >= 4) out = out.split(secret).join(MASK);
  }
  return out;
}

/**
 * Scrubs the secrets of `url` from an error's message, stack and every other text property (a
 * driver's error may carry the URL as `input`, `connectionString`, …) and from its `cause`, in
 * place (drivers' errors are plain objects whose properties may be rewritten), and returns it.
 */
export function scrubErrorSecrets<E>(error: E, url: string, depth = 0): E {
  if (depth > 4 || typeof error !== 'object' || error === null) return error;
  const e = error as Record<string, unknown>;
  for (const key of new Set([...Object.getOwnPropertyNames(e), 'message', 'stack'])) {
    let value: unknown;
    try {
      value = e[key];
    } catch {
      continue;
    }
    try {
      if (typeof value === 'string') {
        const clean = scrubStoreSecrets(value, url);
        if (clean !== value) e[key] = clean;
      } else if (typeof value === 'object' && value !== null) {
        scrubErrorSecrets(value, url, depth + 1);
      }
    } catch {
      // A read-only property: left as it is.
    }
  }
  return error;
}

/** A JSON-like value with every string scrubbed of the secrets of `url`. */
export function scrubValue<T>(value: T, url: string, depth = 0): T {
  if (typeof value === 'string') return scrubStoreSecrets(value, url) as T;
  if (depth > 8 || typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map((v) => scrubValue(v, url, depth + 1)) as T;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = scrubValue(v, url, depth + 1);
  return out as T;
}
