/**
 * The cache rules of a site configuration in a client (stale-while-revalidate): a cached copy is used at once,
 * whatever its age; a refresh is asked for in the background at most once per TTL, counted from the last time one
 * was asked for (a failed one counts too, so a host that is down is not asked on every page). Pure: pass the time.
 */

import { CONFIG_TTL } from './site-config-limits';

/** What a client remembers about its cached copy. */
export interface ConfigCacheState {
  /** When a refresh was last asked for (epoch ms). */
  checkedAt?: number;
  /** The `ttl` of the cached file, in seconds, as the file gave it (clamped here). */
  ttl?: unknown;
}

/** The TTL a client honours, in ms: the file's `ttl` seconds clamped to `CONFIG_TTL`, or its default. */
export function configTtlMs(ttl: unknown): number {
  const seconds = typeof ttl === 'number' && !Number.isNaN(ttl) ? ttl : CONFIG_TTL.defaultSeconds;
  return Math.min(Math.max(seconds, CONFIG_TTL.minSeconds), CONFIG_TTL.maxSeconds) * 1000;
}

/**
 * When the next refresh may be asked for (epoch ms); 0 when it is due at once (nothing cached, or a check time
 * from the future: a clock set back must not stop refreshes for a day).
 * @example
 * configRefreshAt({ checkedAt: t, ttl: 600 }, t + 1000); // t + 600_000
 */
export function configRefreshAt(state: ConfigCacheState | null | undefined, now: number): number {
  const at = state?.checkedAt;
  if (typeof at !== 'number' || at > now) return 0;
  return at + configTtlMs(state?.ttl);
}
