import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { formatPath, type Locale, parseRuleset } from '../../index';
import {
  type CaseFile,
  type CaseReport,
  formatCaseReport,
  mergeCaseReports,
  parseCaseFile,
  runPolicyCases,
} from '../../testing/index';
import { choice, isUsageError, parseCommandArgs } from '../args';
import {
  type AllowedPaths,
  issueWithoutText,
  mayRead,
  problemWithoutText,
  readAllowPaths,
} from '../case-paths';
import type { Command } from '../context';
import { expandFileArgs } from '../glob';
import { helpText } from '../help';
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE } from '../io';
import { tr } from '../messages';
import { formatOf, parseDataText, readDataFile, readErrorReason } from '../read';

/**
 * Reads a ruleset file named in a case file (absolute path), JSON or YAML, synchronously as
 * runPolicyCases needs; throws with the reason in `locale` (the case then fails with it). Only
 * files below the case file's folder or an allowed one are read, and what is wrong with one is
 * told by place and code, never with its text (src/cli/case-paths.ts).
 */
export function rulesetFileReader(
  locale: Locale,
  caseFolder: string,
  allowed: AllowedPaths,
): (absPath: string) => unknown {
  return (absPath) => {
    if (!mayRead(absPath, caseFolder, allowed)) throw new Error(tr(locale, 'caseRulesetOutsideFile'));
    let text: string;
    try {
      text = readFileSync(absPath, 'utf8');
    } catch (error) {
      throw new Error(readErrorReason(error)[locale]);
    }
    const read = parseDataText(text, formatOf(absPath, text));
    if (read.kind === 'unreadable') throw new Error(read.reason[locale]);
    const problems =
      read.kind === 'syntax'
        ? read.problems.map((p) => problemWithoutText(p)[locale])
        : (() => {
            const parsed = parseRuleset(read.value);
            return parsed.ok ? [] : parsed.issues.map((i) => issueWithoutText(i)[locale]);
          })();
    if (problems.length > 0) {
      const shown = problems.slice(0, MAX_LISTED).join('; ') + (problems.length > MAX_LISTED ? '; …' : '');
      throw new Error(tr(locale, 'caseRulesetDetails', { list: shown }));
    }
    return (read as { value: unknown }).value;
  };
}

/** How many problems of a ruleset file a failing case lists. */
const MAX_LISTED = 5;

/** A case file ready to run. */
interface Loaded {
  readonly display: string;
  readonly absolute: string;
  readonly file: CaseFile;
}

/** `kinerja test <case-file…> [--format text|json]`. */
export const test: Command = async (args, ctx) => {
  const parsed = parseCommandArgs(
    args,
    { format: { type: 'string' }, 'allow-path': { type: 'string', multiple: true } },
    ctx.locale,
    true,
  );
  const usage = (message: string): number => {
    ctx.io.stderr(`kinerja test: ${message}\n${tr(ctx.locale, 'seeHelp', { command: 'kinerja test' })}\n`);
    return EXIT_USAGE;
  };
  if (isUsageError(parsed)) return usage(parsed.usageError);
  const { locale } = parsed;
  if (parsed.help) {
    ctx.io.stdout(helpText(locale, ctx.version, 'test'));
    return EXIT_OK;
  }
  const format = choice(parsed, 'format', ['text', 'json'] as const, 'text');
  if (typeof format !== 'string') return usage(format.usageError);
  const allow = readAllowPaths(
    (parsed.values['allow-path'] as unknown as string[] | undefined) ?? [],
    ctx.io.cwd,
  );
  if (!allow.ok) return usage(tr(locale, 'allowPathNotFolder', { value: allow.value }));
  if (parsed.positionals.length === 0) return usage(tr(locale, 'noFiles'));
  const expanded = expandFileArgs(parsed.positionals, ctx.io.cwd);
  if ('noMatch' in expanded) return usage(tr(locale, 'noMatch', { pattern: expanded.noMatch }));

  // Read and check every file first: one that cannot be read or is not a valid case file stops
  // the run (exit 2) after all of them are reported.
  const loaded: Loaded[] = [];
  const problems: string[] = [];
  for (const display of expanded.files) {
    const absolute = resolve(ctx.io.cwd, display);
    const read = await readDataFile(absolute);
    if (read.kind === 'unreadable') {
      problems.push(`${display}: ${read.reason[locale]}`);
      continue;
    }
    if (read.kind === 'syntax') {
      for (const p of read.problems) problems.push(`${display}: ${p.line}:${p.col}: ${p.message[locale]}`);
      continue;
    }
    const file = parseCaseFile(read.value);
    if (!file.ok) {
      for (const i of file.issues) problems.push(`${display}: ${formatPath(i.path)}: ${i.message[locale]}`);
      continue;
    }
    loaded.push({ display, absolute, file: file.value });
  }
  if (problems.length > 0) {
    ctx.io.stderr(problems.map((p) => `${p}\n`).join(''));
    return EXIT_USAGE;
  }

  const reports: CaseReport[] = loaded.map((f) => {
    const baseDir = dirname(f.absolute);
    const readFile = rulesetFileReader(locale, baseDir, allow.allowed);
    return runPolicyCases(f.file, { baseDir, readFile, file: f.display });
  });
  const merged = mergeCaseReports(reports);
  ctx.io.stdout(
    format === 'json' ? `${JSON.stringify(merged, null, 2)}\n` : `${formatCaseReport(merged, { locale })}\n`,
  );
  return merged.failed === 0 ? EXIT_OK : EXIT_FAILED;
};
