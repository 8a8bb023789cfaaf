import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { isScalar, parseDocument, visit } from 'yaml';
import type { LocalizedText } from '../index';
import { type JsonProblem, lineCol, scanJson } from './json-scan';
import { both } from './messages';

/** A syntax error at a place in the file. */
export interface SyntaxProblem {
  readonly line: number;
  readonly col: number;
  readonly message: LocalizedText;
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

function jsonDetail(p: JsonProblem): string {
  if (p.kind === 'end') return 'unexpected end of input';
  if (p.kind === 'expected')
    return `expected ${p.what
      .split(' ')
      .map((w) => `"${w}"`)
      .join(' or ')}`;
  return `unexpected ${JSON.stringify(p.token)}`;
}

function jsonDetailId(p: JsonProblem): string {
  if (p.kind === 'end') return 'masukan berakhir terlalu cepat';
  if (p.kind === 'expected')
    return `seharusnya ${p.what
      .split(' ')
      .map((w) => `"${w}"`)
      .join(' atau ')}`;
  return `tidak terduga: ${JSON.stringify(p.token)}`;
}

/**
 * Parses JSON. Numbers with more significant digits than a double keeps exactly become strings, so
 * the library sees the decimal as written (and rejects it where a number is not allowed).
 */
export function parseJsonText(input: string): ReadResult {
  const text = input.replace(/^\uFEFF/, '');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const problem = scanJson(text).problem;
    if (!problem) {
      const detail = error instanceof Error ? error.message : String(error);
      return { kind: 'syntax', problems: [{ line: 1, col: 1, message: both('jsonSyntax', { detail }) }] };
    }
    const message = {
      id: `JSON tidak valid: ${jsonDetailId(problem)}`,
      en: `invalid JSON: ${jsonDetail(problem)}`,
    };
    return { kind: 'syntax', problems: [{ ...lineCol(text, problem.at), message }] };
  }
  const scan = scanJson(text);
  if (scan.problem || scan.longNumbers.length === 0) return { kind: 'data', value };
  let quoted = '';
  let from = 0;
  for (const [start, end] of scan.longNumbers) {
    quoted += `${text.slice(from, start)}"${text.slice(start, end)}"`;
    from = end;
  }
  return { kind: 'data', value: JSON.parse(quoted + text.slice(from)) };
}

const DECIMAL_LITERAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** Parses YAML (one document); syntax errors carry their line and column. */
export function parseYamlText(input: string): ReadResult {
  const doc = parseDocument(input.replace(/^\uFEFF/, ''));
  if (doc.errors.length > 0) {
    const problems = doc.errors.map((e): SyntaxProblem => {
      const at = e.linePos?.[0] ?? { line: 1, col: 1 };
      const detail = (e.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
      return { line: at.line, col: at.col, message: both('yamlSyntax', { detail }) };
    });
    return { kind: 'syntax', problems };
  }
  // Keep long decimals exact, as parseJsonText does.
  visit(doc, {
    Scalar(_key, node) {
      if (!isScalar(node) || typeof node.value !== 'number' || typeof node.source !== 'string') return;
      const src = node.source.replace(/_/g, '');
      if (!DECIMAL_LITERAL.test(src)) return;
      const digits = src
        .replace(/^[+-]/, '')
        .replace(/[eE].*$/, '')
        .replace('.', '')
        .replace(/^0+/, '')
        .replace(/0+$/, '');
      if (digits.length > 15) node.value = src;
    },
  });
  return { kind: 'data', value: doc.toJS() };
}

/** Parses text in the given format. */
export function parseDataText(text: string, format: 'json' | 'yaml'): ReadResult {
  return format === 'json' ? parseJsonText(text) : parseYamlText(text);
}
