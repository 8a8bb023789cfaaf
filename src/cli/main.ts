/**
 * The `kinerja` command line. It uses only the public API (`../index`), node built-ins and `yaml`.
 * `bin/kinerja.js` imports the bundle (dist/cli.js) and calls {@link run}.
 */
import pkg from '../../package.json' with { type: 'json' };
import type { Locale } from '../index';
import { isUsageError, parseCommandArgs, suggest } from './args';
import { audit } from './commands/audit';
import { demo } from './commands/demo';
import { explain } from './commands/explain';
import { packs } from './commands/packs';
import { schema } from './commands/schema';
import { score } from './commands/score';
import { test } from './commands/test';
import { validate } from './commands/validate';
import type { Command, CommandContext } from './context';
import { COMMANDS, type CommandName, helpText, isCommand, NOT_YET } from './help';
import { type CliIo, EXIT_OK, EXIT_USAGE, processIo, reportUnexpected, setRunning } from './io';
import { isLocale, localeFromEnv } from './locale';
import { tr } from './messages';

export type { CliIo } from './io';

/** The package version, bundled from package.json at build time. */
export const VERSION: string = pkg.version;

const IMPLEMENTED: Partial<Record<CommandName, Command>> = {
  demo,
  validate,
  score,
  explain,
  test,
  audit,
  schema,
  packs,
};

function usageError(io: CliIo, locale: Locale, message: string, suggestion?: string): number {
  const hint =
    suggestion === undefined ? '' : `${tr(locale, 'didYouMean', { suggestion: `kinerja ${suggestion}` })}\n`;
  io.stderr(`kinerja: ${message}\n${hint}${tr(locale, 'seeHelp', { command: 'kinerja' })}\n`);
  return EXIT_USAGE;
}

function unknownCommand(io: CliIo, locale: Locale, name: string): number {
  return usageError(io, locale, tr(locale, 'unknownCommand', { command: name }), suggest(name, COMMANDS));
}

async function dispatch(name: CommandName, args: readonly string[], ctx: CommandContext): Promise<number> {
  const command = IMPLEMENTED[name];
  if (command) return command(args, ctx);
  if (name === 'help') {
    const parsed = parseCommandArgs(args, {}, ctx.locale, true);
    if (isUsageError(parsed)) return usageError(ctx.io, ctx.locale, parsed.usageError);
    const [topic, ...extra] = parsed.positionals;
    if (extra.length > 0) {
      return usageError(
        ctx.io,
        parsed.locale,
        tr(parsed.locale, 'unexpectedArguments', { args: extra.join(' ') }),
      );
    }
    if (topic === undefined) {
      ctx.io.stdout(helpText(parsed.locale, ctx.version));
      return EXIT_OK;
    }
    if (!isCommand(topic)) return unknownCommand(ctx.io, parsed.locale, topic);
    ctx.io.stdout(helpText(parsed.locale, ctx.version, topic));
    return EXIT_OK;
  }
  // A command of the contract that a later version builds.
  if (args.includes('--help') || args.includes('-h')) {
    ctx.io.stdout(helpText(ctx.locale, ctx.version, name));
    return EXIT_OK;
  }
  if (NOT_YET.has(name)) ctx.io.stderr(`${tr(ctx.locale, 'notAvailable', { command: name })}\n`);
  return EXIT_USAGE;
}

/** The locale a command's own `--locale` names, else `fallback` (for messages about a crash). */
function localeOf(args: readonly string[], fallback: Locale): Locale {
  for (let i = args.length - 1; i >= 0; i--) {
    const a = args[i] ?? '';
    const value = a === '--locale' ? args[i + 1] : a.startsWith('--locale=') ? a.slice(9) : undefined;
    if (value !== undefined && isLocale(value)) return value;
  }
  return fallback;
}

/**
 * Runs the command line with `argv` (without the node and script paths) and resolves to the exit
 * status: 0 success, 1 a failed check or invalid input, 2 a usage or file error. It never rejects
 * and never prints a stack trace: an error no command handled is one line on standard error,
 * `kinerja <command>: …`, with exit 2 when it is about a file named on the command line that
 * cannot be read or written, else exit 1 (an internal error); `KINERJA_DEBUG=1` adds the trace.
 */
export async function run(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  let label = 'kinerja';
  let locale: Locale = 'en';
  try {
    locale = localeFromEnv(io.env);
    return await runCommand(argv, io, locale, (name, commandLocale) => {
      label = `kinerja ${name}`;
      locale = commandLocale;
      setRunning(label, locale, argv);
    });
  } catch (error) {
    return reportUnexpected(io.stderr, error, { label, locale, env: io.env, args: argv, cwd: io.cwd });
  }
}

async function runCommand(
  argv: readonly string[],
  io: CliIo,
  envLocale: Locale,
  // Called with the command and its locale just before it runs.
  starting: (name: CommandName, locale: Locale) => void,
): Promise<number> {
  let locale = envLocale;
  const version = VERSION;
  let help = false;
  let showVersion = false;
  let i = 0;
  // Global options before the command.
  for (; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (a === '-h' || a === '--help') help = true;
    else if (a === '-v' || a === '--version') showVersion = true;
    else if (a === '--locale' || a.startsWith('--locale=')) {
      const value = a === '--locale' ? argv[++i] : a.slice('--locale='.length);
      if (value === undefined || !isLocale(value))
        return usageError(io, locale, tr(locale, 'badLocale', { value: value ?? '' }));
      locale = value;
    } else if (a.startsWith('-')) {
      return usageError(io, locale, tr(locale, 'badArguments', { detail: `unknown option '${a}'` }));
    } else break;
  }
  const name = argv[i];
  const rest = argv.slice(i + 1);
  if (showVersion && name === undefined) {
    io.stdout(`${version}\n`);
    return EXIT_OK;
  }
  if (name === undefined) {
    if (help) {
      io.stdout(helpText(locale, version));
      return EXIT_OK;
    }
    io.stderr(helpText(locale, version));
    return EXIT_USAGE;
  }
  if (!isCommand(name)) return unknownCommand(io, locale, name);
  const args = help ? ['--help', ...rest] : rest;
  // Commands take their own --locale; a global one carries into the command.
  starting(name, localeOf(rest, locale));
  return dispatch(name, args, { io, locale, version });
}
