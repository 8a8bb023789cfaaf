import { describe, expect, it } from 'vitest';
import { catalog } from './messages/index';

describe('message catalog', () => {
  const entries = Object.entries(catalog);

  it('has area-prefixed kebab-case codes', () => {
    for (const [code] of entries) expect(code).toMatch(/^[a-z]+(\.[a-z0-9]+(-[a-z0-9]+)*)+$/);
  });

  it.each(entries)('%s renders in Indonesian and English', (_code, t) => {
    const params = new Proxy({}, { get: (_, k) => (typeof k === 'string' ? `<${k}>` : undefined) });
    const id = t.id(params);
    const en = t.en(params);
    expect(id.trim().length).toBeGreaterThan(0);
    expect(en.trim().length).toBeGreaterThan(0);
    expect(id).not.toContain('undefined');
    expect(en).not.toContain('undefined');
  });
});
