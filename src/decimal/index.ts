/**
 * Exact decimals: parsing, string arithmetic, rounding modes and the fast `Dec` values of the
 * scoring engine (exact rationals on JS numbers, with a BigInt fallback). The only module that
 * may import decimal.js (today only its tests do, as a reference).
 *
 * @module
 */

export {
  DEC_HUNDRED,
  DEC_ONE,
  DEC_ZERO,
  type Dec,
  dAbs,
  dAdd,
  dCmp,
  dDiv,
  dEq,
  decOf,
  dFromInt,
  dGt,
  dGte,
  dIsNeg,
  dIsZero,
  dLt,
  dLte,
  dMax,
  dMean,
  dMin,
  dMul,
  dNeg,
  dRound,
  dRoundFixed,
  dSub,
  dSum,
  dToFixed,
  fromDec,
  toDec,
} from './dec';
export * from './public';
export { toFixedScale } from './round';
