export { type BandMatch, type CompiledBand, type CompiledBandSet, compileBandSet, matchBand } from './bands';
export { comparePredikat, isAtLeast, PREDIKAT_RANK, predikatRank } from './order';
