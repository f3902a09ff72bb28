/**
 * Audience matching: does this visitor belong to the people a survey is for? Pure — attributes, languages, the
 * URL test and the time come in. Small on purpose: the every-page loader runs it to know whether any survey could
 * show before it fetches a byte more.
 */

import type { AudienceCondition } from './site-config';
import type { AttributeValue } from './types';
import type { UrlPattern } from './url-pattern';

const DAY = 86_400_000;

/** What an audience is matched against, all from the browser. */
export interface AudienceContext {
  /** What the page passed to `identify` (own properties are read). */
  attributes?: Readonly<Record<string, AttributeValue>>;
  /** The visitor's languages, preferred first (`navigator.languages`, or the site's `locale` option). */
  locales?: readonly string[];
  /**
   * Tests a URL condition against the current page. Without it, URL conditions count as met: the loader leaves
   * them to npskit-rules.js, which passes `compileUrlPattern(pattern)(location)`.
   */
  matchUrl?: (pattern: UrlPattern) => boolean;
  /** When the user's account was created (epoch ms), from `identify(userId, { createdAt })`. */
  accountCreatedAt?: number;
  now: number;
}

/** The outcome of {@link matchAudience}: on a miss, the index of the first condition not met. */
export type AudienceMatch = { match: true } | { match: false; index: number };

const compare = (op: string, a: unknown, b: unknown): boolean =>
  typeof a === 'number' &&
  typeof b === 'number' &&
  (op === 'lt' ? a < b : op === 'lte' ? a <= b : op === 'gt' ? a > b : op === 'gte' && a >= b);

function met(c: AudienceCondition, ctx: AudienceContext): boolean {
  const { op } = c;
  const value = (c as { value?: unknown }).value;
  const negated = op === 'notEquals' || op === 'notOneOf' || op === 'notExists' || op === 'notMatches';
  let result: boolean;
  if (c.type === 'url') return ctx.matchUrl ? ctx.matchUrl(c.value) !== negated : true;
  if (c.type === 'accountAge') {
    const created = ctx.accountCreatedAt;
    return typeof created === 'number' && compare(op, (ctx.now - created) / DAY, value);
  }
  if (c.type === 'locale') {
    const tag = ctx.locales?.[0]?.toLowerCase();
    // `pt` matches `pt-BR`: a condition names languages, a browser names regional variants.
    result =
      tag !== undefined &&
      (value as string[]).some((v) => tag === v.toLowerCase() || tag.startsWith(`${v.toLowerCase()}-`));
  } else {
    const attrs = ctx.attributes;
    const present = attrs !== undefined && Object.hasOwn(attrs, c.key);
    const actual = present ? attrs![c.key] : undefined;
    if (op === 'exists' || op === 'notExists') result = present;
    else if (op === 'equals' || op === 'notEquals') result = present && actual === value;
    else if (op === 'oneOf' || op === 'notOneOf') result = present && (value as unknown[]).includes(actual);
    else return compare(op, actual, value);
  }
  return result !== negated;
}

/**
 * Whether the visitor matches every condition (an empty or absent audience matches everyone).
 * @example
 * matchAudience([{ type: 'attribute', key: 'plan', op: 'equals', value: 'pro' }], { attributes: { plan: 'pro' }, now });
 * // { match: true }
 */
export function matchAudience(
  conditions: readonly AudienceCondition[] | undefined,
  ctx: AudienceContext,
): AudienceMatch {
  const list = conditions ?? [];
  for (let index = 0; index < list.length; index++) {
    if (!met(list[index]!, ctx)) return { match: false, index };
  }
  return { match: true };
}
