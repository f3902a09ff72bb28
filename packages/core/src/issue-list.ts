import { describeValue } from './describe-value';

/** One problem found in the input: where (`records[2].score`) and what is wrong. */
export interface ParseIssue {
  /** Location in the input, JavaScript style: `''` for the whole input, `records[0].attributes.city`. */
  path: string;
  /** What is wrong, naming the value received and what is allowed. */
  message: string;
}

/** The outcome of parsing untrusted input: the clean value, or every problem found. */
export type ParseResult<T> = { ok: true; value: T } | { ok: false; issues: ParseIssue[] };

// Keys that change prototypes or shadow Object.prototype members when code later assigns or merges them.
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
// ASCII control characters (C0 and DEL): never valid in ids, tags or locale codes.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const CONTROL = /[\u0000-\u001f\u007f]/;

/** Joins a path segment the way a JavaScript expression would spell it. */
export function join(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  if (IDENTIFIER.test(key)) return path ? `${path}.${key}` : key;
  return `${path}[${JSON.stringify(key)}]`;
}

/** Collects issues with a cap, and reads fields of untrusted objects by own property only. */
export class IssueList {
  readonly issues: ParseIssue[] = [];
  private dropped = 0;

  constructor(private readonly limit: number) {}

  add(path: string, message: string): undefined {
    if (this.issues.length < this.limit) this.issues.push({ path, message });
    else this.dropped++;
    return undefined;
  }

  finish(): ParseIssue[] {
    if (this.dropped) this.issues.push({ path: '', message: `${this.dropped} more issues not listed` });
    return this.issues;
  }

  /** A plain object with no forbidden keys, or undefined after recording why not. */
  object(value: unknown, path: string, what = 'an object'): Record<string, unknown> | undefined {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      return this.add(path, `must be ${what}, got ${describeValue(value)}`);
    }
    const record = value as Record<string, unknown>;
    let clean = true;
    for (const key of Object.keys(record)) {
      if (FORBIDDEN_KEYS.has(key)) {
        clean = false;
        this.add(join(path, key), `forbidden key "${key}" (prototype pollution attempt)`);
      }
    }
    return clean ? record : undefined;
  }

  /** Records every own key of `record` that is not in `known`. */
  unknownKeys(record: Record<string, unknown>, known: readonly string[], path: string): void {
    for (const key of Object.keys(record)) {
      if (!known.includes(key) && !FORBIDDEN_KEYS.has(key)) this.add(join(path, key), 'unknown property');
    }
  }

  string(
    value: unknown,
    path: string,
    max: number,
    options: { min?: number; plain?: boolean } = {},
  ): string | undefined {
    const min = options.min ?? 1;
    if (typeof value !== 'string') return this.add(path, `must be a string, got ${describeValue(value)}`);
    if (value.length < min)
      return this.add(path, min === 1 ? 'must not be empty' : `must be at least ${min} characters`);
    if (value.length > max) return this.add(path, `must be at most ${max} characters, got ${value.length}`);
    if (options.plain && CONTROL.test(value)) return this.add(path, 'must not contain control characters');
    return value;
  }

  oneOf<T extends string>(value: unknown, path: string, allowed: readonly T[]): T | undefined {
    if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
    return this.add(path, `must be one of ${allowed.map((a) => `"${a}"`).join(', ')}, got ${describeValue(value)}`);
  }

  boolean(value: unknown, path: string): boolean | undefined {
    return typeof value === 'boolean' ? value : this.add(path, `must be true or false, got ${describeValue(value)}`);
  }

  /** An ISO 8601 date-time with a time zone (`2026-01-31T12:00:00.000Z`), as `Date.prototype.toISOString` writes. */
  timestamp(value: unknown, path: string): string | undefined {
    const text = this.string(value, path, 40);
    if (text === undefined) return undefined;
    if (!ISO_DATE_TIME.test(text) || !isCalendarDate(text) || Number.isNaN(Date.parse(text))) {
      return this.add(
        path,
        `must be an ISO 8601 date-time with a time zone (e.g. 2026-01-31T12:00:00.000Z), got ${describeValue(text)}`,
      );
    }
    return text;
  }
}

const ISO_DATE_TIME =
  /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,9})?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/;

// Date.parse accepts 2026-02-31 (and rolls it into March), so the day is checked against the month.
function isCalendarDate(text: string): boolean {
  const year = Number(text.slice(0, 4));
  const month = Number(text.slice(5, 7));
  const day = Number(text.slice(8, 10));
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}
