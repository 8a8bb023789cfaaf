/**
 * How the SQL test targets read the environment: a server whose
 * variable is unset is left out (with a notice); a server that is configured but unreachable
 * fails its tests instead of being skipped. Each case imports a fresh copy of the support module
 * with the variables stubbed.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';

async function targetsWith(env: Record<string, string | undefined>) {
  vi.resetModules();
  for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  const support = await import('./support/sql-databases');
  return { support, warnings: warn.mock.calls.map((c) => String(c[0])) };
}

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
  vi.resetModules();
});

describe('SQL test targets and the environment', () => {
  it('leaves out unconfigured servers, naming the variable', async () => {
    const { support, warnings } = await targetsWith({
      KINERJA_TEST_POSTGRES_URL: undefined,
      KINERJA_TEST_MYSQL_URL: undefined,
    });
    expect(support.availableSqlTargets.map((t) => t.name)).toEqual([
      'sqlite-memory',
      'sqlite-file',
      'pglite',
    ]);
    expect(warnings.join('\n')).toContain('KINERJA_TEST_POSTGRES_URL is not set');
    expect(warnings.join('\n')).toContain('KINERJA_TEST_MYSQL_URL is not set');
  });

  it('runs configured servers, and an unreachable one fails rather than skips', async () => {
    const { support } = await targetsWith({
      KINERJA_TEST_POSTGRES_URL: 'postgres://postgres@127.0.0.1:1/test',
      KINERJA_TEST_MYSQL_URL: 'mysql://root@127.0.0.1:1/test',
    });
    expect(support.availableSqlTargets.map((t) => t.name)).toContain('postgres');
    expect(support.availableSqlTargets.map((t) => t.name)).toContain('mysql');
    await expect(support.sqlTarget('postgres').open()).rejects.toThrow();
    await expect(support.sqlTarget('mysql').open()).rejects.toThrow();
  }, 60_000);
});
