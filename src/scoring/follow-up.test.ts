/**
 * Missed targets without a justification (a warning the ruleset can turn into an error or off),
 * follow-up actions per predikat and training needs from the weakest indicators (docs/regulations.md).
 */
import { describe, expect, it } from 'vitest';
import { compileExtended, genericRuleset } from '../../test/support/rulesets';
import { catalog } from '../explain/messages/index';
import {
  type CompiledRuleset,
  compileRuleset,
  type EvaluationResult,
  scoreEvaluation,
  unwrap,
} from '../index';

function scored(c: CompiledRuleset, input: unknown): EvaluationResult {
  const r = scoreEvaluation(c, input);
  if (!r.ok) throw new Error(`rejected: ${JSON.stringify(r.issues.map((i) => [i.code, i.path]))}`);
  return r.value;
}

const pp46 = unwrap(compileRuleset('pp46-2011'));
const PP46_ITEMS = {
  'orientasi-pelayanan': 80,
  integritas: 80,
  komitmen: 80,
  disiplin: 80,
  'kerja-sama': 80,
};

/** An activity scoring exactly `s`: kuantitas = kualitas = (3s − 100) / 2 %, waktu 100. */
function activity(id: string, s: number, justification?: string) {
  const x = (3 * s - 100) / 2;
  return {
    id,
    kind: 'pp46-activity',
    kuantitas: { target: 100, realisasi: x },
    kualitas: { target: 100, realisasi: x },
    waktu: { target: 100, realisasi: 76 },
    ...(justification !== undefined ? { justification } : {}),
  };
}

const onTarget = (id: string) => ({
  id,
  kind: 'pp46-activity',
  kuantitas: { target: 5, realisasi: 5 },
  kualitas: { target: 100, realisasi: 100 },
  waktu: { target: 12, realisasi: 12 },
});

describe('a missed target needs a justification', () => {
  it('a warning for each indicator below target without one, at its justification path', () => {
    const r = scored(pp46, {
      indicators: [
        onTarget('k1'),
        activity('k2', 70),
        activity('k3', 60, 'anggaran dipotong'),
        activity('k4', 50),
      ],
      ratings: PP46_ITEMS,
    });
    expect(r.warnings.map((w) => [w.code, w.path, w.severity, w.params?.id])).toEqual([
      ['scoring.missing-justification', ['indicators', 1, 'justification'], 'warning', 'k2'],
      ['scoring.missing-justification', ['indicators', 3, 'justification'], 'warning', 'k4'],
    ]);
    for (const w of r.warnings) {
      expect(w.message.id).toContain('k');
      expect(w.message.en.length).toBeGreaterThan(0);
    }
    expect(r.indicators.k3?.justification).toBe('anggaran dipotong');
    expect(r.indicators.k1?.belowTarget).toBe(false);
  });

  it('no warning when every target is met', () => {
    expect(scored(pp46, { indicators: [onTarget('k1')], ratings: PP46_ITEMS }).warnings).toEqual([]);
  });

  it('pp30 IKI and permenpanrb RHK rated di bawah are missed targets too', () => {
    const pp30 = scored(unwrap(compileRuleset('pp30-2019')), {
      indicators: [
        { id: 'i1', kind: 'iki', direction: 'lower-is-better', target: 10, realisasi: 12, weight: 100 },
      ],
      ratings: {
        'orientasi-pelayanan': 90,
        komitmen: 90,
        'inisiatif-kerja': 90,
        'kerja-sama': 90,
        kepemimpinan: 90,
      },
    });
    expect(pp30.warnings.map((w) => w.path)).toEqual([['indicators', 0, 'justification']]);
    const permen = scored(unwrap(compileRuleset('permenpanrb-6-2022')), {
      indicators: [
        { id: 'rhk-1', kind: 'rhk' },
        { id: 'rhk-2', kind: 'rhk' },
      ],
      ratings: {
        'rhk-1': 'di-bawah-ekspektasi',
        'rhk-2': 'sesuai-ekspektasi',
        perilaku: 'sesuai-ekspektasi',
      },
    });
    expect(permen.warnings.map((w) => w.params?.id)).toEqual(['rhk-1']);
  });

  it('the ruleset can make it an error (justification.belowTarget = "error")', () => {
    const strict = compileExtended('pp46-2011', { justification: { belowTarget: 'error' } });
    const r = scoreEvaluation(strict, {
      indicators: [onTarget('k1'), activity('k2', 70)],
      ratings: PP46_ITEMS,
    });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues).toHaveLength(1);
      expect(r.issues[0]).toMatchObject({
        code: 'scoring.missing-justification',
        path: ['indicators', 1, 'justification'],
        severity: 'error',
      });
    }
    expect(
      scoreEvaluation(strict, { indicators: [activity('k2', 70, 'cuti')], ratings: PP46_ITEMS }).ok,
    ).toBe(true);
  });

  it('or turn it off', () => {
    const off = unwrap(compileRuleset(genericRuleset({ belowTarget: 'off' })));
    const r = scored(off, {
      indicators: [{ id: 'r', kind: 'rasio', target: 10, realisasi: 1, weight: 1 }],
      ratings: { a: 1, b: 1 },
    });
    expect(r.indicators.r?.belowTarget).toBe(true);
    expect(r.warnings).toEqual([]);
  });

  it('the issue code is in the message catalog', () => {
    expect(catalog['scoring.missing-justification']).toBeDefined();
  });

  it('warnings carry the path prefix of a batch line', () => {
    const r = scoreEvaluation(
      pp46,
      { indicators: [activity('k1', 70)], ratings: PP46_ITEMS },
      { path: ['lines', 7] },
    );
    expect(r.ok && r.value.warnings[0]?.path).toEqual(['lines', 7, 'indicators', 0, 'justification']);
  });
});

