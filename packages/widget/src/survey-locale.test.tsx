import { fireEvent, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { showSurvey } from './testing/render-survey';

const PERSIAN = ['۰', '۱', '۲', '۳', '۴', '۵', '۶', '۷', '۸', '۹', '۱۰'];

afterEach(() => vi.restoreAllMocks());

describe('createSurvey: languages and direction', () => {
  it('fa: dir=rtl, Persian digits, a mirrored row (0 on the right) stored as right-to-left', async () => {
    const { view, shadow, fake } = await showSurvey({ locale: 'fa' });
    const root = shadow.querySelector('.root')!;
    expect(root.getAttribute('dir')).toBe('rtl');
    expect(root.getAttribute('lang')).toBe('fa');
    const radios = view.getAllByRole('radio');
    expect(radios.map((r) => r.textContent)).toEqual(PERSIAN);
    // DOM order 0…10 in an rtl row puts 0 on the right.
    expect(view.getByRole('radiogroup').closest('[dir]')!.getAttribute('dir')).toBe('rtl');
    expect(fake.last()).toMatchObject({ locale: 'fa', direction: 'rtl', orientation: 'right-to-left' });
    radios[5]!.focus();
    fireEvent.keyDown(radios[5]!, { key: 'ArrowLeft' });
    expect(fake.last()).toMatchObject({ score: 6 });
  });

  it('fa with mirrorRtl: false keeps 0 on the left, and arrows follow that', async () => {
    const { view, shadow, fake } = await showSurvey({ locale: 'fa', mirrorRtl: false });
    expect(shadow.querySelector('.root')!.getAttribute('dir')).toBe('rtl');
    expect(view.getByRole('radiogroup').closest('[dir]')!.getAttribute('dir')).toBe('ltr');
    expect(fake.last()).toMatchObject({ direction: 'rtl', orientation: 'left-to-right' });
    const radios = view.getAllByRole('radio');
    radios[5]!.focus();
    fireEvent.keyDown(radios[5]!, { key: 'ArrowLeft' });
    expect(fake.last()).toMatchObject({ score: 4 });
  });

  it('latinDigits shows 0–10 in a Persian survey', async () => {
    const { view } = await showSurvey({ locale: 'fa', latinDigits: true });
    expect(view.getAllByRole('radio').map((r) => r.textContent)).toEqual([
      '0',
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
      '9',
      '10',
    ]);
  });

  it('negotiates from navigator.languages by lookup (pt-BR → pt) when no locale is given', async () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['xx-YY', 'pt-BR', 'en']);
    const { fake, shadow } = await showSurvey({ locale: undefined });
    expect(fake.last()?.locale).toBe('pt');
    expect(shadow.querySelector('.root')!.getAttribute('dir')).toBe('ltr');
  });

  it('falls back to English for an unknown locale', async () => {
    const { fake, view } = await showSurvey({ locale: 'xx' });
    expect(fake.last()?.locale).toBe('en');
    expect(view.getByText('How likely are you to recommend us to a friend or colleague?')).toBeTruthy();
  });

  it('applies message overrides for the negotiated locale and for the more specific tag asked for', async () => {
    const { view } = await showSurvey({
      locale: 'pt-BR',
      product: 'Acme',
      messages: { pt: { lowLabel: 'Nada provável' }, 'pt-BR': { question: 'Você indicaria {product}?' } },
    });
    expect(view.getByText('Você indicaria Acme?')).toBeTruthy();
    expect(view.getByText('Nada provável')).toBeTruthy();
  });

  it('the scale hint carries the localized end labels', async () => {
    const { shadow } = await showSurvey({ locale: 'en' });
    expect(shadow.querySelector('#npskit-scale-hint')!.textContent).toBe(
      '0 = Not at all likely, 10 = Extremely likely',
    );
  });

  it('the card follows the theme option', async () => {
    const { shadow } = await showSurvey({ theme: 'dark' });
    expect(shadow.querySelector('.root')!.getAttribute('data-theme')).toBe('dark');
  });

  it('submits in the localized flow (fa)', async () => {
    const { view, fake } = await showSurvey({ locale: 'fa' });
    fireEvent.click(view.getByRole('radio', { name: '۱۰' }));
    const comment = await waitFor(() => view.getByRole('textbox'));
    fireEvent.submit(comment.closest('form')!);
    expect(fake.last()).toMatchObject({ status: 'completed', score: 10, locale: 'fa' });
  });
});
