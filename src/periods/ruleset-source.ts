import { type Issue, prefixIssues, type Result } from '../explain/index';
import { type CompiledRuleset, toCompiledRuleset } from '../scoring/index';

/**
 * The one place this module turns a ruleset in any form into a compiled one: scoring's
 * non-throwing `toCompiledRuleset`, with the issues under `ruleset` (the argument's name).
 */
export function toCompiled(source: unknown): Result<CompiledRuleset, Issue[]> {
  const r = toCompiledRuleset(source);
  return r.ok ? r : { ok: false, issues: prefixIssues(['ruleset'], r.issues) };
}
