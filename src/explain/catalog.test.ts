import { describe, expect, it } from 'vitest';
import { catalog, type MessageCode, type MessageParams } from './messages/index';
import { describeStep } from './render';

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

  // Each module passes its own catalogue; renderTree must still know every step template.
  const steps = entries.map(([code]) => code).filter((code) => code.startsWith('explain.'));
  it.each(steps)('%s is rendered by describeStep with its own template', (code) => {
    const step = { code: code.slice('explain.'.length), output: '1' };
    const params: MessageParams = { code: step.code, output: '1' };
    let expected: string;
    try {
      expected = catalog[code as MessageCode].en(params);
    } catch {
      expected = catalog['explain.step'].en(params);
    }
    expect(describeStep(step, 'en')).toBe(expected);
  });
});
