/**
 * The progress bar of `kinerja score` on standard error: drawn only on a terminal and only for
 * long inputs (1,000 items or more; a streamed input, whose length is unknown until its end,
 * once 1,000 items have gone by), redrawn at most every 100 ms, and erased at the end.
 */

/** Inputs at least this long get a progress bar. */
export const LONG_INPUT = 1000;
/** The shortest time between two frames, in milliseconds. */
export const FRAME_MS = 100;
const WIDTH = 30;

/** How the bar learns how far along the input is. */
export interface ProgressOptions {
  /** Whether to draw at all (standard error is a terminal and nothing else writes there). */
  readonly enabled: boolean;
  /** The label before the bar (`scoring`). */
  readonly label: string;
  /** The number of items, when known. */
  readonly total?: number | undefined;
  /** The share of the input read so far (0 to 1), for streamed inputs. */
  readonly fraction?: (() => number) | undefined;
  /** The clock (tests may replace it). */
  readonly now?: () => number;
}

/** A progress bar that writes frames through `write`. */
export class ProgressBar {
  readonly #write: (text: string) => void;
  readonly #options: ProgressOptions;
  readonly #now: () => number;
  #last = Number.NEGATIVE_INFINITY;
  #drawn = false;

  constructor(write: (text: string) => void, options: ProgressOptions) {
    this.#write = write;
    this.#options = options;
    this.#now = options.now ?? Date.now;
  }

  /** Reports that `processed` items are done; draws a frame when one is due. */
  update(processed: number): void {
    const { enabled, total } = this.#options;
    if (!enabled) return;
    if (total !== undefined ? total < LONG_INPUT : processed < LONG_INPUT) return;
    const now = this.#now();
    if (this.#drawn && now - this.#last < FRAME_MS) return;
    this.#last = now;
    this.#drawn = true;
    this.#write(`\r${this.frame(processed)}\u001b[K`);
  }

  /** The text of one frame. */
  frame(processed: number): string {
    const { total, fraction, label } = this.#options;
    const share =
      total !== undefined ? (total === 0 ? 1 : processed / total) : fraction ? fraction() : undefined;
    const count = total !== undefined ? `${processed}/${total}` : String(processed);
    if (share === undefined) return `${label} ${count}`;
    const clamped = Math.max(0, Math.min(1, share));
    const filled = Math.round(clamped * WIDTH);
    const percent = String(Math.floor(clamped * 100)).padStart(3);
    return `${label} [${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${percent}% ${count}`;
  }

  /** Erases the bar if it was drawn. */
  finish(): void {
    if (this.#drawn) this.#write('\r\u001b[K');
    this.#drawn = false;
  }
}
