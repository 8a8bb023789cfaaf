import type { Dec } from '../../decimal/index';
import type { ExplanationNode } from '../../explain/index';
import { matchBand } from '../../rating/index';
import type { Recorded, RulesetInternals } from '../compile';
import { capFloor } from '../measures';
import { own, type Reader } from '../read';
import type { ComponentOutcome } from './aggregate';
import { weightedMean } from './aggregate';

/** The final rule applied: the score (weighted rules), the predikat and the step's explanation. */
export interface Banded {
  readonly score: Recorded | undefined;
  readonly predikat: string;
  readonly node: ExplanationNode;
}

/**
 * Stage 5, band: the final rule. A weighted rule weighs the components' recorded values and bands
 * the result into a predikat (a band may require flags); a matrix rule reads the predikat off the
 * components' ratings. Issue: a final score outside every band.
 */
export function bandFinal(
  c: RulesetInternals,
  components: readonly ComponentOutcome[],
  flags: Readonly<Record<string, boolean>>,
  rd: Reader,
): Banded | undefined {
  const f = c.ruleset.final;
  if (f.method === 'weighted') {
    const parts: Array<{ w: Dec; x: Dec }> = [];
    const inputs: Record<string, string> = {};
    for (const comp of components) {
      const w = c.weights.get(comp.id);
      if (!comp.value || !w) continue;
      parts.push({ w, x: comp.value.carry });
      inputs[c.weightLabels.get(comp.id) ?? comp.id] = comp.value.text;
    }
    const score = c.record('final', capFloor(weightedMean(parts, false), c.finalCap.cap, c.finalCap.floor));
    const set = c.bandSets.get(f.bandSet);
    const match = set ? matchBand(set, score.carry, flags) : undefined;
    if (!match) {
      rd.fail('scoring.outside-bands', [], { value: score.text, bandSet: f.bandSet });
      return undefined;
    }
    const missing = match.missingFlags.length > 0;
    return {
      score,
      predikat: match.code,
      node: {
        code: 'final.weighted',
        inputs,
        output: score.text,
        children: [
          {
            code: missing ? 'band.flag-missing' : 'band',
            ref: f.bandSet,
            inputs: {
              value: score.text,
              band: match.band.code,
              ...(missing ? { missing: match.missingFlags.join(', ') } : {}),
            },
            output: match.code,
          },
        ],
      },
    };
  }
  let row = '';
  let col = '';
  for (const comp of components) {
    if (comp.result.rating === null) continue;
    if (comp.id === f.rows) row = comp.result.rating;
    if (comp.id === f.columns) col = comp.result.rating;
  }
  const predikat = own(own(f.cells, row), col) ?? '';
  return {
    score: undefined,
    predikat,
    node: { code: 'final.matrix', inputs: { [f.rows]: row, [f.columns]: col }, output: predikat },
  };
}
