// A per-instance cache with a time limit. SCF keeps an instance warm between invocations, so slow-
// changing reference data (buildings, teams) is read once a minute per instance instead of per call.
export class TtlCache<T> {
  private value?: T;
  private loadedAt = 0;
  private pending?: Promise<T>;

  constructor(
    private readonly ttlMs: number,
    private readonly load: () => Promise<T>,
  ) {}

  async get(now = Date.now()): Promise<T> {
    if (this.value !== undefined && now - this.loadedAt < this.ttlMs) return this.value;
    this.pending ??= this.load().then(
      (v) => {
        this.value = v;
        this.loadedAt = Date.now();
        this.pending = undefined;
        return v;
      },
      (err) => {
        this.pending = undefined;
        throw err;
      },
    );
    return this.pending;
  }

  clear(): void {
    this.value = undefined;
  }
}