// ---------------------------------------------------------------------------------------------
// Follow-up

const permen = unwrap(compileRuleset('permenpanrb-6-2022'));
const ATAS = 'di-atas-ekspektasi';
const SESUAI = 'sesuai-ekspektasi';
const BAWAH = 'di-bawah-ekspektasi';

describe('follow-up (tindak lanjut): actions per predikat', () => {
  it.each([
    [
      ATAS,
      ATAS,
      'sangat-baik',
      [
        ['reward', 'penghargaan'],
        ['reward', 'prioritas-pengembangan'],
      ],
    ],
    [SESUAI, SESUAI, 'baik', [['reward', 'pengembangan-kompetensi']]],
    [
      BAWAH,
      SESUAI,
      'butuh-perbaikan',
      [
        ['coaching', 'pembinaan'],
        ['training', 'pelatihan'],
      ],
    ],
    [
      SESUAI,
      BAWAH,
      'kurang',
      [
        ['coaching', 'pembinaan-intensif'],
        ['training', 'pelatihan'],
      ],
    ],
    [
      BAWAH,
      BAWAH,
      'sangat-kurang',
      [
        ['coaching', 'pembinaan-intensif'],
        ['sanction', 'sanksi-administratif'],
      ],
    ],
  ])('%s × %s → %s → %j', (hk, p, predikat, actions) => {
    const r = scored(permen, { ratings: { 'hasil-kerja': hk, perilaku: p } });
    expect(r.predikat).toBe(predikat);
    expect(r.followUp.actions.map((a) => [a.kind, a.code])).toEqual(actions);
    for (const a of r.followUp.actions)
      expect(a.label).toMatchObject({ id: expect.any(String), en: expect.any(String) });
  });

  it('pp46-2011: buruk → intensive coaching and sanctions; sangat baik → rewards', () => {
    const buruk = scored(pp46, {
      indicators: [activity('k1', 40, 'x')],
      ratings: { ...PP46_ITEMS, integritas: 0, komitmen: 0 },
    });
    expect(buruk.predikat).toBe('buruk');
    expect(buruk.followUp.actions.map((a) => a.kind)).toEqual(['coaching', 'sanction']);
    const top = scored(pp46, {
      indicators: [activity('k1', 100)],
      ratings: Object.fromEntries(Object.keys(PP46_ITEMS).map((k) => [k, 95])),
    });
    expect(top.predikat).toBe('sangat-baik');
    expect(top.followUp.actions.map((a) => a.kind)).toEqual(['reward', 'reward']);
  });

  it('the actions are ruleset data', () => {
    const c = unwrap(compileRuleset(genericRuleset()));
    const r = scored(c, {
      indicators: [{ id: 'r', kind: 'rasio', target: 1, realisasi: 1, weight: 1 }],
      ratings: { a: 60, b: 60 },
    });
    expect(r.predikat).toBe('baik'); // (100 + 60) / 2 = 80
    expect(r.followUp.actions).toEqual([{ kind: 'reward', code: 'penghargaan' }]);
  });
});

