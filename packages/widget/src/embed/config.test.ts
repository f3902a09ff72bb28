import { afterEach, describe, expect, it } from 'vitest';
import { parseConfig } from './config';

const ok = (input: Record<string, unknown>, fromAttributes: string[] = []) => {
  const { config, errors } = parseConfig(input, fromAttributes);
  return { config: config!, messages: errors.map((e) => e.message) };
};

describe('parseConfig', () => {
  afterEach(() => {
    for (const key of ['endpoint', 'sampleRate', 'debug', 'polluted']) {
      delete (Object.prototype as Record<string, unknown>)[key];
    }
  });

  it('applies defaults and resolves a page-relative endpoint to an absolute URL', () => {
    const { config, messages } = ok({ endpoint: '/api/nps' });
    expect(messages).toEqual([]);
    expect(config.endpoint).toBe(new URL('/api/nps', location.href).href);
    expect(config.surveyId).toBe('nps');
    expect(config.sampleRate).toBe(1);
    expect(config.graceMs).toBe(2000);
  });

  it('converts attribute strings and names errors after the attribute the site wrote', () => {
    const input = {
      endpoint: 'https://example.com/nps',
      sampleRate: '0.25',
      delay: '1500',
      debug: '',
      locale: 'pt-BR, en',
    };
    const { config } = ok(input, ['endpoint', 'sampleRate', 'delay', 'debug', 'locale']);
    expect(config.sampleRate).toBe(0.25);
    expect(config.trigger.delay).toBe(1500);
    expect(config.debug).toBe(true);
    expect(config.locale).toEqual(['pt-BR', 'en']);

    const bad = ok({ endpoint: 'https://e.com', sampleRate: 'lots' }, ['sampleRate']);
    expect(bad.messages).toEqual(['npskit: data-sample-rate must be a number from 0 to 1, got "lots"']);
    expect(bad.config.sampleRate).toBe(1);
    const fromInit = ok({ endpoint: 'https://e.com', sampleRate: 1.5 });
    expect(fromInit.messages).toEqual(['npskit: sampleRate must be a number from 0 to 1, got 1.5']);
  });

  it('refuses a config without a usable endpoint, and never throws on hostile input', () => {
    expect(parseConfig({}).config).toBeNull();
    expect(parseConfig({}).errors[0]?.message).toMatch(/endpoint is required/);
    for (const endpoint of ['javascript:alert(1)', 'data:text/html,x', 42, { href: 'https://e.com' }, '']) {
      const { config, errors } = parseConfig({ endpoint });
      expect(config).toBeNull();
      expect(errors[0]?.message).toMatch(/endpoint must be an http\(s\) URL/);
    }
    const hostile = {
      endpoint: 'https://e.com',
      get position() {
        throw new Error('getter attack');
      },
      theme: { toString: () => 'dark' },
      product: 'x'.repeat(10_000),
    };
    const { config, errors } = parseConfig(hostile);
    expect(config?.endpoint).toBe('https://e.com/');
    expect(config?.theme).toBeUndefined();
    expect(errors.map((e) => e.message)).toEqual([
      'getter attack',
      'npskit: theme must be one of light, dark, auto, got an object',
      expect.stringMatching(/^npskit: product must be a non-empty string of at most 200 characters, got "x{40}…"$/),
    ]);
    expect(parseConfig(null).errors[0]?.message).toBe('npskit: init options must be an object, got null');
    expect(parseConfig([1]).errors[0]?.message).toBe('npskit: init options must be an object, got an array');
  });

  it('reads own properties only: a polluted Object.prototype cannot set the endpoint or any option', () => {
    const proto = Object.prototype as Record<string, unknown>;
    proto['endpoint'] = 'https://attacker.example/steal';
    proto['sampleRate'] = 0;
    proto['debug'] = true;
    expect(parseConfig({}).config).toBeNull();
    const { config } = ok({ endpoint: 'https://example.com/nps' });
    expect(config.endpoint).toBe('https://example.com/nps');
    expect(config.sampleRate).toBe(1);
    expect(Object.getPrototypeOf(config)).toBeNull();
    expect(config.debug).toBeUndefined();
  });

  it('reports unknown options, but ignores other scripts’ data-* attributes', () => {
    const { messages } = ok({ endpoint: 'https://e.com', endpiont: 'typo', cfasync: 'false' }, ['cfasync']);
    expect(messages).toEqual(['npskit: option "endpiont" must be a known option (see docs/script-tag.md), got "typo"']);
  });

  it('copies pass-through survey options as plain data (no getters or functions survive)', () => {
    const { config } = ok({
      endpoint: 'https://e.com',
      reasons: { detractor: ['price'] },
      shareLinks: [{ label: 'Review', url: 'https://reviews.example', evil: () => 1 }],
    });
    expect(config.survey['reasons']).toEqual({ detractor: ['price'] });
    expect(config.survey['shareLinks']).toEqual([{ label: 'Review', url: 'https://reviews.example' }]);
  });

  it('validates attributes and recontact rules by own keys', () => {
    const { config, messages } = ok({
      endpoint: 'https://e.com',
      attributes: { plan: 'pro', seats: 12, trial: false, nested: { a: 1 } },
      recontact: { waitAfterAnswerDays: 30, waitAfterDismissalDays: [1, 2], sometimes: 3 },
    });
    expect(messages).toEqual([
      'npskit: attributes.nested must be a string, number or boolean, got an object',
      expect.stringMatching(/^npskit: recontact.sometimes must be one of waitAfterAnswerDays/),
    ]);
    expect(config.recontact).toBeUndefined();
  });
});
