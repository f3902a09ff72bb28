import { waitFor, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeCollector } from './testing/fake-collector';

// The follow-up and thank-you steps are their own chunk. The setup file loads it up front for the other
// tests; here each test starts from a fresh module graph, with the chunk's arrival under the test's control.
type Later = typeof import('./components/later-steps');

async function showFresh() {
  const { createSurvey } = await import('./survey');
  const fake = fakeCollector();
  const errors: Error[] = [];
  const survey = createSurvey({ surveyId: 'lazy-nps', collector: fake.collector, locale: 'en' });
  survey.on('error', (error) => errors.push(error));
  const shown = new Promise<void>((resolve) => survey.on('shown', () => resolve()));
  survey.show();
  await shown;
  const shadow = document.querySelector('npskit-survey')?.shadowRoot as unknown as HTMLElement;
  return { fake, errors, view: within(shadow) };
}

describe('createSurvey: the later steps load lazily', () => {
  beforeEach(() => {
    vi.resetModules();
    return () => vi.doUnmock('./components/later-steps');
  });

  it('shows the score step before the later steps arrive, and the follow-up once they have', async () => {
    let arrive!: () => void;
    const arrived = new Promise<void>((resolve) => {
      arrive = resolve;
    });
    vi.doMock('./components/later-steps', async (original) => {
      await arrived;
      return original<Later>();
    });
    const { fake, view } = await showFresh();
    view.getByRole('radio', { name: '3' }).click();
    // The score is recorded at once, whatever the chunk does.
    expect(fake.last()).toMatchObject({ status: 'answered', score: 3 });
    expect(view.queryByText('What disappointed you?')).toBeNull();
    arrive();
    await waitFor(() => view.getByText('What disappointed you?'));
    expect(view.getByRole('button', { name: 'Send' })).toBeTruthy();
  });

  it('reports a chunk that failed to arrive on error, and fetches it again when a score is chosen', async () => {
    let calls = 0;
    vi.doMock('./components/later-steps', async (original) => {
      calls++;
      if (calls === 1) throw new Error('network down');
      return original<Later>();
    });
    const { errors, view } = await showFresh();
    // Vitest wraps a failing mock factory in its own error; what matters is that it reaches the error event.
    await waitFor(() => expect(errors).toHaveLength(1));
    expect(view.getByRole('radio', { name: '10' })).toBeTruthy();
    view.getByRole('radio', { name: '10' }).click();
    await waitFor(() => view.getByText('What do you like most about us?'));
    expect(calls).toBe(2);
    expect(errors).toHaveLength(1);
  });
});
