import type { Collector } from '@npskit/collector';
import type { AttributeValue, NpsCategory } from '@npskit/core';
import {
  DEFAULT_REASONS,
  type MessageOverride,
  type MessageOverrides,
  type ResolvedOptions,
  type ShareLink,
  type SurveyPosition,
  type SurveyTheme,
} from './options';
import { safeShareUrl } from './share-url';

/** The result of validation: options, plus notes that are shown only in debug mode. */
export interface ValidatedOptions {
  options: ResolvedOptions;
  warnings: string[];
}

const POSITIONS: readonly SurveyPosition[] = ['bottom-right', 'bottom-left', 'bar', 'modal', 'inline'];
const THEMES: readonly SurveyTheme[] = ['light', 'dark', 'auto'];
const CATEGORIES: readonly NpsCategory[] = ['promoter', 'passive', 'detractor'];
const KNOWN = new Set<string>([
  'surveyId',
  'collector',
  'product',
  'locale',
  'messages',
  'position',
  'container',
  'theme',
  'reasons',
  'shareLinks',
  'askContact',
  'commentMaxLength',
  'mirrorRtl',
  'latinDigits',
  'userId',
  'anonymousId',
  'attributes',
  'sampleRate',
  'trigger',
  'preview',
  'autoClose',
  'nonce',
  'debug',
  'onError',
  'now',
]);

const has = (o: object, key: string): boolean => Object.hasOwn(o, key);

function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (value === null || typeof value !== 'object') return String(value);
  return Array.isArray(value) ? 'an array' : 'an object';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

// Own keys of a nested config object; prototype-polluting keys are an attack, never a typo.
function keysOf(value: Record<string, unknown>, path: string): string[] {
  const keys = Object.keys(value);
  const bad = keys.find((key) => FORBIDDEN.has(key));
  if (bad !== undefined) throw new TypeError(`${path}.${bad} is not allowed as a key`);
  return keys;
}

// Reads an own property only: a polluted Object.prototype must not inject options.
function own(input: Record<string, unknown>, key: string): unknown {
  return has(input, key) ? input[key] : undefined;
}

function text(input: Record<string, unknown>, key: string, max = 200): string | undefined {
  const value = own(input, key);
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value.trim() === '' || value.length > max) {
    throw new TypeError(`${key} must be a non-empty string of at most ${max} characters, got ${describe(value)}`);
  }
  return value;
}

function flag(input: Record<string, unknown>, key: string, fallback: boolean): boolean {
  const value = own(input, key);
  if (value === undefined) return fallback;
  if (typeof value !== 'boolean') throw new TypeError(`${key} must be true or false, got ${describe(value)}`);
  return value;
}

function oneOf<T extends string>(input: Record<string, unknown>, key: string, allowed: readonly T[], fallback: T): T {
  const value = own(input, key);
  if (value === undefined) return fallback;
  if (!allowed.includes(value as T)) {
    throw new TypeError(`${key} must be one of ${allowed.map((a) => `'${a}'`).join(', ')}, got ${describe(value)}`);
  }
  return value as T;
}

function locales(value: unknown): readonly string[] | undefined {
  if (value === undefined) return undefined;
  const list = typeof value === 'string' ? [value] : value;
  if (
    !Array.isArray(list) ||
    list.length === 0 ||
    list.some((t) => typeof t !== 'string' || !/^[A-Za-z0-9-_]{2,35}$/.test(t))
  ) {
    throw new TypeError(
      `locale must be a language tag such as 'en' or 'pt-BR', or a list of them, got ${describe(value)}`,
    );
  }
  return list as string[];
}

function reasons(value: unknown): Record<NpsCategory, readonly string[]> {
  const result = { ...DEFAULT_REASONS };
  if (value === undefined) return result;
  if (!isRecord(value))
    throw new TypeError(`reasons must be an object of tag lists per category, got ${describe(value)}`);
  for (const key of keysOf(value, 'reasons')) {
    if (!CATEGORIES.includes(key as NpsCategory)) {
      throw new TypeError(`reasons.${key} is not a category; use promoter, passive or detractor`);
    }
    const tags = value[key];
    if (!Array.isArray(tags) || tags.some((t) => typeof t !== 'string' || !/^[\w.:-]{1,50}$/.test(t))) {
      throw new TypeError(`reasons.${key} must be a list of tags (letters, digits, _ . : -), got ${describe(tags)}`);
    }
    result[key as NpsCategory] = [...new Set(tags as string[])];
  }
  return result;
}

function shareLinks(value: unknown, warnings: string[]): ShareLink[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new TypeError(`shareLinks must be a list of { label, url }, got ${describe(value)}`);
  return value
    .map((link, i) => {
      if (!isRecord(link) || typeof own(link, 'label') !== 'string' || typeof own(link, 'url') !== 'string') {
        throw new TypeError(`shareLinks[${i}] must be { label: string, url: string }, got ${describe(link)}`);
      }
      return { label: link['label'] as string, url: link['url'] as string };
    })
    .filter((link, i) => {
      const safe = safeShareUrl(link.url);
      if (safe === null)
        warnings.push(`shareLinks[${i}].url ${describe(link.url)} is not an absolute http(s) URL and is not shown`);
      else link.url = safe;
      return safe !== null;
    });
}

