import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { StoreError } from './errors';
import { openStore } from './url';

const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

async function rejection(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
    return undefined;
  } catch (e) {
    return e;
  }
}

describe('openStore(url, { readOnly: true })', () => {
  it('never creates a SQLite file: a missing one is storage.store-not-found', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kinerja-ro-'));
    dirs.push(dir);
    const file = join(dir, 'missing.db');
    const e = await rejection(openStore(`sqlite:${file}`, { readOnly: true }));
    expect(e).toBeInstanceOf(StoreError);
    expect((e as StoreError).issues.map((i) => i.code)).toEqual(['storage.store-not-found']);
    expect(existsSync(file)).toBe(false);
  });

  it('refuses a file that is not a store, and opens a migrated one without writing', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kinerja-ro-'));
    dirs.push(dir);
    const empty = join(dir, 'empty.db');
    await writeFile(empty, '');
    const e = await rejection(openStore(`sqlite:${empty}`, { readOnly: true }));
    expect((e as StoreError).issues.map((i) => i.code)).toEqual(['storage.not-a-store']);
    const file = join(dir, 'store.db');
    const writer = await openStore(`sqlite:${file}`);
    await writer.appendCorrection(
      { agencyId: 'serang', entity: { kind: 'result', id: 'r' }, data: null, reason: 'x' },
      { actor: 'a', at: '2025-01-01' },
    );
    await writer.close();
    const reader = await openStore(`sqlite:${file}`, { readOnly: true });
    try {
      expect(await reader.listAgencies()).toEqual(['serang']);
      const write = await rejection(
        reader.appendCorrection(
          { agencyId: 'serang', entity: { kind: 'result', id: 'r' }, data: null, reason: 'y' },
          { actor: 'a', at: '2025-01-01' },
        ),
      );
      expect(write).toBeInstanceOf(Error);
    } finally {
      await reader.close();
    }
    expect(await rejection(openStore('memory', { readOnly: 'yes' } as never))).toBeInstanceOf(StoreError);
  });
});
