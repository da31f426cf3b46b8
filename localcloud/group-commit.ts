// Group commit: text appended while a batch is being made durable goes out together in the next batch, so
// many concurrent writers cost one write and one sync per batch. Each append resolves (or rejects) once
// its own batch is durable. Used by the database journal and the subscribe-message outbox.
export class GroupCommit {
  private queue: Array<{ text: string; done: (err?: Error) => void }> = [];
  private flushing = false;

  /**
   * `writeBatch` makes one batch durable (write, then sync); `onIdle` runs when the queue has drained.
   * The acknowledgements of a batch and the check for the next one happen in the same turn, so a
   * caller continuing after its append sees `idle` right.
   */
  constructor(
    private readonly writeBatch: (text: string) => Promise<void>,
    private readonly onIdle: () => void = () => undefined,
  ) {}

  append(text: string): Promise<void> {
    return new Promise((resolve, reject) => {
      this.queue.push({ text, done: (err) => (err ? reject(err) : resolve()) });
      if (this.flushing) return;
      this.flushing = true;
      setImmediate(() => void this.flush());
    });
  }

  /** Nothing queued and no batch being written. */
  get idle(): boolean {
    return !this.flushing && this.queue.length === 0;
  }

  private async flush(): Promise<void> {
    for (;;) {
      const batch = this.queue;
      this.queue = [];
      if (batch.length === 0) break;
      let err: Error | undefined;
      try {
        await this.writeBatch(batch.map((b) => b.text).join(''));
      } catch (e) {
        err = e as Error;
      }
      for (const b of batch) b.done(err);
    }
    this.flushing = false;
    this.onIdle();
  }
}
