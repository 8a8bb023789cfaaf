import type { ReadStream } from 'node:fs';
import { type FileHandle, open, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { createInterface } from 'node:readline';
import type { Issue, Locale, LocalizedText } from '../index';
import {
  type CsvHeader,
  CsvParser,
  type CsvRow,
  detectDelimiter,
  extraCells,
  isBlankRow,
  MAX_INDEX,
  MAX_SEGMENTS,
  parseHeader,
  unflatten,
} from './csv';
import { EXIT_FAILED, EXIT_USAGE } from './io';
import { both, tr } from './messages';
import { parseJsonText, readDataFile, readErrorReason } from './read';

/**
 * The inputs of `kinerja score`: a `.json` file (one evaluation or an array, read whole), or a
 * `.jsonl` / `.csv` file streamed record by record (never read whole).
 */

/** One record of an input: an evaluation input to score, or why it could not be read. */
export type InputRecord =
  | { readonly ok: true; readonly value: unknown; readonly line?: number }
  | { readonly ok: false; readonly issues: readonly Issue[]; readonly line?: number };

/** An opened input. */
export interface InputSource {
  readonly records: AsyncIterable<InputRecord>;
  /** How many records there are, when known before reading them (`.json`). */
  readonly total?: number;
  /** How much of the file has been read, 0 to 1 (streamed inputs). */
  readonly fraction?: () => number;
  /** Releases the file when the records are not read to the end. */
  readonly close: () => void;
}

/** What opening an input gave: the source, or the lines to print and the exit status. */
export type Opened =
  | { readonly ok: true; readonly source: InputSource }
  | { readonly ok: false; readonly exit: typeof EXIT_FAILED | typeof EXIT_USAGE; readonly lines: string[] };

/** The kinds of input files, by extension. */
export type InputKind = 'json' | 'jsonl' | 'csv' | 'tsv';

/** The kind of an input file by its extension, if known. */
export function inputKind(file: string): InputKind | undefined {
  const ext = extname(file).toLowerCase();
  if (ext === '.json') return 'json';
  if (ext === '.jsonl' || ext === '.ndjson') return 'jsonl';
  if (ext === '.csv') return 'csv';
  if (ext === '.tsv') return 'tsv';
  return undefined;
}

function lineIssue(code: string, message: LocalizedText): Issue {
  return { path: [], code, message, severity: 'error' };
}

function fail(exit: typeof EXIT_FAILED | typeof EXIT_USAGE, lines: string[]): Opened {
  return { ok: false, exit, lines };
}

/** Opens a file for streaming, or says why it cannot be read (exit 2). */
async function openFile(
  path: string,
  display: string,
  locale: Locale,
): Promise<{ handle: FileHandle; size: number } | Opened> {
  try {
    const s = await stat(path);
    if (s.isDirectory()) return fail(EXIT_USAGE, [`${display}: ${tr(locale, 'isDirectory')}`]);
    return { handle: await open(path, 'r'), size: s.size };
  } catch (error) {
    return fail(EXIT_USAGE, [`${display}: ${readErrorReason(error)[locale]}`]);
  }
}

function fractionOf(stream: ReadStream, size: number): () => number {
  return () => (size === 0 ? 1 : Math.min(1, stream.bytesRead / size));
}

async function* arrayRecords(values: readonly unknown[]): AsyncGenerator<InputRecord> {
  for (const value of values) yield { ok: true, value };
}

async function openJson(path: string, display: string, locale: Locale): Promise<Opened> {
  const read = await readDataFile(path);
  if (read.kind === 'unreadable') return fail(EXIT_USAGE, [`${display}: ${read.reason[locale]}`]);
  if (read.kind === 'syntax')
    return fail(
      EXIT_FAILED,
      read.problems.map((p) => `${display}: ${p.line}:${p.col}: ${p.message[locale]}`),
    );
  const values = Array.isArray(read.value) ? read.value : [read.value];
  return { ok: true, source: { records: arrayRecords(values), total: values.length, close: () => {} } };
}

async function* jsonlRecords(stream: ReadStream): AsyncGenerator<InputRecord> {
  const lines = createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY });
  let line = 0;
  try {
    for await (const text of lines) {
      line++;
      if (text.trim() === '') continue;
      const read = parseJsonText(text);
      if (read.kind === 'data') {
        yield { ok: true, value: read.value, line };
        continue;
      }
      if (read.kind === 'syntax') {
        const issues = read.problems.map((p) =>
          lineIssue(p.code ?? 'cli.json-syntax', {
            id: tr('id', 'atColumn', { col: p.col, detail: p.message.id }),
            en: tr('en', 'atColumn', { col: p.col, detail: p.message.en }),
          }),
        );
        yield { ok: false, issues, line };
      }
    }
  } finally {
    lines.close();
    stream.destroy();
  }
}

