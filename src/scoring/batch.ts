import { type Issue, isRecord, issue } from '../explain/index';
import { commonMessages } from '../explain/messages/common';
import type { RulesetLike } from './compile';
import { internalsOf, scoreWith } from './score';
import type { EvaluationResult } from './types';

/**
 * One scored item of a batch: its position in the input and the result or the issues.
 *
 * @category Scoring
 * @example
 * ```ts
 * for await (const item of scoreBatch(compiled, inputs)) {
 *   if (item.ok) console.log(item.index, item.result.predikat);
 *   else console.error(item.index, item.issues);
 * }
 * ```
 */
export type BatchItem =
  | { readonly index: number; readonly ok: true; readonly result: EvaluationResult }
  | { readonly index: number; readonly ok: false; readonly issues: readonly Issue[] };

/**
 * Progress of a batch, as passed to `onProgress`.
 *
 * @category Scoring
 * @example
 * ```ts
 * const p: BatchProgress = { processed: 1000, scored: 998, rejected: 2, done: false };
 * ```
 */
export interface BatchProgress {
  readonly processed: number;
  readonly scored: number;
  readonly rejected: number;
  /** True on the last call, after the input ended. */
  readonly done: boolean;
}

/**
 * Options of {@link scoreBatch}.
 *
 * @category Scoring
 * @example
 * ```ts
 * const options: ScoreBatchOptions = { onProgress: (p) => console.log(p.processed), progressEvery: 10_000 };
 * ```
 */
export interface ScoreBatchOptions {
  /** Called every `progressEvery` items and once at the end. */
  readonly onProgress?: (progress: BatchProgress) => void;
  /** How often `onProgress` is called (default 1000 items). */
  readonly progressEvery?: number;
  /** Stops the batch early: the iterator ends after the item in progress. */
  readonly signal?: AbortSignal;
}

/**
 * Scores a stream of evaluation inputs with one ruleset (compiled once: a compiled ruleset, a pack
 * id, a parsed ruleset or a ruleset file). Inputs are pulled one at a time
 * and every item is yielded as soon as it is scored, so memory stays flat however long the input
 * is (nothing is collected). Bad inputs do not stop the batch: they come back as items with
 * `ok: false` and their issues (paths are those of the single input). Never throws: a ruleset or
 * options that are not valid give one item with their issues, and the batch ends; so does an
 * input iterator that throws.
 *
 * @category Scoring
 * @example
 * ```ts
 * import { compileRuleset, scoreBatch, unwrap } from 'kinerja';
 * const compiled = unwrap(compileRuleset('permenpanrb-6-2022'));
 * const counts = new Map<string, number>();
 * for await (const item of scoreBatch(compiled, readJsonLines('agency.jsonl'))) {
 *   if (item.ok) counts.set(item.result.predikat, (counts.get(item.result.predikat) ?? 0) + 1);
 * }
 * ```
 */
export async function* scoreBatch(
  ruleset: RulesetLike,
  inputs: AsyncIterable<unknown> | Iterable<unknown>,
  options?: ScoreBatchOptions,
): AsyncGenerator<BatchItem, void, undefined> {
  // Bad arguments are not thrown: the batch yields one item with their issues and ends.
  const c = internalsOf(ruleset);
  const o = readOptions(options);
  const source = iterate(inputs);
  const argumentIssues = [...(c.ok ? [] : c.issues), ...o.issues, ...(source ? [] : notIterable(inputs))];
  if (!c.ok || o.issues.length > 0 || !source) {
    yield { index: 0, ok: false, issues: argumentIssues };
    return;
  }
  const compiled = c.value;
  const { onProgress, signal } = o;
  const every = o.every;
  let processed = 0;
  let scored = 0;
  let rejected = 0;
  const step = (input: unknown): BatchItem => {
    const r = scoreWith(compiled, input, undefined);
    const index = processed++;
    if (r.ok) scored++;
    else rejected++;
    return r.ok ? { index, ok: true, result: r.value } : { index, ok: false, issues: r.issues };
  };
  const progress = (): void => {
    if (onProgress && processed % every === 0) onProgress({ processed, scored, rejected, done: false });
  };
  try {
    if (source.async) {
      for await (const input of source.async) {
        if (signal?.aborted) break;
        yield step(input);
        progress();
      }
    } else {
      // A plain iterable is read synchronously (no promise per input).
      for (const input of source.sync) {
        if (signal?.aborted) break;
        yield step(input);
        progress();
      }
    }
  } catch (e) {
    // The caller's iterator (or onProgress) threw: the batch ends with an item saying so.
    yield {
      index: processed,
      ok: false,
      issues: [
        issue(commonMessages, 'input.invalid', ['inputs'], {
          detail: e instanceof Error ? e.message : String(e),
        }),
      ],
    };
    return;
  }
  onProgress?.({ processed, scored, rejected, done: true });
}

