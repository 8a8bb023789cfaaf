import { describe, expect, it } from 'vitest';
import type { Issue } from '../../explain/index';
import { parseCaseFile } from './parse-case-file';

const ok = { name: 'a', input: {}, expect: { predikat: 'baik' } };

function issues(input: unknown, options?: Parameters<typeof parseCaseFile>[1]): Array<[string, string]> {
  const r = parseCaseFile(input, options);
  if (r.ok) throw new Error('expected issues');
  return r.issues.map((i: Issue) => [i.code, JSON.stringify(i.path)]);
}

describe('parseCaseFile', () => {
  it('accepts the CONTRACT example and fills in the default kind', () => {
    const r = parseCaseFile({
      ruleset: 'pp46-2011',
      cases: [
        {
          name: 'on-target year',
          kind: 'evaluation',
          input: {},
          expect: { score: '85.50', predikat: 'baik' },
        },
      ],
    });
    expect(r).toEqual({
      ok: true,
      value: {
        ruleset: 'pp46-2011',
        cases: [
          {
            name: 'on-target year',
            kind: 'evaluation',
            input: {},
            expect: { score: '85.50', predikat: 'baik' },
          },
        ],
      },
    });
    const d = parseCaseFile({ ruleset: 'pp46-2011', cases: [ok] });
    expect(d.ok && d.value.cases[0]?.kind).toBe('evaluation');
  });

  it('is idempotent: a CaseFile is a valid case file', () => {
    const first = parseCaseFile({ $schema: 'x', description: 'd', ruleset: 'pp46-2011', cases: [ok] });
    if (!first.ok) throw new Error('invalid');
    expect(parseCaseFile(first.value)).toEqual(first);
  });

  it('keeps the caller’s objects (input, expect, inline ruleset) without copying', () => {
    const input = { ratings: {} };
    const r = parseCaseFile({ ruleset: 'pp46-2011', cases: [{ ...ok, input }] });
    expect(r.ok && r.value.cases[0]?.input).toBe(input);
  });

  it('accepts eligibility cases with rule and asOf, and the other kinds', () => {
    const r = parseCaseFile({
      ruleset: 'permenpanrb-6-2022',
      cases: [
        {
          name: 'e',
          kind: 'eligibility',
          rule: 'kenaikan-pangkat-reguler',
          asOf: '2025-01-01',
          input: {},
          expect: {},
        },
        { name: 'ak', kind: 'angka-kredit', input: {}, expect: { angkaKredit: '1' } },
        { name: 'an', kind: 'annual', input: {}, expect: {} },
        { name: 'd', kind: 'distribution', input: {}, expect: { violations: [] } },
      ],
    });
    expect(r.ok).toBe(true);
  });

  it('rejects what is not an object, and a file without cases', () => {
    expect(issues([])).toEqual([['input.invalid-type', '[]']]);
    expect(issues(null)).toEqual([['input.invalid-type', '[]']]);
    expect(issues({ ruleset: 'pp46-2011' })).toEqual([['input.required', '["cases"]']]);
    expect(issues({ ruleset: 'pp46-2011', cases: {} })).toEqual([['input.invalid-type', '["cases"]']]);
  });

  it('reports unknown keys of the file and of a case', () => {
    expect(issues({ ruleset: 'pp46-2011', cases: [ok], rulesets: [] })).toEqual([
      ['input.unknown-key', '["rulesets"]'],
    ]);
    expect(issues({ ruleset: 'pp46-2011', cases: [{ ...ok, expected: {} }] })).toEqual([
      ['input.unknown-key', '["cases",0,"expected"]'],
    ]);
  });

  it('requires a non-empty, unique name', () => {
    expect(issues({ ruleset: 'pp46-2011', cases: [{ input: {}, expect: {} }] })).toEqual([
      ['input.required', '["cases",0,"name"]'],
    ]);
    expect(issues({ ruleset: 'pp46-2011', cases: [{ ...ok, name: '  ' }] })).toEqual([
      ['input.invalid-type', '["cases",0,"name"]'],
    ]);
    const r = parseCaseFile({ ruleset: 'pp46-2011', cases: [ok, { ...ok, name: 'b' }, ok] });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues).toHaveLength(1);
      expect(r.issues[0]).toMatchObject({
        code: 'testing.duplicate-name',
        path: ['cases', 2, 'name'],
        params: { name: 'a', first: 0 },
        message: { en: 'Duplicate case name: "a" is already used by case 0' },
      });
    }
  });

  it('rejects an unknown kind, naming the known ones; registered kinds are accepted', () => {
    const r = parseCaseFile({ ruleset: 'pp46-2011', cases: [{ ...ok, kind: 'bonus' }] });
    expect(!r.ok && r.issues[0]).toMatchObject({
      code: 'testing.unknown-kind',
      path: ['cases', 0, 'kind'],
      params: { available: 'evaluation, angka-kredit, annual, distribution, eligibility' },
    });
    expect(
      parseCaseFile({ ruleset: 'pp46-2011', cases: [{ ...ok, kind: 'bonus' }] }, { kinds: ['bonus'] }).ok,
    ).toBe(true);
    expect(issues({ ruleset: 'pp46-2011', cases: [{ ...ok, kind: 3 }] })).toEqual([
      ['input.invalid-type', '["cases",0,"kind"]'],
    ]);
  });

  it('requires input and an expect object', () => {
    expect(issues({ ruleset: 'pp46-2011', cases: [{ name: 'a', expect: {} }] })).toEqual([
      ['input.required', '["cases",0,"input"]'],
    ]);
    expect(issues({ ruleset: 'pp46-2011', cases: [{ name: 'a', input: {} }] })).toEqual([
      ['input.required', '["cases",0,"expect"]'],
    ]);
    expect(issues({ ruleset: 'pp46-2011', cases: [{ ...ok, expect: ['score'] }] })).toEqual([
      ['input.invalid-type', '["cases",0,"expect"]'],
    ]);
  });

  it('checks result paths and error expectations', () => {
    expect(
      issues({ ruleset: 'pp46-2011', cases: [{ ...ok, expect: { 'components..score': '1', '.x': 1 } }] }),
    ).toEqual([
      ['testing.invalid-path', '["cases",0,"expect","components..score"]'],
      ['testing.invalid-path', '["cases",0,"expect",".x"]'],
    ]);
    expect(issues({ ruleset: 'pp46-2011', cases: [{ ...ok, expect: { error: false } }] })).toEqual([
      ['testing.error-value', '["cases",0,"expect","error"]'],
    ]);
    expect(issues({ ruleset: 'pp46-2011', cases: [{ ...ok, expect: { error: '' } }] })).toEqual([
      ['testing.error-value', '["cases",0,"expect","error"]'],
    ]);
    expect(issues({ ruleset: 'pp46-2011', cases: [{ ...ok, expect: { error: true, score: '1' } }] })).toEqual(
      [['testing.error-alone', '["cases",0,"expect","error"]']],
    );
    expect(
      parseCaseFile({ ruleset: 'pp46-2011', cases: [{ ...ok, expect: { error: 'scoring.zero-target' } }] })
        .ok,
    ).toBe(true);
  });

  it('needs a ruleset for evaluation cases, in the file or in the case', () => {
    expect(issues({ cases: [ok] })).toEqual([['testing.ruleset-missing', '["cases",0,"ruleset"]']]);
    expect(parseCaseFile({ cases: [{ ...ok, ruleset: 'pp46-2011' }] }).ok).toBe(true);
    // Other kinds do not need one.
    expect(parseCaseFile({ cases: [{ ...ok, kind: 'annual' }] }).ok).toBe(true);
  });

  it('checks the type of a ruleset reference', () => {
    expect(issues({ ruleset: 3, cases: [ok] })).toEqual([['testing.ruleset-type', '["ruleset"]']]);
    expect(issues({ ruleset: '', cases: [ok] })).toEqual([['testing.ruleset-type', '["ruleset"]']]);
    expect(issues({ ruleset: 'pp46-2011', cases: [{ ...ok, ruleset: ['pp46-2011'] }] })).toEqual([
      ['testing.ruleset-type', '["cases",0,"ruleset"]'],
    ]);
  });

  it('validates an inline ruleset, with its issues under the ruleset path', () => {
    const r = parseCaseFile({
      ruleset: 'pp46-2011',
      cases: [
        {
          ...ok,
          ruleset: {
            schemaVersion: 1,
            id: 'x',
            version: 1,
            extends: 'pp99',
            effective: { from: '2025-01-01' },
          },
        },
      ],
    });
    expect(!r.ok && r.issues.map((i) => [i.code, i.path])).toEqual([
      ['ruleset.unknown-pack', ['cases', 0, 'ruleset', 'extends']],
    ]);
    const good = {
      schemaVersion: 1,
      id: 'x',
      version: 1,
      extends: 'pp46-2011',
      effective: { from: '2025-01-01' },
    };
    expect(parseCaseFile({ ruleset: good, cases: [ok] }).ok).toBe(true);
  });

  it('keeps rule and asOf to eligibility cases, and requires them there', () => {
    expect(issues({ ruleset: 'pp46-2011', cases: [{ ...ok, rule: 'x', asOf: '2025-01-01' }] })).toEqual([
      ['testing.key-not-for-kind', '["cases",0,"rule"]'],
      ['testing.key-not-for-kind', '["cases",0,"asOf"]'],
    ]);
    expect(issues({ cases: [{ ...ok, kind: 'eligibility' }] })).toEqual([
      ['input.required', '["cases",0,"rule"]'],
      ['input.required', '["cases",0,"asOf"]'],
    ]);
    expect(issues({ cases: [{ ...ok, kind: 'eligibility', rule: 'x', asOf: '2025-02-30' }] })).toEqual([
      ['date.not-a-date', '["cases",0,"asOf"]'],
    ]);
  });

  it('reports every issue of every case at once', () => {
    const found = issues({
      ruleset: 'pp46-2011',
      extra: 1,
      cases: [ok, 'not a case', { ...ok, name: 'c', kind: 'nope' }, { name: 'a' }],
    });
    expect(found).toEqual([
      ['input.unknown-key', '["extra"]'],
      ['input.invalid-type', '["cases",1]'],
      ['testing.unknown-kind', '["cases",2,"kind"]'],
      ['testing.duplicate-name', '["cases",3,"name"]'],
      ['input.required', '["cases",3,"input"]'],
      ['input.required', '["cases",3,"expect"]'],
    ]);
  });

  it('never throws: hostile options, deep nesting, odd keys and values are issues', () => {
    const file = { ruleset: 'pp46-2011', cases: [ok] };
    const parse = parseCaseFile as (...args: unknown[]) => ReturnType<typeof parseCaseFile>;
    expect(parse(file, null)).toMatchObject({
      ok: false,
      issues: [{ code: 'input.invalid-type', path: ['options'] }],
    });
    expect(parse(file, 'x')).toMatchObject({ ok: false, issues: [{ path: ['options'] }] });
    expect(parse(file, { kinds: 'bonus' })).toMatchObject({
      ok: false,
      issues: [{ code: 'input.invalid-type', path: ['options', 'kinds'] }],
    });
    expect(parse(file, { kinds: [1] }).ok).toBe(false);
    expect(parse(file, undefined).ok).toBe(true);
    expect(parse(file, {}).ok).toBe(true);
    expect(parse().ok).toBe(false);

    let deep: unknown = {};
    for (let i = 0; i < 10_000; i++) deep = { a: deep };
    expect(issues({ ruleset: 'pp46-2011', cases: [{ ...ok, input: deep }] })[0]?.[0]).toBe('input.too-deep');

    const odd = JSON.parse(
      '{"ruleset":"pp46-2011","cases":[{"name":"a","input":{},"expect":{},"__proto__":1,"constructor":2}]}',
    );
    expect(issues(odd)).toEqual([
      ['input.unknown-key', '["cases",0,"__proto__"]'],
      ['input.unknown-key', '["cases",0,"constructor"]'],
    ]);
    const holes: unknown[] = [ok];
    holes[2] = { ...ok, name: 'b' };
    const sparse = { ruleset: 'pp46-2011', cases: holes };
    expect(issues(sparse)).toEqual([['input.required', '["cases",1]']]);
    expect(
      issues({ ruleset: 'pp46-2011', cases: [{ ...ok, name: Number.NaN, expect: { score: Infinity } }] }),
    ).toEqual([['input.invalid-type', '["cases",0,"name"]']]);
  });
});
