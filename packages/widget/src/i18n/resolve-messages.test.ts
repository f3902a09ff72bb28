import { describe, expect, it } from 'vitest';
import { en } from './en';
import type { Messages } from './messages';
import { type DeepPartial, resolveMessages } from './resolve-messages';

// Overrides come from site configuration (JSON, data-* attributes), so the tests feed untyped input.
const untrusted = (value: unknown) => value as DeepPartial<Messages>;

describe('resolveMessages', () => {
  it('returns the base messages unchanged without an override', () => {
    expect(resolveMessages(en)).toEqual(en);
    expect(resolveMessages(en, {})).toEqual(en);
  });

  it('overrides single keys and merges nested groups key by key', () => {
    const resolved = resolveMessages(en, {
      question: 'Would you recommend {product}?',
      followUp: { detractor: 'What went wrong?' },
      thanks: { promoter: 'Cheers!' },
      reasons: { price: 'Cost', onboarding: 'Onboarding' },
      charactersLeft: { other: '{count} to go' },
    });
    expect(resolved.question).toBe('Would you recommend {product}?');
    expect(resolved.followUp).toEqual({ ...en.followUp, detractor: 'What went wrong?' });
    expect(resolved.thanks.passive).toBe(en.thanks.passive);
    expect(resolved.thanks.promoter).toBe('Cheers!');
    expect(resolved.reasons).toEqual({ ...en.reasons, price: 'Cost', onboarding: 'Onboarding' });
    expect(resolved.charactersLeft).toEqual({ one: '{count} character left', other: '{count} to go' });
    expect(resolved.lowLabel).toBe(en.lowLabel);
  });

  it('does not change the base messages', () => {
    const before = structuredClone(en);
    resolveMessages(en, { reasons: { extra: 'Extra' }, thanks: { passive: 'x' } });
    expect(en).toEqual(before);
  });

  it('ignores non-string, empty and unknown values', () => {
    const resolved = resolveMessages(
      en,
      untrusted({
        question: 42,
        lowLabel: '   ',
        highLabel: ['a'],
        followUp: 'not an object',
        thanks: { promoter: null, unknownCategory: 'x' },
        charactersLeft: { few: '{count} few', bogus: 'x', other: { nested: true } },
        notAKey: 'x',
        reasons: { speed: 7 },
      }),
    );
    expect(resolved.question).toBe(en.question);
    expect(resolved.lowLabel).toBe(en.lowLabel);
    expect(resolved.highLabel).toBe(en.highLabel);
    expect(resolved.followUp).toEqual(en.followUp);
    expect(resolved.thanks).toEqual(en.thanks);
    expect(resolved.charactersLeft).toEqual({ ...en.charactersLeft, few: '{count} few' });
    expect(resolved.reasons.speed).toBe(en.reasons.speed);
    expect(Object.keys(resolved).sort()).toEqual(Object.keys(en).sort());
  });

  it('ignores __proto__, constructor and inherited properties from hostile config', () => {
    const hostile = JSON.parse(
      '{"__proto__": {"question": "pwned", "polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}},' +
        '"reasons": {"__proto__": {"polluted": "yes"}, "constructor": "pwned", "ok": "Fine"},' +
        '"thanks": {"__proto__": {"promoter": "pwned"}}}',
    );
    const resolved = resolveMessages(en, hostile);
    expect(resolved.question).toBe(en.question);
    expect(resolved.thanks).toEqual(en.thanks);
    expect(Object.hasOwn(resolved.reasons, 'constructor')).toBe(false);
    expect(resolved.reasons['ok']).toBe('Fine');
    expect(Object.getPrototypeOf(resolved.reasons)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();

    const inherited = Object.create({ question: 'inherited' }) as DeepPartial<Messages>;
    expect(resolveMessages(en, inherited).question).toBe(en.question);
  });

  it('ignores an override that is not an object', () => {
    expect(resolveMessages(en, untrusted('question'))).toEqual(en);
    expect(resolveMessages(en, untrusted(null))).toEqual(en);
    expect(resolveMessages(en, untrusted(['x']))).toEqual(en);
  });
});
