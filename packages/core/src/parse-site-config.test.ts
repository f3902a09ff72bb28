import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSiteConfig, parseSiteConfigText, parseSurveyDefinition } from './parse-site-config';
import type { SiteConfig, SurveyDefinition } from './site-config';
import { SITE_CONFIG_LIMITS } from './site-config-limits';

const EXAMPLE = readFileSync(new URL('../../../docs/site-config.example.json', import.meta.url), 'utf8');
const survey = (extra: Record<string, unknown> = {}) => ({ id: 'website-nps', status: 'running', ...extra });
const site = (...surveys: unknown[]) => ({ version: '1.0', surveys });
/** The issues of a site with one survey holding `extra`, as `path: message` lines. */
const problems = (extra: Record<string, unknown>) => {
  const result = parseSiteConfig(site(survey(extra)));
  return result.ok ? [] : result.issues.map((i) => `${i.path}: ${i.message}`);
};

describe('parseSiteConfig: a valid configuration', () => {
  it('accepts the documented example and returns it unchanged', () => {
    const result = parseSiteConfigText(EXAMPLE);
    expect(result.ok ? [] : result.issues).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.ok && result.value).toEqual(JSON.parse(EXAMPLE));
    expect(result.usable).toEqual(JSON.parse(EXAMPLE));
  });

  it('returns a fresh value holding only the known fields', () => {
    const input = site(survey({ sampleRate: 0.5 }));
    const result = parseSiteConfig(input);
    expect(result.ok).toBe(true);
    const value = (result as { value: SiteConfig }).value;
    expect(value).not.toBe(input);
    expect(value.surveys[0]).not.toBe(input.surveys[0]);
    expect(value).toEqual({ version: '1.0', surveys: [{ id: 'website-nps', status: 'running', sampleRate: 0.5 }] });
  });
});

