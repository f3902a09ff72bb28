import type { ResponseRecord } from '@npskit/core';
import { h, render } from 'preact';
import { ErrorBoundary } from './components/ErrorBoundary';
import { laterSteps, loadLaterSteps } from './components/lazy-steps';
import { type SurveyActions, Survey as SurveyCard } from './components/Survey';
import { createEmitter, type SurveyEventName, type SurveyEvents } from './emitter';
import { attachFrame, closeFrame, createFrame, type Frame, openFrame } from './frame';
import { revealOnFocus } from './keyboard-inset';
import { nextTask } from './next-task';
import type { ResolvedOptions } from './options';
import { createSurveyState, type RecordChange } from './state/survey-state';
import { randomId } from './state/uuid';
import { buildView, loadDisplayLocale } from './view';

/** Options of one `show()` call. */
export interface ShowOptions {
  /** What made the survey show this time, stored on the record. @default the `trigger` option */
  trigger?: string;
}

/** A survey instance. No method throws; failures are reported on the `error` event and `onError`. */
export interface Survey {
  /** Shows the survey (a new display with a new record); does nothing while it is already showing. */
  show(options?: ShowOptions): void;
  /** Removes the survey from the page without recording anything. */
  hide(): void;
  /** Hides the survey and releases listeners; the instance cannot be shown again. */
  destroy(): void;
  /** Subscribes to an event; returns the unsubscribe function. */
  on<E extends SurveyEventName>(event: E, listener: SurveyEvents[E]): () => void;
  /** Unsubscribes a listener. */
  off<E extends SurveyEventName>(event: E, listener: SurveyEvents[E]): void;
}

const EVENT_OF: Partial<Record<RecordChange, 'score' | 'submitted' | 'dismissed'>> = {
  score: 'score',
  submitted: 'submitted',
  dismissed: 'dismissed',
};

function pageOf(): ResponseRecord['page'] {
  if (typeof location === 'undefined') return undefined;
  // Origin and path only: query strings and fragments often carry tokens or personal data.
  const page: NonNullable<ResponseRecord['page']> = { url: location.origin + location.pathname };
  if (typeof document !== 'undefined' && document.title) page.title = document.title;
  return page;
}

/**
 * Starts a survey from options that are already validated and complete: `createSurvey` validates first,
 * the script tag's rules chunk validates before the UI chunk is fetched. Nothing it returns throws.
 */
