import { describe, expect, it } from 'vitest';
import { RECORD_LIMITS } from './record-limits';
import type { ResponseRecord } from './types';
import { parseBatch, parseRecord } from './validate';

const valid: ResponseRecord = {
  id: '0f8fad5b-d9cb-469f-a165-70867728950e',
  revision: 3,
  surveyId: 'website-nps',
  status: 'completed',
  score: 9,
  category: 'promoter',
  comment: 'Fast checkout. Çok iyi! 👍',
  reasons: ['speed', 'price'],
  contact: { consent: true, email: 'zoe@example.com' },
  userId: 'user-42',
  anonymousId: 'b1c8e0a2-7f1d-4c8e-9f0a-2b3c4d5e6f70',
  locale: 'pt-BR',
  direction: 'ltr',
  orientation: 'left-to-right',
  page: { url: 'https://shop.example/checkout', title: 'Checkout', referrer: '' },
  attributes: { city: 'İstanbul', plan: 'pro', seats: 12, trial: false },
  sampleRate: 0.25,
  trigger: 'event:order_completed',
  preview: false,
  shownAt: '2026-01-31T12:00:00.000Z',
  answeredAt: '2026-01-31T12:00:05.120Z',
  completedAt: '2026-01-31T12:00:30+03:00',
  updatedAt: '2026-01-31T12:00:30.000Z',
  sdk: { name: '@npskit/widget', version: '0.1.0' },
};

const minimal: ResponseRecord = {
  id: '01890a5d-ac96-774b-bcce-b302099a8057',
  revision: 1,
  surveyId: 'nps',
  status: 'shown',
  anonymousId: 'a',
  locale: 'fa',
  direction: 'rtl',
  orientation: 'right-to-left',
  sampleRate: 1,
  shownAt: '2026-01-31T12:00:00Z',
  updatedAt: '2026-01-31T12:00:00Z',
  sdk: { name: 'npskit', version: '1' },
};

/** `valid` with some fields replaced or (with `undefined`) removed, as untrusted input. */
function variant(changes: Record<string, unknown>, base: object = valid): unknown {
  const copy: Record<string, unknown> = JSON.parse(JSON.stringify(base));
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) delete copy[key];
    else copy[key] = value;
  }
  return copy;
}

function issuesOf(input: unknown) {
  const result = parseRecord(input);
  if (result.ok) throw new Error('expected the record to be rejected');
  return result.issues;
}

