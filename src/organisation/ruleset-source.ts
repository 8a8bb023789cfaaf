import { type Issue, prefixIssues, type Result } from '../explain/index';
import { type CompiledRuleset, type RulesetLike, toCompiledRuleset } from '../scoring/index';

/** A ruleset as this module's functions accept it: scoring's {@link RulesetLike}. */
export type RulesetSource = RulesetLike;

/**
 * The one place this module turns a ruleset in any form into a compiled one: scoring's
 * non-throwing `toCompiledRuleset`, with the issues under `ruleset` (the argument's name).
 */
export function toCompiled(source: unknown): Result<CompiledRuleset, Issue[]> {
  const r = toCompiledRuleset(source);
  return r.ok ? r : { ok: false, issues: prefixIssues(['ruleset'], r.issues) };
}
