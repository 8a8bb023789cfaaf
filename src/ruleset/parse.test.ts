import { describe, expect, it } from 'vitest';
import type { Issue } from '../explain/index';
import { getPack, getPackSource, isPackId, listPacks, PACK_IDS, type PackId } from './packs';
import { assertRuleset, parseRuleset } from './parse';

const base = (id: PackId, patch: Record<string, unknown>) => ({
  schemaVersion: 1,
  id: 'test-agency',
  version: 1,
  extends: id,
  effective: { from: '2025-01-01' },
  ...patch,
});

function issuesOf(input: unknown): Issue[] {
  const r = parseRuleset(input);
  if (r.ok) throw new Error('expected issues, got a valid ruleset');
  return r.issues;
}

const summary = (issues: Issue[]) => issues.map((i) => `${i.path.join('.')} ${i.code}`);

describe('built-in packs', () => {
  it.each(PACK_IDS)('%s parses without issues', (id) => {
    const r = parseRuleset(getPackSource(id));
    expect(r.ok ? [] : summary(r.issues)).toEqual([]);
  });

  it('pp30-2019-360 extends pp30-2019 with 60/40 weights', () => {
    const r = getPack('pp30-2019-360');
    expect(r.final.method).toBe('weighted');
    if (r.final.method === 'weighted') expect(r.final.weights).toEqual({ skp: '60', perilaku: '40' });
    expect(r.derivedFrom).toEqual(['pp30-2019']);
    expect(r.extends).toBeUndefined();
    expect(r.components.map((c) => c.id)).toEqual(['skp', 'perilaku']);
  });

  it('lists every pack with its regime', () => {
    expect(listPacks().map((p) => [p.id, p.final])).toEqual([
      ['pp46-2011', 'weighted'],
      ['pp30-2019', 'weighted'],
      ['pp30-2019-360', 'weighted'],
      ['permenpanrb-6-2022', 'matrix'],
    ]);
  });

  it('getPackSource and getPack return deeply frozen data that no caller can change', () => {
    const a = getPackSource('pp46-2011') as Record<string, unknown>;
    expect(() => {
      a.id = 'changed';
    }).toThrow(TypeError);
    expect(getPackSource('pp46-2011').id).toBe('pp46-2011');
    const pack = getPack('permenpanrb-6-2022');
    expect(Object.isFrozen(pack)).toBe(true);
    expect(Object.isFrozen(pack.predikat[0])).toBe(true);
    expect(Object.isFrozen(pack.distribution?.curves)).toBe(true);
    expect(() => {
      (pack.predikat as { code: string }[]).push({ code: 'x' });
    }).toThrow(TypeError);
    expect(Object.isFrozen(PACK_IDS)).toBe(true);
    expect(getPack('pp99')).toBeUndefined();
    expect(getPackSource({})).toBeUndefined();
    expect(Object.isFrozen(listPacks()[0]?.components)).toBe(true);
    expect(isPackId(undefined)).toBe(false);
  });
});

describe('weights sum to exactly 100', () => {
  it.each([
    ['99.99', '60'],
    ['60', '40.01'],
  ])('rejects skp %s + perilaku %s', (skp, perilaku) => {
    const issues = issuesOf(base('pp46-2011', { final: { weights: { skp, perilaku } } }));
    expect(summary(issues)).toEqual(['final.weights ruleset.weights-sum']);
    expect(issues[0]?.message.id).toContain('100');
  });

  it('accepts weights that sum to 100 written differently', () => {
    expect(
      parseRuleset(base('pp46-2011', { final: { weights: { skp: 60.5, perilaku: '39.500' } } })).ok,
    ).toBe(true);
  });

  it('rejects a non-numeric weight with the decimal code', () => {
    expect(
      summary(issuesOf(base('pp46-2011', { final: { weights: { skp: 'abc', perilaku: '40' } } }))),
    ).toEqual(['final.weights.skp decimal.invalid']);
  });

  it('rejects a component without a weight and a weight for an unknown component', () => {
    const issues = issuesOf(
      base('pp46-2011', {
        final: { $replace: true, method: 'weighted', weights: { skp: '60', sikap: '40' }, bandSet: 'pp46' },
      }),
    );
    expect(summary(issues)).toEqual([
      'final.weights.sikap ruleset.unknown-reference',
      'components.1.id ruleset.missing-weight',
    ]);
  });
});

