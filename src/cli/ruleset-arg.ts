import { resolve } from 'node:path';
import {
  type CompiledRuleset,
  compileRuleset,
  formatPath,
  type Issue,
  isPackId,
  type Locale,
  PACK_IDS,
  parseRuleset,
  type Result,
} from '../index';
import { EXIT_FAILED, EXIT_USAGE } from './io';
import { tr } from './messages';
import { readDataFile } from './read';

/** What `--ruleset` gave: the compiled ruleset, or the lines to print and the exit status. */
export type RulesetArg =
  | { readonly ok: true; readonly compiled: CompiledRuleset }
  | { readonly ok: false; readonly exit: typeof EXIT_FAILED | typeof EXIT_USAGE; readonly lines: string[] };

/**
 * Resolves `--ruleset`: a built-in pack id, else a ruleset file (JSON or YAML) relative to `cwd`,
 * validated with parseRuleset and compiled once. A file that cannot be read is exit 2; syntax
 * errors and issues (`file: path: message`) are exit 1.
 */
export async function loadRulesetArg(ref: string, cwd: string, locale: Locale): Promise<RulesetArg> {
  if (isPackId(ref)) return compiledArg(ref, compileRuleset(ref), locale);
  const read = await readDataFile(resolve(cwd, ref));
  if (read.kind === 'unreadable') {
    const reason = read.reason[locale];
    return {
      ok: false,
      exit: EXIT_USAGE,
      lines: [`${ref}: ${tr(locale, 'rulesetUnreadable', { available: PACK_IDS.join(', '), reason })}`],
    };
  }
  if (read.kind === 'syntax') {
    return {
      ok: false,
      exit: EXIT_FAILED,
      lines: read.problems.map((p) => `${ref}: ${p.line}:${p.col}: ${p.message[locale]}`),
    };
  }
  const parsed = parseRuleset(read.value);
  return compiledArg(ref, parsed.ok ? compileRuleset(parsed.value) : parsed, locale);
}

/** The compiled ruleset, or its issues as lines (`file: path: message`, exit 1). */
function compiledArg(ref: string, compiled: Result<CompiledRuleset, Issue[]>, locale: Locale): RulesetArg {
  if (compiled.ok) return { ok: true, compiled: compiled.value };
  return {
    ok: false,
    exit: EXIT_FAILED,
    lines: compiled.issues.map((i) => `${ref}: ${formatPath(i.path)}: ${i.message[locale]}`),
  };
}
