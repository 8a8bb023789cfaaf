import { type CompiledRuleset, type EvaluationResult, formatPath, type Issue, type Locale } from '../index';
import { AtomicFile } from './atomic';
import { tr } from './messages';

/** One item of `kinerja score` output, as `--format json|jsonl` writes it. */
export type ScoredItem =
  | {
      readonly index: number;
      readonly ok: true;
      readonly line?: number;
      readonly result: EvaluationResult;
    }
  | {
      readonly index: number;
      readonly ok: false;
      readonly line?: number;
      readonly issues: readonly Issue[];
    };

/** The output formats of `kinerja score`. */
export const SCORE_FORMATS = ['table', 'json', 'jsonl'] as const;
/** One of {@link SCORE_FORMATS}. */
export type ScoreFormat = (typeof SCORE_FORMATS)[number];

/** An error writing the results (as opposed to reading the input). */
export class WriteError extends Error {
  constructor(readonly reason: unknown) {
    super(reason instanceof Error ? reason.message : String(reason));
    this.name = 'WriteError';
  }
}

/** Where results go: buffered writes to standard output or to a file (with backpressure). */
export class Sink {
  readonly #write: (text: string) => Promise<void> | void;
  readonly #close: () => Promise<void>;
  readonly #abort: () => Promise<void>;
  #buffer = '';

  private constructor(
    write: (text: string) => Promise<void> | void,
    close: () => Promise<void>,
    abort: () => Promise<void> = async () => {},
  ) {
    this.#write = write;
    this.#close = close;
    this.#abort = abort;
  }

  /**
   * A sink writing through `write` (standard output); when `drained` is given, each write waits
   * for it (backpressure from a slow reader).
   */
  static of(write: (text: string) => void, drained?: () => Promise<void>): Sink {
    if (drained === undefined) return new Sink(write, async () => {});
    return new Sink(
      async (text) => {
        write(text);
        await drained();
      },
      async () => {},
    );
  }

  /**
   * A sink writing a file atomically: to a temporary beside it (its folder is created), renamed
   * over `path` by {@link Sink.close}, removed by {@link Sink.abort} (and on SIGINT/SIGTERM), so
   * the file is either absent, the previous one, or complete. Throws when it cannot be opened.
   */
  static async file(path: string): Promise<Sink> {
    const file = await AtomicFile.create(path);
    const wrap = async (action: () => Promise<void>): Promise<void> => {
      try {
        await action();
      } catch (error) {
        throw new WriteError(error);
      }
    };
    return new Sink(
      (text) => wrap(() => file.write(text)),
      () => wrap(() => file.commit()),
      () => file.abort(),
    );
  }