describe('bands', () => {
  const bands = (list: unknown[]) => base('pp46-2011', { bandSets: { pp46: { bands: list } } });

  it('rejects a gap between two bands', () => {
    const issues = issuesOf(
      bands([
        { code: 'buruk', min: '0', max: '51' },
        { code: 'kurang', min: '51', max: '61' },
        { code: 'cukup', min: '62', max: '76' },
        { code: 'baik', min: '76', max: '91' },
        { code: 'sangat-baik', min: '91' },
      ]),
    );
    expect(summary(issues)).toEqual(['bandSets.pp46.bands.2 ruleset.band-gap']);
  });

  it('rejects overlapping bands and a shared inclusive edge', () => {
    expect(
      summary(
        issuesOf(
          bands([
            { code: 'buruk', min: '0', max: '51' },
            { code: 'kurang', min: '50', max: '61' },
            { code: 'cukup', min: '61', max: '76', minInclusive: true },
            { code: 'baik', min: '76', max: '91', maxInclusive: true },
            { code: 'sangat-baik', min: '91' },
          ]),
        ),
      ),
    ).toEqual(['bandSets.pp46.bands.1 ruleset.band-overlap', 'bandSets.pp46.bands.4 ruleset.band-overlap']);
  });

  it('rejects a point gap where both edges are exclusive', () => {
    expect(
      summary(
        issuesOf(
          bands([
            { code: 'buruk', min: '0', max: '51' },
            { code: 'kurang', min: '51', minInclusive: false, max: '61' },
            { code: 'cukup', min: '61', max: '76' },
            { code: 'baik', min: '76', max: '91' },
            { code: 'sangat-baik', min: '91' },
          ]),
        ),
      ),
    ).toEqual(['bandSets.pp46.bands.1 ruleset.band-gap']);
  });

  it('rejects bands that stop short of the domain, and empty bands', () => {
    expect(
      summary(
        issuesOf(
          bands([
            { code: 'buruk', min: '10', max: '51' },
            { code: 'sangat-baik', min: '51', max: '200' },
          ]),
        ),
      ),
    ).toEqual(['bandSets.pp46.bands.0 ruleset.band-gap', 'bandSets.pp46.bands.1 ruleset.band-domain']);
    expect(summary(issuesOf(bands([{ code: 'buruk', min: '5', max: '5' }])))).toEqual([
      'bandSets.pp46.bands.0 ruleset.band-empty',
    ]);
  });

  it('accepts bands in any order and checks their codes', () => {
    const ok = bands([
      { code: 'sangat-baik', min: '91' },
      { code: 'buruk', min: '0', max: '51' },
      { code: 'baik', min: '76', max: '91' },
      { code: 'kurang', min: '51', max: '61' },
      { code: 'cukup', min: '61', max: '76' },
    ]);
    expect(parseRuleset(ok).ok).toBe(true);
    const unknown = bands([{ code: 'istimewa', min: '0' }]);
    expect(summary(issuesOf(unknown))).toContain('bandSets.pp46.bands.0.code ruleset.unknown-reference');
  });

  it('requires "otherwise" on a band that requires a flag, and a known flag', () => {
    const issues = issuesOf(
      base('pp30-2019', {
        bandSets: {
          pp30: {
            bands: [
              { code: 'sangat-kurang', min: '0', max: '70' },
              { code: 'cukup', min: '70', max: '110' },
              { code: 'sangat-baik', min: '110', max: '120', maxInclusive: true, requires: ['inovasi'] },
            ],
          },
        },
      }),
    );
    expect(summary(issues)).toEqual([
      'bandSets.pp30.bands.2.requires.0 ruleset.unknown-reference',
      'bandSets.pp30.bands.2 ruleset.band-otherwise',
    ]);
  });
});

