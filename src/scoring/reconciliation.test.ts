/**
 * Ratings given per rater: the supervisor's rating of record (permenpanrb-6-2022, pp30-2019),
 * the 360° weighted policy of pp30-2019-360, and the dialogue a self/supervisor gap calls for.
 */
import { describe, expect, it } from 'vitest';
import { compileExtended, genericRuleset } from '../../test/support/rulesets';
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

const ATAS = 'di-atas-ekspektasi';
const SESUAI = 'sesuai-ekspektasi';
const BAWAH = 'di-bawah-ekspektasi';
const permen = unwrap(compileRuleset('permenpanrb-6-2022'));

describe('permenpanrb-6-2022: the supervisor’s rating is of record', () => {
  const input = (hasilKerja: unknown) => ({ ratings: { 'hasil-kerja': hasilKerja, perilaku: SESUAI } });

  it('self di atas, supervisor sesuai: sesuai, the self-assessment kept beside it, a dialogue due', () => {
    const r = scored(permen, input({ self: ATAS, supervisor: SESUAI }));
    expect(r.components['hasil-kerja']?.rating).toBe(SESUAI);
    expect(r.predikat).toBe('baik');
    expect(r.ratings['hasil-kerja']).toMatchObject({
      value: SESUAI,
      policy: 'supervisor-of-record',
      self: ATAS,
      supervisor: SESUAI,
      needsDialogue: true,
    });
    expect(r.needsDialogue).toBe(true);
  });

  it('the same rating from both: no dialogue', () => {
    const r = scored(permen, input({ self: SESUAI, supervisor: SESUAI }));
    expect(r.ratings['hasil-kerja']?.needsDialogue).toBe(false);
    expect(r.needsDialogue).toBe(false);
  });

  it('a supervisor alone: no dialogue', () => {
    expect(scored(permen, input({ supervisor: BAWAH })).needsDialogue).toBe(false);
  });

  it('peers and subordinates do not change the rating of record', () => {
    const r = scored(permen, input({ supervisor: BAWAH, peers: [ATAS, ATAS], subordinates: [ATAS] }));
    expect(r.components['hasil-kerja']?.rating).toBe(BAWAH);
    expect(r.predikat).toBe('butuh-perbaikan');
  });

  it('without the supervisor’s rating the item is pending', () => {
    const r = scoreEvaluation(permen, input({ self: ATAS, peers: [ATAS] }));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      const hit = r.issues.find((i) => i.code === 'scoring.pending');
      expect(hit?.path).toEqual(['ratings', 'hasil-kerja']);
      expect(hit?.params?.reason).toBe('missing-supervisor');
    }
  });

  it('raters of rhk and behaviour items are reconciled the same way before deriving', () => {
    const items = Object.fromEntries(
      ['berorientasi-pelayanan', 'akuntabel', 'kompeten', 'harmonis', 'loyal', 'adaptif', 'kolaboratif'].map(
        (id) => [id, { self: ATAS, supervisor: SESUAI }],
      ),
    );
    const r = scored(permen, {
      indicators: [{ id: 'rhk-1', kind: 'rhk' }],
      ratings: { ...items, 'rhk-1': { self: SESUAI, supervisor: ATAS } },
    });
    expect(r.indicators['rhk-1']?.rating).toBe(ATAS);
    expect(r.components['hasil-kerja']?.rating).toBe(ATAS);
    expect(r.components.perilaku?.rating).toBe(SESUAI);
    expect(r.ratings.loyal?.needsDialogue).toBe(true);
    expect(r.needsDialogue).toBe(true);
  });

  it('the tolerated gap is ruleset data (dialogue.steps = 1)', () => {
    const c = compileExtended('permenpanrb-6-2022', { reconciliation: { dialogue: { steps: 1 } } });
    expect(scored(c, input({ self: ATAS, supervisor: SESUAI })).needsDialogue).toBe(false);
    expect(scored(c, input({ self: ATAS, supervisor: BAWAH })).needsDialogue).toBe(true);
    expect(scored(c, input({ self: BAWAH, supervisor: ATAS })).needsDialogue).toBe(true);
  });

  it('an unknown rater group is an issue', () => {
    const r = scoreEvaluation(permen, input({ supervisor: SESUAI, atasan: ATAS }));
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.issues.map((i) => [i.code, i.path])).toContainEqual([
        'scoring.unknown-rater-group',
        ['ratings', 'hasil-kerja', 'atasan'],
      ]);
  });
});

