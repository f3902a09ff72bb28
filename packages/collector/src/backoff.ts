/**
 * Wait before try `attempt + 1`, after `attempt` failed tries: exponential (`baseMs · 2^(attempt−1)`, at most `capMs`),
 * and with full jitter a uniformly random share of it ("Exponential Backoff and Jitter", AWS Architecture Blog, 2015),
 * which spreads the retries of many clients hit by the same outage.
 */
export function backoffDelay(
  attempt: number,
  policy: { baseMs: number; capMs: number; jitter: boolean },
  random: () => number,
): number {
  const ceiling = Math.min(policy.capMs, policy.baseMs * 2 ** (attempt - 1));
  return policy.jitter ? Math.min(ceiling, Math.max(0, random()) * ceiling) : ceiling;
}