describe('the matrix', () => {
  it('rejects a missing cell and a missing row', () => {
    const cells = {
      'di-atas-ekspektasi': { 'di-bawah-ekspektasi': 'kurang', 'sesuai-ekspektasi': 'baik' },
      'sesuai-ekspektasi': {
        'di-bawah-ekspektasi': 'kurang',
        'sesuai-ekspektasi': 'baik',
        'di-atas-ekspektasi': 'baik',
      },
    };
    const issues = issuesOf(
      base('permenpanrb-6-2022', {
        final: { $replace: true, method: 'matrix', rows: 'hasil-kerja', columns: 'perilaku', cells },
      }),
    );
    expect(summary(issues)).toEqual([
      'final.cells.di-atas-ekspektasi ruleset.matrix-incomplete',
      'final.cells ruleset.matrix-incomplete',
      'final.cells ruleset.matrix-incomplete',
      'final.cells ruleset.matrix-incomplete',
    ]);
    expect(issues[0]?.message.en).toBe(
      'Incomplete matrix: no predikat for di-atas-ekspektasi × di-atas-ekspektasi',
    );
  });

  it('rejects unknown predikat and rating codes in cells', () => {
    const issues = issuesOf(
      base('permenpanrb-6-2022', {
        final: { cells: { 'di-atas-ekspektasi': { 'di-atas-ekspektasi': 'istimewa', luar: 'baik' } } },
      }),
    );
    expect(summary(issues)).toEqual([
      'final.cells.di-atas-ekspektasi.di-atas-ekspektasi ruleset.unknown-reference',
      'final.cells.di-atas-ekspektasi.luar ruleset.unknown-reference',
    ]);
  });

  it('requires rating components on both axes', () => {
    const r = getPackSource('pp46-2011');
    const issues = issuesOf({
      ...r,
      final: { method: 'matrix', rows: 'skp', columns: 'perilaku', cells: {} },
    });
    expect(summary(issues)).toEqual([
      'final.rows ruleset.wrong-output',
      'final.columns ruleset.wrong-output',
    ]);
  });
});