// ---------------------------------------------------------------------------------------------
// PP 30/2019: numeric behaviour items

const PP30_ITEMS = ['orientasi-pelayanan', 'komitmen', 'inisiatif-kerja', 'kerja-sama', 'kepemimpinan'];

function pp30Input(komitmen: unknown) {
  return {
    indicators: [
      { id: 'i1', kind: 'iki', direction: 'higher-is-better', target: 100, realisasi: 100, weight: 100 },
    ],
    ratings: { ...Object.fromEntries(PP30_ITEMS.map((id) => [id, 100])), komitmen },
  };
}

describe('pp30-2019: the supervisor’s number is of record', () => {
  const pp30 = unwrap(compileRuleset('pp30-2019'));

  it('self 120, supervisor 80: 80, with a dialogue (no gap tolerated by default)', () => {
    const r = scored(pp30, pp30Input({ self: 120, supervisor: 80, peers: [100] }));
    expect(r.ratings.komitmen).toMatchObject({
      value: '80.00', // a computed number is recorded at rounding.rating (2 decimals in the packs)
      self: '120',
      supervisor: '80',
      needsDialogue: true,
    });
    expect(r.components.perilaku?.score).toBe('96.00'); // (4 × 100 + 80) / 5
  });

  it('a numeric tolerance is ruleset data (10 points)', () => {
    const c = unwrap(compileRuleset(genericRuleset({ dialoguePoints: '10' })));
    const input = (self: number | string, supervisor: number | string) => ({
      indicators: [{ id: 'r', kind: 'rasio', target: 1, realisasi: 1, weight: 1 }],
      ratings: { a: { self, supervisor }, b: 80 },
    });
    expect(scored(c, input(90, 80)).needsDialogue).toBe(false);
    expect(scored(c, input(70, 80)).needsDialogue).toBe(false);
    expect(scored(c, input('90.01', 80)).needsDialogue).toBe(true);
    expect(scored(c, input('69.99', 80)).needsDialogue).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// PP 30/2019 with 360° behaviour: supervisor 50, peers 25, subordinates 25, renormalised

describe('pp30-2019-360: supervisor 50, peers 25, subordinates 25 over the groups present; self not counted', () => {
  const pp30x = unwrap(compileRuleset('pp30-2019-360'));

  it.each([
    [{ supervisor: 100, peers: [80, 90], subordinates: [60] }, '86.25'], // 50 + 21.25 + 15
    [{ supervisor: 100, peers: [80, 90], subordinates: [60], self: 0 }, '86.25'], // self kept beside
    [{ supervisor: 100, subordinates: [60] }, '86.67'], // (5000 + 1500) / 75 = 86.666…, recorded at 2 decimals
    [{ supervisor: 90, peers: [] }, '90'], // an empty group is left out
    [{ peers: [80] }, '80'], // renormalised over the groups present
    [{ peers: [70, 90], subordinates: [100, 80, 60] }, '80'],
  ])('%j → %s', (raters, expected) => {
    const r = scored(pp30x, pp30Input(raters));
    const value = r.ratings.komitmen?.value ?? '';
    expect(value).toMatch(/^\d+(\.\d+)?$/);
    if (typeof expected === 'number') expect(Math.abs(Number(value) - expected)).toBeLessThan(0.0001);
    else expect(Number(value)).toBe(Number(expected));
    expect(r.ratings.komitmen?.policy).toBe('weighted');
  });

  it('the reconciled item feeds the perilaku mean and the final score', () => {
    const r = scored(pp30x, pp30Input({ supervisor: 100, peers: [80, 90], subordinates: [60], self: 120 }));
    expect(r.components.perilaku?.score).toBe('97.25'); // (4 × 100 + 86.25) / 5
    expect(r.score).toBe('104.30'); // 60% × 109 + 40% × 97.25
    expect(r.ratings.komitmen?.self).toBe('120');
    expect(r.ratings.komitmen?.needsDialogue).toBe(true);
  });

  it('a self-assessment alone is pending', () => {
    const r = scoreEvaluation(pp30x, pp30Input({ self: 100 }));
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.issues.map((i) => [i.code, i.path])).toContainEqual([
        'scoring.pending',
        ['ratings', 'komitmen'],
      ]);
  });

  it('items without raters keep their value of record', () => {
    const r = scored(pp30x, pp30Input(70));
    expect(r.ratings.komitmen).toMatchObject({ value: '70', policy: 'of-record', needsDialogue: false });
  });
});
