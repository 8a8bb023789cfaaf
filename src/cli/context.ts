import type { Locale } from '../index';
import type { CliIo } from './io';

/** What every command gets: where to write, the locale before its own `--locale`, the version. */
export interface CommandContext {
  readonly io: CliIo;
  readonly locale: Locale;
  readonly version: string;
}

/** A command: its arguments (after the command name) in, an exit status out. */
export type Command = (args: readonly string[], ctx: CommandContext) => Promise<number>;