function messages(value: unknown): MessageOverrides {
  if (value === undefined) return {};
  if (!isRecord(value)) throw new TypeError(`messages must be an object keyed by locale, got ${describe(value)}`);
  const result: MessageOverrides = {};
  for (const locale of keysOf(value, 'messages')) {
    const entry = value[locale];
    if (!isRecord(entry))
      throw new TypeError(`messages.${locale} must be an object of messages, got ${describe(entry)}`);
    for (const key of keysOf(entry, `messages.${locale}`)) {
      const message = entry[key];
      const nested = isRecord(message) && Object.values(message).every((m) => typeof m === 'string');
      if (typeof message !== 'string' && !nested) {
        throw new TypeError(
          `messages.${locale}.${key} must be a string (or an object of strings), got ${describe(message)}`,
        );
      }
    }
    result[locale] = entry as MessageOverride;
  }
  return result;
}

function attributes(value: unknown): Record<string, AttributeValue> | undefined {
  if (value === undefined) return undefined;
  if (!isRecord(value))
    throw new TypeError(`attributes must be an object of string, number or boolean values, got ${describe(value)}`);
  const result: Record<string, AttributeValue> = {};
  for (const key of keysOf(value, 'attributes')) {
    const v = value[key];
    const ok = typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v));
    if (!ok) throw new TypeError(`attributes.${key} must be a string, finite number or boolean, got ${describe(v)}`);
    result[key] = v as AttributeValue;
  }
  return result;
}

function numberIn(input: Record<string, unknown>, key: string, min: number, max: number, fallback: number): number {
  const value = own(input, key);
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || Number.isNaN(value) || value < min || value > max) {
    throw new RangeError(`${key} must be a number from ${min} to ${max}, got ${describe(value)}`);
  }
  return value;
}

function fn<T>(input: Record<string, unknown>, key: string): T | undefined {
  const value = own(input, key);
  if (value === undefined) return undefined;
  if (typeof value !== 'function') throw new TypeError(`${key} must be a function, got ${describe(value)}`);
  return value as T;
}

/**
 * Validates `createSurvey` options and applies defaults. Throws a TypeError/RangeError naming the option
 * and the value it got; anything merely suspicious (unknown keys, refused share links) becomes a warning.
 */
export function validateOptions(input: unknown): ValidatedOptions {
  if (!isRecord(input)) throw new TypeError(`createSurvey needs an options object, got ${describe(input)}`);
  const warnings: string[] = [];
  for (const key of Object.keys(input)) if (!KNOWN.has(key)) warnings.push(`unknown option "${key}" is ignored`);

  const surveyId = text(input, 'surveyId', 100);
  if (surveyId === undefined) throw new TypeError('surveyId is required: a non-empty string such as "website-nps"');
  const collector = own(input, 'collector');
  if (!isRecord(collector) || typeof collector['send'] !== 'function' || typeof collector['on'] !== 'function') {
    throw new TypeError(
      `collector is required: an object with send() and on(), e.g. createCollector({ endpoint }), got ${describe(collector)}`,
    );
  }
  const position = oneOf(input, 'position', POSITIONS, 'bottom-right');
  const container = own(input, 'container');
  if (position === 'inline' && !(typeof Element !== 'undefined' && container instanceof Element)) {
    throw new TypeError(`container must be an Element when position is 'inline', got ${describe(container)}`);
  }
  if (position !== 'inline' && container !== undefined) warnings.push(`container is used only with position 'inline'`);
  const commentMaxLength = numberIn(input, 'commentMaxLength', 1, 5000, 500);
  if (!Number.isInteger(commentMaxLength))
    throw new RangeError(`commentMaxLength must be an integer, got ${commentMaxLength}`);
  const sampleRate = numberIn(input, 'sampleRate', Number.MIN_VALUE, 1, 1);
  const now = fn<() => number>(input, 'now') ?? Date.now;

  return {
    warnings,
    options: {
      surveyId,
      collector: collector as unknown as Collector,
      product: text(input, 'product'),
      locale: locales(own(input, 'locale')),
      messages: messages(own(input, 'messages')),
      position,
      container: position === 'inline' ? (container as Element) : undefined,
      theme: oneOf(input, 'theme', THEMES, 'auto'),
      reasons: reasons(own(input, 'reasons')),
      shareLinks: shareLinks(own(input, 'shareLinks'), warnings),
      askContact: flag(input, 'askContact', false),
      commentMaxLength,
      mirrorRtl: flag(input, 'mirrorRtl', true),
      latinDigits: flag(input, 'latinDigits', false),
      userId: text(input, 'userId'),
      anonymousId: text(input, 'anonymousId'),
      attributes: attributes(own(input, 'attributes')),
      sampleRate,
      trigger: text(input, 'trigger', 100) ?? 'manual',
      preview: flag(input, 'preview', false),
      autoClose: numberIn(input, 'autoClose', 0, 600, 0),
      nonce: text(input, 'nonce'),
      debug: flag(input, 'debug', false),
      onError: fn(input, 'onError'),
      now,
    },
  };
}
