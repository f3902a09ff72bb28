import type { ResponseRecord } from '@npskit/core';

/** Events of a survey and what their listeners receive. */
export interface SurveyEvents {
  /** The survey appeared; the record has status `shown`. */
  shown: (record: ResponseRecord) => void;
  /** A score was chosen (or changed); the record has status `answered` and was sent. */
  score: (record: ResponseRecord) => void;
  /** The follow-up was sent; the record has status `completed`. */
  submitted: (record: ResponseRecord) => void;
  /** Closed before the end; the record has status `dismissed`. */
  dismissed: (record: ResponseRecord) => void;
  /** The collector delivered records of this survey instance. */
  delivered: (records: ResponseRecord[]) => void;
  /** Something failed; the widget keeps the host page running. */
  error: (error: Error) => void;
}

/** The name of a survey event. */
export type SurveyEventName = keyof SurveyEvents;

/**
 * A tiny typed emitter. A listener that throws must not stop the others nor reach the host page, so
 * its error is handed to `onListenerError` (which reports it on `error`, never re-entering itself).
 */
export function createEmitter(onListenerError: (error: unknown, event: SurveyEventName) => void) {
  const listeners = new Map<SurveyEventName, Set<(...args: never[]) => void>>();
  return {
    on<E extends SurveyEventName>(event: E, listener: SurveyEvents[E]): () => void {
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set);
      set.add(listener);
      return () => {
        set.delete(listener);
      };
    },
    off<E extends SurveyEventName>(event: E, listener: SurveyEvents[E]): void {
      listeners.get(event)?.delete(listener);
    },
    emit<E extends SurveyEventName>(event: E, ...args: Parameters<SurveyEvents[E]>): void {
      for (const listener of [...(listeners.get(event) ?? [])]) {
        try {
          (listener as unknown as (...a: Parameters<SurveyEvents[E]>) => void)(...args);
        } catch (error) {
          onListenerError(error, event);
        }
      }
    },
    clear(): void {
      listeners.clear();
    },
  };
}
