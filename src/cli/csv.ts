/**
 * CSV input for `kinerja score` (docs/cli.md, "CSV layout"): an RFC 4180 reader that works on a
 * stream of text chunks, and the unflattening of a row into one evaluation input by the dot paths
 * of the header.
 *
 * - Fields are separated by the delimiter (`,` by default, `;` or a tab as spreadsheets export);
 *   a field in double quotes may hold the delimiter, line breaks and doubled quotes (`""`).
 * - Records end with LF, CRLF or a lone CR; a UTF-8 byte order mark at the start is dropped.
 * - Each row records the line it starts on (the header is line 1), so errors can name it.
 */

/** Why a row could not be read. */
export type CsvRowError = 'unterminated-quote' | 'text-after-quote';

/** One record of the file: its cells, the line it starts on, and what was wrong with it. */
export interface CsvRow {
  readonly line: number;
  readonly cells: readonly string[];
  readonly error?: CsvRowError;
}

const QUOTE = 0x22;
const CR = 0x0d;
const LF = 0x0a;

/** Where the reader is within a record. */
const State = {
  /** At the start of a field. */
  FieldStart: 0,
  /** Inside a field without quotes. */
  Unquoted: 1,
  /** Inside a quoted field. */
  Quoted: 2,
  /** Just after a quote inside a quoted field: a doubled quote or the closing one. */
  QuoteInQuoted: 3,
  /** After the closing quote; only the delimiter or a line break may follow. */
  AfterQuote: 4,
} as const;
type State = (typeof State)[keyof typeof State];

/**
 * A streaming CSV reader: feed it chunks of text with {@link CsvParser.push}, then call
 * {@link CsvParser.end}; each call returns the rows completed so far.
 */
export class CsvParser {
  readonly #delimiter: number;
  #state: State = State.FieldStart;
  #field = '';
  #cells: string[] = [];
  #line = 1;
  #rowLine = 1;
  #rowStarted = false;
  #error: CsvRowError | undefined;
  #lastWasCR = false;
  #first = true;

  constructor(delimiter = ',') {
    if (delimiter.length !== 1 || delimiter === '"' || delimiter === '\n' || delimiter === '\r')
      throw new RangeError(`invalid CSV delimiter ${JSON.stringify(delimiter)}`);
    this.#delimiter = delimiter.charCodeAt(0);
  }

  /** Reads a chunk; returns the rows it completed. */
  push(chunk: string): CsvRow[] {
    let text = chunk;
    if (this.#first && text.length > 0) {
      this.#first = false;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    const rows: CsvRow[] = [];
    const d = this.#delimiter;
    let i = 0;
    const n = text.length;
    while (i < n) {
      const c = text.charCodeAt(i);
      // A LF right after a CR ends nothing new: the CR already did.
      if (this.#lastWasCR) {
        this.#lastWasCR = false;
        if (c === LF) {
          if (this.#state === State.Quoted) this.#field += '\n';
          i++;
          continue;
        }
      }
      switch (this.#state) {
        case State.FieldStart:
        case State.Unquoted: {
          if (this.#state === State.FieldStart && c === QUOTE) {
            this.#rowStarted = true;
            this.#state = State.Quoted;
            i++;
            break;
          }
          // Take the run of ordinary characters at once.
          let j = i;
          while (j < n) {
            const x = text.charCodeAt(j);
            if (x === d || x === CR || x === LF) break;
            j++;
          }
          if (j > i) {
            this.#field += text.slice(i, j);
            this.#rowStarted = true;
            this.#state = State.Unquoted;
            i = j;
            break;
          }
          i = this.#separator(c, i, rows);
          break;
        }
        case State.Quoted: {
          let j = i;
          while (j < n) {
            const x = text.charCodeAt(j);
            if (x === QUOTE || x === CR || x === LF) break;
            j++;
          }
          this.#field += text.slice(i, j);
          i = j;
          if (i >= n) break;
          const x = text.charCodeAt(i);
          if (x === QUOTE) this.#state = State.QuoteInQuoted;
          else {
            this.#field += x === CR ? '\r' : '\n';
            this.#line++;
            this.#lastWasCR = x === CR;
          }
          i++;
          break;
        }
        case State.QuoteInQuoted: {
          if (c === QUOTE) {
            this.#field += '"';
            this.#state = State.Quoted;
            i++;
            break;
          }
          this.#state = State.AfterQuote;
          break;
        }
        case State.AfterQuote: {
          if (c === d || c === CR || c === LF) {
            i = this.#separator(c, i, rows);
            break;
          }
          // `"abc"x`: keep the text, but the row is malformed.
          this.#error ??= 'text-after-quote';
          this.#state = State.Unquoted;
          break;
        }
      }
    }
    return rows;
  }

  /** Handles a delimiter or a line break at `i`; returns the next position. */
  #separator(c: number, i: number, rows: CsvRow[]): number {
    if (c === this.#delimiter) {
      this.#cells.push(this.#field);
      this.#field = '';
      this.#state = State.FieldStart;
      this.#rowStarted = true;
      return i + 1;
    }
    // CR or LF: the record ends.
    this.#endRow(rows);
    this.#line++;
    this.#rowLine = this.#line;
    this.#lastWasCR = c === CR;
    return i + 1;
  }

  #endRow(rows: CsvRow[]): void {
    this.#cells.push(this.#field);
    const row: CsvRow =
      this.#error === undefined
        ? { line: this.#rowLine, cells: this.#cells }
        : { line: this.#rowLine, cells: this.#cells, error: this.#error };
    rows.push(row);
    this.#cells = [];
    this.#field = '';
    this.#state = State.FieldStart;
    this.#rowStarted = false;
    this.#error = undefined;
  }

  /** Ends the input; returns the last row if it was not ended by a line break. */
  end(): CsvRow[] {
    const rows: CsvRow[] = [];
    if (this.#state === State.Quoted) {
      this.#error = 'unterminated-quote';
      this.#endRow(rows);
    } else if (this.#rowStarted || this.#cells.length > 0) this.#endRow(rows);
    return rows;
  }
}

/** Reads a whole CSV text (for tests and small inputs). */
export function parseCsv(text: string, delimiter = ','): CsvRow[] {
  const parser = new CsvParser(delimiter);
  return [...parser.push(text), ...parser.end()];
}

/**
 * The delimiter of a CSV file guessed from its first line: whichever of `,` `;` and tab occurs
 * most often outside quotes (`,` when none does). Header cells are dot paths, which contain none
 * of them.
 */
export function detectDelimiter(start: string): ',' | ';' | '\t' {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const ch of start) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && (ch === ',' || ch === ';' || ch === '\t')) counts[ch]++;
  }
  let best: ',' | ';' | '\t' = ',';
  for (const ch of [';', '\t'] as const) if (counts[ch] > counts[best]) best = ch;
  return best;
}

