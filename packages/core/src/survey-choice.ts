/** What the choice between surveys needs to know of each. */
export interface Rankable {
  id: string;
  /** @default 0 */
  priority?: number;
}

/**
 * Orders surveys for the choice between several that could show at once: highest priority first, then the
 * smallest id (compared by code unit, so the order is the same in every browser and on a server).
 * @example
 * rankSurveys([{ id: 'b' }, { id: 'a' }, { id: 'c', priority: 5 }]).map((s) => s.id); // ['c', 'a', 'b']
 */
export function rankSurveys<T extends Rankable>(surveys: readonly T[]): T[] {
  return [...surveys].sort((a, b) => (b.priority ?? 0) - (a.priority ?? 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The survey that wins when several could show at once (see {@link rankSurveys}); undefined for none. */
export function chooseSurvey<T extends Rankable>(surveys: readonly T[]): T | undefined {
  return rankSurveys(surveys)[0];
}
