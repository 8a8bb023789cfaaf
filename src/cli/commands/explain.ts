import { resolve } from 'node:path';
import { explain as explainResult, formatPath, scoreEvaluation } from '../../index';
import { choice, isUsageError, parseCommandArgs } from '../args';
import type { Command } from '../context';
import { helpText } from '../help';
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE } from '../io';
import { formatJson } from '../json-format';
import { tr } from '../messages';
import { readDataFile } from '../read';
import { loadRulesetArg } from '../ruleset-arg';

/** `kinerja explain --ruleset <pack|file> <evaluation.json> [--format text|json] [--locale id|en]`. */
export const explain: Command = async (args, ctx) => {
  const parsed = parseCommandArgs(
    args,
    { ruleset: { type: 'string', short: 'r' }, format: { type: 'string' } },
    ctx.locale,
    true,
  );
  const usage = (message: string): number => {
    ctx.io.stderr(
      `kinerja explain: ${message}\n${tr(ctx.locale, 'seeHelp', { command: 'kinerja explain' })}\n`,
    );
    return EXIT_USAGE;
  };
  if (isUsageError(parsed)) return usage(parsed.usageError);
  const { locale, values } = parsed;
  if (parsed.help) {
    ctx.io.stdout(helpText(locale, ctx.version, 'explain'));
    return EXIT_OK;
  }
  const format = choice(parsed, 'format', ['text', 'json'] as const, 'text');
  if (typeof format !== 'string') return usage(format.usageError);
  const ruleset = values.ruleset;
  if (typeof ruleset !== 'string' || ruleset === '') return usage(tr(locale, 'rulesetRequired'));
  const [file, ...extra] = parsed.positionals;
  if (file === undefined || extra.length > 0) return usage(tr(locale, 'oneEvaluation'));

  const loaded = await loadRulesetArg(ruleset, ctx.io.cwd, locale);
  if (!loaded.ok) {
    ctx.io.stderr(loaded.lines.map((l) => `${l}\n`).join(''));
    return loaded.exit;
  }
  const read = await readDataFile(resolve(ctx.io.cwd, file));
  if (read.kind === 'unreadable') {
    ctx.io.stderr(`${file}: ${read.reason[locale]}\n`);
    return EXIT_USAGE;
  }
  if (read.kind === 'syntax') {
    ctx.io.stdout(read.problems.map((p) => `${file}: ${p.line}:${p.col}: ${p.message[locale]}\n`).join(''));
    return EXIT_FAILED;
  }
  const scored = scoreEvaluation(loaded.compiled, read.value);
  if (!scored.ok) {
    if (format === 'json') ctx.io.stdout(formatJson({ ok: false, issues: scored.issues }));
    else ctx.io.stdout(scored.issues.map((i) => `${formatPath(i.path)}: ${i.message[locale]}\n`).join(''));
    return EXIT_FAILED;
  }
  ctx.io.stdout(
    format === 'json' ? formatJson(scored.value) : `${explainResult(scored.value, { locale })}\n`,
  );
  return EXIT_OK;
};
