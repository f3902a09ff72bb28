import type { Collector } from '@npskit/collector';
import type { AttributeValue } from '@npskit/core';
import type { ResolvedOptions, SurveyPosition, SurveyTheme } from './options';
import { describe, flag, isRecord, keysOf, numberIn, own, validateContent } from './validate-content';

/** The result of validation: options, plus notes that are shown only in debug mode. */
export interface ValidatedOptions {
  options: ResolvedOptions;
  warnings: string[];
}

const POSITIONS: readonly SurveyPosition[] = ['bottom-right', 'bottom-left', 'bar', 'modal', 'inline'];
const THEMES: readonly SurveyTheme[] = ['light', 'dark', 'auto'];
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

function text(input: Record<string, unknown>, key: string, max = 200): string | undefined {
  const value = own(input, key);
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value.trim() === '' || value.length > max) {
    throw new TypeError(`${key} must be a non-empty string of at most ${max} characters, got ${describe(value)}`);
  }
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
  const sampleRate = numberIn(input, 'sampleRate', Number.MIN_VALUE, 1, 1);
  const now = fn<() => number>(input, 'now') ?? Date.now;

  return {
    warnings,
    options: {
      surveyId,
      collector: collector as unknown as Collector,
      product: text(input, 'product'),
      locale: locales(own(input, 'locale')),
      position,
      container: position === 'inline' ? (container as Element) : undefined,
      theme: oneOf(input, 'theme', THEMES, 'auto'),
      ...validateContent(input, warnings),
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
