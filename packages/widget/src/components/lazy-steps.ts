import { signal } from '@preact/signals-core';

type LaterSteps = typeof import('./later-steps');

/** The follow-up and thank-you components once their chunk has arrived (undefined until then). */
export const laterSteps = signal<LaterSteps | undefined>(undefined);

let pending: Promise<void> | undefined;

/**
 * Fetches the later steps' chunk once. The survey calls it as soon as the score step is on screen, so the
 * follow-up is there before the visitor picks a score; a failed fetch is forgotten, so the next call retries.
 */
export function loadLaterSteps(): Promise<void> {
  pending ??= import('./later-steps').then(
    (steps) => {
      laterSteps.value = steps;
    },
    (error: unknown) => {
      pending = undefined;
      throw error;
    },
  );
  return pending;
}
