import { describeValue } from './describe-value';
import { IssueList, type IssueList as Issues, join, type ParseResult } from './issue-list';
import { RECORD_LIMITS as L } from './record-limits';
import { classify, isScore } from './score';
import type { AttributeValue, Batch, ContactConsent, ResponseRecord, ResponseStatus } from './types';

const STATUSES: readonly ResponseStatus[] = ['shown', 'dismissed', 'answered', 'completed'];
const RECORD_KEYS = [
  'id',
  'revision',
  'surveyId',
  'status',
  'score',
  'category',
  'comment',
  'reasons',
  'contact',
  'userId',
  'anonymousId',
  'locale',
  'direction',
  'orientation',
  'page',
  'attributes',
  'sampleRate',
  'trigger',
  'preview',
  'shownAt',
  'answeredAt',
  'completedAt',
  'dismissedAt',
  'updatedAt',
  'sdk',
] as const;
// RFC 9562 layout with any version 1–8 and the RFC variant: v4 (random) and v7 (time-ordered) are both fine.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
const LOCALE = /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/;
const EMAIL = /^[^\s@]+@[^\s@]+$/;

/**
 * Checks untrusted input (a parsed JSON body) against the {@link ResponseRecord} protocol; never throws.
 * Returns a fresh object holding only known fields, or every problem with its path — forbidden keys
 * (`__proto__`, `constructor`), oversize strings ({@link RECORD_LIMITS}), unknown status, a category that is
 * not `classify(score)`, an id that is not a UUID, a revision that is not a positive integer, and so on.
 * @example
 * const result = parseRecord(JSON.parse(body));
 * if (!result.ok) return reply(400, { issues: result.issues }); // [{ path: 'score', message: 'must be an integer from 0 to 10, got 11' }]
 * await upsert(result.value);
 */
export function parseRecord(input: unknown): ParseResult<ResponseRecord> {
  return run((issues) => readRecord(issues, input, ''));
}

/**
 * Checks a collector POST body (`{ protocol: 1, sentAt, records: [...] }`) and every record in it; never throws.
 * @example
 * const result = parseBatch(JSON.parse(body));
 * if (result.ok) for (const record of result.value.records) await upsert(record);
 */
export function parseBatch(input: unknown): ParseResult<Batch> {
  return run((issues) => {
    const body = issues.object(input, '', 'a batch object ({ protocol: 1, sentAt, records })');
    if (!body) return undefined;
    issues.unknownKeys(body, ['protocol', 'sentAt', 'records'], '');
    if (body['protocol'] !== 1) issues.add('protocol', `must be 1, got ${describeValue(body['protocol'])}`);
    const sentAt = issues.timestamp(body['sentAt'], 'sentAt');
    const list = body['records'];
    if (!Array.isArray(list)) return issues.add('records', `must be an array, got ${describeValue(list)}`);
    if (list.length === 0 || list.length > L.batchRecords) {
      return issues.add('records', `must hold 1 to ${L.batchRecords} records, got ${list.length}`);
    }
    const records = list.map((record, i) => readRecord(issues, record, join('records', i)));
    if (sentAt === undefined || records.some((r) => r === undefined)) return undefined;
    return { protocol: 1, sentAt, records: records as ResponseRecord[] };
  });
}

function run<T>(read: (issues: Issues) => T | undefined): ParseResult<T> {
  const issues = new IssueList(L.issues);
  let value: T | undefined;
  try {
    value = read(issues);
  } catch {
    // A getter or proxy in hostile input may throw; bad data must come back as an issue, not an exception.
    issues.add('', 'could not be read (not plain JSON data)');
    value = undefined;
  }
  const found = issues.finish();
  return value !== undefined && found.length === 0 ? { ok: true, value } : { ok: false, issues: found };
}