// ---------------------------------------------------------------------------------------------
// The header and unflattening.

/** A path segment: an object key, or an array index. */
export type Segment = string | number;

/** What is wrong with a header cell. */
export type HeaderProblemKind =
  | 'empty-column'
  | 'empty-segment'
  | 'index-at-root'
  | 'bad-index'
  | 'index-too-large'
  | 'too-deep'
  | 'reserved-key'
  | 'duplicate'
  | 'conflict'
  | 'mixed-children';

/** A problem with one header cell (`column` is 1-based). */
export interface HeaderProblem {
  readonly column: number;
  readonly header: string;
  readonly kind: HeaderProblemKind;
  /** The other header cell involved (duplicate, conflict, mixed children). */
  readonly other?: string;
}

/** The columns of a valid header: the path of each cell, or null for trailing empty cells. */
export interface CsvHeader {
  readonly paths: ReadonlyArray<readonly Segment[]>;
  readonly names: readonly string[];
}

/** The largest array index a header may use. */
export const MAX_INDEX = 9999;

/** The most segments a header path may have: the library's nesting limit (64 levels). */
export const MAX_SEGMENTS = 64;

const INDEX = /^(0|[1-9]\d*)$/;

/** Parses one header cell into path segments, or says what is wrong with it. */
function headerPath(cell: string): Segment[] | HeaderProblemKind {
  const parts = cell.split('.');
  if (parts.length > MAX_SEGMENTS) return 'too-deep';
  const out: Segment[] = [];
  for (const [i, part] of parts.entries()) {
    if (part === '') return 'empty-segment';
    if (part === '__proto__') return 'reserved-key';
    if (/^\d+$/.test(part)) {
      if (i === 0) return 'index-at-root';
      if (!INDEX.test(part)) return 'bad-index';
      const n = Number(part);
      if (n > MAX_INDEX) return 'index-too-large';
      out.push(n);
    } else out.push(part);
  }
  return out;
}

/**
 * Validates the header row: each cell is a dot path into the evaluation input (numeric segments
 * index arrays). Empty cells at the end of the row are ignored (some spreadsheets export them).
 * Problems: an empty cell before the end, an empty segment (`a..b`), a numeric first segment, an
 * index with leading zeros or above {@link MAX_INDEX}, `__proto__`, a duplicate path, a path
 * that is a prefix of another (`employee` and `employee.id`), and a parent whose children mix
 * indexes and keys (`indicators.0.id` and `indicators.x`).
 */
