/** The global npskit command function the stub defines (see docs/script-tag.md). */
export type Npskit = (command: string, ...args: unknown[]) => void;

/** The signed-in user, as the app knows them. */
export interface AppUser {
  id: string;
  plan: 'free' | 'pro' | 'business';
  city: string;
}

/** What the app tells npskit at start. */
export interface NpsSetup {
  endpoint: string;
  surveyId: string;
  product: string;
}

/**
 * Configures the embed for this app: no survey on page load, only after a completed order
 * (`track('order_completed')`), so people are asked right after the moment that matters.
 */
export function startNps(npskit: Npskit, setup: NpsSetup): void {
  npskit('init', {
    endpoint: setup.endpoint,
    surveyId: setup.surveyId,
    product: setup.product,
    trigger: { event: 'order_completed' },
  });
}

/** Tells npskit who is answering; the attributes are copied onto each response for the dashboard's breakdowns. */
export function identifyUser(npskit: Npskit, user: AppUser): void {
  npskit('identify', user.id, { plan: user.plan, city: user.city });
}

/** Forgets the user on sign-out: a new anonymous id and a cleared survey history. */
export function signOut(npskit: Npskit): void {
  npskit('reset');
}

/** Reports the in-app event the survey is triggered by. */
export function orderCompleted(npskit: Npskit, order: { total: number }): void {
  npskit('track', 'order_completed', { total: order.total });
}

/** The part of a submitted record the app reacts to. */
export interface Submitted {
  score: number;
  comment?: string;
}

/**
 * Calls `handler` whenever the visitor submits an answer (the `npskit:submitted` DOM event on window).
 * Returns the function that stops listening.
 */
export function onSubmitted(target: EventTarget, handler: (answer: Submitted) => void): () => void {
  const listener = (event: Event) => {
    const detail = (event as CustomEvent).detail as { record?: Submitted } & Partial<Submitted>;
    const record = detail?.record ?? detail;
    if (record && typeof record.score === 'number') handler({ score: record.score, comment: record.comment });
  };
  target.addEventListener('npskit:submitted', listener);
  return () => target.removeEventListener('npskit:submitted', listener);
}