describe('parseSiteConfig: problems have a precise path and a human message', () => {
  it('names the field, the value received and what is allowed', () => {
    expect(problems({ sampleRate: 5 })).toEqual([
      'surveys[0].sampleRate: must be a number from 0.0001 to 1 (or 0 to ask nobody), got 5',
    ]);
    expect(problems({ sampleRate: 1e-300, priority: 1.5, status: 'live' })).toEqual([
      'surveys[0].status: must be one of "draft", "running", "paused", "stopped", got "live"',
      'surveys[0].priority: must be a whole number, got 1.5',
      'surveys[0].sampleRate: must be a number from 0.0001 to 1 (or 0 to ask nobody), got 1e-300',
    ]);
    expect(problems({ startsAt: '2026-03-01T00:00:00Z', endsAt: '2026-02-01T00:00:00Z' })).toEqual([
      'surveys[0].endsAt: must be after startsAt',
    ]);
    expect(problems({ position: 'inline' })).toEqual([
      'surveys[0].container: is required when position is "inline": the CSS selector of the element to render into',
    ]);
  });

  it('hints at the key that was meant', () => {
    expect(problems({ sampelRate: 0.1 })).toEqual([
      'surveys[0].sampelRate: unknown property (did you mean "sampleRate"?)',
    ]);
    expect(problems({ messages: { en: { questoin: 'Would you recommend us?' } } })).toEqual([
      'surveys[0].messages.en.questoin: is not a text of the survey (did you mean "question"?)',
    ]);
    expect(problems({ reasons: { detractors: ['price'] } })).toEqual([
      'surveys[0].reasons.detractors: is not a category: use promoter, passive or detractor (did you mean "detractor"?)',
    ]);
  });

  it('checks texts: languages the survey runs in, known keys, groups, placeholders', () => {
    expect(
      problems({
        locales: ['en', 'fa'],
        messages: {
          de: { question: 'Würden Sie {product} empfehlen?' },
          en: { question: 'Would you recommend {prodcut}?', followUp: { fan: 'Why?' }, thanks: 'Thanks' },
          fa: { charactersLeft: { one: '{count} نویسه' }, submit: '  ' },
        },
      }),
    ).toEqual([
      'surveys[0].messages.de: the survey does not run in de: add it to locales (en, fa) or remove these texts',
      'surveys[0].messages.en.question: uses {prodcut}, which is never filled in: this text may use {product}',
      'surveys[0].messages.en.followUp.fan: is not one of promoter, passive, detractor',
      'surveys[0].messages.en.thanks: must be an object of texts by promoter, passive and detractor, got "Thanks"',
      'surveys[0].messages.fa.charactersLeft.other: is required when plural forms are overridden',
      'surveys[0].messages.fa.submit: must not be blank (leave the key out to keep the built-in text)',
    ]);
    expect(problems({ locales: ['en', 'EN', 'en_US'] })).toEqual([
      'surveys[0].locales[2]: must be a language tag such as en, pt-BR or zh-Hant, got "en_US"',
      'surveys[0].locales[1]: duplicates surveys[0].locales[0] (en)',
    ]);
  });

  it('refuses links that are not http(s), saying why', () => {
    expect(
      problems({
        shareLinks: [
          { label: 'Review', url: 'javascript:alert(document.cookie)' },
          { label: 'Mail', url: 'mailto:team@example.com' },
          { label: 'Relative', url: '/reviews' },
          { label: 'Fine', url: 'https://reviews.example/acme?ref=nps' },
        ],
      }),
    ).toEqual([
      'surveys[0].shareLinks[0].url: must be an absolute http(s) URL (https://…); javascript: links are refused, got "javascript:alert(document.cookie)"',
      'surveys[0].shareLinks[1].url: must be an absolute http(s) URL (https://…); mailto: links are refused, got "mailto:team@example.com"',
      'surveys[0].shareLinks[2].url: must be an absolute http(s) URL (https://…), got "/reviews"',
    ]);
  });

  it('checks triggers, audiences and recontact rules field by field', () => {
    expect(
      problems({
        trigger: {
          event: ['order_completed', { name: 'x', properties: { total: {} } }],
          url: ['/a/*', { regex: '(' }],
          scrollDepth: 0,
        },
        audience: [
          { type: 'attribute', key: 'plan', op: 'equals' },
          { type: 'attribute', key: '__proto__', op: 'exists' },
          { type: 'country', op: 'oneOf', value: ['TR'] },
          { type: 'accountAge', op: 'gte', value: -1 },
          { type: 'locale', op: 'oneOf', value: [] },
        ],
        recontact: { waitAfterAnswerDays: 1e9, globalCooldownDays: 7, stopAfterDismissals: 0 },
      }),
    ).toEqual([
      'surveys[0].trigger.event[1].properties.total: must be a string, a finite number or true/false, got an object',
      'surveys[0].trigger.url[1]: regex is not a valid regular expression: "("',
      'surveys[0].trigger.scrollDepth: must be a number from 1 to 100, got 0',
      'surveys[0].audience[0].value: is required for "equals"',
      'surveys[0].audience[1].key: "__proto__" cannot be an attribute name',
      'surveys[0].audience[2].type: must be one of "attribute", "locale", "url", "accountAge", got "country"',
      'surveys[0].audience[3].value: must be a number from 0 to 36500, got -1',
      'surveys[0].audience[4].value: must not be empty',
      'surveys[0].recontact.waitAfterAnswerDays: must be a number from 0 to 3650, got 1000000000',
      'surveys[0].recontact.globalCooldownDays: is shared by every survey of the site: set rules.globalCooldownDays in the site configuration',
      'surveys[0].recontact.stopAfterDismissals: must be an integer from 1 to 1000, got 0',
    ]);
  });

  it('refuses duplicate survey ids and ids that cannot appear in a URL', () => {
    const result = parseSiteConfig(site(survey(), survey({ status: 'paused' }), survey({ id: '../admin' })));
    expect(result.ok ? [] : result.issues).toEqual([
      {
        path: 'surveys[2].id',
        message: 'must be letters, digits, ".", "_" or "-", starting with a letter or digit, got "../admin"',
      },
      { path: 'surveys[1].id', message: 'duplicates surveys[0].id "website-nps": survey ids must be unique' },
    ]);
  });
});

