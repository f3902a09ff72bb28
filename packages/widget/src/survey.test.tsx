import { fireEvent, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { showSurvey } from './testing/render-survey';

describe('createSurvey: the flow', () => {
  it('sends a shown record, then the score at once, then the completed follow-up (promoter)', async () => {
    const { view, fake, survey } = await showSurvey({ product: 'Acme' });
    const events: string[] = [];
    for (const e of ['score', 'submitted', 'dismissed'] as const) survey.on(e, (r) => events.push(`${e}:${r.status}`));
    expect(view.getByText('How likely are you to recommend Acme to a friend or colleague?')).toBeTruthy();
    expect(fake.sent).toHaveLength(1);
    expect(fake.last()).toMatchObject({ status: 'shown', revision: 1, surveyId: 'test-nps', locale: 'en' });

    fireEvent.click(view.getByRole('radio', { name: '9' }));
    expect(fake.last()).toMatchObject({ status: 'answered', score: 9, category: 'promoter', revision: 2 });
    await waitFor(() => view.getByText('What do you like most about us?'));

    fireEvent.click(view.getByRole('button', { name: 'Quality' }));
    expect(view.getByRole('button', { name: 'Quality' }).getAttribute('aria-pressed')).toBe('true');
    fireEvent.input(view.getByLabelText('Tell us more (optional)'), { target: { value: 'Fast and friendly' } });
    fireEvent.click(view.getByRole('button', { name: 'Send' }));

    expect(fake.last()).toMatchObject({
      status: 'completed',
      revision: 3,
      comment: 'Fast and friendly',
      reasons: ['quality'],
    });
    const status = await waitFor(() => view.getByRole('status'));
    expect(status.textContent).toBe('Thank you! We are glad you like us.');
    expect(events).toEqual(['score:answered', 'submitted:completed']);
    expect(fake.sent.map((r) => r.revision)).toEqual([1, 2, 3]);
  });

  it.each([
    [
      'detractor',
      '3',
      'What disappointed you?',
      ['Price', 'Quality', 'Support', 'Speed'],
      'Thank you for telling us. We will use it to do better.',
    ],
    [
      'passive',
      '7',
      'What would make it a 10 for you?',
      ['Price', 'Features', 'Ease of use', 'Support'],
      'Thank you for your feedback.',
    ],
    [
      'promoter',
      '10',
      'What do you like most about us?',
      ['Quality', 'Ease of use', 'Support', 'Reliability'],
      'Thank you! We are glad you like us.',
    ],
  ])('%s branch: its follow-up, default reasons and thanks', async (_category, score, question, chips, thanks) => {
    const { view } = await showSurvey();
    fireEvent.click(view.getByRole('radio', { name: score }));
    await waitFor(() => view.getByText(question));
    const group = view.getByRole('group', { name: 'Pick any that apply' });
    expect([...group.querySelectorAll('button')].map((b) => b.textContent)).toEqual(chips);
    fireEvent.click(view.getByRole('button', { name: 'Skip' }));
    await waitFor(() => expect(view.getByRole('status').textContent).toBe(thanks));
  });

  it('uses configured reason tags with message labels, and the tag itself when no label exists', async () => {
    const { view } = await showSurvey({
      reasons: { detractor: ['price', 'onboarding'] },
      messages: { en: { reasons: { onboarding: 'Getting started' } } },
    });
    fireEvent.click(view.getByRole('radio', { name: '2' }));
    await waitFor(() => view.getByRole('button', { name: 'Getting started' }));
    expect(view.getByRole('button', { name: 'Price' })).toBeTruthy();
  });

  it('counts the characters left, plural-aware, with a throttled live announcement', async () => {
    vi.useFakeTimers();
    try {
      const { view, shadow } = await showSurvey({ commentMaxLength: 10 });
      fireEvent.click(view.getByRole('radio', { name: '8' }));
      await vi.waitFor(() => view.getByLabelText('Tell us more (optional)'));
      const box = view.getByLabelText('Tell us more (optional)') as HTMLTextAreaElement;
      expect(box.maxLength).toBe(10);
      expect(view.getByText('10 characters left')).toBeTruthy();
      fireEvent.input(box, { target: { value: 'abcdefghi' } });
      await vi.waitFor(() => view.getByText('1 character left'));
      const live = shadow.querySelector('[aria-live="polite"]')!;
      expect(live.textContent).toBe('');
      await vi.advanceTimersByTimeAsync(1100);
      expect(live.textContent).toBe('1 character left');
    } finally {
      vi.useRealTimers();
    }
  });

  it('renders every configurable string as text: no element is created from markup', async () => {
    const xss = '<img src=x onerror="window.pwned=1">';
    const { view, shadow } = await showSurvey({
      product: xss,
      messages: { en: { thanks: { promoter: xss }, reasons: { quality: xss } } },
      shareLinks: [{ label: xss, url: 'https://example.com/review' }],
    });
    expect(view.getByText(`How likely are you to recommend ${xss} to a friend or colleague?`)).toBeTruthy();
    fireEvent.click(view.getByRole('radio', { name: '10' }));
    await waitFor(() => view.getByRole('button', { name: xss }));
    fireEvent.click(view.getByRole('button', { name: 'Skip' }));
    await waitFor(() => view.getByRole('status'));
    expect(view.getByRole('status').textContent).toBe(xss);
    expect(shadow.querySelector('img')).toBeNull();
    expect(document.querySelector('img')).toBeNull();
    expect((window as unknown as { pwned?: number }).pwned).toBeUndefined();
  });
});

describe('createSurvey: thank-you extras', () => {
  it('shows promoters only safe share links, opened in a new tab without an opener', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { view } = await showSurvey({
      debug: true,
      shareLinks: [
        { label: 'Review us', url: 'https://reviews.example/acme' },
        { label: 'Evil', url: 'javascript:alert(1)' },
      ],
    });
    expect(warn).toHaveBeenCalledWith('[npskit]', expect.stringMatching(/shareLinks\[1\].url "javascript:alert\(1\)"/));
    warn.mockRestore();
    fireEvent.click(view.getByRole('radio', { name: '9' }));
    await waitFor(() => view.getByRole('button', { name: 'Skip' }));
    fireEvent.click(view.getByRole('button', { name: 'Skip' }));
    const link = (await waitFor(() => view.getByRole('link', { name: /Review us/ }))) as HTMLAnchorElement;
    expect(link.href).toBe('https://reviews.example/acme');
    expect(link.target).toBe('_blank');
    expect(link.rel).toBe('noopener noreferrer');
    expect(link.textContent).toContain('(opens in a new tab)');
    expect(view.queryByRole('link', { name: /Evil/ })).toBeNull();
  });

  it('does not show share links to detractors', async () => {
    const { view } = await showSurvey({ shareLinks: [{ label: 'Review us', url: 'https://reviews.example' }] });
    fireEvent.click(view.getByRole('radio', { name: '4' }));
    fireEvent.click(await waitFor(() => view.getByRole('button', { name: 'Skip' })));
    await waitFor(() => view.getByRole('status'));
    expect(view.queryByRole('link')).toBeNull();
  });

  it('asks an anonymous detractor for consent and an email, validating the address', async () => {
    const { view, fake } = await showSurvey({ askContact: true });
    fireEvent.click(view.getByRole('radio', { name: '2' }));
    fireEvent.click(await waitFor(() => view.getByRole('button', { name: 'Skip' })));
    fireEvent.click(await waitFor(() => view.getByRole('checkbox', { name: 'Yes, you may contact me about this' })));
    const email = await waitFor(() => view.getByLabelText('Your email'));
    fireEvent.input(email, { target: { value: 'not-an-address' } });
    fireEvent.click(view.getByRole('button', { name: 'Send' }));
    await waitFor(() => expect(view.getByRole('alert').textContent).toBe('Please enter a valid email address.'));
    expect(fake.last()?.contact).toBeUndefined();
    fireEvent.input(email, { target: { value: 'ana@example.com' } });
    fireEvent.click(view.getByRole('button', { name: 'Send' }));
    expect(fake.last()).toMatchObject({ contact: { consent: true, email: 'ana@example.com' }, revision: 3 });
    await waitFor(() => view.getByText('Thank you. We will be in touch.'));
  });

  it('asks an identified detractor for consent without an email field', async () => {
    const { view, fake } = await showSurvey({ askContact: true, userId: 'user-42' });
    fireEvent.click(view.getByRole('radio', { name: '0' }));
    fireEvent.click(await waitFor(() => view.getByRole('button', { name: 'Skip' })));
    fireEvent.click(await waitFor(() => view.getByRole('checkbox')));
    await waitFor(() => view.getByRole('button', { name: 'Send' }));
    expect(view.queryByLabelText('Your email')).toBeNull();
    fireEvent.click(view.getByRole('button', { name: 'Send' }));
    expect(fake.last()).toMatchObject({ userId: 'user-42', contact: { consent: true } });
  });

  it('closes itself only with a visible "Keep open" control, which stops the countdown', async () => {
    vi.useFakeTimers();
    try {
      const { view, host } = await showSurvey({ autoClose: 3 });
      fireEvent.click(view.getByRole('radio', { name: '9' }));
      fireEvent.click(await vi.waitFor(() => view.getByRole('button', { name: 'Skip' })));
      await vi.waitFor(() => view.getByText('Closes in 3 seconds'));
      await vi.advanceTimersByTimeAsync(2000);
      expect(view.getByText('Closes in 1 second')).toBeTruthy();
      fireEvent.click(view.getByRole('button', { name: 'Keep open' }));
      await vi.advanceTimersByTimeAsync(5000);
      expect(host.isConnected).toBe(true);
      expect(view.queryByText(/Closes in/)).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });

  it('closes after the countdown when nobody stops it', async () => {
    vi.useFakeTimers();
    try {
      const { view, host } = await showSurvey({ autoClose: 2 });
      fireEvent.click(view.getByRole('radio', { name: '8' }));
      fireEvent.click(await vi.waitFor(() => view.getByRole('button', { name: 'Skip' })));
      await vi.advanceTimersByTimeAsync(2500);
      expect(host.isConnected).toBe(false);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('createSurvey: focus on the thank-you step', () => {
  it('moves focus to the thank-you message, since the Send button is gone', async () => {
    const { view, host } = await showSurvey();
    fireEvent.click(view.getByRole('radio', { name: '9' }));
    fireEvent.click(await waitFor(() => view.getByRole('button', { name: 'Send' })));
    await waitFor(() =>
      expect(host.shadowRoot!.activeElement?.textContent).toBe('Thank you! We are glad you like us.'),
    );
  });
});
