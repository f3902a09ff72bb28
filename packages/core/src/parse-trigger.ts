import { type ConfigIssues, optional, own } from './config-issues';
import { describeValue } from './describe-value';
import { join } from './issue-list';
import type { EventTriggerDefinition, TriggerDefinition } from './site-config';
import { SITE_CONFIG_LIMITS as L } from './site-config-limits';
import { type UrlPattern, urlPatternProblem } from './url-pattern';

const TRIGGER_KEYS = ['event', 'url', 'delay', 'minPageviews', 'timeOnPage', 'scrollDepth', 'exitIntent'];

/** One value or a list of them, each read by `read`; the list form is kept as written. */
function oneOrMany<T>(
  issues: ConfigIssues,
  value: unknown,
  path: string,
  read: (v: unknown, path: string) => T | undefined,
): T | T[] | undefined {
  if (!Array.isArray(value)) return read(value, path);
  const list = issues.list(value, path, L.list, 1);
  if (!list) return undefined;
  const out = list.map((v, i) => read(v, join(path, i)));
  return out.every((v) => v !== undefined) ? (out as T[]) : undefined;
}

/** A URL pattern as JSON holds it (see `UrlPattern`). */
export function readUrlPattern(issues: ConfigIssues, value: unknown, path: string): UrlPattern | undefined {
  if (typeof value === 'object' && value !== null && !issues.object(value, path)) return undefined;
  const problem = urlPatternProblem(value);
  // An object pattern's problem names its keys or its text already.
  if (problem) return issues.add(path, typeof value === 'object' ? problem : `${problem}, got ${describeValue(value)}`);
  const text = typeof value === 'string' ? value : Object.values(value as object)[0];
  if (text.length > L.pattern) return issues.add(path, `must be at most ${L.pattern} characters, got ${text.length}`);
  return value as UrlPattern;
}

function readEvent(issues: ConfigIssues, value: unknown, path: string): string | EventTriggerDefinition | undefined {
  if (typeof value === 'string') return issues.string(value, path, L.key, { plain: true });
  const src = issues.object(value, path, 'an event name or { name, properties }');
  if (!src) return undefined;
  issues.known(src, ['name', 'properties'], path);
  const name = issues.string(own(src, 'name'), join(path, 'name'), L.key, { plain: true });
  const properties = optional(src, 'properties', (v) => {
    const props = issues.object(v, join(path, 'properties'), 'an object of property values');
    if (!props) return undefined;
    const keys = Object.keys(props);
    if (keys.length > L.list) return issues.add(join(path, 'properties'), `must hold at most ${L.list} properties`);
    const out: Record<string, string | number | boolean> = {};
    for (const key of keys) {
      const read = issues.attributeValue(props[key], join(join(path, 'properties'), key));
      if (read !== undefined) out[key] = read;
    }
    return Object.keys(out).length === keys.length ? out : undefined;
  });
  if (name === undefined || (Object.hasOwn(src, 'properties') && properties === undefined)) return undefined;
  return properties ? { name, properties } : { name };
}

/** `trigger`: `'load'`, `'manual'` or an object of conditions. */
export function readTrigger(issues: ConfigIssues, value: unknown, path: string): TriggerDefinition | undefined {
  if (value === 'load' || value === 'manual') return value;
  if (typeof value === 'string')
    return issues.add(path, `must be "load", "manual" or an object of conditions, got ${describeValue(value)}`);
  const src = issues.object(value, path, '"load", "manual" or an object of conditions ({ event, url, delay… })');
  if (!src) return undefined;
  const before = issues.count;
  issues.known(src, TRIGGER_KEYS, path);
  const at = (key: string) => join(path, key);
  const out: Exclude<TriggerDefinition, string> = {};
  const event = optional(src, 'event', (v) => oneOrMany(issues, v, at('event'), (e, p) => readEvent(issues, e, p)));
  const url = optional(src, 'url', (v) => oneOrMany(issues, v, at('url'), (u, p) => readUrlPattern(issues, u, p)));
  if (event !== undefined) out.event = event;
  if (url !== undefined) out.url = url;
  for (const key of ['delay', 'timeOnPage'] as const) {
    const ms = optional(src, key, (v) => issues.number(v, at(key), 0, L.delayMs, true));
    if (ms !== undefined) out[key] = ms;
  }
  const pageviews = optional(src, 'minPageviews', (v) => issues.number(v, at('minPageviews'), 1, 1_000_000, true));
  if (pageviews !== undefined) out.minPageviews = pageviews;
  const depth = optional(src, 'scrollDepth', (v) => issues.number(v, at('scrollDepth'), 1, 100));
  if (depth !== undefined) out.scrollDepth = depth;
  const exit = optional(src, 'exitIntent', (v) => issues.boolean(v, at('exitIntent')));
  if (exit !== undefined) out.exitIntent = exit;
  return issues.count === before ? out : undefined;
}
