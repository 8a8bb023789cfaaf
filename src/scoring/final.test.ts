/**
 * The final rule: a weighted score banded into a predikat (PP 46/2011, PP 30/2019 with the
 * innovation flag and the 120 cap) or the PermenPANRB 6/2022 matrix with the unit-head rule.
 */
import { describe, expect, it } from 'vitest';
import { genericRuleset, genericRulesetFile } from '../../test/support/rulesets';
import {
  type CompiledRuleset,
  compileRuleset,
  type EvaluationResult,
  parseRuleset,
  scoreEvaluation,
  unwrap,
} from '../index';

function scored(c: CompiledRuleset, input: unknown): EvaluationResult {
  const r = scoreEvaluation(c, input);
  if (!r.ok) throw new Error(`rejected: ${JSON.stringify(r.issues.map((i) => [i.code, i.path]))}`);
  return r.value;
}

// ---------------------------------------------------------------------------------------------
// PP 46/2011: 60% SKP + 40% perilaku, five bands

const pp46 = unwrap(compileRuleset('pp46-2011'));

/** An evaluation whose SKP is one activity with kuantitas = kualitas = x% and waktu 100, and all items p. */
function pp46Input(x: number | string, p: number | string) {
  return {
    indicators: [
      {
        id: 'k1',
        kind: 'pp46-activity',
        kuantitas: { target: 100, realisasi: x },
        kualitas: { target: 100, realisasi: x },
        waktu: { target: 100, realisasi: 76 },
        justification: 'x',
      },
    ],
    ratings: Object.fromEntries(
      ['orientasi-pelayanan', 'integritas', 'komitmen', 'disiplin', 'kerja-sama'].map((id) => [id, p]),
    ),
  };
}

describe('pp46-2011: nilai prestasi kerja = 60% SKP + 40% perilaku', () => {
  it('weights the recorded component values', () => {
    const r = scored(pp46, pp46Input(100, 80));
    expect(r.components.skp?.score).toBe('100.00');
    expect(r.components.perilaku?.score).toBe('80.00');
    expect(r.score).toBe('92.00');
    expect(r.explanation.children?.at(-1)?.code).toBe('final.weighted');
  });

  it.each([
    // x (kuantitas = kualitas of the one activity), perilaku items, final, predikat
    [100, '77.5', '91.00', 'sangat-baik'],
    [100, '77.49', '91.00', 'sangat-baik'], // 90.996 is recorded as 91.00, and the band applies to it
    [100, '77.47', '90.99', 'baik'],
    [100, '76.25', '90.50', 'baik'], // 90.5 is baik (docs/regulations.md)
    [100, 40, '76.00', 'baik'],
    [100, '39.97', '75.99', 'cukup'],
    [100, '2.5', '61.00', 'cukup'],
    [100, '2.47', '60.99', 'kurang'],
    ['77.5', 0, '51.00', 'kurang'], // SKP (77.5 × 2 + 100) / 3 = 85 → 60% = 51
    ['77.47', 0, '50.99', 'buruk'], // SKP 84.98 → 50.988
    [0, 0, '0.00', 'buruk'], // not carried out
  ])('activity %s%%, perilaku %s → %s, %s', (x, p, score, predikat) => {
    const r = scored(pp46, pp46Input(x, p));
    expect(r.score).toBe(score);
    expect(r.predikat).toBe(predikat);
  });

  it('the components are banded too', () => {
    const r = scored(pp46, pp46Input(100, '60.99'));
    expect(r.components.skp?.rating).toBe('sangat-baik');
    expect(r.components.perilaku?.rating).toBe('kurang');
  });
});

// ---------------------------------------------------------------------------------------------
// PP 30/2019: 70% SKP + 30% perilaku, capped at 120; sangat baik needs an innovation

const pp30 = unwrap(compileRuleset('pp30-2019'));
const pp30x = unwrap(compileRuleset('pp30-2019-360'));

/** One IKI (weight 100) with the given capaian, all five behaviour items p. */
function pp30Input(capaian: number | string, p: number | string, innovation?: boolean) {
  return {
    indicators: [
      {
        id: 'i1',
        kind: 'iki',
        direction: 'higher-is-better',
        target: 100,
        realisasi: capaian,
        weight: 100,
        justification: 'x',
      },
    ],
    ratings: Object.fromEntries(
      ['orientasi-pelayanan', 'komitmen', 'inisiatif-kerja', 'kerja-sama', 'kepemimpinan'].map((id) => [
        id,
        p,
      ]),
    ),
    ...(innovation !== undefined ? { flags: { innovation } } : {}),
  };
}