  /** Adds text; writes when 64 KiB have gathered. */
  async add(text: string): Promise<void> {
    this.#buffer += text;
    if (this.#buffer.length >= 65_536) await this.flush();
  }

  /** Writes what has gathered. */
  async flush(): Promise<void> {
    if (this.#buffer === '') return;
    const text = this.#buffer;
    this.#buffer = '';
    await this.#write(text);
  }

  /** Writes the rest and closes a file (renaming it into place). */
  async close(): Promise<void> {
    await this.flush();
    await this.#close();
  }

  /** Drops what has gathered and removes an unfinished file; the previous file stays. */
  async abort(): Promise<void> {
    this.#buffer = '';
    await this.#abort();
  }
}

/** Formats items as one of the output formats, item by item. */
export interface ItemWriter {
  item(item: ScoredItem, employee: string | undefined): Promise<void>;
  end(): Promise<void>;
}

/** `--format jsonl`: one item per line. */
export function jsonlWriter(sink: Sink): ItemWriter {
  return {
    item: (item) => sink.add(`${JSON.stringify(item)}\n`),
    end: async () => {},
  };
}

/** `--format json`: an array, one item per line. */
export function jsonWriter(sink: Sink): ItemWriter {
  let first = true;
  return {
    item: async (item) => {
      await sink.add(`${first ? '[\n' : ',\n'}  ${JSON.stringify(item)}`);
      first = false;
    },
    end: () => sink.add(first ? '[]\n' : '\n]\n'),
  };
}

/** Rows whose widths decide the columns of `--format table`. */
const TABLE_SAMPLE = 100;
/** Columns aligned right (the others left). */
const RIGHT = [true, false, true, false, false, true];

/**
 * `--format table`: one row per evaluation (#, employee id, score, predikat, needs dialogue,
 * warnings). The column widths come from the header and the first 100 rows; later rows that are
 * wider push their line out rather than the whole table.
 */
export function tableWriter(sink: Sink, locale: Locale): ItemWriter {
  const header = [
    tr(locale, 'colNumber'),
    tr(locale, 'colEmployee'),
    tr(locale, 'colScore'),
    tr(locale, 'colPredikat'),
    tr(locale, 'colDialogue'),
    tr(locale, 'colWarnings'),
  ];
  const pending: string[][] = [header];
  let widths: number[] | undefined;
  const line = (cells: readonly string[], w: readonly number[]): string =>
    cells
      .map((c, i) =>
        i === cells.length - 1 && !RIGHT[i] ? c : RIGHT[i] ? c.padStart(w[i] ?? 0) : c.padEnd(w[i] ?? 0),
      )
      .join('  ')
      .trimEnd();
  const flushPending = async (): Promise<void> => {
    widths = header.map((_, i) => Math.max(...pending.map((row) => row[i]?.length ?? 0)));
    const w = widths;
    await sink.add(pending.map((row) => `${line(row, w)}\n`).join(''));
    pending.length = 0;
  };
  return {
    item: async (item, employee) => {
      const cells = item.ok
        ? [
            String(item.index + 1),
            item.result.employee?.id ?? employee ?? '-',
            item.result.score ?? '-',
            item.result.predikat,
            tr(locale, item.result.needsDialogue ? 'yes' : 'no'),
            String(item.result.warnings.length),
          ]
        : [String(item.index + 1), employee ?? '-', '-', tr(locale, 'rejectedCell'), '-', '-'];
      if (widths) await sink.add(`${line(cells, widths)}\n`);
      else {
        pending.push(cells);
        if (pending.length > TABLE_SAMPLE) await flushPending();
      }
    },
    end: async () => {
      if (!widths) await flushPending();
    },
  };
}

/** How many issues of rejected items the summary lists. */
export const SUMMARY_ISSUES = 5;

/** Counts for the summary of `kinerja score`. */
export class Summary {
  readonly byPredikat = new Map<string, number>();
  scored = 0;
  rejected = 0;
  dialogue = 0;
  withWarnings = 0;
  readonly issueLines: string[] = [];
  moreIssues = 0;

  constructor(private readonly locale: Locale) {}

  add(item: ScoredItem): void {
    if (item.ok) {
      this.scored++;
      const p = item.result.predikat;
      this.byPredikat.set(p, (this.byPredikat.get(p) ?? 0) + 1);
      if (item.result.needsDialogue) this.dialogue++;
      if (item.result.warnings.length > 0) this.withWarnings++;
      return;
    }
    this.rejected++;
    for (const issue of item.issues) {
      if (this.issueLines.length >= SUMMARY_ISSUES) {
        this.moreIssues++;
        continue;
      }
      const at = item.line === undefined ? '' : ` (${tr(this.locale, 'atLine', { line: item.line })})`;
      const path = issue.path.length === 0 ? ':' : ` ${formatPath(issue.path)}:`;
      this.issueLines.push(`#${item.index + 1}${at}${path} ${issue.message[this.locale]}`);
    }
  }

  /**
   * The summary: predikat counts with percentages of the scored evaluations (every predikat of
   * the ruleset, in its order), dialogue and warning counts, and the rejected items with their
   * first issues.
   */
  format(compiled: CompiledRuleset): string {
    const codes = compiled.ruleset.predikat.map((p) => p.code);
    for (const p of this.byPredikat.keys()) if (!codes.includes(p)) codes.push(p);
    const rows: string[][] = [[tr(this.locale, 'summaryPredikat'), tr(this.locale, 'colCount'), '%']];
    for (const code of codes) {
      const n = this.byPredikat.get(code) ?? 0;
      rows.push([code, String(n), percent(n, this.scored)]);
    }
    rows.push([tr(this.locale, 'summaryTotal'), String(this.scored), percent(this.scored, this.scored)]);
    const w = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i]?.length ?? 0)));
    const lines = rows.map(
      (r) =>
        `${(r[0] ?? '').padEnd(w[0] ?? 0)}  ${(r[1] ?? '').padStart(w[1] ?? 0)}  ${(r[2] ?? '').padStart(w[2] ?? 0)}`,
    );
    lines.push(
      `${tr(this.locale, 'summaryDialogue', { count: this.dialogue })} · ${tr(this.locale, 'summaryWarnings', { count: this.withWarnings })}`,
    );
    if (this.rejected > 0) {
      lines.push(tr(this.locale, 'summaryRejected', { count: this.rejected }));
      for (const l of this.issueLines) lines.push(`  ${l}`);
      if (this.moreIssues > 0) lines.push(`  ${tr(this.locale, 'summaryMore', { count: this.moreIssues })}`);
    }
    return `${lines.join('\n')}\n`;
  }
}

/** `n` of `total` in percent with one decimal, rounded half up ("-" when total is 0). */
export function percent(n: number, total: number): string {
  if (total === 0) return '-';
  const tenths = Math.floor((n * 2000 + total) / (2 * total));
  return `${Math.floor(tenths / 10)}.${tenths % 10}%`;
}