async function openJsonl(path: string, display: string, locale: Locale): Promise<Opened> {
  const opened = await openFile(path, display, locale);
  if ('ok' in opened) return opened;
  const stream = opened.handle.createReadStream();
  return {
    ok: true,
    source: {
      records: jsonlRecords(stream),
      fraction: fractionOf(stream, opened.size),
      close: () => stream.destroy(),
    },
  };
}

/** Pulls CSV rows from a stream of text chunks, creating the parser from the first chunk. */
class CsvRows {
  readonly #chunks: AsyncIterator<string>;
  readonly #delimiter: string | undefined;
  #parser: CsvParser | undefined;
  #batch: CsvRow[] = [];
  #at = 0;
  #ended = false;

  constructor(stream: ReadStream, delimiter: string | undefined) {
    this.#chunks = stream[Symbol.asyncIterator]() as AsyncIterator<string>;
    this.#delimiter = delimiter;
  }

  /** The next row, or undefined at the end of the file. */
  async next(): Promise<CsvRow | undefined> {
    while (this.#at >= this.#batch.length) {
      if (this.#ended) return undefined;
      const chunk = await this.#chunks.next();
      this.#at = 0;
      if (chunk.done) {
        this.#ended = true;
        this.#batch = this.#parser?.end() ?? [];
        continue;
      }
      const text = chunk.value;
      this.#parser ??= new CsvParser(this.#delimiter ?? detectDelimiter(text.replace(/^\uFEFF/, '')));
      this.#batch = this.#parser.push(text);
    }
    return this.#batch[this.#at++];
  }
}

function rowRecord(header: CsvHeader, row: CsvRow): InputRecord | undefined {
  const { line } = row;
  if (row.error !== undefined) {
    const key = row.error === 'unterminated-quote' ? 'csvUnterminated' : 'csvTextAfterQuote';
    return { ok: false, issues: [lineIssue(`cli.csv-${row.error}`, both(key))], line };
  }
  if (isBlankRow(row.cells)) return undefined;
  if (extraCells(header, row.cells) > 0) {
    const params = { cells: row.cells.length, columns: header.paths.length };
    return { ok: false, issues: [lineIssue('cli.csv-extra-cells', both('csvExtraCells', params))], line };
  }
  return { ok: true, value: unflatten(header, row.cells), line };
}

async function* csvRecords(
  rows: CsvRows,
  header: CsvHeader,
  stream: ReadStream,
): AsyncGenerator<InputRecord> {
  try {
    for (;;) {
      const row = await rows.next();
      if (row === undefined) return;
      const record = rowRecord(header, row);
      if (record) yield record;
    }
  } finally {
    stream.destroy();
  }
}

async function openCsv(
  path: string,
  display: string,
  delimiter: string | undefined,
  locale: Locale,
): Promise<Opened> {
  const opened = await openFile(path, display, locale);
  if ('ok' in opened) return opened;
  const stream = opened.handle.createReadStream({ encoding: 'utf8' });
  const rows = new CsvRows(stream, delimiter);
  const first = await rows.next();
  const bad = (lines: string[]): Opened => {
    stream.destroy();
    return fail(EXIT_USAGE, lines);
  };
  if (first === undefined) return bad([`${display}: ${tr(locale, 'csvNoHeader')}`]);
  if (first.error !== undefined) {
    const key = first.error === 'unterminated-quote' ? 'csvUnterminated' : 'csvTextAfterQuote';
    return bad([`${display}: ${tr(locale, 'atLine', { line: first.line })}: ${tr(locale, key)}`]);
  }
  const parsed = parseHeader(first.cells);
  if (!parsed.ok) {
    return bad(
      parsed.problems.map((p) => {
        const at = tr(locale, 'csvHeaderAt', { column: p.column });
        const max = p.kind === 'too-deep' ? MAX_SEGMENTS : MAX_INDEX;
        const params = { header: p.header, other: p.other ?? '', max };
        return `${display}: ${at}: ${tr(locale, `header.${p.kind}`, params)}`;
      }),
    );
  }
  if (parsed.header.paths.length === 0) return bad([`${display}: ${tr(locale, 'csvNoHeader')}`]);
  return {
    ok: true,
    source: {
      records: csvRecords(rows, parsed.header, stream),
      fraction: fractionOf(stream, opened.size),
      close: () => stream.destroy(),
    },
  };
}

/** Opens an input file of the given kind. */
export function openInput(
  path: string,
  display: string,
  kind: InputKind,
  options: { readonly delimiter?: string; readonly locale: Locale },
): Promise<Opened> {
  if (kind === 'json') return openJson(path, display, options.locale);
  if (kind === 'jsonl') return openJsonl(path, display, options.locale);
  const delimiter = options.delimiter ?? (kind === 'tsv' ? '\t' : undefined);
  return openCsv(path, display, delimiter, options.locale);
}
