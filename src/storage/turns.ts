/**
 * An async FIFO lock: each `take()` resolves, in call order, once everyone before it has released.
 * The memory store serialises its transactions with it; the PGlite dialect its single connection.
 */
export class Turns {
  private tail: Promise<void> = Promise.resolve();

  /** Waits for the turn; resolves to the function that ends it. */
  take(): Promise<() => void> {
    let release!: () => void;
    const mine = new Promise<void>((resolve) => {
      release = resolve;
    });
    const before = this.tail;
    this.tail = before.then(() => mine);
    return before.then(() => release);
  }
}