describe('ids and references', () => {
  const catalogue = (indicators: unknown[]) =>
    base('pp46-2011', {
      components: [{ id: 'skp', aggregate: { $replace: true, method: 'weighted', weights: 'catalog' } }],
      indicators,
    });

  it('rejects a duplicate indicator id', () => {
    const issues = issuesOf(
      catalogue([
        { id: 'disiplin-hadir', kind: 'pp46-activity', component: 'skp', weight: 50 },
        { id: 'disiplin-hadir', kind: 'pp46-activity', component: 'skp', weight: 50 },
      ]),
    );
    expect(summary(issues)).toEqual(['indicators.1.id ruleset.duplicate-id']);
    expect(issues[0]?.message.en).toContain('indicators[0].id');
  });

  it('rejects an indicator id that collides with a behaviour item', () => {
    const issues = issuesOf(
      catalogue([{ id: 'integritas', kind: 'pp46-activity', component: 'skp', weight: 100 }]),
    );
    expect(summary(issues)).toEqual(['indicators.0.id ruleset.duplicate-id']);
  });

  it('checks catalogue weights per component and references', () => {
    expect(
      summary(
        issuesOf(
          catalogue([
            { id: 'a', kind: 'pp46-activity', component: 'skp', weight: 50 },
            { id: 'b', kind: 'rasio', component: 'sikap', weight: 49 },
          ]),
        ),
      ),
    ).toEqual([
      'indicators.1.kind ruleset.unknown-reference',
      'indicators.1.component ruleset.unknown-reference',
      'components.0.aggregate ruleset.weights-sum',
    ]);
    expect(
      summary(
        issuesOf(
          catalogue([
            { id: 'a', kind: 'pp46-activity', component: 'skp', weight: 50 },
            { id: 'b', kind: 'pp46-activity', component: 'skp', weight: 49 },
          ]),
        ),
      ),
    ).toEqual(['components.0.aggregate ruleset.weights-sum']);
  });

  it('rejects unknown band sets, conversion tables, bonus tables and kinds', () => {
    const issues = issuesOf(
      base('pp30-2019', {
        kinds: { iki: { conversion: 'tabel-x' } },
        components: [
          {
            id: 'skp',
            bandSet: 'tidak-ada',
            source: { kinds: ['iki', 'iku'] },
            bonuses: [{ input: 'kreativitas', table: 'b' }],
          },
        ],
      }),
    );
    expect(summary(issues)).toEqual([
      'kinds.iki.conversion ruleset.unknown-reference',
      'components.0.source.kinds.1 ruleset.unknown-reference',
      'components.0.bonuses.0.table ruleset.unknown-reference',
      'components.0.bandSet ruleset.unknown-reference',
    ]);
    expect(issues[0]?.message.en).toContain('available: pp30-capaian');
  });

  it('rejects a duplicate component id and an unknown unit predikat in the unit-head map', () => {
    const src = getPackSource('permenpanrb-6-2022') as { components: Array<Record<string, unknown>> };
    const first = src.components[0];
    const issues = issuesOf({ ...src, components: [...src.components, first] });
    expect(summary(issues)).toContain('components.2.id ruleset.duplicate-id');
    const unit = issuesOf(
      base('permenpanrb-6-2022', {
        components: [{ id: 'hasil-kerja', rating: { unitHead: { map: { luar: 'di-atas-ekspektasi' } } } }],
      }),
    );
    expect(summary(unit)).toEqual(['components.0.rating.unitHead.map.luar ruleset.unknown-reference']);
  });

  it('rejects a kind taken by two components', () => {
    const issues = issuesOf(
      base('pp30-2019', {
        components: [{ id: 'perilaku', $replace: true, source: { from: 'indicators', kinds: ['iki'] } }],
      }),
    );
    expect(summary(issues)).toContain('components.1.source.kinds.0 ruleset.duplicate-id');
  });

  it('rejects follow-up actions for an unknown predikat', () => {
    expect(summary(issuesOf(base('permenpanrb-6-2022', { followUp: { actions: { cukup: [] } } })))).toEqual([
      'followUp.actions.cukup ruleset.unknown-reference',
    ]);
  });

  it('rejects an unknown pack in extends', () => {
    const issues = issuesOf(base('pp99' as PackId, {}));
    expect(summary(issues)).toEqual(['extends ruleset.unknown-pack']);
    expect(issues[0]?.message.en).toContain('permenpanrb-6-2022');
  });
});

describe('distribution curves', () => {
  it('rejects an unknown unit predikat, unknown codes, a constraint without a limit, a share over 100 and duplicate ids', () => {
    const issues = issuesOf(
      base('permenpanrb-6-2022', {
        distribution: {
          $replace: true,
          curves: {
            luar: [{ id: 'a', predikat: ['baik'], bound: 'max', percent: 70 }],
            baik: [
              { id: 'b', predikat: ['cukup'], bound: 'max', percent: 70 },
              { id: 'c', predikat: ['baik'], bound: 'min' },
              { id: 'c', predikat: ['baik'], bound: 'max', percent: '100.5' },
            ],
          },
        },
      }),
    );
    expect(summary(issues)).toEqual([
      'distribution.curves.luar ruleset.unknown-reference',
      'distribution.curves.baik.2.id ruleset.duplicate-id',
      'distribution.curves.baik.0.predikat.0 ruleset.unknown-reference',
      'distribution.curves.baik.1 ruleset.missing-limit',
      'distribution.curves.baik.2.percent ruleset.range-reversed',
    ]);
  });
});

describe('predikat order', () => {
  it('rejects ties and an inverted order', () => {
    const issues = issuesOf(
      base('pp46-2011', {
        predikat: [
          { code: 'sangat-baik', rank: 5 },
          { code: 'baik', rank: 5 },
          { code: 'cukup', rank: 2 },
          { code: 'kurang', rank: 3 },
          { code: 'buruk', rank: 1 },
        ],
      }),
    );
    expect(summary(issues)).toEqual([
      'predikat.1.rank ruleset.predikat-order',
      'predikat.3.rank ruleset.predikat-order',
    ]);
  });

  it('rejects a duplicate predikat code', () => {
    const issues = issuesOf(
      base('pp46-2011', {
        predikat: [
          { code: 'sangat-baik', rank: 5 },
          { code: 'baik', rank: 4 },
          { code: 'cukup', rank: 3 },
          { code: 'kurang', rank: 2 },
          { code: 'baik', rank: 1 },
        ],
      }),
    );
    expect(summary(issues)).toContain('predikat.4.code ruleset.duplicate-id');
  });
});

