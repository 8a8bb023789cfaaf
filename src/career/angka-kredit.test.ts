import { describe, expect, it } from 'vitest';
import { renderTree } from '../explain/index';
import { ANGKA_KREDIT } from '../packs/angka-kredit';
import { angkaKredit } from './angka-kredit';
import { convertConventionalAngkaKredit } from './angka-kredit-conventional';
import { roundAngkaKredit } from './angka-kredit-round';
import { angkaKreditTargets } from './angka-kredit-targets';

const value = (jenjang: string, predikat: string, months: number | string) => {
  const r = angkaKredit(jenjang, predikat, { months });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
};

describe('angkaKredit', () => {
  it('computes percentage × coefficient × months / 12 exactly (docs/regulations.md)', () => {
    expect(value('ahli-pertama', 'sangat-baik', 12).angkaKredit).toBe('18.75');
    expect(value('pemula', 'sangat-baik', 12)).toMatchObject({
      angkaKredit: '5.625',
      rounded: '5.63',
      exact: true,
    });
    expect(value('pemula', 'butuh-perbaikan', 12)).toMatchObject({ angkaKredit: '2.8125', rounded: '2.81' });
    const two = value('ahli-pertama', 'baik', 2);
    expect(two).toMatchObject({ fraction: '25/12', rounded: '2.08', exact: false, months: 2 });
    expect(two.angkaKredit.startsWith('2.08333333')).toBe(true);
    expect(value('ahli-utama', 'sangat-kurang', 12)).toMatchObject({ angkaKredit: '12.5', fraction: '25/2' });
    expect(value('terampil', 'baik', 0)).toMatchObject({ angkaKredit: '0', fraction: '0', rounded: '0.00' });
    expect(value('ahli-madya', 'baik', '6').angkaKredit).toBe('18.75');
  });

  it('counts cukup as butuh-perbaikan and buruk as sangat-kurang', () => {
    expect(value('ahli-muda', 'cukup', 12)).toMatchObject({
      countedAs: 'butuh-perbaikan',
      angkaKredit: '18.75',
      predikat: 'cukup',
    });
    expect(value('ahli-muda', 'buruk', 12)).toMatchObject({
      countedAs: 'sangat-kurang',
      angkaKredit: '6.25',
    });
  });

  it('explains the computation', () => {
    expect(value('pemula', 'sangat-baik', 12).explanation).toEqual({
      code: 'angka-kredit',
      ref: 'pemula',
      inputs: {
        predikat: 'sangat-baik',
        countedAs: 'sangat-baik',
        percent: '150',
        coefficient: '3.75',
        months: 12,
        exact: '5.625',
      },
      output: '5.63',
    });
  });

  it('renders its explanation in Indonesian and English', () => {
    const e = value('pemula', 'sangat-baik', 12).explanation;
    expect(renderTree(e, { locale: 'en' })).toEqual([
      'Angka kredit pemula: 150% × coefficient 3.75 × 12/12 months = 5.63',
    ]);
    expect(renderTree(e, { locale: 'id' })).toEqual([
      'Angka kredit pemula: 150% × koefisien 3.75 × 12/12 bulan = 5.63',
    ]);
  });

  it('rejects unknown jenjang and predikat and months that are not whole numbers 0–12, all at once', () => {
    const r = angkaKredit('ahli', 'istimewa', { months: 13 });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => [i.code, i.path])).toEqual([
      ['career.unknown-jenjang', ['jenjang']],
      ['career.unknown-predikat', ['predikat']],
      ['career.invalid-months', ['months']],
    ]);
    const codes = (months: unknown) => {
      const x = angkaKredit('pemula', 'baik', { months: months as number });
      return x.ok ? [] : x.issues.map((i) => i.code);
    };
    expect(codes(-1)).toEqual(['career.invalid-months']);
    expect(codes(2.5)).toEqual(['career.invalid-months']);
    expect(codes('abc')).toEqual(['decimal.invalid']);
    expect(codes(Number.NaN).length).toBe(1);
    expect(codes(null)).toEqual(['input.invalid-type']);
    expect(codes(undefined)).toEqual(['input.required']);
    expect(angkaKredit('toString', 'constructor', { months: 1 }).ok).toBe(false);
    const bare = (angkaKredit as (j: string, p: string) => ReturnType<typeof angkaKredit>)('pemula', 'baik');
    expect(bare.ok ? [] : bare.issues.map((i) => i.code)).toEqual(['input.required']);
  });

  it('uses tables given in the options', () => {
    const data = { ...ANGKA_KREDIT, percentages: { ...ANGKA_KREDIT.percentages, baik: '110' } };
    const r = angkaKredit('ahli-muda', 'baik', { months: 12, data });
    expect(r.ok && r.value.angkaKredit).toBe('27.5');
  });
});

