import { describe, expect, it } from 'vitest';
import { DEFAULT_REASONS } from './options';
import { fakeCollector } from './testing/fake-collector';
import { validateOptions } from './validate-options';

const base = () => ({ surveyId: 'nps', collector: fakeCollector().collector });

describe('validateOptions', () => {
  it('applies the documented defaults', () => {
    const { options, warnings } = validateOptions(base());
    expect(options).toMatchObject({
      position: 'bottom-right',
      theme: 'auto',
      commentMaxLength: 500,
      mirrorRtl: true,
      latinDigits: false,
      askContact: false,
      sampleRate: 1,
      trigger: 'manual',
      preview: false,
      autoClose: 0,
      debug: false,
      shareLinks: [],
    });
    expect(options.reasons).toEqual(DEFAULT_REASONS);
    expect(options.reasons.detractor).toEqual(['price', 'quality', 'support', 'speed']);
    expect(warnings).toEqual([]);
  });

  it.each([
    [{ surveyId: undefined }, /surveyId is required/],
    [{ surveyId: '' }, /surveyId must be a non-empty string/],
    [{ collector: {} }, /collector is required: an object with send\(\) and on\(\)/],
    [{ position: 'top' }, /position must be one of 'bottom-right', 'bottom-left', 'bar', 'modal', 'inline', got "top"/],
    [{ position: 'inline' }, /container must be an Element when position is 'inline'/],
    [{ theme: 'blue' }, /theme must be one of 'light', 'dark', 'auto'/],
    [{ sampleRate: 1.5 }, /sampleRate must be a number from .* to 1, got 1.5/],
    [{ sampleRate: 0 }, /sampleRate must be a number/],
    [{ commentMaxLength: 0 }, /commentMaxLength must be a number from 1 to 5000, got 0/],
    [{ commentMaxLength: 10.5 }, /commentMaxLength must be an integer/],
    [{ locale: 42 }, /locale must be a language tag/],
    [{ locale: ['en', '<img>'] }, /locale must be a language tag/],
    [{ reasons: { fan: ['x'] } }, /reasons.fan is not a category/],
    [{ reasons: { detractor: 'price' } }, /reasons.detractor must be a list of tags/],
    [{ shareLinks: [{ label: 'x' }] }, /shareLinks\[0\] must be \{ label: string, url: string \}/],
    [{ messages: { en: { question: 5 } } }, /messages.en.question must be a string/],
    [{ attributes: { plan: { nested: true } } }, /attributes.plan must be a string, finite number or boolean/],
    [{ mirrorRtl: 'no' }, /mirrorRtl must be true or false, got "no"/],
    [{ onError: 'log' }, /onError must be a function/],
    [{ autoClose: -1 }, /autoClose must be a number from 0 to 600/],
  ])('rejects %j with an error naming the option', (patch, message) => {
    expect(() => validateOptions({ ...base(), ...patch })).toThrow(message);
  });

  it('rejects a missing options object', () => {
    expect(() => validateOptions(undefined)).toThrow(/createSurvey needs an options object, got undefined/);
  });

  it('reports unknown options as warnings (shown in debug mode) instead of failing', () => {
    const { warnings } = validateOptions({ ...base(), postion: 'modal' });
    expect(warnings).toEqual(['unknown option "postion" is ignored']);
  });

  it('reads own properties only, so a polluted prototype cannot inject options', () => {
    const polluted = Object.create({ position: 'modal', sampleRate: 0.01 }) as Record<string, unknown>;
    Object.assign(polluted, base());
    const { options } = validateOptions(polluted);
    expect(options.position).toBe('bottom-right');
    expect(options.sampleRate).toBe(1);
  });

  it('refuses prototype keys in nested configuration parsed from JSON', () => {
    const attributes = JSON.parse('{"__proto__": {"admin": true}}');
    expect(() => validateOptions({ ...base(), attributes })).toThrow(/attributes.__proto__ is not allowed/);
  });

  it('keeps only http(s) share links and warns about the others', () => {
    const { options, warnings } = validateOptions({
      ...base(),
      shareLinks: [
        { label: 'Review', url: 'https://reviews.example/acme' },
        { label: 'Evil', url: 'javascript:alert(1)' },
        { label: 'Data', url: 'data:text/html,<script>alert(1)</script>' },
        { label: 'Relative', url: '/review' },
      ],
    });
    expect(options.shareLinks).toEqual([{ label: 'Review', url: 'https://reviews.example/acme' }]);
    expect(warnings).toHaveLength(3);
    expect(warnings[0]).toMatch(/shareLinks\[1\].url "javascript:alert\(1\)" is not an absolute http\(s\) URL/);
  });

  it('takes custom reason tags per category and keeps the defaults for the others', () => {
    const { options } = validateOptions({ ...base(), reasons: { detractor: ['onboarding', 'price'], promoter: [] } });
    expect(options.reasons.detractor).toEqual(['onboarding', 'price']);
    expect(options.reasons.promoter).toEqual([]);
    expect(options.reasons.passive).toEqual(DEFAULT_REASONS.passive);
  });
});
