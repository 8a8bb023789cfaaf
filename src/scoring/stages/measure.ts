import type { RulesetInternals } from '../compile';
import { KINDS, type Measured } from '../measures';
import type { Reader } from '../read';
import type { IndicatorRead } from './read';

/** An indicator with its measurement (undefined for a rated indicator or invalid fields). */
export interface IndicatorMeasured extends IndicatorRead {
  readonly measured: Measured | undefined;
}

/**
 * Stage 2, measure: each indicator read is scored by its kind (capaian, conversion tables, aspects,
 * scales…). Pure but for the issues only the ruleset can raise (a value outside a table).
 */
export function measureIndicators(
  c: RulesetInternals,
  indicators: readonly IndicatorRead[],
  rd: Reader,
): IndicatorMeasured[] {
  const out: IndicatorMeasured[] = new Array(indicators.length);
  for (let i = 0; i < indicators.length; i++) {
    const ind = indicators[i] as IndicatorRead;
    const measure = KINDS[ind.kind.def.measure].measure;
    const measured =
      measure && ind.fields
        ? measure(c, ind.kind, ind.fields, rd, ['indicators', ind.index], ind.id)
        : undefined;
    // An explicit literal, not a spread: one hidden class, no dictionary-mode copies on the hot path.
    out[i] = {
      id: ind.id,
      index: ind.index,
      kind: ind.kind,
      weight: ind.weight,
      justification: ind.justification,
      fields: ind.fields,
      measured,
    };
  }
  return out;
}