type Source =
  | { readonly async: AsyncIterable<unknown>; readonly sync?: undefined }
  | { readonly async?: undefined; readonly sync: Iterable<unknown> };

/** The inputs as an iterable (async first), or undefined when they are none. */
function iterate(inputs: unknown): Source | undefined {
  if ((typeof inputs !== 'object' && typeof inputs !== 'function') || inputs === null) return undefined;
  try {
    const x = inputs as Record<symbol, unknown>;
    if (typeof x[Symbol.asyncIterator] === 'function') return { async: inputs as AsyncIterable<unknown> };
    if (typeof x[Symbol.iterator] === 'function') return { sync: inputs as Iterable<unknown> };
  } catch {
    return undefined;
  }
  return undefined;
}

function notIterable(inputs: unknown): Issue[] {
  return [
    issue(commonMessages, 'input.invalid-type', ['inputs'], {
      expected: 'iterable or async iterable',
      received: inputs === null ? 'null' : Array.isArray(inputs) ? 'array' : typeof inputs,
    }),
  ];
}

/** The options read: undefined → defaults; anything but an options object is an issue. */
function readOptions(options: unknown): {
  readonly issues: Issue[];
  readonly every: number;
  readonly onProgress: ((p: BatchProgress) => void) | undefined;
  readonly signal: AbortSignal | undefined;
} {
  const issues: Issue[] = [];
  const none = { issues, every: 1000, onProgress: undefined, signal: undefined };
  if (options === undefined) return none;
  if (!isRecord(options)) {
    issues.push(
      issue(commonMessages, 'input.invalid-type', ['options'], {
        expected: 'object',
        received: options === null ? 'null' : Array.isArray(options) ? 'array' : typeof options,
      }),
    );
    return none;
  }
  const { onProgress, progressEvery, signal } = options;
  if (onProgress !== undefined && typeof onProgress !== 'function')
    issues.push(
      issue(commonMessages, 'input.invalid-type', ['options', 'onProgress'], {
        expected: 'function',
        received: typeof onProgress,
      }),
    );
  let every = 1000;
  if (progressEvery !== undefined) {
    if (typeof progressEvery !== 'number' || !Number.isFinite(progressEvery) || progressEvery < 1)
      issues.push(
        issue(commonMessages, 'input.invalid-type', ['options', 'progressEvery'], {
          expected: 'number ≥ 1',
          received: typeof progressEvery,
        }),
      );
    else every = Math.floor(progressEvery);
  }
  const hasAborted = typeof signal === 'object' && signal !== null && 'aborted' in signal;
  if (signal !== undefined && !hasAborted)
    issues.push(
      issue(commonMessages, 'input.invalid-type', ['options', 'signal'], {
        expected: 'AbortSignal',
        received: typeof signal,
      }),
    );
  return {
    issues,
    every,
    onProgress: typeof onProgress === 'function' ? (onProgress as (p: BatchProgress) => void) : undefined,
    signal: hasAborted ? (signal as AbortSignal) : undefined,
  };
}
