import { fireEvent } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSurvey } from './survey';
import { fakeCollector } from './testing/fake-collector';
import { showSurvey } from './testing/render-survey';

afterEach(() => vi.restoreAllMocks());

describe('createSurvey: events and errors', () => {
  it('emits shown with the record and delivered only for its own records', async () => {
    const fake = fakeCollector();
    const survey = createSurvey({ surveyId: 'nps', collector: fake.collector, locale: 'en' });
    const shown = new Promise<string>((resolve) => survey.on('shown', (r) => resolve(r.status)));
    const delivered: string[][] = [];
    survey.on('delivered', (records) => delivered.push(records.map((r) => r.id)));
    survey.show();
    expect(await shown).toBe('shown');
    const mine = fake.sent[0]!;
    fake.deliver([{ ...mine, id: 'someone-else' }, mine]);
    fake.deliver([{ ...mine, id: 'another' }]);
    expect(delivered).toEqual([[mine.id]]);
  });

  it('a throwing listener is reported on error and does not reach the page or the console', async () => {
    const consoleSpy = vi.spyOn(console, 'error');
    const { survey, view, errors, fake } = await showSurvey();
    survey.on('score', () => {
      throw new Error('listener bug');
    });
    const after: number[] = [];
    survey.on('score', (r) => after.push(r.score!));
    fireEvent.click(view.getByRole('radio', { name: '5' }));
    expect(errors.map((e) => e.message)).toEqual(['listener bug']);
    expect(after).toEqual([5]);
    expect(fake.last()).toMatchObject({ score: 5 });
    expect(consoleSpy).not.toHaveBeenCalled();
  });

  it('a collector that throws is reported, and the survey goes on', async () => {
    const onError = vi.fn();
    const { view, errors, fake } = await showSurvey({ onError });
    fake.collector.send = () => {
      throw new Error('quota exceeded');
    };
    fireEvent.click(view.getByRole('radio', { name: '9' }));
    expect(errors.map((e) => e.message)).toEqual(['quota exceeded']);
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ message: 'quota exceeded' }));
    expect(view.getByText('What do you like most about us?')).toBeTruthy();
  });

  it('methods never throw: show() after destroy() and bad show options are reported', async () => {
    const { survey, errors, fake } = await showSurvey();
    expect(() => survey.show({ trigger: 42 as unknown as string })).not.toThrow();
    survey.destroy();
    expect(fake.listenerCount()).toBe(0);
    expect(() => survey.show()).not.toThrow();
    expect(errors.map((e) => e.message)).toEqual(['show(options): trigger must be a non-empty string, got 42']);
    expect(document.querySelector('npskit-survey')).toBeNull();
  });

  it('reports through onError after destroy too', async () => {
    const onError = vi.fn();
    const survey = createSurvey({ surveyId: 'nps', collector: fakeCollector().collector, onError });
    survey.destroy();
    survey.show();
    expect(onError).toHaveBeenCalledWith(
      expect.objectContaining({ message: 'npskit: show() was called after destroy()' }),
    );
  });

  it('createSurvey throws for invalid options, naming the option', () => {
    expect(() =>
      createSurvey({ surveyId: 'nps', collector: fakeCollector().collector, position: 'top' as 'bar' }),
    ).toThrow(/position must be one of/);
  });

  it('show options set the trigger of that display', async () => {
    const fake = fakeCollector();
    const survey = createSurvey({ surveyId: 'nps', collector: fake.collector, locale: 'en', trigger: 'delay' });
    const shown = new Promise<void>((resolve) => survey.on('shown', () => resolve()));
    survey.show({ trigger: 'event:checkout' });
    await shown;
    expect(fake.last()?.trigger).toBe('event:checkout');
  });

  it('hide() during locale loading cancels the display', async () => {
    const fake = fakeCollector();
    const survey = createSurvey({ surveyId: 'nps', collector: fake.collector, locale: 'fa' });
    survey.show();
    survey.hide();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(document.querySelector('npskit-survey')).toBeNull();
    expect(fake.sent).toHaveLength(0);
  });

  it('debug mode reports unknown options on the console; silent otherwise', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const options = { surveyId: 'nps', collector: fakeCollector().collector, colour: 'red' };
    createSurvey(options as never);
    expect(warn).not.toHaveBeenCalled();
    createSurvey({ ...options, debug: true } as never);
    expect(warn).toHaveBeenCalledWith('[npskit]', 'unknown option "colour" is ignored');
  });

  it('stamps records with page, sample rate, attributes and the sdk version', async () => {
    const { fake } = await showSurvey({ sampleRate: 0.25, attributes: { plan: 'pro', seats: 3 }, preview: true });
    expect(fake.last()).toMatchObject({
      sampleRate: 0.25,
      attributes: { plan: 'pro', seats: 3 },
      preview: true,
      page: { url: `${location.origin}${location.pathname}` },
      sdk: { name: '@npskit/widget', version: '0.1.0' },
    });
  });
});

describe('createSurvey: failures at the edge', () => {
  it('without constructable stylesheets and without a nonce, reports an error and shows nothing', async () => {
    vi.stubGlobal('CSSStyleSheet', undefined);
    try {
      const fake = fakeCollector();
      const onError = vi.fn();
      const survey = createSurvey({ surveyId: 'nps', collector: fake.collector, locale: 'en', onError });
      survey.show();
      await vi.waitFor(() => expect(onError).toHaveBeenCalled());
      expect(onError.mock.calls[0]![0].message).toMatch(/constructable stylesheets; pass the page's CSP `nonce`/);
      expect(document.querySelector('npskit-survey')).toBeNull();
      expect(fake.sent).toHaveLength(0);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
