import {
  err,
  type Issue,
  isRecord,
  issue,
  KinerjaError,
  ok,
  prefixIssues,
  type Result,
} from '../explain/index';
import { isPackId, PACK_IDS, type PackId, type Ruleset } from '../ruleset/index';
import { type CompiledRuleset, compileRuleset } from '../scoring/index';

/**
 * A ruleset as this module's functions accept it: a built-in pack id, a parsed ruleset (or a
 * ruleset file, validated on each call) or a compiled ruleset (the fast form: nothing to check).
 */
export type RulesetSource = PackId | Ruleset | CompiledRuleset;

/**
 * LOCAL ADAPTER — the lead swaps this body at merge for the scoring helper's non-throwing
 * `toCompiledRuleset(source)` (src/scoring/compile.ts), keeping the `['ruleset']` prefix of the
 * issue paths. It is the only place in src/organisation that turns a ruleset source into a
 * compiled ruleset.
 */
export function toCompiled(source: unknown): Result<CompiledRuleset, Issue[]> {
  if (isRecord(source) && source.kinds instanceof Map && isRecord(source.ruleset))
    return ok(source as unknown as CompiledRuleset);
  if (typeof source === 'string' && !isPackId(source))
    return err([issue('ruleset.unknown-pack', ['ruleset'], { id: source, available: PACK_IDS.join(', ') })]);
  try {
    return ok(compileRuleset(source));
  } catch (e) {
    if (e instanceof KinerjaError) return err(prefixIssues(['ruleset'], e.issues));
    return err([issue('input.invalid', ['ruleset'], { detail: e instanceof Error ? e.message : 'invalid' })]);
  }
}