export function parseHeader(
  cells: readonly string[],
): { ok: true; header: CsvHeader } | { ok: false; problems: HeaderProblem[] } {
  const names = cells.map((c) => c.trim());
  while (names.length > 0 && names[names.length - 1] === '') names.pop();
  const problems: HeaderProblem[] = [];
  const paths: Segment[][] = [];
  const byKey = new Map<string, number>();
  for (const [i, name] of names.entries()) {
    const column = i + 1;
    if (name === '') {
      problems.push({ column, header: name, kind: 'empty-column' });
      paths.push([]);
      continue;
    }
    const path = headerPath(name);
    if (typeof path === 'string') {
      problems.push({ column, header: name, kind: path });
      paths.push([]);
      continue;
    }
    const key = JSON.stringify(path);
    const first = byKey.get(key);
    if (first !== undefined)
      problems.push({ column, header: name, kind: 'duplicate', other: names[first] ?? '' });
    else byKey.set(key, i);
    paths.push(path);
  }
  // Prefixes and mixed children, over the valid paths.
  const leaves = new Map<string, number>();
  const children = new Map<string, { index?: number; key?: number }>();
  paths.forEach((path, i) => {
    if (path.length > 0) leaves.set(JSON.stringify(path), i);
  });
  paths.forEach((path, i) => {
    for (let depth = 1; depth < path.length; depth++) {
      const prefix = JSON.stringify(path.slice(0, depth));
      const leaf = leaves.get(prefix);
      if (leaf !== undefined) {
        problems.push({ column: i + 1, header: names[i] ?? '', kind: 'conflict', other: names[leaf] ?? '' });
        break;
      }
    }
    for (let depth = 1; depth < path.length; depth++) {
      const prefix = JSON.stringify(path.slice(0, depth));
      const seen = children.get(prefix) ?? {};
      const isIndex = typeof path[depth] === 'number';
      const otherColumn = isIndex ? seen.key : seen.index;
      if (otherColumn !== undefined) {
        problems.push({
          column: i + 1,
          header: names[i] ?? '',
          kind: 'mixed-children',
          other: names[otherColumn] ?? '',
        });
        break;
      }
      if (isIndex) seen.index ??= i;
      else seen.key ??= i;
      children.set(prefix, seen);
    }
  });
  if (problems.length > 0) {
    problems.sort((a, b) => a.column - b.column);
    return { ok: false, problems };
  }
  return { ok: true, header: { paths, names } };
}

/** A cell's value: `true`/`false` (any case) become booleans; everything else stays a string. */
export function cellValue(cell: string): string | boolean {
  const lower = cell.toLowerCase();
  if (lower === 'true') return true;
  if (lower === 'false') return false;
  return cell;
}

type Container = Record<string, unknown> | unknown[];

function compact(value: unknown): unknown {
  if (Array.isArray(value)) return value.filter(() => true).map(compact);
  if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) (value as Record<string, unknown>)[k] = compact(v);
  }
  return value;
}

/**
 * Builds one evaluation input from a row: each non-empty cell (spaces around it removed) goes to
 * its column's path. Empty cells are left out (absent, not empty strings), so are objects and
 * array elements all of whose cells are empty; array elements keep their order without gaps.
 * Cells beyond the header must be empty (see {@link extraCells}).
 */
export function unflatten(header: CsvHeader, cells: readonly string[]): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  const count = Math.min(header.paths.length, cells.length);
  for (let col = 0; col < count; col++) {
    const raw = (cells[col] ?? '').trim();
    if (raw === '') continue;
    const path = header.paths[col] ?? [];
    let node: Container = root;
    for (let depth = 0; depth < path.length; depth++) {
      const seg = path[depth] as Segment;
      const last = depth === path.length - 1;
      const slot = node as Record<string | number, unknown>;
      if (last) {
        slot[seg] = cellValue(raw);
        break;
      }
      let next = Object.hasOwn(slot, seg) ? slot[seg] : undefined;
      if (next === undefined) {
        next = typeof path[depth + 1] === 'number' ? [] : {};
        slot[seg] = next;
      }
      node = next as Container;
    }
  }
  return compact(root) as Record<string, unknown>;
}

/** How many cells a row has beyond the header that are not empty. */
export function extraCells(header: CsvHeader, cells: readonly string[]): number {
  let extra = 0;
  for (let i = header.paths.length; i < cells.length; i++) if ((cells[i] ?? '').trim() !== '') extra++;
  return extra;
}

/** Whether every cell of a row is empty (a blank line, or only delimiters): such rows are skipped. */
export function isBlankRow(cells: readonly string[]): boolean {
  return cells.every((c) => c.trim() === '');
}
