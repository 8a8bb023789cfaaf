/**
 * A small JSON scanner that JSON.parse lacks: it finds where a syntax error is (as an offset, for
 * `line:col`), where nesting crosses the depth limit, and the number literals that a double would
 * not hold exactly, so that the reader can hand them to the library as exact decimal strings (or
 * refuse them) instead of rounding them. It never recurses, so no input can overflow the stack.
 */

import { type ExactNumber, exactNumber } from './numbers';

/** What went wrong at `at`. */
export type JsonProblem =
  | { readonly kind: 'unexpected'; readonly at: number; readonly token: string }
  | { readonly kind: 'end'; readonly at: number }
  | { readonly kind: 'expected'; readonly at: number; readonly what: string }
  /** An object or array opened at `at` nests deeper than `maximum` levels. */
  | { readonly kind: 'too-deep'; readonly at: number; readonly maximum: number }
  /** The number literal at `at` would be read as 0 or Infinity. */
  | {
      readonly kind: 'out-of-range';
      readonly at: number;
      readonly literal: string;
      readonly towards: 'zero' | 'infinity';
    };

/** A number literal read as an exact decimal string: [start, end) of the literal and the text. */
export type ExactLiteral = readonly [start: number, end: number, text: string];

/** The outcome of a scan. */
export interface JsonScan {
  readonly problem?: JsonProblem;
  /** Number literals that a double cannot hold exactly, with their exact decimal text. */
  readonly decimals: readonly ExactLiteral[];
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

class Stop extends Error {
  constructor(readonly problem: JsonProblem) {
    super(problem.kind);
  }
}

/** Scans `text` as one JSON value whose objects and arrays nest at most `maxDepth` levels. */
export function scanJson(text: string, maxDepth: number): JsonScan {
  const decimals: ExactLiteral[] = [];
  /** The open containers: `{` or `[`. */
  const open: string[] = [];
  let i = 0;

  const ws = (): void => {
    while (i < text.length && ' \t\n\r'.includes(text.charAt(i))) i++;
  };
  const fail = (): never => {
    if (i >= text.length) throw new Stop({ kind: 'end', at: text.length });
    throw new Stop({ kind: 'unexpected', at: i, token: String.fromCodePoint(text.codePointAt(i) ?? 0) });
  };
  const expect = (what: string): never => {
    if (i >= text.length) throw new Stop({ kind: 'end', at: text.length });
    throw new Stop({ kind: 'expected', at: i, what });
  };
  const string = (): void => {
    i++; // opening quote
    for (;;) {
      if (i >= text.length) fail();
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return;
      }
      if (c < 0x20) fail();
      if (c === 0x5c) {
        i++;
        const e = text.charAt(i);
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) {
            i++;
            fail();
          }
          i += 5;
        } else if (e !== '' && '"\\/bfnrt'.includes(e)) i++;
        else fail();
      } else i++;
    }
  };
  /** A member's key and colon; the value follows. */
  const key = (): void => {
    ws();
    if (text.charAt(i) !== '"') expect('"');
    string();
    ws();
    if (text.charAt(i) !== ':') expect(':');
    i++;
  };
  const number = (): void => {
    NUMBER.lastIndex = i;
    const m = NUMBER.exec(text);
    if (!m) fail();
    const literal = (m as RegExpExecArray)[0];
    const read: ExactNumber = exactNumber(literal);
    if (read.kind === 'out-of-range')
      throw new Stop({ kind: 'out-of-range', at: i, literal, towards: read.towards });
    if (read.kind === 'decimal') decimals.push([i, i + literal.length, read.text]);
    i += literal.length;
  };
  /** A scalar value, or the opening of a container (true when one was opened and left open). */
  const startValue = (): boolean => {
    ws();
    const c = text.charAt(i);
    if (c === '{' || c === '[') {
      if (open.length + 1 > maxDepth) throw new Stop({ kind: 'too-deep', at: i, maximum: maxDepth });
      i++;
      ws();
      if (text.charAt(i) === (c === '{' ? '}' : ']')) {
        i++;
        return false;
      }
      open.push(c);
      if (c === '{') key();
      return true;
    }
    if (c === '"') {
      string();
      return false;
    }
    for (const literal of ['true', 'false', 'null']) {
      if (text.startsWith(literal, i)) {
        i += literal.length;
        return false;
      }
    }
    number();
    return false;
  };

  try {
    value: for (;;) {
      if (startValue()) continue;
      // After a complete value: a comma starts the next one, a bracket closes its container.
      while (open.length > 0) {
        ws();
        const top = open[open.length - 1];
        const c = text.charAt(i);
        if (c === ',') {
          i++;
          if (top === '{') key();
          continue value;
        }
        if (c === (top === '{' ? '}' : ']')) {
          i++;
          open.pop();
          continue;
        }
        expect(top === '{' ? ', }' : ', ]');
      }
      break;
    }
    ws();
    if (i < text.length) fail();
    return { decimals };
  } catch (e) {
    if (e instanceof Stop) return { problem: e.problem, decimals };
    throw e;
  }
}

/** The 1-based line and column of offset `at` in `text`. */
export function lineCol(text: string, at: number): { line: number; col: number } {
  let line = 1;
  let start = 0;
  for (let k = 0; k < at && k < text.length; k++) {
    if (text.charCodeAt(k) === 0x0a) {
      line++;
      start = k + 1;
    }
  }
  return { line, col: at - start + 1 };
}
