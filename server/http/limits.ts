// Limits per client address, kept in memory: wrong secrets, and the submission rate.

/**
 * Wrong secrets per client address (logins and bearer tokens alike): after `max` within
 * `windowMs`, that address must wait until the oldest of them is `windowMs` old.
 */
export class FailureLimiter {
  private failures = new Map<string, number[]>();

  constructor(
    private max = 10,
    private windowMs = 15 * 60_000,
    private now: () => number = Date.now,
  ) {}

  /** 0 when the address may try, else the whole seconds to wait. */
  wait(key: string): number {
    const t = this.now();
    const recent = (this.failures.get(key) ?? []).filter((at) => t - at < this.windowMs);
    if (recent.length) this.failures.set(key, recent);
    else this.failures.delete(key);
    if (recent.length < this.max) return 0;
    return Math.max(1, Math.ceil((recent[0]! + this.windowMs - t) / 1000));
  }

  fail(key: string): void {
    const list = this.failures.get(key) ?? [];
    list.push(this.now());
    // Only the latest `max` matter for the answer.
    this.failures.set(key, list.slice(-this.max));
    if (this.failures.size > 100_000) this.failures.delete(this.failures.keys().next().value!);
  }
}

/**
 * A token bucket per client address: `perMinute` submissions at once, then one every
 * 60/perMinute seconds. 0 turns it off.
 */
export class RateLimiter {
  private buckets = new Map<string, { tokens: number; at: number }>();
  private swept = 0;

  constructor(
    private perMinute: number,
    private now: () => number = Date.now,
  ) {}

  /** 0 when the request may go ahead, else the whole seconds to wait. */
  take(key: string): number {
    if (!this.perMinute) return 0;
    const t = this.now();
    const rate = this.perMinute / 60_000;
    if (t - this.swept > 60_000) this.sweep(t);
    const bucket = this.buckets.get(key) ?? { tokens: this.perMinute, at: t };
    bucket.tokens = Math.min(this.perMinute, bucket.tokens + (t - bucket.at) * rate);
    bucket.at = t;
    this.buckets.set(key, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil((1 - bucket.tokens) / rate / 1000));
  }

  /** Forgets clients whose bucket has filled up again: they are back to a fresh start anyway. */
  private sweep(t: number): void {
    this.swept = t;
    for (const [key, bucket] of this.buckets) if (t - bucket.at >= 60_000) this.buckets.delete(key);
  }
}