describe('parseRecord', () => {
  it('accepts a full and a minimal record, returning an equal fresh object', () => {
    for (const record of [valid, minimal]) {
      const input = JSON.parse(JSON.stringify(record));
      const result = parseRecord(input);
      expect(result).toEqual({ ok: true, value: record });
      if (result.ok) expect(result.value).not.toBe(input);
    }
  });

  it.each<[string, Record<string, unknown>, string, RegExp]>([
    ['a bad UUID', { id: 'not-a-uuid' }, 'id', /must be a UUID .* got "not-a-uuid"/],
    ['a non-integer revision', { revision: 1.5 }, 'revision', /integer of 1 or more, got 1.5/],
    ['revision 0', { revision: 0 }, 'revision', /got 0/],
    ['a string revision', { revision: '2' }, 'revision', /got "2"/],
    [
      'an unknown status',
      { status: 'deleted' },
      'status',
      /must be one of "shown", "dismissed", "answered", "completed", got "deleted"/,
    ],
    ['a score out of range', { score: 11 }, 'score', /integer from 0 to 10, got 11/],
    ['a fractional score', { score: 7.5 }, 'score', /got 7.5/],
    ['a score as a string', { score: '9' }, 'score', /got "9"/],
    [
      'a category that does not match the score',
      { score: 6, category: 'promoter' },
      'category',
      /must be "detractor" for score 6, got "promoter"/,
    ],
    ['a missing category', { category: undefined }, 'category', /must be "promoter" for score 9, got undefined/],
    [
      'a missing score on a completed record',
      { score: undefined, category: undefined },
      'score',
      /required when status is "completed"/,
    ],
    ['a missing answeredAt', { answeredAt: undefined }, 'answeredAt', /required when status is "completed"/],
    [
      'an oversize comment',
      { comment: 'x'.repeat(RECORD_LIMITS.comment + 1) },
      'comment',
      /at most 5000 characters, got 5001/,
    ],
    ['an empty survey id', { surveyId: '' }, 'surveyId', /must not be empty/],
    ['a control character in an id', { anonymousId: 'a\u0000b' }, 'anonymousId', /control characters/],
    ['a bad locale', { locale: 'en_US' }, 'locale', /BCP 47 .* got "en_US"/],
    ['a sample rate of 0', { sampleRate: 0 }, 'sampleRate', /greater than 0 and at most 1, got 0/],
    ['a sample rate above 1', { sampleRate: 1.5 }, 'sampleRate', /got 1.5/],
    ['a bad direction', { direction: 'up' }, 'direction', /"ltr", "rtl"/],
    ['a date without a zone', { shownAt: '2026-01-31T12:00:00' }, 'shownAt', /ISO 8601 .* time zone/],
    ['February 31st', { shownAt: '2026-02-31T12:00:00Z' }, 'shownAt', /ISO 8601/],
    ['a number for a timestamp', { updatedAt: 1769860800000 }, 'updatedAt', /must be a string, got 1769860800000/],
    [
      'too many reasons',
      { reasons: Array.from({ length: 21 }, (_, i) => `r${i}`) },
      'reasons',
      /at most 20 tags, got 21/,
    ],
    ['a bad reason tag', { reasons: ['ok', 42] }, 'reasons[1]', /must be a string, got 42/],
    ['a bad e-mail', { contact: { consent: true, email: 'nope' } }, 'contact.email', /e-mail address/],
    ['a consent that is not a boolean', { contact: { consent: 'yes' } }, 'contact.consent', /true or false, got "yes"/],
    ['an unknown property', { admin: true }, 'admin', /unknown property/],
    [
      'an object attribute value',
      { attributes: { city: { name: 'x' } } },
      'attributes.city',
      /string, a finite number or a boolean, got an object/,
    ],
    [
      'an attribute name with spaces, too long',
      { attributes: { ['a b'.repeat(30)]: 1 } },
      `attributes[${JSON.stringify('a b'.repeat(30))}]`,
      /at most 64 characters, got 90/,
    ],
    ['a missing sdk', { sdk: undefined }, 'sdk', /must be an object \(\{ name, version \}\), got undefined/],
    ['a page without url', { page: { title: 't' } }, 'page.url', /must be a string, got undefined/],
  ])('rejects %s with a precise path and reason', (_name, changes, path, message) => {
    const issues = issuesOf(variant(changes));
    expect(issues).toContainEqual({ path, message: expect.stringMatching(message) });
  });

  it('accepts an empty trigger and an empty page title', () => {
    expect(parseRecord(variant({ trigger: '', page: { url: 'https://x.example/', title: '' } })).ok).toBe(true);
  });

  it('rejects a score on a record that was only shown', () => {
    expect(issuesOf(variant({ score: 3, category: 'detractor' }, minimal))).toEqual([
      { path: 'score', message: 'must be absent when status is "shown"' },
    ]);
  });

  it('requires dismissedAt on a dismissed record, and accepts a dismissal after a score', () => {
    expect(issuesOf(variant({ status: 'dismissed' }, minimal))).toEqual([
      { path: 'dismissedAt', message: 'is required when status is "dismissed"' },
    ]);
    const afterScore = variant({ status: 'dismissed', dismissedAt: '2026-01-31T12:01:00Z', completedAt: undefined });
    expect(parseRecord(afterScore).ok).toBe(true);
  });

  it.each(['__proto__', 'constructor', 'prototype'])('rejects a %s key anywhere, even nested', (key) => {
    const top = JSON.parse(`{"${key}": {"polluted": true}}`);
    Object.assign(top, JSON.parse(JSON.stringify(minimal)));
    expect(issuesOf(top)).toContainEqual({
      path: key,
      message: `forbidden key "${key}" (prototype pollution attempt)`,
    });
    const nested = JSON.parse(
      JSON.stringify(minimal).replace('"sampleRate"', `"attributes":{"${key}":{"isAdmin":true}},"sampleRate"`),
    );
    expect(issuesOf(nested)).toContainEqual({
      path: `attributes.${key}`,
      message: expect.stringContaining('forbidden key'),
    });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('reports every problem at once, not just the first', () => {
    const issues = issuesOf(variant({ id: 'x', revision: -1, status: 'nope', sampleRate: 2 }));
    expect(issues.map((i) => i.path)).toEqual(expect.arrayContaining(['id', 'revision', 'status', 'sampleRate']));
  });

  it('never throws, whatever it is given', () => {
    const hostile = Object.defineProperty(variant({}) as object, 'score', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    for (const input of [undefined, null, 42, 'text', [], [valid], new Date(), hostile]) {
      expect(() => parseRecord(input)).not.toThrow();
      expect(parseRecord(input).ok).toBe(false);
    }
    expect(issuesOf(null)).toEqual([{ path: '', message: 'must be a response record object, got null' }]);
    expect(issuesOf(hostile)).toContainEqual({ path: '', message: 'could not be read (not plain JSON data)' });
  });

  it('caps the number of issues listed', () => {
    const attributes = Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`k${i}`, [i]]));
    const reasons = Array.from({ length: 20 }, () => 7);
    const issues = issuesOf(
      variant({
        attributes,
        reasons,
        admin: 1,
        role: 2,
        x: 3,
        y: 4,
        z: 5,
        w: 6,
        v: 7,
        u: 8,
        t: 9,
        s: 10,
        q: 11,
        p: 12,
        o: 13,
        n: 14,
        m: 15,
        l: 16,
        k: 17,
        j: 18,
        i: 19,
        h: 20,
        g: 21,
        f: 22,
        e: 23,
        d: 24,
        c: 25,
        b: 26,
        a: 27,
        aa: 28,
        ab: 29,
        ac: 30,
        ad: 31,
        ae: 32,
        af: 33,
      }),
    );
    expect(issues).toHaveLength(RECORD_LIMITS.issues + 1);
    expect(issues.at(-1)).toEqual({ path: '', message: '3 more issues not listed' });
  });
});

