import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { parseDocument } from 'yaml';
import type { LocalizedText } from '../index';
import { type JsonProblem, lineCol, scanJson } from './json-scan';
import { both, tr } from './messages';
import { checkYamlDocument, YAML_ALIAS_BUDGET, type YamlLimit, yamlSourceTooDeep } from './yaml-limits';

/**
 * How deep objects and arrays may nest in a file the command line reads: the library's limit
 * for any input (`input.too-deep`), checked while reading so that no file can overflow the stack.
 */
export const MAX_FILE_DEPTH = 64;

/** A problem at a place in the file: a syntax error, or a limit of the reader. */
export interface SyntaxProblem {
  readonly line: number;
  readonly col: number;
  readonly message: LocalizedText;
  /**
   * What kind of problem: `input.too-deep` (nesting), `cli.number-out-of-range` (a number a
   * double would read as 0 or Infinity), `cli.yaml-aliases` (the alias budget); absent for a
   * syntax error.
   */
  readonly code?: string;
}

/** What reading a data file gave. */
export type ReadResult =
  | { readonly kind: 'data'; readonly value: unknown }
  | { readonly kind: 'syntax'; readonly problems: readonly SyntaxProblem[] }
  | { readonly kind: 'unreadable'; readonly reason: LocalizedText };

/** The format of a data file: by extension, else by its first character. */
export function formatOf(path: string, text: string): 'json' | 'yaml' {
  const ext = extname(path).toLowerCase();
  if (ext === '.json') return 'json';
  if (ext === '.yaml' || ext === '.yml') return 'yaml';
  return /^\s*[[{]/.test(text) ? 'json' : 'yaml';
}

/** Why a file could not be read, in both languages. */
export function readErrorReason(error: unknown): LocalizedText {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOENT') return both('notFound');
  if (code === 'EISDIR') return both('isDirectory');
  if (code === 'EACCES' || code === 'EPERM') return both('permissionDenied');
  return both('readFailed', { detail: error instanceof Error ? error.message : String(error) });
}

/** Reads a JSON or YAML file (by extension) and parses it. */
export async function readDataFile(path: string): Promise<ReadResult> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    return { kind: 'unreadable', reason: readErrorReason(error) };
  }
  return parseDataText(text, formatOf(path, text));
}

/** A syntax error of the scanner (not a limit). */
type JsonSyntaxError = Extract<JsonProblem, { kind: 'unexpected' | 'end' | 'expected' }>;

function jsonDetail(p: JsonSyntaxError): string {
  if (p.kind === 'end') return 'unexpected end of input';
  if (p.kind === 'expected')
    return `expected ${p.what
      .split(' ')
      .map((w) => `"${w}"`)
      .join(' or ')}`;
  return `unexpected ${JSON.stringify(p.token)}`;
}

function jsonDetailId(p: JsonSyntaxError): string {
  if (p.kind === 'end') return 'masukan berakhir terlalu cepat';
  if (p.kind === 'expected')
    return `seharusnya ${p.what
      .split(' ')
      .map((w) => `"${w}"`)
      .join(' atau ')}`;
  return `tidak terduga: ${JSON.stringify(p.token)}`;
}

/** A number literal as shown in a message: long ones shortened in the middle. */
function shownLiteral(literal: string): string {
  return literal.length <= 40 ? literal : `${literal.slice(0, 24)}…${literal.slice(-12)}`;
}

/** The problem of a number that a double would read as 0 or Infinity. */
function outOfRange(text: string, at: number, literal: string, towards: 'zero' | 'infinity'): SyntaxProblem {
  const params = { literal: shownLiteral(literal), read: towards === 'zero' ? '0' : 'Infinity' };
  return { ...lineCol(text, at), code: 'cli.number-out-of-range', message: both('numberOutOfRange', params) };
}

/** The problem of nesting deeper than {@link MAX_FILE_DEPTH}, at offset `at`. */
function tooDeep(text: string, at: number): SyntaxProblem {
  return {
    ...lineCol(text, at),
    code: 'input.too-deep',
    message: both('tooDeep', { maximum: MAX_FILE_DEPTH }),
  };
}