describe('follow-up: training needs are the weakest indicators', () => {
  it('pp46-2011: up to three activities below 76, weakest first', () => {
    const r = scored(pp46, {
      indicators: [
        activity('k1', 90),
        activity('k2', 50, 'x'),
        activity('k3', 70, 'x'),
        activity('k4', 60, 'x'),
        activity('k5', 40, 'x'),
        activity('k6', 76),
      ],
      ratings: PP46_ITEMS,
    });
    expect(r.followUp.trainingNeeds).toEqual([
      { indicator: 'k5', score: '40.00', rating: null },
      { indicator: 'k2', score: '50.00', rating: null },
      { indicator: 'k4', score: '60.00', rating: null },
    ]);
  });

  it('pp46-2011: none when every activity scores 76 or more; ties keep the input order', () => {
    expect(
      scored(pp46, { indicators: [activity('k1', 76), activity('k2', 100)], ratings: PP46_ITEMS }).followUp
        .trainingNeeds,
    ).toEqual([]);
    const ties = scored(pp46, {
      indicators: [activity('k1', 70, 'x'), activity('k2', 60, 'x'), activity('k3', 60, 'x')],
      ratings: PP46_ITEMS,
    });
    expect(ties.followUp.trainingNeeds.map((t) => t.indicator)).toEqual(['k2', 'k3', 'k1']);
  });

  it('pp30-2019: indicators scoring below 100', () => {
    const r = scored(unwrap(compileRuleset('pp30-2019')), {
      indicators: [
        { id: 'i1', kind: 'iki', direction: 'higher-is-better', target: 100, realisasi: 100, weight: 50 },
        {
          id: 'i2',
          kind: 'iki',
          direction: 'higher-is-better',
          target: 100,
          realisasi: 90,
          weight: 50,
          justification: 'x',
        },
      ],
      ratings: {
        'orientasi-pelayanan': 90,
        komitmen: 90,
        'inisiatif-kerja': 90,
        'kerja-sama': 90,
        kepemimpinan: 90,
      },
    });
    expect(r.followUp.trainingNeeds).toEqual([{ indicator: 'i2', score: '80.00', rating: null }]);
  });

  it('permenpanrb-6-2022: rated RHK, di bawah first', () => {
    const r = scored(permen, {
      indicators: ['rhk-1', 'rhk-2', 'rhk-3', 'rhk-4'].map((id) => ({ id, kind: 'rhk', justification: 'x' })),
      ratings: { 'rhk-1': ATAS, 'rhk-2': BAWAH, 'rhk-3': SESUAI, 'rhk-4': BAWAH, perilaku: SESUAI },
    });
    expect(r.followUp.trainingNeeds).toEqual([
      { indicator: 'rhk-2', score: null, rating: BAWAH },
      { indicator: 'rhk-4', score: null, rating: BAWAH },
      { indicator: 'rhk-3', score: null, rating: SESUAI },
    ]);
  });

  it('the count is ruleset data (the generic ruleset: 2)', () => {
    const c = unwrap(compileRuleset(genericRuleset()));
    const r = scored(c, {
      indicators: [30, 20, 10].map((realisasi, i) => ({
        id: `r${i}`,
        kind: 'rasio',
        target: 100,
        realisasi,
        weight: 1,
      })),
      ratings: { a: 1, b: 1 },
    });
    expect(r.followUp.trainingNeeds.map((t) => t.indicator)).toEqual(['r2', 'r1']);
  });
});
