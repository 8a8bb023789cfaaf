import type { Issue } from '../explain/index';
import type { CompiledRuleset } from './compile';
import { scoreEvaluation } from './score';
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
 * Scores a stream of evaluation inputs with one compiled ruleset. Inputs are pulled one at a time
 * and every item is yielded as soon as it is scored, so memory stays flat however long the input
 * is (nothing is collected). Bad inputs do not stop the batch: they come back as items with
 * `ok: false` and their issues (paths are those of the single input).
 *
 * @category Scoring
 * @example
 * ```ts
 * import { compileRuleset, scoreBatch } from 'kinerja';
 * const compiled = compileRuleset('permenpanrb-6-2022');
 * const counts = new Map<string, number>();
 * for await (const item of scoreBatch(compiled, readJsonLines('agency.jsonl'))) {
 *   if (item.ok) counts.set(item.result.predikat, (counts.get(item.result.predikat) ?? 0) + 1);
 * }
 * ```
 */
export async function* scoreBatch(
  compiled: CompiledRuleset,
  inputs: AsyncIterable<unknown> | Iterable<unknown>,
  options: ScoreBatchOptions = {},
): AsyncGenerator<BatchItem, void, undefined> {
  const every = Math.max(1, Math.floor(options.progressEvery ?? 1000));
  let processed = 0;
  let scored = 0;
  let rejected = 0;
  const step = (input: unknown): BatchItem => {
    const r = scoreEvaluation(compiled, input);
    const index = processed++;
    if (r.ok) scored++;
    else rejected++;
    return r.ok ? { index, ok: true, result: r.value } : { index, ok: false, issues: r.issues };
  };
  const progress = (): void => {
    if (options.onProgress && processed % every === 0)
      options.onProgress({ processed, scored, rejected, done: false });
  };
  if (Symbol.asyncIterator in inputs) {
    for await (const input of inputs as AsyncIterable<unknown>) {
      if (options.signal?.aborted) break;
      yield step(input);
      progress();
    }
  } else {
    // A plain iterable is read synchronously (no promise per input).
    for (const input of inputs as Iterable<unknown>) {
      if (options.signal?.aborted) break;
      yield step(input);
      progress();
    }
  }
  options.onProgress?.({ processed, scored, rejected, done: true });
}
