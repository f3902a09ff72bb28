import { type SurveyContent, validateContent } from '../validate-content';
import type { Controller, Handoff, MountedSurvey, UiChunk } from './chunks';
import { parseAttributes, parseConfig, text } from './config';
import { watchInterruptions } from './interruption';
import { watchNavigation } from './navigation';
import { watchTriggers } from './triggers';
import { bad, has, isPlainObject } from './validate';

/**
 * npskit-rules.js: fetched only once the loader found the visitor eligible (sampled, allowed by the recontact
 * rules), and in debug or preview mode. Validates every option (errors name the option as the site wrote it),
 * runs the automatic triggers, waits until showing would not interrupt, and displays the survey through
 * npskit-ui.js. Takes over the commands track, show, hide, preview, reset and destroy.
 */
const kebab = (key: string): string => key.replace(/[A-Z]/g, (m) => `-${m.toLowerCase()}`);
const EVENTS = ['shown', 'score', 'submitted', 'dismissed', 'delivered', 'error'];

export function start(h: Handoff): Controller | null {
  const { now, visitor, log } = h;
  const win = window;
  const fromAttributes = Object.keys(h.raw).filter(
    (key) => h.raw[key] === h.script?.getAttribute(key === 'surveyId' ? 'data-survey' : `data-${kebab(key)}`),
  );
  const { config, errors } = parseConfig(h.raw, fromAttributes);
  for (const error of errors) h.report(error);
  // The survey's content options (messages, reasons, share links…) are validated here, with the widget's own
  // validator and messages, so npskit-ui.js starts the survey without validating again.
  const warnings: string[] = [];
  let checked: SurveyContent | undefined;
  try {
    if (config) checked = validateContent(config.survey, warnings);
  } catch (error) {
    h.report(error);
  }
  if (!config || !checked) {
    log('invalid-config');
    return null;
  }
  const content = checked;
  for (const warning of warnings) log('warning', warning);
  let preview = h.preview;
  let busy = false;
  let survey: MountedSurvey | undefined;
  let ui: UiChunk | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  const listeners: [string, (payload: unknown) => void][] = [];
  // To npskit('on') listeners and, for tag managers, as a window CustomEvent `npskit:<name>`.
  const emit = (name: string, payload: unknown) => {
    for (const [n, fn] of [...listeners]) {
      try {
        if (n === name) fn(payload);
      } catch {}
    }
    win.dispatchEvent(new CustomEvent(`npskit:${name}`, { detail: payload }));
  };
  const report = (error: unknown) => {
    log('error', error);
    emit('error', error);
  };

  // Pages viewed on this device (npskit:pageviews), for minPageviews: once per page load (not per re-init),
  // and once per SPA navigation below.
  const pageview = () => visitor.set('pageviews', (+(visitor.get('pageviews') as number) || 0) + 1);
  if (!visitor.counted) pageview();
  visitor.counted = true;
  const interruptions = watchInterruptions(win.document, now, config.graceMs);
  // Preview shows at once, before any trigger could claim the display.
  if (preview) attempt('preview');
  const triggers = watchTriggers(
    config.trigger,
    { win, now, pageviews: () => +(visitor.get('pageviews') as number) || 0 },
    (t) => attempt(t),
  );
  const unwatch = watchNavigation(win, () => {
    pageview();
    triggers.navigated();
  });
  log('triggers', config.trigger);

  // Called from timers and DOM listeners too, where a throw would reach the host page's error handlers.
  function attempt(trigger: string, force?: boolean, manual?: boolean): void {
    try {
      if (busy) {
        log('already-open', trigger);
        return;
      }
      // refusal() logs its own reason code.
      if (!preview && h.refusal(force)) return;
      busy = true;
      let last: string | undefined;
      // Automatic surveys wait until the visitor stops typing and closes the host's modal; `show` does not.
      const whenCalm = () => {
        const wait = manual || preview ? null : interruptions.check();
        if (wait) {
          if (wait.reason !== last) log(`interrupted-${wait.reason}`);
          last = wait.reason;
          timer = setTimeout(whenCalm, wait.wait);
          return;
        }
        log('show', trigger);
        // npskit-ui.js imports npskit-collector.js statically, so the browser would ask for it only once the UI
        // chunk has arrived; asked now (same URL, one module), both come in one round trip. A failure shows below.
        h.load('collector').catch(() => {});
        h.load('ui')
          .then((chunk) => {
            if (stopped) return;
            ui = chunk;
            const [id, given] = h.identity();
            // identify() in the loader keeps whatever it was given; checked here, by own properties.
            const userId = id === undefined ? undefined : text('identify userId', id);
            const attributes = given && parseAttributes('identify attributes', given);
            // A finished display (answered or dismissed) may still be on screen (thank-you); it makes way.
            survey?.destroy();
            survey = chunk.mount(config!, {
              ...h,
              report,
              content,
              userId,
              attributes,
              trigger,
              preview,
              debug: h.debug,
              emit(name, payload) {
                if (name === 'dismissed' || name === 'submitted') busy = false;
                emit(name, payload);
              },
            });
            survey.show();
          })
          .catch((error) => {
            busy = false;
            report(error);
          });
      };
      whenCalm();
    } catch (error) {
      report(error);
    }
  }

  const close = () => {
    clearTimeout(timer);
    survey?.destroy();
    survey = undefined;
    busy = false;
  };

  const commands = 'track show preview hide on off reset destroy'.split(' ');
  return ([name, a, b]) => {
    if (stopped) return;
    if (!commands.includes(name as string))
      report(bad('command', `one of init, identify, ${commands.join(', ')}`, name));
    if (name === 'on' || name === 'off') {
      if (!EVENTS.includes(a as string) || typeof b !== 'function') {
        return report(bad(`${name} arguments`, `an event (${EVENTS.join(', ')}) and a function`, a));
      }
      const i = listeners.findIndex(([n, fn]) => n === a && fn === b);
      if (name === 'on' && i < 0) listeners.push([a as string, b as (payload: unknown) => void]);
      if (name === 'off' && i >= 0) listeners.splice(i, 1);
    }
    if (name === 'track') {
      if (typeof a !== 'string' || (b !== undefined && !isPlainObject(b))) {
        return report(bad('track', 'an event name and an optional object of properties', a));
      }
      log('track', a);
      triggers.track(a, b);
    }
    if (name === 'show') attempt('manual', isPlainObject(a) && has(a, 'force') && a['force'] === true, true);
    if (name === 'preview') {
      preview = true;
      attempt('preview');
    }
    if (name === 'hide') survey?.hide();
    if (name === 'reset') close();
    if (name === 'destroy') {
      stopped = true;
      close();
      interruptions.stop();
      triggers.stop();
      unwatch();
      ui?.disconnect();
    }
  };
}
