import { describe, expect, it } from 'vitest';
import { identifyUser, type Npskit, onSubmitted, orderCompleted, signOut, startNps } from './nps';

function recorder(): { npskit: Npskit; calls: unknown[][] } {
  const calls: unknown[][] = [];
  return { npskit: (...args) => calls.push(args), calls };
}

describe('npskit wiring of the in-app example', () => {
  it('configures the survey to show after a completed order, not on load', () => {
    const { npskit, calls } = recorder();
    startNps(npskit, { endpoint: 'https://collector.example/collect', surveyId: 'in-app-nps', product: 'Shop' });
    expect(calls).toEqual([
      [
        'init',
        {
          endpoint: 'https://collector.example/collect',
          surveyId: 'in-app-nps',
          product: 'Shop',
          trigger: { event: 'order_completed' },
        },
      ],
    ]);
  });

  it('identifies the user with the attributes the dashboard breaks down by, and resets on sign-out', () => {
    const { npskit, calls } = recorder();
    identifyUser(npskit, { id: 'u-1', plan: 'pro', city: 'İzmir' });
    signOut(npskit);
    expect(calls).toEqual([['identify', 'u-1', { plan: 'pro', city: 'İzmir' }], ['reset']]);
  });

  it('tracks the order_completed event the trigger waits for', () => {
    const { npskit, calls } = recorder();
    orderCompleted(npskit, { total: 25 });
    expect(calls).toEqual([['track', 'order_completed', { total: 25 }]]);
  });

  it('hears npskit:submitted on window until it stops listening', () => {
    const target = new EventTarget();
    const answers: unknown[] = [];
    const stop = onSubmitted(target, (answer) => answers.push(answer));
    target.dispatchEvent(new CustomEvent('npskit:submitted', { detail: { score: 9, comment: 'Great beans' } }));
    target.dispatchEvent(new CustomEvent('npskit:submitted', { detail: { record: { score: 3 } } }));
    target.dispatchEvent(new CustomEvent('npskit:shown', { detail: { score: 10 } }));
    stop();
    target.dispatchEvent(new CustomEvent('npskit:submitted', { detail: { score: 7 } }));
    expect(answers).toEqual([
      { score: 9, comment: 'Great beans' },
      { score: 3, comment: undefined },
    ]);
  });
});
