import { resolve } from 'node:path';
import { type CompiledRuleset, type EvaluationResult, type Locale, scoreBatch } from '../../index';
import {
  type EvaluationStore,
  type ResultRecord,
  StoreError,
  storeChangeSchema,
  storeListQuerySchema,
  toResultRecord,
} from '../../storage/index';
import { choice, isUsageError, parseCommandArgs } from '../args';
import type { Command, CommandContext } from '../context';
import { helpText } from '../help';
import { type InputRecord, type InputSource, inputKind, openInput } from '../inputs';
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE, errorDetail } from '../io';
import { tr } from '../messages';
import { ProgressBar } from '../progress';
import { loadRulesetArg } from '../ruleset-arg';
import {
  type ItemWriter,
  jsonlWriter,
  jsonWriter,
  SCORE_FORMATS,
  type ScoredItem,
  type ScoreFormat,
  Sink,
  Summary,
  tableWriter,
  WriteError,
} from '../score-output';
import { openStoreArg, redact } from '../store-arg';

/** The employee id of an input, if it has one (shown for rejected rows of the table). */
function employeeOf(value: unknown): string | undefined {
  const employee = (value as { employee?: { id?: unknown } } | null)?.employee;
  const id = typeof employee === 'object' && employee !== null ? employee.id : undefined;
  return typeof id === 'string' ? id : undefined;
}

/** The unit id of an input (`organisation.unitId`), if it has one: where `--store` files its result. */
function unitOf(value: unknown): string | undefined {
  const organisation = (value as { organisation?: { unitId?: unknown } } | null)?.organisation;
  const id = typeof organisation === 'object' && organisation !== null ? organisation.unitId : undefined;
  return typeof id === 'string' && id !== '' ? id : undefined;
}

/** A scored item, and the employee and unit ids of its input. */
interface Scored {
  readonly item: ScoredItem;
  readonly employee: string | undefined;
  readonly unit?: string | undefined;
}

/**
 * Scores the records of an input in order through scoreBatch. Records that could not be read
 * (a bad JSON line, a bad CSV row) do not reach scoreBatch; they come out as rejected items in
 * their place. Nothing is collected: memory stays flat however long the input is.
 */
export async function* scoreRecords(
  compiled: CompiledRuleset,
  records: AsyncIterable<InputRecord>,
): AsyncGenerator<Scored> {
  // Records the feed passed over (unreadable ones) wait here until the item after them is out.
  const passed: Scored[] = [];
  // The index, line and employee of each input handed to scoreBatch, in order.
  const handed: Array<{
    index: number;
    line: number | undefined;
    employee: string | undefined;
    unit: string | undefined;
  }> = [];
  let next = 0;
  let taken = 0;
  async function* feed(): AsyncGenerator<unknown> {
    for await (const record of records) {
      const index = next++;
      if (record.ok) {
        handed.push({
          index,
          line: record.line,
          employee: employeeOf(record.value),
          unit: unitOf(record.value),
        });
        yield record.value;
      } else {
        const item: ScoredItem =
          record.line === undefined
            ? { index, ok: false, issues: record.issues }
            : { index, ok: false, line: record.line, issues: record.issues };
        passed.push({ item, employee: undefined });
      }
    }
  }
  for await (const batchItem of scoreBatch(compiled, feed())) {
    yield* passed;
    passed.length = 0;
    const meta = handed[taken++];
    if (taken > 1024) {
      handed.splice(0, taken);
      taken = 0;
    }
    const index = meta?.index ?? batchItem.index;
    const line = meta?.line === undefined ? {} : { line: meta.line };
    const item: ScoredItem = batchItem.ok
      ? { index, ok: true, ...line, result: batchItem.result }
      : { index, ok: false, ...line, issues: batchItem.issues };
    yield { item, employee: meta?.employee, unit: meta?.unit };
  }
  yield* passed;
}

/** Whether `error` carries a code (a system error such as EIO, or a decoding error). */
function hasCode(error: unknown): boolean {
  return error instanceof Error && typeof (error as { code?: unknown }).code === 'string';
}

