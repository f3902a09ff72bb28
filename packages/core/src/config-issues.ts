import { describeValue } from './describe-value';
import { IssueList, join, type ParseIssue } from './issue-list';
import { SITE_CONFIG_LIMITS as L } from './site-config-limits';

// The site configuration's reader: the record validator's issue list (same paths, same messages, hostile keys
// refused) plus what a configuration needs on top: warnings, a count that the issue cap does not stop (so each
// survey knows whether it had problems), and unknown keys that are only warnings in a file of a newer minor format.

/** Language tags as BCP 47 spells them (`en`, `pt-BR`, `zh-Hant`), as the record validator accepts them. */
export const LOCALE_TAG = /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/;

/** Reason tags, as the widget accepts them. */
export const REASON_TAG = /^[\w.:-]{1,50}$/;

/** Levenshtein distance, for "did you mean" hints on misspelt keys (short strings only). */
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    row = next;
  }
  return row[b.length]!;
}

/** ` (did you mean "question"?)` when one known key is close to `key`. */
export function suggestion(key: string, known: readonly string[]): string {
  const close = known.filter((k) => distance(k.toLowerCase(), key.toLowerCase()) <= 2);
  return close.length === 1 ? ` (did you mean "${close[0]}"?)` : '';
}

const FORBIDDEN = ['__proto__', 'constructor', 'prototype'];

export class ConfigIssues extends IssueList {
  readonly warnings: ParseIssue[] = [];
  /** Every issue added, listed or not. */
  count = 0;

  /** `newer`: the file is a newer minor format, so unknown properties are ignored with a warning. */
  constructor(public newer = false) {
    super(L.issues);
  }

  override add(path: string, message: string): undefined {
    this.count++;
    return super.add(path, message);
  }

  warn(path: string, message: string): void {
    if (this.warnings.length < L.issues) this.warnings.push({ path, message });
  }

  /** Unknown keys: errors (a typo), or warnings in a file written for a newer minor format. */
  known(record: Record<string, unknown>, known: readonly string[], path: string): void {
    for (const key of Object.keys(record)) {
      // Forbidden keys were reported by object() already.
      if (known.includes(key) || FORBIDDEN.includes(key)) continue;
      if (this.newer) this.warn(join(path, key), 'unknown property, ignored (written for a newer format)');
      else this.add(join(path, key), `unknown property${suggestion(key, known)}`);
    }
  }

  /** A number within [min, max]; an integer when asked. */
  number(value: unknown, path: string, min: number, max: number, integer = false): number | undefined {
    if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
      return this.add(
        path,
        `must be ${integer ? 'an integer' : 'a number'} from ${min} to ${max}, got ${describeValue(value)}`,
      );
    }
    if (integer && !Number.isInteger(value)) return this.add(path, `must be a whole number, got ${value}`);
    return value;
  }

  /** An array of at most `max` entries (and at least `min`). */
  list(value: unknown, path: string, max: number, min = 0): unknown[] | undefined {
    if (!Array.isArray(value)) return this.add(path, `must be a list, got ${describeValue(value)}`);
    if (value.length < min)
      return this.add(path, min === 1 ? 'must not be empty' : `must hold at least ${min} entries`);
    if (value.length > max) return this.add(path, `must hold at most ${max} entries, got ${value.length}`);
    return value;
  }

  /** A BCP 47 language tag. */
  locale(value: unknown, path: string): string | undefined {
    const tag = this.string(value, path, 35, { plain: true });
    if (tag !== undefined && !LOCALE_TAG.test(tag)) {
      return this.add(path, `must be a language tag such as en, pt-BR or zh-Hant, got ${describeValue(tag)}`);
    }
    return tag;
  }

  /** An absolute http(s) URL; `javascript:` and other schemes are named in the message. */
  httpUrl(value: unknown, path: string): string | undefined {
    const url = this.string(value, path, L.url, { plain: true });
    if (url === undefined) return undefined;
    if (!/^https?:\/\/[^\s/?#@]+(?:[/?#]\S*)?$/i.test(url)) {
      const scheme = /^\s*([a-z][a-z\d+.-]*):/i.exec(url)?.[1];
      const why = scheme && !/^https?$/i.test(scheme) ? `; ${scheme.toLowerCase()}: links are refused` : '';
      return this.add(path, `must be an absolute http(s) URL (https://…)${why}, got ${describeValue(url)}`);
    }
    return url;
  }

  /** A segment attribute value: a string (at most 256 characters), a finite number or a boolean. */
  attributeValue(value: unknown, path: string): string | number | boolean | undefined {
    if (typeof value === 'string') return this.string(value, path, L.value, { min: 0 });
    if (typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value))) return value;
    return this.add(path, `must be a string, a finite number or true/false, got ${describeValue(value)}`);
  }
}

/** An own property only: a polluted `Object.prototype` must not add fields to a configuration. */
export function own(src: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(src, key) ? src[key] : undefined;
}

/** Reads an optional own property with `read`; absent (undefined) stays absent. */
export function optional<T>(src: Record<string, unknown>, key: string, read: (value: unknown) => T | undefined) {
  const value = own(src, key);
  return value === undefined ? undefined : read(value);
}

/** Copies the defined entries of `fields` into a fresh object, in order. */
export function defined<T extends object>(fields: Record<string, unknown>): T {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(fields)) if (fields[key] !== undefined) out[key] = fields[key];
  return out as T;
}
