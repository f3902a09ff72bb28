/** Token-bucket settings: a client may burst `capacity` requests, then `refillPerSecond` a second. */
export interface RateLimitOptions {
  /** Requests a client may make at once. @default 60 */
  capacity?: number;
  /** Requests a client regains per second. @default 1 */
  refillPerSecond?: number;
  /** Clock in ms (tests pass a fake). @default Date.now */
  now?: () => number;
  /** Buckets kept before full ones are forgotten, so a flood of addresses cannot grow memory without bound. @default 10000 */
  maxClients?: number;
}

/** The verdict on one request. */
export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** A per-client token bucket. */
export interface RateLimiter {
  /** Spends one token of `client`'s bucket, if it has one. */
  take(client: string): Promise<RateDecision>;
}

interface Bucket {
  tokens: number;
  at: number;
}

/** Creates a token-bucket rate limiter held in this process's memory (one process: PGlite, tests). */
export function createRateLimiter(options: RateLimitOptions = {}): RateLimiter {
  const capacity = options.capacity ?? 60;
  const refill = options.refillPerSecond ?? 1;
  const now = options.now ?? Date.now;
  const maxClients = options.maxClients ?? 10_000;
  if (!(capacity >= 1)) throw new RangeError(`rateLimit.capacity must be at least 1, got ${capacity}`);
  if (!(refill > 0)) throw new RangeError(`rateLimit.refillPerSecond must be above 0, got ${refill}`);
  const buckets = new Map<string, Bucket>();

  function level(bucket: Bucket, at: number): number {
    return Math.min(capacity, bucket.tokens + ((at - bucket.at) / 1000) * refill);
  }

  function sweep(at: number): void {
    for (const [client, bucket] of buckets) if (level(bucket, at) >= capacity) buckets.delete(client);
    // Still full of busy clients: forget the longest-known one (Map keeps insertion order).
    if (buckets.size >= maxClients) buckets.delete(buckets.keys().next().value as string);
  }

  return {
    async take(client) {
      const at = now();
      if (buckets.size >= maxClients) sweep(at);
      const bucket = buckets.get(client) ?? { tokens: capacity, at };
      const tokens = level(bucket, at);
      if (tokens < 1) {
        buckets.set(client, { tokens, at });
        return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - tokens) / refill)) };
      }
      buckets.set(client, { tokens: tokens - 1, at });
      return { allowed: true };
    },
  };
}