/** The options that file results in a store, by the key the store's schemas give them. */
const STORE_OPTIONS = { agencyId: '--agency', unitId: '--unit', actor: '--actor', at: '--at' } as const;

/**
 * Why `--agency`, `--unit`, `--actor` or `--at` cannot be used, naming the option: the store's
 * own rules for ids and change times (its public schemas), asked before anything is opened, read
 * or written; and none of them without `--store`.
 */
function storeOptionProblem(
  values: Readonly<Record<string, string | boolean | undefined>>,
  withStore: boolean,
  locale: Locale,
): string | undefined {
  const given = (key: string) => (typeof values[key] === 'string' ? (values[key] as string) : undefined);
  if (!withStore) {
    const option = (['agency', 'unit', 'actor', 'at'] as const).find((k) => given(k) !== undefined);
    return option === undefined
      ? undefined
      : tr(locale, 'storeOptionWithoutStore', { option: `--${option}` });
  }
  const unit = given('unit');
  const ids = storeListQuerySchema.safeParse({
    agencyId: given('agency'),
    ...(unit === undefined ? {} : { unitId: unit }),
  });
  const change = storeChangeSchema.safeParse({
    actor: given('actor') ?? 'kinerja-cli',
    at: given('at') ?? '2000-01-01',
  });
  const issues = [...(ids.success ? [] : ids.error.issues), ...(change.success ? [] : change.error.issues)];
  const first = issues.find((i) => i.path[0] !== undefined && String(i.path[0]) in STORE_OPTIONS);
  if (first === undefined) return undefined;
  const option = STORE_OPTIONS[String(first.path[0]) as keyof typeof STORE_OPTIONS];
  const params = (first as { params?: { kinerja?: { message?: Record<Locale, string> } } }).params;
  const detail = params?.kinerja?.message?.[locale] ?? first.message;
  return tr(locale, 'badStoreOption', { option, detail });
}

function fail(ctx: CommandContext, locale: CommandContext['locale'], message: string): number {
  ctx.io.stderr(`kinerja score: ${message}\n${tr(locale, 'seeHelp', { command: 'kinerja score' })}\n`);
  return EXIT_USAGE;
}

/** The delimiter `--delimiter` names (`tab` and `\t` for a tab), or undefined if invalid. */
function delimiterOf(value: string): string | undefined {
  if (value === 'tab' || value === '\\t') return '\t';
  if (value.length !== 1 || value === '"' || value === '\n' || value === '\r') return undefined;
  return value;
}

/**
 * `kinerja score --ruleset <pack|file> <input.json|.jsonl|.csv> [--format table|json|jsonl]
 * [--out FILE] [--delimiter C]`.
 */
