import { describe, expect, it } from 'vitest';
import { fakeCollector } from './testing/fake-collector';
import { validateOptions } from './validate-options';
import { buildView, loadDisplayLocale } from './view';

const resolve = (extra: Record<string, unknown>) =>
  validateOptions({ surveyId: 's', collector: fakeCollector().collector, ...extra }).options;

const fail = (error: unknown) => {
  throw error;
};

describe('loadDisplayLocale', () => {
  it('negotiates a language the site adds through messages, its override on top of English', async () => {
    const options = resolve({ locale: ['sw-KE', 'fr'], messages: { sw: { lowLabel: 'Haiwezekani kabisa' } } });
    const display = await loadDisplayLocale(options, fail);
    expect(display.locale).toBe('sw');
    expect(display.direction).toBe('ltr');
    expect(display.messages.lowLabel).toBe('Haiwezekani kabisa');
    expect(display.messages.highLabel).toBe('Extremely likely');
  });

  it('still prefers a built-in language the visitor ranks higher than the added one', async () => {
    const options = resolve({ locale: ['fr', 'sw'], messages: { sw: { lowLabel: 'Haiwezekani kabisa' } } });
    expect((await loadDisplayLocale(options, fail)).locale).toBe('fr');
  });

  it('layers a regional override on the language one and on the built-in messages', async () => {
    const options = resolve({
      locale: 'pt-BR',
      messages: { 'pt-BR': { highLabel: 'Com certeza' }, pt: { lowLabel: 'Nada provável' } },
    });
    const display = await loadDisplayLocale(options, fail);
    expect(display.messages.highLabel).toBe('Com certeza');
    expect(display.messages.lowLabel).toBe('Nada provável');
    expect(display.messages.submit).not.toBe('Send');
  });
});

describe('buildView', () => {
  it('isolates the product name in a right-to-left question, so Latin text cannot reorder its punctuation', async () => {
    const options = resolve({ locale: 'fa', product: 'Acme Inc.' });
    const view = buildView(options, await loadDisplayLocale(options, fail));
    expect(view.question).toContain('\u2068Acme Inc.\u2069');
  });

  it('leaves a left-to-right question without bidi marks', async () => {
    const options = resolve({ locale: 'en', product: 'Acme' });
    const view = buildView(options, await loadDisplayLocale(options, fail));
    expect(view.question).toBe('How likely are you to recommend Acme to a friend or colleague?');
  });
});
