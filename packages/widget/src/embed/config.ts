import type { RecontactRules } from '@npskit/core';
import { parseTrigger, type TriggerConfig } from './trigger-config';
import { bad, has, isPlainObject, type Named } from './validate';

/** Where the survey appears (same values as the ESM API). */
export type EmbedPosition = 'bottom-right' | 'bottom-left' | 'bar' | 'modal' | 'inline';

/** Colour scheme of the survey. */
export type EmbedTheme = 'light' | 'dark' | 'auto';

/** The loader's configuration after validation. A null-prototype object: only what was set exists on it. */
export interface EmbedConfig {
  /** Absolute http(s) URL the responses are POSTed to. */
  endpoint: string;
  /** @default 'nps' */
  surveyId: string;
  product?: string;
  locale?: string[];
  position?: EmbedPosition;
  theme?: EmbedTheme;
  /** Element (or CSS selector) an `inline` survey renders into. */
  container?: Element | string;
  /** Share of visitors asked, 0–1, sticky per visitor. @default 1 */
  sampleRate: number;
  trigger: TriggerConfig;
  recontact?: RecontactRules;
  /** Quiet period after the visitor's last keystroke before an automatic survey may appear, ms. @default 2000 */
  graceMs: number;
  debug?: boolean;
  preview?: boolean;
  /** Honour Global Privacy Control / Do Not Track. @default false */
  respectDnt?: boolean;
  /** Options handed to the survey as they are (validated there). */
  survey: Record<string, unknown>;
}

/** The result of parsing: what is usable, and what was refused (shown in debug mode and as `error` events). */
export interface ParsedConfig {
  config: EmbedConfig | null;
  errors: Error[];
}

const POSITIONS = ['bottom-right', 'bottom-left', 'bar', 'modal', 'inline'];
const THEMES = ['light', 'dark', 'auto'];
// Survey options passed through to createSurvey untouched; the widget validates them with its own messages.
const PASS = ['messages', 'reasons', 'shareLinks', 'askContact', 'commentMaxLength', 'mirrorRtl', 'latinDigits'];
const TOP = [
  'endpoint',
  'surveyId',
  'product',
  'locale',
  'position',
  'theme',
  'container',
  'sampleRate',
  'delay',
  'trigger',
  'recontact',
  'graceMs',
  'debug',
  'preview',
  'respectDnt',
  'userId',
  'attributes',
];
/** What an option is called where the user wrote it: `data-sample-rate` for attributes, `sampleRate` for init. */
function namer(fromAttributes: readonly string[]): (key: string) => string {
  return (key) =>
    !fromAttributes.includes(key)
      ? key
      : key === 'surveyId'
        ? 'data-survey'
        : `data-${key.replace(/[A-Z]/g, (m) => `-${m.toLowerCase()}`)}`;
}

/**
 * Validates options from an `init` object merged over the script's `data-*` attributes (`fromAttributes` lists
 * the option names that came from attributes, so errors name what the user wrote). Reads own properties only,
 * never throws, and returns every problem as an error with an actionable message.
 */
export function parseConfig(input: unknown, fromAttributes: readonly string[] = []): ParsedConfig {
  const errors: Error[] = [];
  if (!isPlainObject(input)) return { config: null, errors: [bad('init options', 'an object', input)] };
  const name = namer(fromAttributes);
  const c = Object.create(null) as EmbedConfig & Named;
  c.surveyId = 'nps';
  c.sampleRate = 1;
  c.graceMs = 2000;
  c.survey = Object.create(null);
  let trigger: unknown;
  let delay: unknown;
  for (const key of Object.keys(input)) {
    try {
      // Read inside the try: a getter on a hostile options object may throw.
      const value = input[key];
      if (value === undefined) continue;
      if (PASS.includes(key)) {
        // A JSON round trip keeps plain data only: no getters, functions or prototype tricks reach the widget.
        c.survey[key] = JSON.parse(JSON.stringify(value));
        continue;
      }
      if (!TOP.includes(key)) {
        // Other scripts' data-* attributes (data-cfasync, data-domain…) may sit on our tag too.
        if (fromAttributes.includes(key)) continue;
        throw bad(`option "${key}"`, 'a known option (see docs/script-tag.md)', value);
      }
      const set = (v: unknown) => {
        (c as Named)[key] = v;
      };
      const n = name(key);
      if (key === 'endpoint') set(parseEndpoint(n, value));
      else if (key === 'surveyId' || key === 'product' || key === 'userId') set(text(n, value));
      else if (key === 'locale') set(parseLocale(n, value));
      else if (key === 'position' || key === 'theme') {
        if (!(key === 'position' ? POSITIONS : THEMES).includes(value as string)) {
          throw bad(n, `one of ${(key === 'position' ? POSITIONS : THEMES).join(', ')}`, value);
        }
        set(value);
      } else if (key === 'container') {
        if (typeof value !== 'string' && !(typeof Element !== 'undefined' && value instanceof Element)) {
          throw bad(n, 'an Element or a CSS selector', value);
        }
        set(value);
      } else if (key === 'sampleRate') set(number(n, value, 0, 1));
      else if (key === 'graceMs') set(number(n, value, 0, 60_000));
      else if (key === 'delay') delay = number(n, value, 0, 86_400_000);
      else if (key === 'trigger') trigger = value;
      else if (key === 'attributes') set(parseAttributes(n, value));
      else if (key === 'recontact') set(parseRecontact(n, value));
      else set(flag(n, value));
    } catch (error) {
      errors.push(error as Error);
    }
  }
  try {
    c.trigger = parseTrigger(trigger, delay as number | undefined, name('trigger'));
  } catch (error) {
    errors.push(error as Error);
    c.trigger = parseTrigger(undefined, delay as number | undefined, '');
  }
  if (!has(c, 'endpoint')) {
    errors.push(new TypeError(`npskit: ${name('endpoint')} is required: the URL of your collector endpoint`));
    return { config: null, errors };
  }
  return { config: c, errors };
}