export const score: Command = async (args, ctx) => {
  const parsed = parseCommandArgs(
    args,
    {
      ruleset: { type: 'string', short: 'r' },
      format: { type: 'string' },
      out: { type: 'string', short: 'o' },
      delimiter: { type: 'string' },
      store: { type: 'string' },
      agency: { type: 'string' },
      unit: { type: 'string' },
      actor: { type: 'string' },
      at: { type: 'string' },
    },
    ctx.locale,
    true,
  );
  if (isUsageError(parsed)) return fail(ctx, ctx.locale, parsed.usageError);
  const { locale, values } = parsed;
  if (parsed.help) {
    ctx.io.stdout(helpText(locale, ctx.version, 'score'));
    return EXIT_OK;
  }
  const storeUrl = typeof values.store === 'string' ? values.store : undefined;
  const agency = typeof values.agency === 'string' ? values.agency : undefined;
  if (storeUrl !== undefined && (agency === undefined || agency === '')) {
    return fail(ctx, locale, tr(locale, 'agencyRequired'));
  }
  // The options of --store are checked by the store's own rules before anything is read or written.
  const storeProblem = storeOptionProblem(values, storeUrl !== undefined, locale);
  if (storeProblem !== undefined) return fail(ctx, locale, storeProblem);
  const at = typeof values.at === 'string' ? values.at : new Date().toISOString();
  const out = typeof values.out === 'string' ? values.out : undefined;
  // Default: a table for a person at a terminal, JSON lines for programs and files.
  const fallback: ScoreFormat =
    out === undefined
      ? ctx.io.isTTY
        ? 'table'
        : 'jsonl'
      : out.toLowerCase().endsWith('.json')
        ? 'json'
        : 'jsonl';
  const format = choice(parsed, 'format', SCORE_FORMATS, fallback);
  if (typeof format !== 'string') return fail(ctx, locale, format.usageError);
  const ruleset = values.ruleset;
  if (typeof ruleset !== 'string' || ruleset === '') return fail(ctx, locale, tr(locale, 'rulesetRequired'));
  const [file, ...extra] = parsed.positionals;
  if (file === undefined || extra.length > 0) return fail(ctx, locale, tr(locale, 'oneInput'));
  const kind = inputKind(file);
  if (kind === undefined) return fail(ctx, locale, tr(locale, 'unknownInputType', { file }));
  let delimiter: string | undefined;
  if (typeof values.delimiter === 'string') {
    delimiter = delimiterOf(values.delimiter);
    if (delimiter === undefined)
      return fail(ctx, locale, tr(locale, 'badDelimiter', { value: values.delimiter }));
  }

  const loaded = await loadRulesetArg(ruleset, ctx.io.cwd, locale);
  if (!loaded.ok) {
    ctx.io.stderr(loaded.lines.map((l) => `${l}\n`).join(''));
    return loaded.exit;
  }
  const compiled = loaded.compiled;
  const opened = await openInput(resolve(ctx.io.cwd, file), file, kind, {
    locale,
    ...(delimiter === undefined ? {} : { delimiter }),
  });
  if (!opened.ok) {
    ctx.io.stderr(opened.lines.map((l) => `${l}\n`).join(''));
    return opened.exit;
  }
  const source: InputSource = opened.source;

  // The store, before any output: a store that cannot be opened, or an --actor or --at it refuses
  // (the store's own rule, asked with an empty save), is a usage error with nothing written.
  let saver: ResultSaver | undefined;
  if (storeUrl !== undefined && agency !== undefined) {
    const store = await openStoreArg(storeUrl, locale, ctx.io.cwd);
    if (!store.ok) {
      source.close();
      ctx.io.stderr(`kinerja score: --store: ${store.message}\n`);
      return EXIT_USAGE;
    }
    const unit = typeof values.unit === 'string' && values.unit !== '' ? values.unit : agency;
    const actor = typeof values.actor === 'string' && values.actor !== '' ? values.actor : 'kinerja-cli';
    saver = new ResultSaver(store.store, { agency, unit, actor, at });
    const refused = await saver.refusal(locale);
    if (refused !== undefined) {
      source.close();
      await saver.close();
      return fail(ctx, locale, refused);
    }
  }

  // An --out file is written to a temporary beside it and renamed at the end (see ../atomic).
  let sink: Sink;
  if (out === undefined) sink = Sink.of(ctx.io.stdout, ctx.io.stdoutDrained);
  else {
    try {
      sink = await Sink.file(resolve(ctx.io.cwd, out));
    } catch (error) {
      source.close();
      await saver?.close();
      ctx.io.stderr(`${tr(locale, 'writeFailed', { file: out, detail: errorDetail(error) })}\n`);
      return EXIT_USAGE;
    }
  }
  const writer: ItemWriter =
    format === 'table' ? tableWriter(sink, locale) : format === 'json' ? jsonWriter(sink) : jsonlWriter(sink);
  // The bar shares the terminal with nothing else: results go to a file or a pipe.
  const progress = new ProgressBar(ctx.io.stderr, {
    enabled: ctx.io.stderrIsTTY === true && (out !== undefined || !ctx.io.isTTY),
    label: tr(locale, 'progress'),
    total: source.total,
    fraction: source.fraction,
  });
  const summary = new Summary(locale);
  let processed = 0;
  try {
    for await (const { item, employee, unit } of scoreRecords(compiled, source.records)) {
      await writer.item(item, employee);
      summary.add(item);
      if (saver && item.ok) await saver.add(item.result, unit);
      progress.update(++processed);
    }
    await saver?.flush();
    await writer.end();
    await sink.close();
  } catch (error) {
    progress.finish();
    // The run did not finish: an --out file is left as it was before.
    await sink.abort();
    await saver?.close().catch(() => {});
    // Anything else is not about the input, the output or the store: the top-level handler
    // reports it as an internal error.
    if (!(error instanceof WriteError || error instanceof StoreWriteError || hasCode(error))) throw error;
    const detail = errorDetail(error instanceof WriteError ? error.reason : error);
    ctx.io.stderr(
      error instanceof WriteError
        ? `${tr(locale, 'writeFailed', { file: out ?? '-', detail })}\n`
        : error instanceof StoreWriteError
          ? `kinerja score: ${tr(locale, 'storeWriteFailed', { saved: error.saved, detail })}\n`
          : `${file}: ${tr(locale, 'readFailed', { detail })}\n`,
    );
    return error instanceof StoreWriteError ? EXIT_FAILED : EXIT_USAGE;
  } finally {
    source.close();
  }
  progress.finish();
  ctx.io.stderr(summary.format(compiled));
  if (out !== undefined) ctx.io.stderr(`${tr(locale, 'resultsWritten', { count: processed, file: out })}\n`);
  if (saver && storeUrl !== undefined && agency !== undefined) {
    await saver.close();
    const where = redact(storeUrl);
    ctx.io.stderr(`${tr(locale, 'resultsStored', { count: saver.saved, store: where, agency })}\n`);
    if (saver.skipped > 0) ctx.io.stderr(`${tr(locale, 'notStored', { count: saver.skipped })}\n`);
    if (storeUrl.trim().startsWith('memory')) ctx.io.stderr(`${tr(locale, 'memoryNotKept')}\n`);
    if (saver.skipped > 0) return EXIT_FAILED;
  }
  return summary.rejected > 0 ? EXIT_FAILED : EXIT_OK;
};

