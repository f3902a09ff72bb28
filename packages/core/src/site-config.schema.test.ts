import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { MESSAGE_KEYS } from './message-keys';
import { parseSiteConfig } from './parse-site-config';

// The JSON Schema published in docs/ must agree with the types and the validator: every case below is judged by
// both, and they must give the same verdict, except where the schema says it cannot follow (last group).
const schema = JSON.parse(readFileSync(new URL('../../../docs/site-config.schema.json', import.meta.url), 'utf8'));
const example = JSON.parse(readFileSync(new URL('../../../docs/site-config.example.json', import.meta.url), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, strictTypes: false });
const validate = ajv.compile(schema);

const survey = (extra: Record<string, unknown> = {}) => ({ id: 'website-nps', status: 'running', ...extra });
const site = (...surveys: unknown[]) => ({ version: '1.0', surveys });
const one = (extra: Record<string, unknown>) => site(survey(extra));

const agreeing: [string, unknown, boolean][] = [
  ['the documented example', example, true],
  ['an empty site', site(), true],
  ['a minimal survey', one({}), true],
  ['a newer minor version', { version: '1.3', surveys: [] }, true],
  ['another major version', { version: '2.0', surveys: [] }, false],
  ['a numeric version', { version: 1, surveys: [] }, false],
  ['no surveys list', { version: '1.0' }, false],
  ['an unknown site property', { ...site(), analytics: true }, false],
  ['a ttl below the floor', { ...site(), ttl: 5 }, false],
  ['a javascript: endpoint', { ...site(), endpoint: 'javascript:alert(1)' }, false],
  [
    'a cooldown of 30 days and 2 per session',
    { ...site(), rules: { globalCooldownDays: 30, maxSurveysPerSession: 2 } },
    true,
  ],
  ['a per-session cap of 0', { ...site(), rules: { maxSurveysPerSession: 0 } }, false],
  ['an unknown status', one({ status: 'live' }), false],
  ['an id with a slash', one({ id: 'a/b' }), false],
  ['a sample rate of 0', one({ sampleRate: 0 }), true],
  ['a sample rate of 5', one({ sampleRate: 5 }), false],
  ['a sample rate of 1e-300', one({ sampleRate: 1e-300 }), false],
  ['a fractional priority', one({ priority: 1.5 }), false],
  ['a schedule', one({ startsAt: '2026-03-01T00:00:00Z', endsAt: '2026-04-01T00:00:00+02:00' }), true],
  ['a date without a time zone', one({ startsAt: '2026-03-01T00:00:00' }), false],
  [
    'texts in two languages',
    one({
      locales: ['en', 'fa'],
      messages: { en: { question: 'Recommend {product}?' }, fa: { followUp: { detractor: 'چرا؟' } } },
    }),
    true,
  ],
  ['an unknown text key', one({ messages: { en: { questoin: 'x' } } }), false],
  ['a blank text', one({ messages: { en: { submit: '   ' } } }), false],
  ['a text that is an object', one({ messages: { en: { submit: { a: 'b' } } } }), false],
  ['an unknown category', one({ messages: { en: { thanks: { fan: 'x' } } } }), false],
  ['plural forms without other', one({ messages: { pl: { charactersLeft: { one: 'x', few: 'y' } } } }), false],
  ['plural forms with other', one({ messages: { pl: { charactersLeft: { one: 'x', other: 'y' } } } }), true],
  [
    'labels of custom reason tags',
    one({ reasons: { detractor: ['delivery'] }, messages: { en: { reasons: { delivery: 'Delivery' } } } }),
    true,
  ],
  ['a reason tag with a space', one({ reasons: { detractor: ['late delivery'] } }), false],
  ['a language tag with an underscore', one({ locales: ['en_US'] }), false],
  ['an https share link', one({ shareLinks: [{ label: 'Review', url: 'https://reviews.example/x' }] }), true],
  ['a javascript: share link', one({ shareLinks: [{ label: 'Review', url: 'javascript:alert(1)' }] }), false],
  ['a data: share link', one({ shareLinks: [{ label: 'Review', url: 'data:text/html,<b>x</b>' }] }), false],
  ['six share links', one({ shareLinks: Array(6).fill({ label: 'R', url: 'https://r.example' }) }), false],
  ['inline without container', one({ position: 'inline' }), false],
  ['inline with container', one({ position: 'inline', container: '#nps' }), true],
  [
    'a trigger of conditions',
    one({
      trigger: {
        event: [{ name: 'order_completed', properties: { plan: 'pro' } }],
        url: ['/checkout/*', { regex: 'done$' }],
        delay: 1500,
        scrollDepth: 50,
      },
    }),
    true,
  ],
  ['a trigger with an unknown condition', one({ trigger: { idle: 30 } }), false],
  ['a trigger word other than load and manual', one({ trigger: 'exit' }), false],
  ['a URL pattern with two kinds', one({ trigger: { url: { exact: '/a', prefix: '/b' } } }), false],
  [
    'every kind of audience condition',
    one({
      audience: [
        { type: 'attribute', key: 'plan', op: 'equals', value: 'pro' },
        { type: 'attribute', key: 'plan', op: 'notOneOf', value: ['free', 'trial'] },
        { type: 'attribute', key: 'seats', op: 'gte', value: 10 },
        { type: 'attribute', key: 'company', op: 'exists' },
        { type: 'locale', op: 'oneOf', value: ['de', 'pt-BR'] },
        { type: 'url', op: 'notMatches', value: { prefix: '/checkout' } },
        { type: 'accountAge', op: 'gte', value: 30 },
      ],
    }),
    true,
  ],
  [
    'an exists condition with a value',
    one({ audience: [{ type: 'attribute', key: 'plan', op: 'exists', value: 'x' }] }),
    false,
  ],
  [
    'a numeric comparison with a string',
    one({ audience: [{ type: 'attribute', key: 'seats', op: 'gt', value: '10' }] }),
    false,
  ],
  ['an unknown condition type', one({ audience: [{ type: 'country', op: 'oneOf', value: ['TR'] }] }), false],
  [
    'a prototype key as attribute name',
    one({ audience: [{ type: 'attribute', key: '__proto__', op: 'exists' }] }),
    false,
  ],
  [
    'recontact rules',
    one({ recontact: { waitAfterAnswerDays: 120, waitAfterDismissalDays: [14, 60], stopAfterDismissals: 3 } }),
    true,
  ],
  ['a per-survey global cooldown', one({ recontact: { globalCooldownDays: 7 } }), false],
  ['a wait of a million days', one({ recontact: { waitAfterAnswerDays: 1e6 } }), false],
  [
    'a __proto__ key in a survey',
    JSON.parse('{"version":"1.0","surveys":[{"id":"a","status":"running","__proto__":{}}]}'),
    false,
  ],
];