describe('parseSiteConfig: hostile input', () => {
  it('refuses prototype keys at any depth, and never throws', () => {
    const hostile = JSON.parse(
      '{"version":"1.0","surveys":[{"id":"a","status":"running","__proto__":{"sampleRate":0}},{"id":"b","status":"running","messages":{"en":{"constructor":"x"}}}],"rules":{"prototype":1}}',
    );
    const result = parseSiteConfig(hostile);
    expect(result.ok ? [] : result.issues.map((i) => i.path)).toEqual([
      'rules.prototype',
      'surveys[0].__proto__',
      'surveys[1].messages.en.constructor',
    ]);
    expect(result.usable).toBeUndefined();
  });

  it('turns a throwing getter into an issue', () => {
    const input = site(survey());
    Object.defineProperty(input.surveys[0], 'product', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    expect(() => parseSiteConfig(input)).not.toThrow();
    expect(parseSiteConfig(input)).toMatchObject({
      ok: false,
      issues: [{ path: '', message: 'could not be read (not plain JSON data)' }],
    });
  });

  it('reads own properties only: a polluted Object.prototype adds nothing', () => {
    const proto = Object.prototype as Record<string, unknown>;
    proto['sampleRate'] = 1;
    proto['endpoint'] = 'https://attacker.example/steal';
    try {
      const result = parseSiteConfig(site(survey()));
      expect(result.ok && result.value).toEqual({
        version: '1.0',
        surveys: [{ id: 'website-nps', status: 'running' }],
      });
    } finally {
      delete proto['sampleRate'];
      delete proto['endpoint'];
    }
  });

  it('refuses a file that is too large or not JSON, before parsing it', () => {
    const big = JSON.stringify({
      version: '1.0',
      surveys: [survey({ name: 'x'.repeat(SITE_CONFIG_LIMITS.maxBytes) })],
    });
    expect(parseSiteConfigText(big)).toMatchObject({
      ok: false,
      issues: [
        { path: '', message: expect.stringMatching(/^is \d+ characters; a site configuration may hold at most 65536/) },
      ],
    });
    expect(parseSiteConfigText('<html>502 Bad Gateway</html>')).toMatchObject({
      ok: false,
      issues: [{ path: '', message: expect.stringMatching(/^is not valid JSON/) }],
    });
    expect(parseSiteConfigText('null')).toMatchObject({
      ok: false,
      issues: [{ path: '', message: 'must be a site configuration object ({ version, surveys }), got null' }],
    });
  });

  it('caps the list of issues but still knows which surveys were broken', () => {
    const broken = Array.from({ length: 40 }, (_, i) => survey({ id: `s${i}`, a: 1, b: 2, c: 3, d: 4, e: 5, f: 6 }));
    const result = parseSiteConfig(site(...broken, survey({ id: 'fine' })));
    expect(result.ok).toBe(false);
    expect(result.ok ? 0 : result.issues.length).toBe(SITE_CONFIG_LIMITS.issues + 1);
    expect(result.usable?.surveys.map((s) => s.id)).toEqual(['fine']);
  });
});

describe('parseSiteConfig: one broken survey does not cost the others', () => {
  it('keeps the valid surveys in `usable`, and nothing when the site-wide part is broken', () => {
    const result = parseSiteConfig(site(survey({ sampleRate: 2 }), survey({ id: 'post-purchase' })));
    expect(result.ok).toBe(false);
    expect(result.usable?.surveys.map((s) => s.id)).toEqual(['post-purchase']);
    const badRules = parseSiteConfig({ ...site(survey()), rules: { maxSurveysPerSession: 0 } });
    expect(badRules.usable).toBeUndefined();
  });
});

describe('parseSiteConfig: versions', () => {
  it('refuses another major format, saying what to do', () => {
    const result = parseSiteConfig({ version: '2.0', surveys: [] });
    expect(result.ok ? [] : result.issues).toEqual([
      {
        path: 'version',
        message:
          'is format 2.0; this npskit reads format 1.x only: update npskit.js (or publish the file in format 1.x)',
      },
    ]);
    expect(result.usable).toBeUndefined();
    expect(parseSiteConfig({ version: 1, surveys: [] })).toMatchObject({
      ok: false,
      issues: [{ path: 'version', message: 'must be a format version such as "1.0", got 1' }],
    });
  });

  it('reads a newer minor format, ignoring what it does not know, with warnings', () => {
    const result = parseSiteConfig({
      version: '1.4',
      surveys: [survey({ confetti: true, messages: { en: { sparkle: 'Yay' } }, trigger: { idle: 30 } })],
      analytics: { id: 'x' },
    });
    expect(result.ok ? [] : result.issues).toEqual([]);
    expect(result.warnings.map((w) => w.path)).toEqual([
      'analytics',
      'surveys[0].confetti',
      'surveys[0].messages.en.sparkle',
      'surveys[0].trigger.idle',
    ]);
    expect(result.ok && result.value.surveys[0]).toEqual({ ...survey(), messages: { en: {} }, trigger: {} });
  });
});

describe('parseSurveyDefinition', () => {
  it('validates one survey with paths relative to it (the editor form)', () => {
    const result = parseSurveyDefinition({ id: 'nps', status: 'running', sampleRate: -1 });
    expect(result).toEqual({
      ok: false,
      issues: [{ path: 'sampleRate', message: 'must be a number from 0.0001 to 1 (or 0 to ask nobody), got -1' }],
      warnings: [],
    });
    const fine: SurveyDefinition = { id: 'nps', status: 'draft', container: '#nps', position: 'bottom-left' };
    expect(parseSurveyDefinition(fine)).toEqual({
      ok: true,
      value: fine,
      warnings: [{ path: 'container', message: 'is only used when position is "inline"' }],
    });
  });
});
