import { resolve } from 'node:path';
import { type FormatName, formatPath, type Issue, type Locale, listFormats, parseRuleset } from '../../index';
import { choice, isUsageError, parseCommandArgs } from '../args';
import { type AllowedPaths, readAllowPaths } from '../case-paths';
import { checkCaseFile, isCaseFile } from '../cases';
import type { Command } from '../context';
import { expandFileArgs } from '../glob';
import { helpText } from '../help';
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE } from '../io';
import { both, tr } from '../messages';
import { parseJsonText, readDataFile } from '../read';
import { DEFAULT_FORMAT, schemaText } from './schema';

/** One issue as `--format json` prints it. */
interface JsonIssue {
  readonly path: string;
  readonly code: string;
  readonly message: string;
  readonly severity: 'error' | 'warning';
  readonly line?: number;
  readonly col?: number;
}

/** One file's verdict as `--format json` prints it. */
interface FileReport {
  readonly file: string;
  readonly ok: boolean;
  readonly issues: readonly JsonIssue[];
  /** Why the file could not be read (exit status 2). */
  readonly error?: string;
}

function toJsonIssue(i: Issue, locale: Locale): JsonIssue {
  return { path: formatPath(i.path), code: i.code, message: i.message[locale], severity: i.severity };
}

/** Whether a document is a JSON Schema (its `$schema` names a json-schema.org meta-schema). */
function isJsonSchema(data: unknown): boolean {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return false;
  const s = (data as { $schema?: unknown }).$schema;
  return typeof s === 'string' && /^https?:\/\/json-schema\.org\//.test(s);
}

/** The format whose `$id` a JSON Schema document carries, if it is one of this version's. */
function formatOfSchema(data: unknown): FormatName | undefined {
  const id = (data as { $id?: unknown }).$id;
  return listFormats().find((f) => f.id === id)?.name;
}

/**
 * A JSON Schema file (`kinerja schema [name]`, `kinerja packs --export`) is valid when it is the
 * schema of this version of the format its `$id` names (the ruleset's when it names none of
 * them), so an exported schema that has gone stale is reported.
 */
function checkSchemaFile(data: unknown): Issue[] {
  const name = formatOfSchema(data);
  // Compared as read by the same parser (which keeps long numbers as exact strings).
  const current = parseJsonText(schemaText(name));
  if (current.kind === 'data' && JSON.stringify(data) === JSON.stringify(current.value)) return [];
  return [
    {
      path: [],
      code: 'cli.schema-outdated',
      message:
        name === undefined || name === DEFAULT_FORMAT
          ? both('schemaOutdated')
          : both('schemaOutdatedFormat', { name }),
      severity: 'error',
    },
  ];
}

/** Validates one file (ruleset, case file or the exported JSON Schema) and reports it. */
async function validateFile(
  display: string,
  absolute: string,
  locale: Locale,
  allowed: AllowedPaths,
): Promise<FileReport> {
  const read = await readDataFile(absolute);
  if (read.kind === 'unreadable') return { file: display, ok: false, issues: [], error: read.reason[locale] };
  if (read.kind === 'syntax') {
    const issues = read.problems.map(
      (p): JsonIssue => ({
        path: `${p.line}:${p.col}`,
        code: p.code ?? 'syntax',
        message: p.message[locale],
        severity: 'error',
        line: p.line,
        col: p.col,
      }),
    );
    return { file: display, ok: false, issues };
  }
  const found = isCaseFile(read.value)
    ? await checkCaseFile(read.value, absolute, allowed)
    : isJsonSchema(read.value)
      ? checkSchemaFile(read.value)
      : (() => {
          const r = parseRuleset(read.value);
          return r.ok ? [] : r.issues;
        })();
  const issues = found.map((i) => toJsonIssue(i, locale));
  return { file: display, ok: !issues.some((i) => i.severity === 'error'), issues };
}

/** `kinerja validate <file…> [--format text|json]`. */
export const validate: Command = async (args, ctx) => {
  const parsed = parseCommandArgs(
    args,
    { format: { type: 'string' }, 'allow-path': { type: 'string', multiple: true } },
    ctx.locale,
    true,
  );
  if (isUsageError(parsed)) {
    ctx.io.stderr(
      `kinerja validate: ${parsed.usageError}\n${tr(ctx.locale, 'seeHelp', { command: 'kinerja validate' })}\n`,
    );
    return parsed.exitCode;
  }
  const { locale } = parsed;
  if (parsed.help) {
    ctx.io.stdout(helpText(locale, ctx.version, 'validate'));
    return EXIT_OK;
  }
  const format = choice(parsed, 'format', ['text', 'json'] as const, 'text');
  if (typeof format !== 'string') {
    ctx.io.stderr(`kinerja validate: ${format.usageError}\n`);
    return format.exitCode;
  }
  const allow = readAllowPaths(
    (parsed.values['allow-path'] as unknown as string[] | undefined) ?? [],
    ctx.io.cwd,
  );
  if (!allow.ok) {
    ctx.io.stderr(
      `kinerja validate: ${tr(locale, 'allowPathNotFolder', { value: allow.value })}\n${tr(locale, 'seeHelp', { command: 'kinerja validate' })}\n`,
    );
    return EXIT_USAGE;
  }
  if (parsed.positionals.length === 0) {
    ctx.io.stderr(
      `kinerja validate: ${tr(locale, 'noFiles')}\n${tr(locale, 'seeHelp', { command: 'kinerja validate' })}\n`,
    );
    return EXIT_USAGE;
  }

  const expanded = expandFileArgs(parsed.positionals, ctx.io.cwd);
  if ('noMatch' in expanded) {
    ctx.io.stderr(
      `kinerja validate: ${tr(locale, 'noMatch', { pattern: expanded.noMatch })}\n${tr(locale, 'seeHelp', { command: 'kinerja validate' })}\n`,
    );
    return EXIT_USAGE;
  }

  const reports: FileReport[] = [];
  for (const file of expanded.files) {
    const report = await validateFile(file, resolve(ctx.io.cwd, file), locale, allow.allowed);
    reports.push(report);
    if (format === 'text') {
      if (report.error !== undefined) {
        ctx.io.stderr(`${file}: ${report.error}\n`);
        continue;
      }
      for (const i of report.issues) {
        const mark = i.severity === 'warning' ? `${tr(locale, 'warning')}: ` : '';
        ctx.io.stdout(`${file}: ${i.path}: ${mark}${i.message}\n`);
      }
      if (report.ok) ctx.io.stdout(`${file}: ${tr(locale, 'valid')}\n`);
    }
  }
  if (format === 'json') ctx.io.stdout(`${JSON.stringify(reports, null, 2)}\n`);

  if (reports.some((r) => r.error !== undefined)) return EXIT_USAGE;
  return reports.every((r) => r.ok) ? EXIT_OK : EXIT_FAILED;
};