function readRecord(issues: Issues, input: unknown, path: string): ResponseRecord | undefined {
  const src = issues.object(input, path, 'a response record object');
  if (!src) return undefined;
  const before = issues.issues.length;
  const at = (key: string) => join(path, key);
  const str = (key: string, max: number, plain = true) => issues.string(src[key], at(key), max, { plain });
  const optional = <T>(key: string, read: () => T | undefined): T | undefined =>
    src[key] === undefined ? undefined : read();
  issues.unknownKeys(src, RECORD_KEYS, path);

  const id = str('id', 36);
  if (id !== undefined && !UUID.test(id))
    issues.add(at('id'), `must be a UUID (e.g. 0f8fad5b-d9cb-469f-a165-70867728950e), got ${describeValue(id)}`);
  const revision = src['revision'];
  if (!(typeof revision === 'number' && Number.isSafeInteger(revision) && revision >= 1)) {
    issues.add(at('revision'), `must be an integer of 1 or more, got ${describeValue(revision)}`);
  }
  const record: Partial<ResponseRecord> & Record<string, unknown> = {
    id,
    revision: revision as number,
    surveyId: str('surveyId', L.surveyId),
    status: issues.oneOf(src['status'], at('status'), STATUSES),
    anonymousId: str('anonymousId', L.id),
    locale: str('locale', L.locale),
    direction: issues.oneOf(src['direction'], at('direction'), ['ltr', 'rtl'] as const),
    orientation: issues.oneOf(src['orientation'], at('orientation'), ['left-to-right', 'right-to-left'] as const),
    sampleRate: src['sampleRate'] as number,
    shownAt: issues.timestamp(src['shownAt'], at('shownAt')),
    updatedAt: issues.timestamp(src['updatedAt'], at('updatedAt')),
  };
  if (record.locale !== undefined && !LOCALE.test(record.locale)) {
    issues.add(
      at('locale'),
      `must be a BCP 47 language tag (e.g. en, pt-BR, fa-IR), got ${describeValue(record.locale)}`,
    );
  }
  const rate = src['sampleRate'];
  if (!(typeof rate === 'number' && rate > 0 && rate <= 1)) {
    issues.add(at('sampleRate'), `must be a number greater than 0 and at most 1, got ${describeValue(rate)}`);
  }
  for (const key of ['answeredAt', 'completedAt', 'dismissedAt'] as const) {
    record[key] = optional(key, () => issues.timestamp(src[key], at(key)));
  }
  record.comment = optional('comment', () => str('comment', L.comment, false));
  record.userId = optional('userId', () => str('userId', L.id));
  // An empty trigger says nothing but is harmless; rejecting it would lose the answer.
  record.trigger = optional('trigger', () =>
    issues.string(src['trigger'], at('trigger'), L.trigger, { min: 0, plain: true }),
  );
  record.preview = optional('preview', () => issues.boolean(src['preview'], at('preview')));
  record.reasons = optional('reasons', () => readReasons(issues, src['reasons'], at('reasons')));
  record.contact = optional('contact', () => readContact(issues, src['contact'], at('contact')));
  record.page = optional('page', () => readPage(issues, src['page'], at('page')));
  record.attributes = optional('attributes', () => readAttributes(issues, src['attributes'], at('attributes')));
  record.sdk = readSdk(issues, src['sdk'], at('sdk'));
  readAnswer(issues, src, record, path);

  if (issues.issues.length !== before) return undefined;
  // Drop absent optional fields so the value is exactly what a client would have sent.
  for (const key of Object.keys(record)) if (record[key] === undefined) delete record[key];
  return record as ResponseRecord;
}

