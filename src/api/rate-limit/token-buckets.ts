export interface BucketOptions {
  /** Tokens added per minute: the sustained rate. */
  perMinute: number;
  /** Size of a bucket: the burst a new or rested client may send at once. */
  burst: number;
  /** Most keys kept; past it the least recently seen key is dropped (default 10,000). */
  maxKeys?: number;
}

interface Bucket { tokens: number; at: number }

/**
 * Token buckets keyed by client, in memory. A bucket that has refilled is the same as no bucket, so idle keys are swept away
 * once a refill time; the map also never holds more than `maxKeys` keys (the least recently seen goes first).
 */
export class TokenBuckets {
  private readonly buckets = new Map<string, Bucket>();
  private readonly perMs: number;
  private readonly fullAfterMs: number;
  private readonly maxKeys: number;
  private sweptAt: number;

  constructor(private readonly opts: BucketOptions, private readonly now: () => number = Date.now) {
    if (!(opts.perMinute > 0) || !(opts.burst >= 1)) throw new Error('api: a rate limit needs perMinute > 0 and burst >= 1');
    this.perMs = opts.perMinute / 60_000;
    this.fullAfterMs = opts.burst / this.perMs;
    this.maxKeys = opts.maxKeys ?? 10_000;
    this.sweptAt = now();
  }

  /** Takes one token from `key`'s bucket: 0 when there was one, else the whole seconds until there is. */
  take(key: string): number {
    const now = this.now();
    if (now - this.sweptAt >= this.fullAfterMs) this.sweep(now);
    const old = this.buckets.get(key);
    const tokens = old ? this.level(old, now) : this.opts.burst;
    this.buckets.delete(key); // re-inserted below: the map's order is the order keys were last seen
    const left = tokens >= 1 ? tokens - 1 : tokens;
    this.buckets.set(key, { tokens: left, at: now });
    while (this.buckets.size > this.maxKeys) this.buckets.delete(this.buckets.keys().next().value!);
    return tokens >= 1 ? 0 : Math.max(1, Math.ceil((1 - tokens) / this.perMs / 1000));
  }

  /** Keys held now. */
  get size(): number {
    return this.buckets.size;
  }

  private level(b: Bucket, now: number): number {
    return Math.min(this.opts.burst, b.tokens + (now - b.at) * this.perMs);
  }

  /** Drops every bucket that has refilled: it would start full anyway. */
  private sweep(now: number): void {
    this.sweptAt = now;
    for (const [key, b] of this.buckets) if (this.level(b, now) >= this.opts.burst) this.buckets.delete(key);
  }
}