// What JSON Schema cannot express; parseSiteConfig refuses these, the schema lets them through.
const validatorOnly: [string, unknown][] = [
  ['a placeholder the widget never fills', one({ messages: { en: { question: 'Recommend {prodcut}?' } } })],
  ['texts for a language the survey does not run in', one({ locales: ['en'], messages: { de: { submit: 'Senden' } } })],
  ['two surveys with one id', site(survey(), survey())],
  ['a schedule that ends before it starts', one({ startsAt: '2026-03-01T00:00:00Z', endsAt: '2026-02-01T00:00:00Z' })],
  ['an invalid regular expression', one({ trigger: { url: { regex: '(' } } })],
];

describe('docs/site-config.schema.json', () => {
  for (const [name, input, valid] of agreeing) {
    it(`${valid ? 'accepts' : 'refuses'} ${name}, as parseSiteConfig does`, () => {
      expect(validate(input), JSON.stringify(validate.errors?.slice(0, 3))).toBe(valid);
      expect(parseSiteConfig(input).ok).toBe(valid);
    });
  }

  for (const [name, input] of validatorOnly) {
    it(`leaves ${name} to the validator`, () => {
      expect(validate(input)).toBe(true);
      expect(parseSiteConfig(input).ok).toBe(false);
    });
  }

  it('names exactly the message keys of MESSAGE_KEYS, of the same kinds', () => {
    const texts = schema.$defs.LocaleTexts.properties as Record<string, { $ref: string }>;
    expect(Object.keys(texts)).toEqual(Object.keys(MESSAGE_KEYS));
    for (const [key, spec] of Object.entries(MESSAGE_KEYS)) expect(texts[key]?.$ref, key).toBe(`#/$defs/${spec.kind}`);
  });
});