/** Accepts an absolute or page-relative http(s) URL and returns it absolute. */
function parseEndpoint(name: string, value: unknown): string {
  let url: URL | undefined;
  try {
    url = typeof value === 'string' && value ? new URL(value, globalThis.location?.href) : undefined;
  } catch {}
  if (!url || !/^https?:$/.test(url.protocol)) throw bad(name, 'an http(s) URL', value);
  return url.href;
}

/** A non-empty string of at most 200 characters. */
export function text(name: string, value: unknown): string {
  if (typeof value !== 'string' || !value.trim() || value.length > 200) {
    throw bad(name, 'a non-empty string of at most 200 characters', value);
  }
  return value;
}

/** Numbers from init objects, or decimal strings from attributes. */
export function number(name: string, value: unknown, min: number, max: number): number {
  const n = typeof value === 'string' && value.trim() ? Number(value) : value;
  if (typeof n !== 'number' || !(n >= min && n <= max)) throw bad(name, `a number from ${min} to ${max}`, value);
  return n;
}

function flag(name: string, value: unknown): boolean {
  // A bare attribute (`data-debug`) has the value "", which means on, as HTML boolean attributes do.
  if (value === true || value === '' || value === 'true') return true;
  if (value === false || value === 'false') return false;
  throw bad(name, 'true or false', value);
}

function parseLocale(name: string, value: unknown): string[] {
  const list = typeof value === 'string' ? value.split(',').map((s) => s.trim()) : value;
  if (
    !Array.isArray(list) ||
    !list.length ||
    !list.every((l) => typeof l === 'string' && /^[a-z]{2,3}(-[a-z\d]{1,8})*$/i.test(l))
  ) {
    throw bad(name, 'a BCP 47 language tag or a list of them (e.g. "fa" or "pt-BR,en")', value);
  }
  return [...list];
}

/** Segment attributes: own string/number/boolean values only, copied into a null-prototype object. */
export function parseAttributes(name: string, value: unknown): Record<string, string | number | boolean> {
  if (!isPlainObject(value)) throw bad(name, 'an object of string, number or boolean values', value);
  const out: Record<string, string | number | boolean> = Object.create(null);
  for (const key of Object.keys(value)) {
    const v = value[key];
    if (
      key === '__proto__' ||
      (!/^(string|boolean)$/.test(typeof v) && !(typeof v === 'number' && Number.isFinite(v)))
    ) {
      throw bad(`${name}.${key}`, 'a string, number or boolean', v);
    }
    out[key] = v as string | number | boolean;
  }
  return out;
}

const RULES = [
  'waitAfterAnswerDays',
  'waitAfterDismissalDays',
  'stopAfterDismissals',
  'waitAfterFirstSeenDays',
  'minAccountAgeDays',
  'globalCooldownDays',
  'maxDisplaysPerSession',
];

function parseRecontact(name: string, value: unknown): RecontactRules {
  if (!isPlainObject(value)) throw bad(name, 'an object of recontact rules', value);
  const out: Record<string, unknown> = Object.create(null);
  for (const key of Object.keys(value)) {
    const v = value[key];
    const n = `${name}.${key}`;
    if (!RULES.includes(key)) throw bad(n, `one of ${RULES.join(', ')}`, v);
    out[key] = Array.isArray(v) ? v.map((d) => number(n, d, 0, Infinity)) : number(n, v, 0, Infinity);
  }
  return out as RecontactRules;
}