describe('pp30-2019: nilai kinerja = 70% SKP + 30% perilaku', () => {
  it.each([
    // capaian (→ nilai SKP), perilaku, final, predikat
    [101, 110, '110.00', 'baik'], // 110 without an innovation is baik
    [110, 120, '120.00', 'baik'],
    [101, '109.96', '109.99', 'baik'],
    [110, 20, '90.00', 'baik'], // 84 + 6
    [110, '19.97', '89.99', 'cukup'],
    [80, 70, '70.00', 'cukup'],
    [80, '69.97', '69.99', 'kurang'],
    [60, 50, '50.00', 'kurang'],
    [60, '49.97', '49.99', 'sangat-kurang'],
    [0, 0, '0.00', 'sangat-kurang'],
  ])('capaian %s, perilaku %s → %s, %s', (capaian, p, score, predikat) => {
    const r = scored(pp30, pp30Input(capaian, p));
    expect(r.score).toBe(score);
    expect(r.predikat).toBe(predikat);
  });

  it('sangat baik: 110–120 and an innovation', () => {
    expect(scored(pp30, pp30Input(101, 110, true)).predikat).toBe('sangat-baik');
    expect(scored(pp30, pp30Input(110, 120, true)).predikat).toBe('sangat-baik');
    expect(scored(pp30, pp30Input(101, 110, false)).predikat).toBe('baik');
    expect(scored(pp30, pp30Input(101, '109.96', true)).predikat).toBe('baik'); // 109.99 < 110
  });

  it('the explanation says which flag was missing', () => {
    const r = scored(pp30, pp30Input(101, 110));
    const band = r.explanation.children?.at(-1)?.children?.[0];
    expect(band?.code).toBe('band.flag-missing');
    expect(band?.inputs?.missing).toBe('innovation');
    const withFlag = scored(pp30, pp30Input(101, 110, true)).explanation.children?.at(-1)?.children?.[0];
    expect(withFlag?.code).toBe('band');
  });

  it('an unknown flag or a non-boolean flag is an issue', () => {
    const bad = (flags: unknown) => {
      const r = scoreEvaluation(pp30, { ...pp30Input(100, 100), flags });
      return r.ok ? [] : r.issues.map((i) => [i.code, i.path]);
    };
    expect(bad({ inovasi: true })).toContainEqual(['scoring.unknown-flag', ['flags', 'inovasi']]);
    expect(bad({ innovation: 'ya' })).toContainEqual(['input.invalid-type', ['flags', 'innovation']]);
  });

  it('pp30-2019-360 weighs 60% SKP + 40% perilaku', () => {
    const r = scored(pp30x, pp30Input(110, 20));
    expect(r.score).toBe('80.00'); // 72 + 8
    expect(r.predikat).toBe('cukup');
  });
});

describe('caps of the final score are ruleset data', () => {
  it('a cap of 100 on the weighted final score', () => {
    const file = genericRulesetFile({ aggregate: { method: 'mean' } });
    const c = unwrap(
      compileRuleset(
        unwrap(parseRuleset({ ...file, final: { ...(file.final as object), cap: '100', floor: '20' } })),
      ),
    );
    const input = (realisasi: number, item: number) => ({
      indicators: [{ id: 'r', kind: 'rasio', target: 100, realisasi }],
      ratings: { a: item, b: item },
    });
    expect(scored(c, input(200, 100)).score).toBe('100.00'); // 150 capped
    expect(scored(c, input(0, 10)).score).toBe('20.00'); // 5 floored
    expect(scored(c, input(100, 50)).score).toBe('75.00');
    const uncapped = unwrap(compileRuleset(genericRuleset({ aggregate: { method: 'mean' } })));
    expect(scored(uncapped, input(200, 100)).score).toBe('150.00');
  });
});

// ---------------------------------------------------------------------------------------------
// PermenPANRB 6/2022: the matrix and the unit-head rule

