/**
 * No password from a store URL ever appears in a message, an error (its message, stack, cause or
 * issues) or the CLI's output, whatever characters it has and whatever form the URL takes;
 * the rest of the URL stays readable.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openStoreArg } from '../src/cli/store-arg';
import { openStore, redactStoreUrl, scrubStoreSecrets } from '../src/storage/index';
import { cli } from './support/cli';

/** Everything about an error that could be shown or logged. */
function shown(error: unknown): string {
  const parts: string[] = [];
  let e: unknown = error;
  for (let depth = 0; depth < 5 && e !== undefined && e !== null; depth++) {
    const x = e as { message?: unknown; stack?: unknown; issues?: unknown; cause?: unknown };
    parts.push(String(x.message), String(x.stack), JSON.stringify(x.issues ?? null), String(e));
    try {
      parts.push(JSON.stringify(e));
    } catch {
      // Circular: the other parts say enough.
    }
    e = x.cause;
  }
  return parts.join('\n');
}

/** Passwords of every kind: long enough not to be found in a message by chance. */
const password = fc
  .string({ minLength: 8, maxLength: 24, unit: 'grapheme' })
  .filter((p) => p.trim().length >= 8);
const special = fc
  .array(fc.constantFrom('/', '@', ':', '#', '?', '%', '&', '=', ' ', 'é', '😀', 'x', 'Z', '9', '\\', '"'), {
    minLength: 8,
    maxLength: 20,
  })
  .map((a) => `Pw${a.join('')}`);
const passwords = fc.oneof(password, special);

/** The URL forms a password may arrive in. */
const FORMS: ((p: string) => string)[] = [
  (p) => `postgres://app:${encodeURIComponent(p)}@127.0.0.1:1/kinerja`,
  (p) => `postgresql://app:${p}@127.0.0.1:1/kinerja`,
  (p) => `mysql://app:${encodeURIComponent(p)}@127.0.0.1:1/kinerja`,
  (p) => `mariadb://app:${p}@127.0.0.1:1/kinerja`,
  (p) => `postgres:/app:${p}@127.0.0.1:1/kinerja`,
  (p) => `postgres:app:${p}@127.0.0.1:1/kinerja`,
  (p) => `mysql:///app:${p}@127.0.0.1:1/kinerja`,
  (p) => `postgres://app@127.0.0.1:1/kinerja?password=${encodeURIComponent(p)}`,
];

function secretsOf(p: string): string[] {
  const out = [p, encodeURIComponent(p)];
  return out;
}

describe('redactStoreUrl', () => {
  it('keeps the rest of the URL readable', () => {
    expect(redactStoreUrl('postgres://app:s3/cr@t@db.example:5432/kinerja?ssl=true')).toBe(
      'postgres://app:***@db.example:5432/kinerja?ssl=true',
    );
    expect(redactStoreUrl('postgres:/u:S3CRET@h/db')).toBe('postgres:/u:***@h/db');
    expect(redactStoreUrl('mysql://root@127.0.0.1:3306/test')).toBe('mysql://root@127.0.0.1:3306/test');
    expect(redactStoreUrl('postgres://db.example:5432/kinerja')).toBe('postgres://db.example:5432/kinerja');
    expect(redactStoreUrl('sqlite:/tmp/a:b@c.db')).toBe('sqlite:/tmp/a:b@c.db');
    expect(redactStoreUrl('postgres://u@h/db?sslmode=require&password=x%2Fy')).toBe(
      'postgres://u@h/db?sslmode=require&password=***',
    );
    expect(redactStoreUrl('mariadb://u:p%40ss%2Fw@h/db')).toBe('mariadb://u:***@h/db');
  });

  it('removes any password from every URL form, and its text from any message', () => {
    fc.assert(
      fc.property(passwords, fc.constantFrom(...FORMS), (p, form) => {
        const url = form(p);
        const redacted = redactStoreUrl(url);
        for (const s of secretsOf(p)) expect(redacted).not.toContain(s);
        expect(redacted).toContain('127.0.0.1:1/kinerja');
        const echoed = `could not connect to ${url} with password ${p} (${encodeURIComponent(p)})`;
        for (const s of secretsOf(p)) expect(scrubStoreSecrets(echoed, url)).not.toContain(s);
      }),
      { numRuns: 500 },
    );
  });
});

describe('openStore and the CLI never show a password', () => {
  it('S3CRET in a malformed URL', async () => {
    const failed = await openStore('postgres:/u:S3CRET@h/db').catch((e: unknown) => e);
    expect(shown(failed)).not.toContain('S3CRET');
    expect(shown(failed)).toContain('postgres:/u:***@h/db');
    const cli = await openStoreArg('postgres:/u:S3CRET@h/db', 'en', process.cwd());
    expect(cli).toMatchObject({ ok: false });
    expect(JSON.stringify(cli)).not.toContain('S3CRET');
  });

  it('for arbitrary passwords, with an unreachable server (127.0.0.1:1)', async () => {
    await fc.assert(
      fc.asyncProperty(passwords, fc.constantFrom(...FORMS), async (p, form) => {
        const url = form(p);
        const logged: string[] = [];
        const original = { error: console.error, warn: console.warn, log: console.log };
        console.error =
          console.warn =
          console.log =
            (...args: unknown[]) => {
              logged.push(args.map(String).join(' '));
            };
        try {
          const failed = await openStore(url).then(
            async (store) => {
              await store.close();
              return new Error('opened?');
            },
            (e: unknown) => e,
          );
          const cli = await openStoreArg(url, 'en', process.cwd());
          const text = `${shown(failed)}\n${JSON.stringify(cli)}\n${logged.join('\n')}`;
          for (const s of secretsOf(p)) expect(text).not.toContain(s);
        } finally {
          Object.assign(console, original);
        }
      }),
      { numRuns: 60 },
    );
  }, 120_000);

  it('the CLI: kinerja audit verify and score --store', async () => {
    await fc.assert(
      fc.asyncProperty(passwords, fc.constantFrom(...FORMS), async (p, form) => {
        const url = form(p);
        const verify = await cli(['audit', 'verify', '--store', url, '--locale', 'en']);
        const score = await cli([
          'score',
          '-r',
          'permenpanrb-6-2022',
          'missing.json',
          '--store',
          url,
          '--agency',
          'a',
          '--at',
          '2025-12-31',
        ]);
        const text = JSON.stringify([verify, score]);
        expect(verify.code).not.toBe(0);
        for (const s of secretsOf(p)) expect(text).not.toContain(s);
      }),
      { numRuns: 30 },
    );
  }, 120_000);
});