export function startSurvey(options: ResolvedOptions, warnings: readonly string[]): Survey {
  const debug = (...args: unknown[]) => {
    if (options.debug) console.warn('[npskit]', ...args);
  };
  for (const warning of warnings) debug(warning);

  let reporting = false;
  const report = (error: unknown): void => {
    const err = error instanceof Error ? error : new Error(String(error));
    if (options.debug) console.error('[npskit]', err);
    // An `error` listener that throws would otherwise report itself forever.
    if (reporting) return;
    reporting = true;
    try {
      options.onError?.(err);
    } catch {
      // The host's own error handler failed; there is nobody left to tell.
    }
    try {
      emitter.emit('error', err);
    } finally {
      reporting = false;
    }
  };
  const emitter = createEmitter(report);
  const guard =
    <A extends unknown[]>(fn: (...args: A) => void) =>
    (...args: A): void => {
      try {
        fn(...args);
      } catch (error) {
        report(error);
      }
    };

  const anonymousId = options.anonymousId ?? randomId();
  const ids = new Set<string>();
  const subscriptions = [
    options.collector.on(
      'delivered',
      guard((records: ResponseRecord[]) => {
        const mine = records.filter((record) => ids.has(record.id));
        if (mine.length > 0) emitter.emit('delivered', mine);
      }),
    ),
    options.collector.on(
      'dropped',
      guard((event) => {
        if (ids.has(event.record.id))
          report(new Error(`npskit: a response was dropped (${event.reason}): ${event.detail ?? ''}`));
      }),
    ),
  ];

  let mounted: Frame | undefined;
  let loading = false;
  let generation = 0;
  let destroyed = false;

  // Every way a display ends (hide, destroy, the visitor's dismiss or close) starts a new generation, so a
  // mount still under way sees that it is stale at its next step.
  const unmount = () => {
    generation++;
    loading = false;
    const frame = mounted;
    mounted = undefined;
    if (frame) closeFrame(frame);
  };

  // The follow-up and thank-you steps' chunk; a failed fetch is forgotten, so a later call retries.
  const fetchSteps = () => {
    if (!laterSteps.value) loadLaterSteps().catch(report);
  };

  // One task per step (see next-task.ts), each well under 50 ms on a slow phone, where the whole mount in one
  // task took over 100 ms: the locale (the caller's task may be the one that evaluated our code); frame and
  // stylesheet; state; first render, off the page; onto the page (its style is computed here); opening (focus,
  // Escape, keyboard inset), after which the survey is `shown`; fetching the later steps.
  const mount = async (trigger: string, mine: number) => {
    const next = async () => {
      await nextTask();
      return mine === generation;
    };
    if (!(await next())) return;
    const display = await loadDisplayLocale(options, report);
    if (!(await next())) return;
    const frame = createFrame({
      position: options.position,
      theme: options.theme,
      container: options.container,
      nonce: options.nonce,
      direction: display.direction,
      locale: display.locale,
      label: display.messages.surveyLabel,
    });
    const view = buildView(options, display);
    if (!(await next())) return;
    mounted = frame;
    // A display cancelled while it rendered (hide, destroy) was never seen: its `shown` record is not sent.
    let opened = false;
    const changed = (record: ResponseRecord, change: RecordChange) => {
      // A fetch of the later steps that failed is retried on the next change (the first is made below).
      if (change !== 'shown') fetchSteps();
      ids.add(record.id);
      try {
        options.collector.send(record);
      } catch (error) {
        report(error);
      }
      const event = EVENT_OF[change];
      if (event) emitter.emit(event, record);
    };
    const state = createSurveyState({
      surveyId: options.surveyId,
      anonymousId,
      userId: options.userId,
      locale: display.locale,
      direction: display.direction,
      orientation: view.rowRtl ? 'right-to-left' : 'left-to-right',
      sampleRate: options.sampleRate,
      trigger,
      preview: options.preview,
      attributes: options.attributes,
      page: pageOf(),
      commentMaxLength: options.commentMaxLength,
      now: options.now,
      // Nothing changes before the card opens except the first revision, `shown`, which goes out when it opens.
      onChange: (record, change) => {
        if (opened) changed(record, change);
      },
    });

    const actions: SurveyActions = {
      choose: guard(state.choose),
      toggleReason: guard(state.toggleReason),
      setComment: guard(state.setComment),
      submit: guard(state.submit),
      skip: guard(state.skip),
      saveContact: guard(state.saveContact),
      dismiss: guard(() => {
        state.dismiss();
        unmount();
      }),
      close: guard(() => {
        state.close();
        unmount();
      }),
      fieldFocus: guard(revealOnFocus),
    };
    if (!(await next())) return;
    render(h(ErrorBoundary, { onError: report, children: h(SurveyCard, { state, view, actions }) }), frame.mountNode);
    if (!(await next())) return;
    attachFrame(frame, options.position);
    if (!(await next())) return;
    openFrame(frame, options.position, actions.dismiss);
    opened = true;
    changed(state.record.value, 'shown');
    emitter.emit('shown', state.record.value);
    // The follow-up and thank-you steps arrive while the visitor reads the question.
    await nextTask();
    fetchSteps();
  };

  return {
    show: guard((showOptions?: ShowOptions) => {
      if (destroyed) throw new Error('npskit: show() was called after destroy()');
      if (showOptions !== undefined && (typeof showOptions !== 'object' || showOptions === null)) {
        throw new TypeError('show(options): options must be an object such as { trigger: "event:checkout" }');
      }
      const trigger = showOptions && Object.hasOwn(showOptions, 'trigger') ? showOptions.trigger : undefined;
      if (trigger !== undefined && (typeof trigger !== 'string' || trigger === '')) {
        throw new TypeError(`show(options): trigger must be a non-empty string, got ${String(trigger)}`);
      }
      if (mounted || loading) return;
      if (typeof document === 'undefined') throw new Error('npskit: show() needs a browser document');
      loading = true;
      const mine = ++generation;
      mount(trigger ?? options.trigger, mine)
        .catch(report)
        .finally(() => {
          if (mine === generation) loading = false;
        });
    }),
    hide: guard(unmount),
    destroy: guard(() => {
      if (destroyed) return;
      unmount();
      destroyed = true;
      for (const unsubscribe of subscriptions) unsubscribe();
      emitter.clear();
    }),
    on: (event, listener) => emitter.on(event, listener),
    off: (event, listener) => emitter.off(event, listener),
  };
}