describe('shape and metadata', () => {
  it('rejects a wrong schemaVersion before anything else', () => {
    const issues = issuesOf({ ...getPackSource('pp46-2011'), schemaVersion: 2, weights: 'x' });
    expect(summary(issues)).toEqual(['schemaVersion ruleset.schema-version']);
    expect(issues[0]?.message.id).toContain('2');
  });

  it('rejects an invalid calendar date and reversed effective dates', () => {
    expect(summary(issuesOf(base('pp46-2011', { effective: { from: '2025-02-29' } })))).toEqual([
      'effective.from date.not-a-date',
    ]);
    expect(
      summary(issuesOf(base('pp46-2011', { effective: { from: '2025-02-01', until: '2025-01-31' } }))),
    ).toEqual(['effective.until ruleset.range-reversed']);
  });

  it('reports missing fields, unknown keys and wrong types with paths', () => {
    const issues = issuesOf({ schemaVersion: 1, id: 'Bad Id', version: 1.5, effective: {}, colour: 'red' });
    const s = summary(issues);
    expect(s).toContain('id input.invalid-format');
    expect(s).toContain('version input.invalid-type');
    expect(s).toContain('effective.from input.required');
    expect(s).toContain('colour input.unknown-key');
    expect(s).toContain('components input.required');
  });

  it('reports an unknown measurement kind with the allowed values', () => {
    const issues = issuesOf(
      base('permenpanrb-6-2022', { kinds: { rhk: { $replace: true, measure: 'nilai' } } }),
    );
    expect(summary(issues)).toEqual(['kinds.rhk.measure input.invalid-value']);
    expect(issues[0]?.message.en).toContain('"rated"');
  });

  it('rejects non-objects', () => {
    for (const v of [null, [], 'x', 1]) expect(summary(issuesOf(v))).toEqual([' input.invalid-type']);
  });

  it('every issue has a message in both languages', () => {
    const issues = issuesOf(
      base('pp46-2011', { final: { weights: { skp: 'abc' } }, effective: { from: 'x' } }),
    );
    for (const i of issues) {
      expect(i.message.id.length).toBeGreaterThan(0);
      expect(i.message.en.length).toBeGreaterThan(0);
    }
  });

  it('assertRuleset throws one KinerjaError carrying every issue', () => {
    expect(() => assertRuleset(base('pp46-2011', { final: { weights: { skp: '1' } } }))).toThrowError(
      /Weights must sum/,
    );
    try {
      assertRuleset({});
    } catch (e) {
      expect((e as { name: string }).name).toBe('KinerjaError');
      expect((e as { issues: unknown[] }).issues.length).toBeGreaterThan(3);
    }
  });

  it('the parsed ruleset round-trips through JSON', () => {
    for (const id of PACK_IDS) {
      const r = getPack(id);
      const again = parseRuleset(JSON.parse(JSON.stringify(r)));
      expect(again.ok).toBe(true);
      if (again.ok) expect(again.value).toEqual(r);
    }
  });
});

describe('parseRuleset: values that throw when read', () => {
  it('a getter or a proxy that throws is an issue, never an exception', () => {
    const getter = { schemaVersion: 1, id: 'x' } as Record<string, unknown>;
    Object.defineProperty(getter, 'version', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    const proxy = new Proxy(
      {},
      {
        get() {
          throw new Error('trap');
        },
        ownKeys() {
          throw new Error('trap');
        },
      },
    );
    for (const input of [getter, proxy, { ...base('permenpanrb-6-2022', {}), predikat: getter }]) {
      const r = parseRuleset(input);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.issues.length).toBeGreaterThan(0);
    }
  });
});