/** Score, category and the timestamps each status implies must agree with one another. */
function readAnswer(issues: Issues, src: Record<string, unknown>, record: Partial<ResponseRecord>, path: string): void {
  const at = (key: string) => join(path, key);
  const score = src['score'];
  if (score !== undefined) {
    if (isScore(score)) record.score = score;
    else issues.add(at('score'), `must be an integer from 0 to 10, got ${describeValue(score)}`);
  }
  const category = src['category'];
  if (record.score !== undefined) {
    const expected = classify(record.score);
    if (category !== expected)
      issues.add(at('category'), `must be "${expected}" for score ${record.score}, got ${describeValue(category)}`);
    else record.category = expected;
  } else if (category !== undefined && score === undefined) {
    issues.add(at('category'), 'must be absent when there is no score');
  }
  const { status } = record;
  if ((status === 'answered' || status === 'completed') && score === undefined) {
    issues.add(at('score'), `is required when status is "${status}"`);
  }
  if (status === 'shown' && score !== undefined) issues.add(at('score'), 'must be absent when status is "shown"');
  const needs: Partial<Record<ResponseStatus, readonly ('answeredAt' | 'completedAt' | 'dismissedAt')[]>> = {
    answered: ['answeredAt'],
    completed: ['answeredAt', 'completedAt'],
    dismissed: ['dismissedAt'],
  };
  for (const key of (status && needs[status]) || []) {
    if (src[key] === undefined) issues.add(at(key), `is required when status is "${status}"`);
  }
}

function readReasons(issues: Issues, value: unknown, path: string): string[] | undefined {
  if (!Array.isArray(value)) return issues.add(path, `must be an array of strings, got ${describeValue(value)}`);
  if (value.length > L.reasons) return issues.add(path, `must hold at most ${L.reasons} tags, got ${value.length}`);
  const tags = value.map((tag, i) => issues.string(tag, join(path, i), L.reason, { plain: true }));
  return tags.every((t) => t !== undefined) ? (tags as string[]) : undefined;
}

function readContact(issues: Issues, value: unknown, path: string): ContactConsent | undefined {
  const src = issues.object(value, path);
  if (!src) return undefined;
  issues.unknownKeys(src, ['consent', 'email'], path);
  const contact: ContactConsent = { consent: issues.boolean(src['consent'], join(path, 'consent')) as boolean };
  if (src['email'] !== undefined) {
    const email = issues.string(src['email'], join(path, 'email'), L.email, { plain: true });
    if (email !== undefined && !EMAIL.test(email))
      issues.add(join(path, 'email'), `must be an e-mail address, got ${describeValue(email)}`);
    else contact.email = email;
  }
  return contact;
}

function readPage(issues: Issues, value: unknown, path: string): ResponseRecord['page'] {
  const src = issues.object(value, path);
  if (!src) return undefined;
  issues.unknownKeys(src, ['url', 'title', 'referrer'], path);
  const page: NonNullable<ResponseRecord['page']> = {
    url: issues.string(src['url'], join(path, 'url'), L.url, { plain: true }) as string,
  };
  if (src['title'] !== undefined) page.title = issues.string(src['title'], join(path, 'title'), L.title, { min: 0 });
  if (src['referrer'] !== undefined)
    page.referrer = issues.string(src['referrer'], join(path, 'referrer'), L.url, { min: 0, plain: true });
  return page;
}

function readAttributes(issues: Issues, value: unknown, path: string): Record<string, AttributeValue> | undefined {
  const src = issues.object(value, path);
  if (!src) return undefined;
  const keys = Object.keys(src);
  if (keys.length > L.attributes)
    return issues.add(path, `must hold at most ${L.attributes} attributes, got ${keys.length}`);
  const out: Record<string, AttributeValue> = {};
  for (const key of keys) {
    const p = join(path, key);
    if (key.length > L.attributeKey)
      issues.add(p, `attribute names must be at most ${L.attributeKey} characters, got ${key.length}`);
    const v = src[key];
    if (typeof v === 'string') issues.string(v, p, L.attributeValue, { min: 0 });
    else if (!(typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v)))) {
      issues.add(p, `must be a string, a finite number or a boolean, got ${describeValue(v)}`);
    }
    out[key] = v as AttributeValue;
  }
  return out;
}

function readSdk(issues: Issues, value: unknown, path: string): ResponseRecord['sdk'] | undefined {
  const src = issues.object(value, path, 'an object ({ name, version })');
  if (!src) return undefined;
  issues.unknownKeys(src, ['name', 'version'], path);
  const name = issues.string(src['name'], join(path, 'name'), L.sdk, { plain: true });
  const version = issues.string(src['version'], join(path, 'version'), L.sdk, { plain: true });
  return { name: name as string, version: version as string };
}
