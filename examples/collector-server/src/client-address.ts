import { isIP } from 'node:net';
import type { Context } from 'hono';

/** Where a request came from, as the runtime and the proxies you trust tell it. */
export interface AddressOptions {
  /** The TCP peer of the request (on Node: `getConnInfo(c).remote.address`); undefined when the runtime does not say. */
  peerAddress?: (c: Context) => string | undefined;
  /**
   * How many proxies of yours stand in front of the app and append to `X-Forwarded-For`. The client address is the
   * entry the outermost of them appended: the n-th from the right. 0 ignores the header, which anyone can write.
   * @default 0
   */
  trustedProxyHops?: number;
}

/** Reads a hop count, naming the setting when it is wrong. */
export function checkHops(hops: number | undefined): number {
  const n = hops ?? 0;
  if (!Number.isInteger(n) || n < 0 || n > 10) {
    throw new RangeError(`trustedProxyHops must be an integer from 0 to 10, got ${hops}`);
  }
  return n;
}

/**
 * The client's address: the peer itself, or behind `hops` trusted proxies the `X-Forwarded-For` entry the outermost
 * one appended (entries further left were written by the client and prove nothing). Undefined when unknown.
 */
export function clientAddress(c: Context, options: AddressOptions): string | undefined {
  const peer = options.peerAddress?.(c);
  const hops = options.trustedProxyHops ?? 0;
  if (hops === 0) return peer;
  const chain = (c.req.header('x-forwarded-for') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  // Fewer entries than proxies: the request did not pass through all of them, so the header is the client's own.
  if (chain.length < hops) return peer;
  const address = chain[chain.length - hops]!;
  return isIP(address) ? address : peer;
}

/** True for 127.0.0.0/8, ::1 and their IPv4-mapped form. */
export function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) return false;
  const v4 = address.startsWith('::ffff:') ? address.slice(7) : address;
  return address === '::1' || (isIP(v4) === 4 && v4.startsWith('127.'));
}

/** True for a host name that can only mean this machine: localhost (and *.localhost), 127.x.x.x, [::1]. */
export function isLoopbackHost(hostname: string): boolean {
  const name = hostname.toLowerCase().replace(/\.$/, '');
  return name === 'localhost' || name.endsWith('.localhost') || name === '[::1]' || isLoopbackAddress(name);
}

// Headers a proxy adds: a request carrying one came through a machine that may be reachable from anywhere.
const FORWARDING_HEADERS = ['forwarded', 'x-forwarded-for', 'x-forwarded-host', 'x-real-ip', 'via'];

/** True when the request shows signs of having passed a proxy. */
export function cameThroughProxy(c: Context): boolean {
  return FORWARDING_HEADERS.some((name) => c.req.header(name) !== undefined);
}
