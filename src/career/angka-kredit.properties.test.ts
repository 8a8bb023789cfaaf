import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Dec, dAdd, dDiv, dEq, dIsNeg, dLte, dToFixed, toDec } from '../decimal/index';
import { ANGKA_KREDIT } from '../packs/angka-kredit';
import { angkaKredit } from './angka-kredit';
import { buildLedger } from './angka-kredit-ledger';

const JENJANG = Object.keys(ANGKA_KREDIT.jenjang);
/** The five predikat of the AK table, best first, and the aliases. */
const RANKED = ['sangat-baik', 'baik', 'butuh-perbaikan', 'kurang', 'sangat-kurang'];
const ALL = [...RANKED, 'cukup', 'buruk'];

/** The exact AK as a Dec, from the result's exact fraction. */
function exact(jenjang: string, predikat: string, months: number): Dec {
  const r = angkaKredit(jenjang, predikat, { months });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  const [n = '0', d = '1'] = r.value.fraction.split('/');
  return dDiv(toDec(n), toDec(d));
}

const jenjang = fc.constantFrom(...JENJANG);
const months = fc.integer({ min: 0, max: 12 });

describe('angka kredit: laws', () => {
  it('is monotonic in predikat rank: a better predikat never earns less', () => {
    fc.assert(
      fc.property(jenjang, months, fc.integer({ min: 0, max: 3 }), (j, m, i) => {
        const better = RANKED[i] ?? 'baik';
        const worse = RANKED[i + 1] ?? 'baik';
        expect(dLte(exact(j, worse, m), exact(j, better, m))).toBe(true);
      }),
    );
  });

  it('is monotonic in months', () => {
    fc.assert(
      fc.property(jenjang, fc.constantFrom(...ALL), months, months, (j, p, a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(dLte(exact(j, p, lo), exact(j, p, hi))).toBe(true);
      }),
    );
  });

  it('is additive over month splits, exactly: AK(a + b) = AK(a) + AK(b)', () => {
    fc.assert(
      fc.property(jenjang, fc.constantFrom(...ALL), months, months, (j, p, a, b) => {
        fc.pre(a + b <= 12);
        expect(dEq(exact(j, p, a + b), dAdd(exact(j, p, a), exact(j, p, b)))).toBe(true);
      }),
    );
  });

  it('is never negative, and the rounded figure is within half a hundredth of the exact one', () => {
    fc.assert(
      fc.property(jenjang, fc.constantFrom(...ALL), months, (j, p, m) => {
        const r = angkaKredit(j, p, { months: m });
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        const e = exact(j, p, m);
        expect(dIsNeg(e)).toBe(false);
        expect(r.value.angkaKredit).not.toMatch(/NaN|Infinity|e/);
        const diff = dAdd(toDec(r.value.rounded), dDiv(e, toDec('-1')));
        expect(dLte(diff, toDec('0.005')) && dLte(toDec('-0.005'), diff)).toBe(true);
      }),
    );
  });

  it('a ledger year never credits more than the cap, and the ledger total is the sum of its years (to 40 decimals)', () => {
    const entry = fc.record({
      predikat: fc.constantFrom(...ALL),
      months,
      year: fc.integer({ min: 2023, max: 2025 }),
    });
    fc.assert(
      fc.property(jenjang, fc.array(entry, { maxLength: 6 }), (j, entries) => {
        const r = buildLedger(entries, { jenjang: j });
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        let sum = toDec('0');
        for (const y of r.value.years) {
          expect(dLte(toDec(y.credited), toDec(y.cap))).toBe(true);
          sum = dAdd(sum, toDec(y.credited));
        }
        // Years print with 60 significant digits when they do not terminate: compare at 40 decimals.
        expect(dToFixed(sum, 40, 'half-up')).toBe(dToFixed(toDec(r.value.total), 40, 'half-up'));
      }),
    );
  });

  it('integrasi: the accumulated AK is the last jenjang segment only, and a rounded threshold is met whenever the exact one is', () => {
    const entry = fc.record({
      jenjang: fc.constantFrom('ahli-pertama', 'ahli-muda'),
      predikat: fc.constantFrom(...ALL),
      months,
    });
    fc.assert(
      fc.property(fc.array(entry, { minLength: 1, maxLength: 6 }), (entries) => {
        const exactLedger = buildLedger(entries);
        const roundedLedger = buildLedger(entries, { thresholds: 'rounded' });
        expect(exactLedger.ok && roundedLedger.ok).toBe(true);
        if (!exactLedger.ok || !roundedLedger.ok) return;
        const last = entries[entries.length - 1]?.jenjang;
        let start = entries.length - 1;
        while (start > 0 && entries[start - 1]?.jenjang === last) start -= 1;
        const tail = buildLedger(entries.slice(start));
        expect(tail.ok && tail.value.accumulated).toBe(exactLedger.value.accumulated);
        if (exactLedger.value.targets.nextJenjang?.met)
          expect(roundedLedger.value.targets.nextJenjang?.met).toBe(true);
      }),
    );
  });
});
