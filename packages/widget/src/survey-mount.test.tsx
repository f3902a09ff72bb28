import { afterEach, describe, expect, it } from 'vitest';
import { nextTask } from './next-task';
import { createSurvey } from './survey';
import { fakeCollector } from './testing/fake-collector';

// The mount runs across several tasks (survey-instance.ts). hide() or destroy() may come between any two of them;
// whichever step comes next must see it and stop, leaving nothing on the page.
afterEach(() => {
  for (const host of document.querySelectorAll('npskit-survey')) host.remove();
});

const tasks = async (n: number) => {
  for (let i = 0; i < n; i++) await nextTask();
};

// More tasks than the mount takes (locale chunk, frame, state, render, attach, open, later steps).
const ALL_STEPS = 30;

describe('createSurvey: a mount spread over tasks', () => {
  it('runs in later tasks: show() returns before anything is on the page', async () => {
    const survey = createSurvey({ surveyId: 'nps', collector: fakeCollector().collector, locale: 'en' });
    const shown = new Promise<void>((resolve) => survey.on('shown', () => resolve()));
    survey.show();
    await Promise.resolve();
    expect(document.querySelector('npskit-survey')).toBeNull();
    await shown;
    expect(document.querySelectorAll('npskit-survey')).toHaveLength(1);
    survey.destroy();
  });

  for (const end of ['hide', 'destroy'] as const) {
    it(`${end}() between any two steps stops the mount: no card, no focus taken, no shown event`, async () => {
      const outside = document.body.appendChild(document.createElement('button'));
      try {
        for (let k = 0; k <= ALL_STEPS; k++) {
          outside.focus();
          const fake = fakeCollector();
          const survey = createSurvey({ surveyId: 'nps', collector: fake.collector, locale: 'en' });
          const events: string[] = [];
          survey.on('shown', () => events.push('shown'));
          survey.show();
          await tasks(k);
          const wasShown = events.length > 0;
          survey[end]();
          await tasks(ALL_STEPS);
          expect(document.querySelector('npskit-survey'), `${end} after ${k} tasks`).toBeNull();
          expect(document.activeElement, `${end} after ${k} tasks`).toBe(outside);
          expect(events, `${end} after ${k} tasks`).toEqual(wasShown ? ['shown'] : []);
          // The `shown` record goes out only for a display the visitor saw.
          expect(
            fake.sent.map((record) => record.status),
            `${end} after ${k} tasks`,
          ).toEqual(wasShown ? ['shown'] : []);
          if (end === 'hide') {
            // The same instance shows again from the start, once.
            const again = new Promise<void>((resolve) => survey.on('shown', () => resolve()));
            survey.show();
            await again;
            expect(document.querySelectorAll('npskit-survey')).toHaveLength(1);
            survey.destroy();
          }
        }
      } finally {
        outside.remove();
      }
    });
  }
});
