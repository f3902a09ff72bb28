import type { AttributeValue } from '@npskit/core';
import { compileUrlPattern, type UrlTest } from './url-pattern';
import { bad, has, isPlainObject } from './validate';

/** A custom event that shows the survey: `track(name, properties)` with matching properties. */
export interface EventCondition {
  name: string;
  /** Every listed property must equal the tracked one. */
  properties?: Record<string, AttributeValue>;
}

/**
 * When an automatic survey appears. Every condition given must hold (they combine with AND); with none, the
 * survey may appear as soon as the page has loaded. `manual` turns automatic display off (only `show`).
 */
export interface TriggerConfig {
  manual?: boolean;
  /** Any of these events (OR within the list). */
  events?: EventCondition[];
  /** Any of these URL patterns (OR within the list); re-checked on single-page-app navigation. */
  urls?: UrlTest[];
  /** ms after the loader started. */
  delay?: number;
  /** Pages this device has viewed, this one included (SPA navigations count). */
  minPageviews?: number;
  /** ms the current page has been visible. */
  timeOnPage?: number;
  /** Percentage of the page scrolled into view, 1–100. */
  scrollDepth?: number;
  /** The pointer left the window towards the tabs/address bar (desktop only). */
  exitIntent?: boolean;
}

const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : [v]);

function parseEvent(value: unknown, name: string): EventCondition {
  if (typeof value === 'string' && value) return { name: value };
  if (isPlainObject(value) && typeof value['name'] === 'string' && has(value, 'name')) {
    const props = has(value, 'properties') ? value['properties'] : undefined;
    const out: EventCondition = { name: value['name'] };
    if (props !== undefined) {
      if (!isPlainObject(props)) throw bad(`${name}.properties`, 'an object', props);
      out.properties = Object.create(null);
      for (const key of Object.keys(props)) out.properties![key] = props[key] as AttributeValue;
    }
    return out;
  }
  throw bad(name, 'an event name or { name, properties }', value);
}

function count(value: unknown, name: string, min: number, max: number): number {
  if (typeof value !== 'number' || !(value >= min && value <= max))
    throw bad(name, `a number from ${min} to ${max}`, value);
  return value;
}

/**
 * Validates `trigger` (an object, or `'manual'`/`'load'`) plus the top-level `delay` shortcut (`data-delay`).
 * Throws a TypeError naming the first bad field.
 */
export function parseTrigger(value: unknown, delay: number | undefined, name: string): TriggerConfig {
  const t: TriggerConfig = Object.create(null);
  if (delay !== undefined) t.delay = delay;
  if (value === undefined || value === 'load') return t;
  if (value === 'manual') {
    t.manual = true;
    return t;
  }
  if (!isPlainObject(value)) throw bad(name, "'manual', 'load' or an object of conditions", value);
  for (const key of Object.keys(value)) {
    const v = value[key];
    const n = `${name}.${key}`;
    if (key === 'event') t.events = list(v).map((e) => parseEvent(e, n));
    else if (key === 'url') t.urls = list(v).map((p) => compileUrlPattern(p, n));
    else if (key === 'delay' || key === 'timeOnPage') t[key] = count(v, n, 0, 86_400_000);
    else if (key === 'minPageviews') t.minPageviews = count(v, n, 1, 1e6);
    else if (key === 'scrollDepth') t.scrollDepth = count(v, n, 1, 100);
    else if (key === 'exitIntent') t.exitIntent = v === true;
    else throw bad(n, 'one of event, url, delay, minPageviews, timeOnPage, scrollDepth, exitIntent', v);
  }
  return t;
}