/**
 * Parses JSON. A number literal whose double is not its exact value becomes its exact decimal
 * string (so the library sees the decimal as written, and rejects it where a number is not
 * allowed); one that would become 0 or Infinity is a problem, as is nesting deeper than
 * {@link MAX_FILE_DEPTH}. Never recurses: any input gives a result.
 */
export function parseJsonText(input: string): ReadResult {
  const text = input.replace(/^\uFEFF/, '');
  const scan = scanJson(text, MAX_FILE_DEPTH);
  const problem = scan.problem;
  if (problem?.kind === 'too-deep') return { kind: 'syntax', problems: [tooDeep(text, problem.at)] };
  if (problem?.kind === 'out-of-range')
    return { kind: 'syntax', problems: [outOfRange(text, problem.at, problem.literal, problem.towards)] };
  if (problem) {
    const message = {
      id: `JSON tidak valid: ${jsonDetailId(problem)}`,
      en: `invalid JSON: ${jsonDetail(problem)}`,
    };
    return { kind: 'syntax', problems: [{ ...lineCol(text, problem.at), message }] };
  }
  let exact = text;
  if (scan.decimals.length > 0) {
    exact = '';
    let from = 0;
    for (const [start, end, decimal] of scan.decimals) {
      exact += `${text.slice(from, start)}"${decimal}"`;
      from = end;
    }
    exact += text.slice(from);
  }
  try {
    return { kind: 'data', value: JSON.parse(exact) };
  } catch (error) {
    // The scanner accepts what JSON.parse accepts; this is only a safety net.
    const detail = error instanceof Error ? error.message : String(error);
    return { kind: 'syntax', problems: [{ line: 1, col: 1, message: both('jsonSyntax', { detail }) }] };
  }
}

/** The problem of a YAML limit crossed. */
function yamlLimitProblem(text: string, limit: YamlLimit): SyntaxProblem {
  if (limit.kind === 'too-deep') return tooDeep(text, limit.at);
  if (limit.kind === 'out-of-range') return outOfRange(text, limit.at, limit.literal, limit.towards);
  const at = lineCol(text, limit.at);
  if (limit.kind === 'aliases')
    return { ...at, code: 'cli.yaml-aliases', message: both('yamlAliases', { maximum: YAML_ALIAS_BUDGET }) };
  const detail = both('yamlUnresolvedAlias', { name: limit.name });
  return {
    ...at,
    message: {
      id: tr('id', 'yamlSyntax', { detail: detail.id }),
      en: tr('en', 'yamlSyntax', { detail: detail.en }),
    },
  };
}

/**
 * Parses YAML (one document); syntax errors carry their line and column. Nesting (aliases
 * included), the values aliases copy in and numbers are checked as src/cli/yaml-limits.ts says.
 */
export function parseYamlText(input: string): ReadResult {
  const text = input.replace(/^\uFEFF/, '');
  const deep = yamlSourceTooDeep(text, MAX_FILE_DEPTH);
  if (deep !== undefined) return { kind: 'syntax', problems: [tooDeep(text, deep)] };
  const doc = parseDocument(text);
  if (doc.errors.length > 0) {
    const problems = doc.errors.map((e): SyntaxProblem => {
      const at = e.linePos?.[0] ?? { line: 1, col: 1 };
      const detail = (e.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
      return { line: at.line, col: at.col, message: both('yamlSyntax', { detail }) };
    });
    return { kind: 'syntax', problems };
  }
  const limit = checkYamlDocument(doc, MAX_FILE_DEPTH);
  if (limit) return { kind: 'syntax', problems: [yamlLimitProblem(text, limit)] };
  // The aliases have been counted above, weighted by what each copies in.
  return { kind: 'data', value: doc.toJS({ maxAliasCount: -1 }) };
}

/** Parses text in the given format. */
export function parseDataText(text: string, format: 'json' | 'yaml'): ReadResult {
  return format === 'json' ? parseJsonText(text) : parseYamlText(text);
}