describe('roundAngkaKredit', () => {
  it('rounds to 2 decimals half-up', () => {
    expect(roundAngkaKredit('5.625')).toEqual({ ok: true, value: '5.63' });
    expect(roundAngkaKredit('2.8125')).toEqual({ ok: true, value: '2.81' });
    expect(roundAngkaKredit(3)).toEqual({ ok: true, value: '3.00' });
  });

  it('gives issues for a value that is not a decimal, never a throw', () => {
    for (const bad of ['lima', Number.NaN, Number.POSITIVE_INFINITY, null, undefined, { toString: 1 }, [1]]) {
      const r = roundAngkaKredit(bad as never);
      expect(r.ok).toBe(false);
    }
  });
});

describe('convertConventionalAngkaKredit', () => {
  it('subtracts the jenjang base, flagging the unconfirmed bases', () => {
    const r = convertConventionalAngkaKredit('ahli-madya', '512.5');
    expect(r.ok && [r.value.angkaKredit, r.value.base, r.value.unconfirmed]).toEqual(['112.5', '400', false]);
    const bases = ['ahli-pertama', 'ahli-muda', 'ahli-madya', 'ahli-utama'].map((j) => {
      const c = convertConventionalAngkaKredit(j, 1000);
      return c.ok ? c.value.base : null;
    });
    expect(bases).toEqual(['100', '200', '400', '850']);
    const m = convertConventionalAngkaKredit('mahir', 130);
    expect(m.ok && [m.value.angkaKredit, m.value.unconfirmed]).toEqual(['30', true]);
  });

  it('rejects a conventional AK below the base, or not a decimal', () => {
    const r = convertConventionalAngkaKredit('ahli-muda', 150);
    expect(r.ok ? [] : r.issues.map((i) => i.code)).toEqual(['career.below-conventional-base']);
    const s = convertConventionalAngkaKredit('x', 'y');
    expect(s.ok ? [] : s.issues.map((i) => i.code)).toEqual(['career.unknown-jenjang', 'decimal.invalid']);
  });
});

describe('angkaKreditTargets', () => {
  it('the pangkat step inside the jenjang and kenaikan jenjang (docs/regulations.md table)', () => {
    const r = angkaKreditTargets('ahli-pertama', { golongan: 'III/a', accumulated: '37.5' });
    expect(r.ok && r.value).toEqual({
      jenjang: 'ahli-pertama',
      accumulated: '37.5',
      compared: '37.5',
      thresholds: 'exact',
      nextRank: {
        jenjang: 'ahli-pertama',
        golongan: 'III/b',
        withJenjang: false,
        required: '50',
        remaining: '12.5',
        met: false,
      },
      nextJenjang: {
        jenjang: 'ahli-muda',
        golongan: null,
        withJenjang: true,
        required: '100',
        remaining: '62.5',
        met: false,
      },
    });
    const top = angkaKreditTargets('ahli-pertama', { golongan: 'III/b', accumulated: 100 });
    expect(top.ok && top.value.nextRank).toEqual({
      jenjang: 'ahli-muda',
      golongan: 'III/c',
      withJenjang: true,
      required: '100',
      remaining: '0',
      met: true,
    });
    const madya = angkaKreditTargets('ahli-madya', { golongan: 'IV/b' });
    expect(madya.ok && madya.value.nextRank?.required).toBe('300');
    const terampil = angkaKreditTargets('terampil', { golongan: 'II/c' });
    expect(terampil.ok && terampil.value.nextRank?.required).toBe('40');
    for (const [j, g] of [
      ['penyelia', 'III/d'],
      ['ahli-utama', 'IV/e'],
    ] as const) {
      const t = angkaKreditTargets(j, { golongan: g });
      expect(t.ok && [t.value.nextRank, t.value.nextJenjang]).toEqual([null, null]);
    }
    const utama = angkaKreditTargets('ahli-utama', { golongan: 'IV/d', accumulated: 150 });
    expect(utama.ok && utama.value.nextRank).toMatchObject({
      golongan: 'IV/e',
      required: '200',
      remaining: '50',
    });
  });

  it('compares the exact or the rounded figure', () => {
    const exact = angkaKreditTargets('pemula', { accumulated: '14.996' });
    expect(exact.ok && exact.value.nextJenjang?.met).toBe(false);
    const rounded = angkaKreditTargets('pemula', { accumulated: '14.996', thresholds: 'rounded' });
    expect(rounded.ok && [rounded.value.compared, rounded.value.nextJenjang?.met]).toEqual(['15', true]);
  });

  it('rejects a golongan outside the jenjang', () => {
    const r = angkaKreditTargets('ahli-utama', { golongan: 'III/a' });
    expect(r.ok ? [] : r.issues.map((i) => [i.code, i.path])).toEqual([
      ['career.unknown-golongan', ['golongan']],
    ]);
  });
});
