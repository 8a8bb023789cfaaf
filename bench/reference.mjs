// The speed reference: a plain floating-point JavaScript implementation of the PP 46/2011 formulas
// (docs/regulations.md). It is NOT exact (binary floating point, Math.round-based rounding; the 24%
// efficiency boundary can land on the wrong side for some inputs) and exists only to tell how many
// times slower the exact engine is on the same inputs in the same process.

const num = (x) => (typeof x === 'number' ? x : Number(x));
/** Two decimals, half-up, the float way. */
const round2 = (x) => Math.round(x * 100) / 100;

function ratio(a) {
  return (num(a.realisasi) / num(a.target)) * 100;
}

/** waktu and biaya: efficiency e = 100 − R/T×100, the 24 boundary inclusive in the first branch. */
function efficiency(a) {
  const t = num(a.target);
  const r = num(a.realisasi);
  const e = 100 - (r / t) * 100;
  const base = ((1.76 * t - r) / t) * 100;
  return e <= 24 ? base : 76 - (base - 100);
}

function activity(ind) {
  if (num(ind.kuantitas.realisasi) === 0) return 0; // not carried out: every aspect scores 0
  let sum = round2(ratio(ind.kuantitas)) + round2(ratio(ind.kualitas)) + round2(efficiency(ind.waktu));
  let n = 3;
  if (ind.biaya !== undefined) {
    sum += round2(efficiency(ind.biaya));
    n++;
  }
  return round2(sum / n);
}

function band(x) {
  return x >= 91 ? 'sangat-baik' : x >= 76 ? 'baik' : x >= 61 ? 'cukup' : x >= 51 ? 'kurang' : 'buruk';
}

/** Scores one pp46-2011 evaluation input; returns { skp, perilaku, score, predikat }. */
export function referencePp46(input) {
  const inds = input.indicators;
  let s = 0;
  for (let i = 0; i < inds.length; i++) s += activity(inds[i]);
  const skp = round2(s / inds.length);
  let p = 0;
  let n = 0;
  for (const k in input.ratings) {
    p += num(input.ratings[k]);
    n++;
  }
  const perilaku = round2(p / n);
  const score = round2(skp * 0.6 + perilaku * 0.4);
  return { skp, perilaku, score, predikat: band(score) };
}
