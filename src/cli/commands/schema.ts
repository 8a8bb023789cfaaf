import { resolve } from 'node:path';
import {
  FORMAT_NAMES,
  type FormatName,
  formatJsonSchema,
  isFormatName,
  type Locale,
  listFormats,
} from '../../index';
import { choice, isUsageError, parseCommandArgs, suggest, type UsageError, usage } from '../args';
import { writeFileAtomic } from '../atomic';
import type { Command } from '../context';
import { helpText } from '../help';
import { EXIT_OK, EXIT_USAGE, errorDetail } from '../io';
import { formatJson } from '../json-format';
import { tr } from '../messages';
import { formatTable } from './packs';

/** The format `kinerja schema` prints when no name is given. */
export const DEFAULT_FORMAT: FormatName = 'ruleset';

/** The JSON Schema of a data format (the ruleset's by default) as the text `kinerja schema` prints. */
export function schemaText(name: FormatName = DEFAULT_FORMAT): string {
  const r = formatJsonSchema(name);
  // Every FormatName has a schema; the branch only satisfies the Result type.
  return r.ok ? formatJson(r.value) : '';
}

/** The format list as `kinerja schema --list` prints it. */
function listText(format: 'text' | 'json', locale: Locale): string {
  const formats = listFormats();
  if (format === 'json') return `${JSON.stringify({ formats }, null, 2)}\n`;
  const rows = formats.map((f) => [f.name, f.description[locale]]);
  return `${formatTable([[tr(locale, 'colFormat'), tr(locale, 'colDescription')], ...rows])}\n`;
}

/** The format named on the command line (the default when none), or a usage error. */
function formatArg(positionals: readonly string[], list: boolean, locale: Locale): FormatName | UsageError {
  const [name, ...rest] = positionals;
  if (rest.length > 0 || (list && name !== undefined))
    return usage(tr(locale, 'unexpectedArguments', { args: (list ? positionals : rest).join(' ') }));
  if (name === undefined) return DEFAULT_FORMAT;
  if (isFormatName(name)) return name;
  const near = suggest(name, FORMAT_NAMES);
  const hint = near === undefined ? '' : ` ${tr(locale, 'didYouMean', { suggestion: near })}`;
  return usage(`${tr(locale, 'unknownFormat', { name })}${hint}`);
}

/** `kinerja schema [name] [--list [--format text|json]] [--out FILE]`. */
export const schema: Command = async (args, ctx) => {
  const parsed = parseCommandArgs(
    args,
    { out: { type: 'string', short: 'o' }, list: { type: 'boolean' }, format: { type: 'string' } },
    ctx.locale,
    true,
  );
  const fail = (error: UsageError, locale: Locale): number => {
    ctx.io.stderr(
      `kinerja schema: ${error.usageError}\n${tr(locale, 'seeHelp', { command: 'kinerja schema' })}\n`,
    );
    return error.exitCode;
  };
  if (isUsageError(parsed)) return fail(parsed, ctx.locale);
  const { locale } = parsed;
  if (parsed.help) {
    ctx.io.stdout(helpText(locale, ctx.version, 'schema'));
    return EXIT_OK;
  }
  const list = parsed.values.list === true;
  const format = choice(parsed, 'format', ['text', 'json'] as const, 'text');
  if (typeof format !== 'string') return fail(format, locale);
  if (!list && parsed.values.format !== undefined) return fail(usage(tr(locale, 'formatNeedsList')), locale);
  const name = formatArg(parsed.positionals, list, locale);
  if (typeof name !== 'string') return fail(name, locale);

  const text = list ? listText(format, locale) : schemaText(name);
  const out = parsed.values.out;
  if (typeof out !== 'string') {
    ctx.io.stdout(text);
    return EXIT_OK;
  }
  try {
    // A temporary renamed into place: an interrupted run leaves the previous file as it was.
    await writeFileAtomic(resolve(ctx.io.cwd, out), text);
  } catch (error) {
    ctx.io.stderr(`${tr(locale, 'writeFailed', { file: out, detail: errorDetail(error) })}\n`);
    return EXIT_USAGE;
  }
  ctx.io.stderr(`${tr(locale, 'wrote', { file: out })}\n`);
  return EXIT_OK;
};
