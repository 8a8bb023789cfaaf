import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { rulesetJsonSchema } from '../../index';
import { isUsageError, parseCommandArgs } from '../args';
import type { Command } from '../context';
import { helpText } from '../help';
import { EXIT_OK, EXIT_USAGE } from '../io';
import { formatJson } from '../json-format';
import { tr } from '../messages';

/** The JSON Schema of ruleset files as the text `kinerja schema` prints. */
export function schemaText(): string {
  return formatJson(rulesetJsonSchema());
}

/** `kinerja schema [--out FILE]`. */
export const schema: Command = async (args, ctx) => {
  const parsed = parseCommandArgs(args, { out: { type: 'string', short: 'o' } }, ctx.locale, false);
  if (isUsageError(parsed)) {
    ctx.io.stderr(
      `kinerja schema: ${parsed.usageError}\n${tr(ctx.locale, 'seeHelp', { command: 'kinerja schema' })}\n`,
    );
    return parsed.exitCode;
  }
  if (parsed.help) {
    ctx.io.stdout(helpText(parsed.locale, ctx.version, 'schema'));
    return EXIT_OK;
  }
  const out = parsed.values.out;
  if (typeof out !== 'string') {
    ctx.io.stdout(schemaText());
    return EXIT_OK;
  }
  const file = resolve(ctx.io.cwd, out);
  try {
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, schemaText());
  } catch (error) {
    ctx.io.stderr(
      `${tr(parsed.locale, 'writeFailed', { file: out, detail: error instanceof Error ? error.message : String(error) })}\n`,
    );
    return EXIT_USAGE;
  }
  ctx.io.stderr(`${tr(parsed.locale, 'wrote', { file: out })}\n`);
  return EXIT_OK;
};