describe('parseBatch', () => {
  const batch = { protocol: 1, sentAt: '2026-01-31T12:00:31.000Z', records: [valid, minimal] };

  it('accepts a valid batch', () => {
    expect(parseBatch(JSON.parse(JSON.stringify(batch)))).toEqual({ ok: true, value: batch });
  });

  it('names the record index in each path', () => {
    const result = parseBatch({ ...batch, records: [valid, { ...minimal, score: 12 }, { ...minimal, id: 'x' }] });
    expect(result).toEqual({
      ok: false,
      issues: [
        { path: 'records[1].score', message: 'must be an integer from 0 to 10, got 12' },
        { path: 'records[1].score', message: 'must be absent when status is "shown"' },
        { path: 'records[2].id', message: expect.stringContaining('must be a UUID') },
      ],
    });
  });

  it.each<[unknown, string, RegExp]>([
    [{ ...batch, protocol: 2 }, 'protocol', /must be 1, got 2/],
    [{ ...batch, sentAt: 'yesterday' }, 'sentAt', /ISO 8601/],
    [{ ...batch, records: [] }, 'records', /1 to 500 records, got 0/],
    [{ ...batch, records: Array(501).fill(minimal) }, 'records', /got 501/],
    [{ ...batch, records: 'x' }, 'records', /must be an array, got "x"/],
    [{ ...batch, extra: 1 }, 'extra', /unknown property/],
    [[batch], '', /must be a batch object/],
  ])('rejects a bad envelope (%#)', (input, path, message) => {
    const result = parseBatch(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues).toContainEqual({ path, message: expect.stringMatching(message) });
  });
});
