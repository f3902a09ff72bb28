import { fireEvent, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { showSurvey } from './testing/render-survey';

describe('createSurvey: placement and focus', () => {
  it.each(['bottom-right', 'bottom-left', 'bar'] as const)('%s renders a named region card', async (position) => {
    const { view, shadow } = await showSurvey({ position });
    const region = view.getByRole('region', { name: 'Feedback survey' });
    expect(region.classList.contains(position)).toBe(true);
    expect(shadow.querySelector('dialog')).toBeNull();
  });

  it('styles come from an adopted constructable sheet: no <style> element, no style attribute', async () => {
    const { host, shadow } = await showSurvey();
    const root = host.shadowRoot!;
    expect(root.adoptedStyleSheets).toHaveLength(1);
    const css = [...root.adoptedStyleSheets[0]!.cssRules].map((r) => r.cssText).join('\n');
    expect(css).toContain('--npskit-accent');
    expect(shadow.querySelector('style')).toBeNull();
    expect(shadow.querySelector('[style]')).toBeNull();
  });

  it('inline renders into the container, not the body', async () => {
    const container = document.createElement('div');
    document.body.append(container);
    const { host, view } = await showSurvey({ position: 'inline', container });
    expect(host.parentElement).toBe(container);
    expect(view.getByRole('region').classList.contains('inline')).toBe(true);
    expect(document.activeElement).not.toBe(host); // inline never takes focus
  });

  it('a non-modal card takes focus to the scale, but never from a field being typed in', async () => {
    const first = await showSurvey();
    expect(first.host.shadowRoot!.activeElement?.textContent).toBe('0');
    first.survey.destroy();

    const input = document.createElement('input');
    document.body.append(input);
    input.focus();
    const second = await showSurvey();
    expect(document.activeElement).toBe(input);
    expect(second.host.shadowRoot!.activeElement).toBeNull();
  });

  it('modal: a native dialog opened with showModal, focus moved in, Escape dismisses, focus returned', async () => {
    const opener = document.createElement('button');
    document.body.append(opener);
    opener.focus();
    const { view, shadow, fake, survey, host } = await showSurvey({ position: 'modal' });
    const dismissed: string[] = [];
    survey.on('dismissed', (r) => dismissed.push(r.status));
    const dialog = shadow.querySelector('dialog')!;
    expect(dialog.open).toBe(true);
    expect(dialog.getAttribute('aria-label')).toBe('Feedback survey');
    expect(host.shadowRoot!.activeElement?.getAttribute('role')).toBe('radio');
    expect(view.queryByRole('region')).toBeNull();

    dialog.dispatchEvent(new Event('cancel', { cancelable: true }));
    expect(dismissed).toEqual(['dismissed']);
    expect(fake.last()).toMatchObject({ status: 'dismissed', revision: 2 });
    expect(host.isConnected).toBe(false);
    expect(document.activeElement).toBe(opener);
  });

  it('modal: Tab order is dismiss → scale → chips → comment → Skip → Send, and Tab wraps inside', async () => {
    const { view, shadow, host } = await showSurvey({ position: 'modal' });
    fireEvent.click(view.getByRole('radio', { name: '3' }));
    await waitFor(() => view.getByRole('button', { name: 'Skip' }));
    const dialog = shadow.querySelector('dialog')!;
    const order = [...dialog.querySelectorAll<HTMLElement>('button, textarea, a[href], input')]
      .filter((el) => el.tabIndex >= 0)
      .map((el) => el.getAttribute('aria-label') ?? el.textContent ?? el.id);
    expect(order).toEqual(['Close survey', '3', 'Price', 'Quality', 'Support', 'Speed', '', 'Skip', 'Send']);

    const send = view.getByRole('button', { name: 'Send' });
    send.focus();
    fireEvent.keyDown(send, { key: 'Tab' });
    expect(host.shadowRoot!.activeElement).toBe(view.getByRole('button', { name: 'Close survey' }));
    fireEvent.keyDown(host.shadowRoot!.activeElement!, { key: 'Tab', shiftKey: true });
    expect(host.shadowRoot!.activeElement).toBe(send);
  });

  it.each([
    ['score', [] as string[], { status: 'dismissed', revision: 2 }],
    ['follow-up', ['6'], { status: 'dismissed', revision: 3, score: 6 }],
  ])('Escape at the %s step records a dismissal', async (_step, clicks, expected) => {
    const { view, fake, host } = await showSurvey();
    for (const name of clicks) fireEvent.click(view.getByRole('radio', { name }));
    fireEvent.keyDown(host.shadowRoot!.activeElement ?? view.getByRole('region'), { key: 'Escape' });
    expect(fake.last()).toMatchObject(expected);
    expect(host.isConnected).toBe(false);
  });

  it('the dismiss button records a dismissal; closing the thank-you step does not', async () => {
    const first = await showSurvey();
    fireEvent.click(first.view.getByRole('button', { name: 'Close survey' }));
    expect(first.fake.last()).toMatchObject({ status: 'dismissed' });
    first.survey.destroy();

    const second = await showSurvey();
    fireEvent.click(second.view.getByRole('radio', { name: '9' }));
    fireEvent.click(await waitFor(() => second.view.getByRole('button', { name: 'Send' })));
    const close = await waitFor(() => second.view.getAllByRole('button', { name: 'Close' }));
    fireEvent.click(close[0]!);
    expect(second.fake.last()).toMatchObject({ status: 'completed', revision: 3 });
    expect(second.host.isConnected).toBe(false);
  });

  it('hide() removes the card without recording anything; show() again starts a new display', async () => {
    const { survey, fake, host } = await showSurvey();
    survey.hide();
    expect(host.isConnected).toBe(false);
    expect(fake.sent).toHaveLength(1);
    const shown = new Promise<void>((resolve) => survey.on('shown', () => resolve()));
    survey.show();
    await shown;
    expect(fake.sent).toHaveLength(2);
    expect(fake.sent[1]!.id).not.toBe(fake.sent[0]!.id);
    expect(fake.sent[1]!.anonymousId).toBe(fake.sent[0]!.anonymousId);
  });
});
