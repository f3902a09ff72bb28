import type { NpsCategory } from '@npskit/core';
import { DEFAULT_REASONS, type MessageOverride, type MessageOverrides, type ShareLink } from './options';
import { safeShareUrl } from './share-url';

// The survey's content options (texts, reasons, share links, contact, comment length, digits), validated here for
// both doors: createSurvey (validate-options.ts) and the script tag's rules chunk, which validates them before the
// UI chunk is fetched, so the UI does not carry a second validator.

const CATEGORIES: readonly NpsCategory[] = ['promoter', 'passive', 'detractor'];

/** Content options after validation, with defaults applied. */
export interface SurveyContent {
  messages: MessageOverrides;
  reasons: Record<NpsCategory, readonly string[]>;
  shareLinks: ShareLink[];
  askContact: boolean;
  commentMaxLength: number;
  mirrorRtl: boolean;
  latinDigits: boolean;
}

/** A value as an error message shows it: strings quoted and cut, objects by kind only. */
export function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (value === null || typeof value !== 'object') return String(value);
  return Array.isArray(value) ? 'an array' : 'an object';
}

/** A non-null, non-array object. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

/** Own keys of a nested config object; prototype-polluting keys are an attack, never a typo, and throw. */
export function keysOf(value: Record<string, unknown>, path: string): string[] {
  const keys = Object.keys(value);
  const bad = keys.find((key) => FORBIDDEN.has(key));
  if (bad !== undefined) throw new TypeError(`${path}.${bad} is not allowed as a key`);
  return keys;
}

/** Reads an own property only: a polluted Object.prototype must not inject options. */
export function own(input: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(input, key) ? input[key] : undefined;
}

/** An optional boolean option. */
export function flag(input: Record<string, unknown>, key: string, fallback: boolean): boolean {
  const value = own(input, key);
  if (value === undefined) return fallback;
  if (typeof value !== 'boolean') throw new TypeError(`${key} must be true or false, got ${describe(value)}`);
  return value;
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

/** An optional number option within [min, max]. */
export function numberIn(
  input: Record<string, unknown>,
  key: string,
  min: number,
  max: number,
  fallback: number,
): number {
  const value = own(input, key);
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || Number.isNaN(value) || value < min || value > max) {
    throw new RangeError(`${key} must be a number from ${min} to ${max}, got ${describe(value)}`);
  }
  return value;
}

/**
 * Validates the content options of `input` (own properties only) and applies their defaults. Throws a
 * TypeError/RangeError naming the option and the value it got; refused share links become warnings.
 */
export function validateContent(input: Record<string, unknown>, warnings: string[]): SurveyContent {
  const commentMaxLength = numberIn(input, 'commentMaxLength', 1, 5000, 500);
  if (!Number.isInteger(commentMaxLength))
    throw new RangeError(`commentMaxLength must be an integer, got ${commentMaxLength}`);
  return {
    messages: messages(own(input, 'messages')),
    reasons: reasons(own(input, 'reasons')),
    shareLinks: shareLinks(own(input, 'shareLinks'), warnings),
    askContact: flag(input, 'askContact', false),
    commentMaxLength,
    mirrorRtl: flag(input, 'mirrorRtl', true),
    latinDigits: flag(input, 'latinDigits', false),
  };
}