const permen = unwrap(compileRuleset('permenpanrb-6-2022'));
const ATAS = 'di-atas-ekspektasi';
const SESUAI = 'sesuai-ekspektasi';
const BAWAH = 'di-bawah-ekspektasi';

describe('permenpanrb-6-2022: rating hasil kerja × rating perilaku → predikat', () => {
  it.each([
    [ATAS, BAWAH, 'kurang'],
    [ATAS, SESUAI, 'baik'],
    [ATAS, ATAS, 'sangat-baik'],
    [SESUAI, BAWAH, 'kurang'],
    [SESUAI, SESUAI, 'baik'],
    [SESUAI, ATAS, 'baik'],
    [BAWAH, BAWAH, 'sangat-kurang'],
    [BAWAH, SESUAI, 'butuh-perbaikan'],
    [BAWAH, ATAS, 'butuh-perbaikan'],
  ])('hasil kerja %s, perilaku %s → %s', (hk, p, predikat) => {
    const r = scored(permen, { ratings: { 'hasil-kerja': hk, perilaku: p } });
    expect(r.predikat).toBe(predikat);
    expect(r.score).toBeNull();
    expect(r.components['hasil-kerja']).toEqual({ score: null, rating: hk, source: 'direct' });
    expect(r.components.perilaku).toEqual({ score: null, rating: p, source: 'direct' });
    expect(r.explanation.children?.at(-1)).toMatchObject({
      code: 'final.matrix',
      inputs: { 'hasil-kerja': hk, perilaku: p },
      output: predikat,
    });
  });
});

describe('permenpanrb-6-2022: a unit head takes the unit’s predikat as rating hasil kerja', () => {
  it.each([
    ['istimewa', ATAS, 'sangat-baik'],
    ['baik', SESUAI, 'baik'],
    ['butuh-perbaikan', BAWAH, 'butuh-perbaikan'],
    ['kurang', BAWAH, 'butuh-perbaikan'],
    ['sangat-kurang', BAWAH, 'butuh-perbaikan'],
  ])('unit %s → hasil kerja %s (perilaku atas → %s)', (unit, hk, predikat) => {
    const r = scored(permen, {
      employee: { id: '199001012015031001', unitHead: true },
      organisation: { predikat: unit },
      indicators: [{ id: 'rhk-1', kind: 'rhk', justification: 'x' }],
      ratings: { 'rhk-1': unit === 'istimewa' ? BAWAH : ATAS, perilaku: ATAS },
    });
    expect(r.components['hasil-kerja']).toEqual({ score: null, rating: hk, source: 'unit-head' });
    expect(r.predikat).toBe(predikat);
  });

  it('the unit’s predikat decides even over a direct hasil kerja rating', () => {
    const r = scored(permen, {
      employee: { unitHead: true },
      organisation: { predikat: 'kurang' },
      ratings: { 'hasil-kerja': ATAS, perilaku: SESUAI },
    });
    expect(r.components['hasil-kerja']?.rating).toBe(BAWAH);
    expect(r.predikat).toBe('butuh-perbaikan');
  });

  it('an employee who is not the unit head is not rated by the unit', () => {
    const r = scored(permen, {
      employee: { unitHead: false },
      organisation: { predikat: 'istimewa' },
      ratings: { 'hasil-kerja': BAWAH, perilaku: SESUAI },
    });
    expect(r.components['hasil-kerja']?.source).toBe('direct');
    expect(r.predikat).toBe('butuh-perbaikan');
  });

  it('a unit head without the unit’s predikat is an issue; an unknown unit predikat too', () => {
    const r = scoreEvaluation(permen, { employee: { unitHead: true }, ratings: { perilaku: SESUAI } });
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.issues.map((i) => [i.code, i.path])).toContainEqual([
        'scoring.missing-unit-predikat',
        ['organisation', 'predikat'],
      ]);
    const u = scoreEvaluation(permen, {
      employee: { unitHead: true },
      organisation: { predikat: 'luar-biasa' },
      ratings: { perilaku: SESUAI },
    });
    expect(u.ok).toBe(false);
    if (!u.ok)
      expect(u.issues.map((i) => [i.code, i.path])).toContainEqual([
        'input.invalid-value',
        ['organisation', 'predikat'],
      ]);
  });
});
