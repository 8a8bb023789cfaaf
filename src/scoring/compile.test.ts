import { describe, expect, it } from 'vitest';
import { unwrap } from '../explain/index';
import { getPack, parseRuleset } from '../ruleset/index';
import { scoreBatch } from './batch';
import { compileRuleset, rulesetInternals, toCompiledRuleset } from './compile';
import { explain } from './explain';
import { scoreEvaluation } from './score';

const PERMEN = { ratings: { 'hasil-kerja': 'sesuai-ekspektasi', perilaku: 'sesuai-ekspektasi' } };

describe('compileRuleset (issue 11)', () => {
  it('returns a Result: an unknown pack id is ruleset.unknown-pack, garbage is issues, never a throw', () => {
    const r = compileRuleset('no-such-pack' as never);
    expect(!r.ok && r.issues.map((i) => [i.code, i.path])).toEqual([['ruleset.unknown-pack', []]]);
    let deep: unknown = {};
    for (let i = 0; i < 10_000; i++) deep = { a: deep };
    for (const x of [
      undefined,
      null,
      42,
      [],
      {},
      { ok: false },
      { ok: true, value: 3 },
      { toString: 1 },
      deep,
    ])
      expect(compileRuleset(x as never).ok).toBe(false);
  });

  it('accepts a pack id, a parse result, a parsed ruleset, a ruleset file and a compiled ruleset (as is)', () => {
    const pack = unwrap(compileRuleset('permenpanrb-6-2022'));
    expect(unwrap(compileRuleset('permenpanrb-6-2022'))).toBe(pack); // compiled once per pack id
    expect(unwrap(compileRuleset(pack))).toBe(pack);
    const file = {
      schemaVersion: 1,
      id: 'kab-x',
      version: 2,
      extends: 'permenpanrb-6-2022',
      effective: { from: '2025-01-01' },
    };
    const parsed = parseRuleset(file);
    for (const form of [file, parsed, unwrap(parsed)]) {
      const c = unwrap(compileRuleset(form as never));
      expect([c.id, c.version]).toEqual(['kab-x', 2]);
      expect(scoreEvaluation(c, PERMEN).ok).toBe(true);
    }
  });

  it('is a deeply frozen copy: mutating the caller’s ruleset afterwards changes nothing and crashes nothing', () => {
    const ruleset = structuredClone(getPack('permenpanrb-6-2022'));
    const c = unwrap(compileRuleset(ruleset));
    const before = scoreEvaluation(c, PERMEN);
    (ruleset as { final: { cells: unknown } }).final.cells = 'x';
    (ruleset as { components: unknown[] }).components.length = 0;
    expect(scoreEvaluation(c, PERMEN)).toEqual(before);
    expect(Object.isFrozen(c)).toBe(true);
    expect(Object.isFrozen(c.ruleset.final)).toBe(true);
    expect(() => {
      (c as { id: string }).id = 'x';
    }).toThrow(TypeError); // frozen: strict-mode assignment fails, nothing changes
    expect(c.id).toBe('permenpanrb-6-2022');
  });

  it('a look-alike object is not a compiled ruleset (the brand is a private field, not a shape)', () => {
    const pack = unwrap(compileRuleset('pp46-2011'));
    const fake = { ...pack, kinds: new Map() };
    expect(rulesetInternals(fake)).toBeUndefined();
    expect(toCompiledRuleset(fake).ok).toBe(false);
    expect(Object.keys(pack)).toEqual(['id', 'version', 'ruleset']);
  });

  it('results share no mutable state: changing one result changes no later one', () => {
    const a = unwrap(scoreEvaluation('permenpanrb-6-2022', PERMEN));
    expect(() => {
      (a.ratings.perilaku as { value: string }).value = 'x';
    }).toThrow(TypeError);
    expect(unwrap(scoreEvaluation('permenpanrb-6-2022', PERMEN)).ratings.perilaku?.value).toBe(
      'sesuai-ekspektasi',
    );
  });
});

describe('scoreEvaluation, scoreBatch and explain take any argument list (issue 11)', () => {
  it('scoreEvaluation: a pack id works; garbage rulesets and options are issues', () => {
    expect(scoreEvaluation('permenpanrb-6-2022', PERMEN).ok).toBe(true);
    expect(scoreEvaluation(null as never, PERMEN).ok).toBe(false);
    const o = scoreEvaluation('permenpanrb-6-2022', PERMEN, null as never);
    expect(!o.ok && o.issues.map((i) => i.path)).toEqual([['options']]);
    const p = scoreEvaluation('permenpanrb-6-2022', PERMEN, { path: 'x' as never });
    expect(!p.ok && p.issues.map((i) => i.path)).toEqual([['options', 'path']]);
    const getter = Object.defineProperty({}, 'ratings', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    const g = scoreEvaluation('permenpanrb-6-2022', getter);
    expect(!g.ok && g.issues[0]?.code).toBe('input.invalid');
    const bonus = scoreEvaluation('pp46-2011', { extras: { kreativitas: { toString: 1 } } });
    expect(bonus.ok).toBe(false);
  });

  it('scoreBatch yields one item with the issues for a bad ruleset, options or inputs, and never throws', async () => {
    const items = async (...args: unknown[]) => {
      const out = [];
      for await (const item of (scoreBatch as (...a: unknown[]) => AsyncIterable<unknown>)(...args))
        out.push(item);
      return out;
    };
    expect(await items('nope', [PERMEN])).toMatchObject([
      { index: 0, ok: false, issues: [{ code: 'ruleset.unknown-pack' }] },
    ]);
    expect(await items('permenpanrb-6-2022', 5)).toMatchObject([
      { ok: false, issues: [{ path: ['inputs'] }] },
    ]);
    expect(await items('permenpanrb-6-2022', [PERMEN], null)).toMatchObject([
      { ok: false, issues: [{ path: ['options'] }] },
    ]);
    const throwing = {
      *[Symbol.iterator]() {
        yield PERMEN;
        throw new Error('disk gone');
      },
    };
    expect(await items('permenpanrb-6-2022', throwing)).toMatchObject([
      { index: 0, ok: true },
      { index: 1, ok: false, issues: [{ code: 'input.invalid', path: ['inputs'] }] },
    ]);
  });

  it('explain renders whatever it is given without throwing', () => {
    for (const x of [undefined, null, 5, 'x', [], {}, { warnings: [null], followUp: { actions: [5] } }])
      expect(typeof explain(x as never, null as never)).toBe('string');
    const r = unwrap(scoreEvaluation('permenpanrb-6-2022', PERMEN));
    expect(explain(r)).toContain('Predikat: baik');
  });
});

describe('a built-in pack given as getPack returns it', () => {
  it('is the compiled pack (no second validation), while a copy of it is compiled anew', () => {
    const pack = unwrap(compileRuleset('pp46-2011'));
    expect(unwrap(toCompiledRuleset(getPack('pp46-2011')))).toBe(pack);
    const copy = unwrap(compileRuleset(structuredClone(getPack('pp46-2011'))));
    expect(copy).not.toBe(pack);
    expect(copy.ruleset).toEqual(pack.ruleset);
  });
});