/** A failure of the store while saving, with how many results were saved before it. */
class StoreWriteError extends Error {
  constructor(
    readonly saved: number,
    cause: unknown,
  ) {
    super(cause instanceof Error ? cause.message : String(cause));
  }
}

/**
 * Files scored results in a store, 1,000 per `saveResults` call (each call all or nothing), under
 * `<employee id>/<period start>/<period end>`, in the input's `organisation.unitId` or `--unit`. Results without an employee id or period are counted,
 * not saved.
 */
class ResultSaver {
  static readonly BATCH = 1000;
  saved = 0;
  skipped = 0;
  private pending: ResultRecord[] = [];

  constructor(
    private readonly store: EvaluationStore,
    private readonly options: { agency: string; unit: string; actor: string; at: string },
  ) {}

  async add(result: EvaluationResult, unit: string | undefined): Promise<void> {
    const record = toResultRecord(result, {
      agencyId: this.options.agency,
      unitId: unit ?? this.options.unit,
    });
    if (!record.ok) {
      this.skipped++;
      return;
    }
    this.pending.push(record.value);
    if (this.pending.length >= ResultSaver.BATCH) await this.flush();
  }

  /** Why the store refuses this --actor / --at (its own check, through an empty save), if it does. */
  async refusal(locale: Locale): Promise<string | undefined> {
    try {
      await this.store.saveResults([], { actor: this.options.actor, at: this.options.at });
      return undefined;
    } catch (error) {
      if (!(error instanceof StoreError)) throw error;
      return error.issues
        .map((i) => {
          const key = String(i.path[0]);
          const detail = i.message[locale];
          return key in STORE_OPTIONS
            ? tr(locale, 'badStoreOption', {
                option: STORE_OPTIONS[key as keyof typeof STORE_OPTIONS],
                detail,
              })
            : detail;
        })
        .join('; ');
    }
  }

  async flush(): Promise<void> {
    if (this.pending.length === 0) return;
    const batch = this.pending;
    this.pending = [];
    try {
      await this.store.saveResults(batch, { actor: this.options.actor, at: this.options.at });
    } catch (error) {
      throw new StoreWriteError(this.saved, error);
    }
    this.saved += batch.length;
  }

  async close(): Promise<void> {
    await this.store.close();
  }
}
