/**
 * A small JSON scanner that JSON.parse lacks: it finds where a syntax error is (as an offset, for
 * `line:col`), and it finds number literals with more significant digits than a double keeps, so
 * that the reader can hand them to the library as exact decimal strings instead of rounding them.
 */

/** What went wrong at `at`. */
export type JsonProblem =
  | { readonly kind: 'unexpected'; readonly at: number; readonly token: string }
  | { readonly kind: 'end'; readonly at: number }
  | { readonly kind: 'expected'; readonly at: number; readonly what: string };

/** The outcome of a scan. */
export interface JsonScan {
  readonly problem?: JsonProblem;
  /** [start, end) of number literals that a double cannot hold exactly. */
  readonly longNumbers: ReadonlyArray<readonly [number, number]>;
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const MAX_EXACT_DIGITS = 15;

class Stop extends Error {
  constructor(readonly problem: JsonProblem) {
    super(problem.kind);
  }
}

/** Significant digits of a number literal, ignoring leading and trailing zeros. */
function significantDigits(literal: string): number {
  const mantissa = literal.replace(/^-/, '').replace(/[eE].*$/, '');
  const digits = mantissa.replace('.', '').replace(/^0+/, '').replace(/0+$/, '');
  return digits.length;
}

/** Scans `text` as one JSON value. */
export function scanJson(text: string): JsonScan {
  const longNumbers: Array<readonly [number, number]> = [];
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
  const value = (): void => {
    ws();
    const c = text.charAt(i);
    if (c === '{') {
      i++;
      ws();
      if (text.charAt(i) === '}') {
        i++;
        return;
      }
      for (;;) {
        ws();
        if (text.charAt(i) !== '"') expect('"');
        string();
        ws();
        if (text.charAt(i) !== ':') expect(':');
        i++;
        value();
        ws();
        if (text.charAt(i) === ',') {
          i++;
          continue;
        }
        if (text.charAt(i) === '}') {
          i++;
          return;
        }
        expect(', }');
      }
    }
    if (c === '[') {
      i++;
      ws();
      if (text.charAt(i) === ']') {
        i++;
        return;
      }
      for (;;) {
        value();
        ws();
        if (text.charAt(i) === ',') {
          i++;
          continue;
        }
        if (text.charAt(i) === ']') {
          i++;
          return;
        }
        expect(', ]');
      }
    }
    if (c === '"') {
      string();
      return;
    }
    for (const literal of ['true', 'false', 'null']) {
      if (text.startsWith(literal, i)) {
        i += literal.length;
        return;
      }
    }
    NUMBER.lastIndex = i;
    const m = NUMBER.exec(text);
    if (!m) {
      fail();
      return;
    }
    if (significantDigits(m[0]) > MAX_EXACT_DIGITS) longNumbers.push([i, i + m[0].length]);
    i += m[0].length;
  };

  try {
    value();
    ws();
    if (i < text.length) fail();
    return { longNumbers };
  } catch (e) {
    if (e instanceof Stop) return { problem: e.problem, longNumbers };
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
