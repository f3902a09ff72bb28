import type { Messages } from './messages';

/** Every key optional, at any depth: the shape of a per-locale message override. */
export type DeepPartial<T> = { [K in keyof T]?: T[K] extends string ? string : DeepPartial<T[K]> };

// Keys that would reach the prototype chain if copied onto a plain object.
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const PLURAL_CATEGORIES = new Set(['zero', 'one', 'two', 'few', 'many', 'other']);

type Group = Record<string, string>;

function isUsableText(value: unknown): value is string {
  // An empty or blank string would leave a control without a name, so it counts as "not overridden".
  return typeof value === 'string' && value.trim().length > 0;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Copies the usable own string properties of `override` onto a copy of `base`. Only keys that `base` has are taken,
 * except where `openKeys` says which new keys are allowed (reason tags added by a site, plural categories).
 */
function mergeGroup(base: Group, override: unknown, openKeys: ((key: string) => boolean) | undefined): Group {
  const merged: Group = { ...base };
  if (!isPlainObject(override)) return merged;
  for (const key of Object.keys(override)) {
    if (FORBIDDEN_KEYS.has(key)) continue;
    if (!Object.hasOwn(base, key) && !openKeys?.(key)) continue;
    const value = override[key];
    if (isUsableText(value)) merged[key] = value;
  }
  return merged;
}

/**
 * Merges a site's message overrides (untrusted configuration) into a locale's messages, key by key: nested groups
 * (follow-ups, thanks, reasons, plural forms) are merged per key, non-string and empty values are ignored, only own
 * properties are read and `__proto__`/`constructor` keys are skipped.
 */
export function resolveMessages(base: Messages, override?: DeepPartial<Messages>): Messages {
  const result: Record<string, unknown> = {};
  const source: unknown = override;
  const overrides = isPlainObject(source) ? source : {};
  for (const key of Object.keys(base)) {
    const baseValue = (base as unknown as Record<string, unknown>)[key];
    const value = Object.hasOwn(overrides, key) ? overrides[key] : undefined;
    if (typeof baseValue === 'string') {
      result[key] = isUsableText(value) ? value : baseValue;
    } else if (isPlainObject(baseValue)) {
      const group = baseValue as Group;
      const open =
        key === 'reasons'
          ? () => true
          : Object.hasOwn(group, 'other')
            ? (k: string) => PLURAL_CATEGORIES.has(k)
            : undefined;
      result[key] = mergeGroup(group, value, open);
    } else {
      result[key] = baseValue;
    }
  }
  return result as unknown as Messages;
}
