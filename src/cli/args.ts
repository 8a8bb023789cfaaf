import { type ParseArgsConfig, parseArgs } from 'node:util';
import type { Locale } from '../index';
import { EXIT_USAGE } from './io';
import { isLocale } from './locale';
import { tr } from './messages';

type Options = NonNullable<ParseArgsConfig['options']>;

/** Options every command accepts. */
const COMMON: Options = {
  help: { type: 'boolean', short: 'h' },
  locale: { type: 'string' },
};

/** Parsed arguments of one command. */
export interface ParsedArgs {
  readonly values: Readonly<Record<string, string | boolean | undefined>>;
  readonly positionals: readonly string[];
  readonly locale: Locale;
  readonly help: boolean;
}

/** A usage error: the message to print (already localised) and the exit status 2. */
export interface UsageError {
  readonly usageError: string;
  readonly exitCode: typeof EXIT_USAGE;
}

/** Parses `args` with node:util parseArgs (strict), adding `--help` and `--locale`. */
export function parseCommandArgs(
  args: readonly string[],
  options: Options,
  fallbackLocale: Locale,
  allowPositionals: boolean,
): ParsedArgs | UsageError {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: [...args],
      options: { ...COMMON, ...options },
      allowPositionals,
      strict: true,
    });
  } catch (error) {
    return usage(parseErrorMessage(error, args, { ...COMMON, ...options }, fallbackLocale));
  }
  const values = parsed.values as Record<string, string | boolean | undefined>;
  const requested = values.locale;
  let locale = fallbackLocale;
  if (typeof requested === 'string') {
    if (!isLocale(requested)) return usage(tr(fallbackLocale, 'badLocale', { value: requested }));
    locale = requested;
  }
  return { values, positionals: parsed.positionals, locale, help: values.help === true };
}

/** The `--locale` given among `args` (valid or not), for messages about the other arguments. */
function localeInArgs(args: readonly string[]): Locale | undefined {
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    const value = a === '--locale' ? args[i + 1] : a.startsWith('--locale=') ? a.slice(9) : undefined;
    if (value !== undefined && isLocale(value)) return value;
  }
  return undefined;
}

/**
 * A parse error of node:util parseArgs in the user's language: an unknown option (with the nearest
 * known one), an option without its value or with one it does not take, an unexpected argument.
 */
function parseErrorMessage(
  error: unknown,
  args: readonly string[],
  options: Options,
  fallback: Locale,
): string {
  const locale = localeInArgs(args) ?? fallback;
  const message = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
  const code = (error as { code?: unknown } | null)?.code;
  const quoted = /'([^']+)'/.exec(message)?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const known = Object.keys(options).map((o) => `--${o}`);
    const near = quoted.startsWith('--') ? suggest(quoted, known) : undefined;
    const hint = near === undefined ? '' : ` ${tr(locale, 'didYouMean', { suggestion: near })}`;
    return `${tr(locale, 'unknownOption', { option: quoted })}${hint}`;
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const option = /--[A-Za-z-]+/.exec(quoted)?.[0] ?? quoted;
    return message.includes('does not take')
      ? tr(locale, 'optionTakesNoValue', { option })
      : tr(locale, 'optionNeedsValue', { option });
  }
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL')
    return tr(locale, 'unexpectedArguments', { args: quoted });
  return tr(locale, 'badArguments', { detail: message });
}

/** A usage error with its message. */
export function usage(message: string): UsageError {
  return { usageError: message, exitCode: EXIT_USAGE };
}

/** Whether a parse produced a usage error. */
export function isUsageError(value: ParsedArgs | UsageError): value is UsageError {
  return 'usageError' in value;
}

/** Checks that option `name` (if given) is one of `allowed`; returns the value or a usage error. */
export function choice<T extends string>(
  parsed: ParsedArgs,
  name: string,
  allowed: readonly T[],
  fallback: T,
): T | UsageError {
  const value = parsed.values[name];
  if (value === undefined) return fallback;
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  return usage(
    tr(parsed.locale, 'badChoice', { option: name, value: String(value), allowed: allowed.join('|') }),
  );
}

/** The edit distance between two strings (for "did you mean"). */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row.push(Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost));
    }
    prev = row;
  }
  return prev[b.length] ?? 0;
}

/** The closest of `candidates` to `input`, if it is close enough to be a likely typo. */
export function suggest(input: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const c of candidates) {
    const d = c.startsWith(input) && input.length >= 2 ? 1 : editDistance(input.toLowerCase(), c);
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(best.length / 3)) ? best : undefined;
}
