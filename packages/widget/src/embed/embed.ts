import { type AttributeValue, decide, murmur3 } from '@npskit/core';
import type { ChunkLoader, CollectorChunk, Controller, RawConfig } from './chunks';
import { openVisitor, type StorageHolder } from './visitor';

/** Everything the loader touches, passed in so unit tests run it against happy-dom, fake storage and fake time. */
export interface EmbedEnv {
  win: Window;
  /** Where localStorage and sessionStorage are found: `window`, or fakes in tests (see visitor.ts). */
  storage: StorageHolder;
  now: () => number;
  load: ChunkLoader;
  /** The loader's own `<script>` element, for its `data-*` options. */
  script: Element | null;
}

/** `window.npskit`: takes a command name and its arguments; never throws. */
export type EmbedCommand = (command: string, ...args: unknown[]) => void;

const on = (value: unknown): boolean => value === true || value === '' || value === 'true';

/**
 * The every-page part of npskit: the command queue, the anonymous id, and the sampling and recontact decisions.
 * The loader itself handles `init`, `identify`, `show` (decides), `reset` and `destroy`; every other command waits
 * for npskit-rules.js, which is fetched only once the visitor is eligible (or in debug/preview mode) and takes
 * over validation, triggers, events and display. A visitor who is not eligible thus costs no further byte.
 */
export function createEmbed(env: EmbedEnv): EmbedCommand {
  const { win, now, load } = env;
  const query = /[?&]npskit=(\w+)/.exec(win.location.search)?.[1];
  const visitor = openVisitor(env.storage, now);
  let raw: RawConfig | null = null;
  let debug = query === 'debug';
  let preview = false;
  let privacy = false;
  let userId: string | undefined;
  let attributes: Record<string, AttributeValue> | undefined;
  // Commands for npskit-rules.js, made before `init` or while it loads; replayed in order.
  let queue: unknown[][] = [];
  // `on`/`off` calls, replayed into every controller (a re-init starts a new one).
  let listeners: unknown[][] = [];
  let controller: Controller | null | undefined;
  // The current load of npskit-rules.js; a re-init or destroy replaces it, so a late arrival is ignored.
  let loading: object | undefined;
  let collector: CollectorChunk | undefined;

  const log = (code: string, detail?: unknown) => {
    // Debug mode is the one place npskit writes to the console.
    if (debug) console.info(`npskit: ${code}`, detail ?? '');
  };
  // The loader's own errors (e.g. bad recontact rules) as a DOM event; survey errors also reach npskit('on', 'error').
  const report = (error: unknown) => {
    log('error', error);
    win.dispatchEvent(new CustomEvent('npskit:error', { detail: error }));
  };

  /** Why the visitor may not be asked now (logged with its reason code), or undefined when they may. */
  const refusal = (force?: boolean): string | undefined => {
    let why: string | undefined;
    let detail: unknown;
    const surveyId = raw!['surveyId'] || 'nps';
    const rate = raw!['sampleRate'] ?? 1;
    if (privacy) why = 'privacy-signal';
    else if (force) return;
    // bucket(key) < rate (isSampled) without the two type checks, which cost every page bytes for keys that are
    // always strings: a bad rate (NaN) samples nobody, and npskit-rules.js, always loaded in debug mode, reports it
    // by name. decide() throws on bad recontact rules.
    else if (!(murmur3(`${surveyId}:${userId ?? visitor.anonymousId}`) / 2 ** 32 < +(rate as number))) {
      why = 'not-sampled';
    } else {
      const d = decide(visitor.history, (raw!['recontact'] as object) ?? {}, now(), {
        surveyId: surveyId as string,
        sessionId: visitor.sessionId,
      });
      if (!d.eligible) {
        why = d.reason;
        detail = new Date(d.retryAt);
      }
    }
    if (why) log(why, detail);
    return why;
  };

  /** Fetches npskit-rules.js and hands over; commands meanwhile wait in `queue`. */
  const upgrade = () => {
    if (loading) return;
    const token = {};
    loading = token;
    load('rules')
      .then((chunk) => {
        if (token !== loading) return;
        controller = chunk.start({
          now,
          visitor,
          report,
          log,
          raw: raw!,
          script: env.script,
          debug,
          preview,
          load,
          refusal,
          identity: () => [userId, attributes],
        });
        for (const args of [...listeners, ...queue]) controller?.(args);
        queue = [];
      })
      .catch(report);
  };

  const stop = () => {
    controller?.(['destroy']);
    controller = loading = undefined;
  };

  const init = (options?: unknown) => {
    if (options !== undefined && typeof options !== 'object') throw TypeError('npskit: init needs an object');
    // Own properties only (Object.assign copies no inherited ones): a polluted Object.prototype must not add or
    // change options. `dataset` turns data-sample-rate into sampleRate; data-survey is the short name of surveyId.
    const input: RawConfig = Object.assign(Object.create(null), (env.script as HTMLElement | null)?.dataset);
    // (`survey` stays too; npskit-rules.js ignores it as another script's attribute would be.)
    input['surveyId'] = input['survey'];
    Object.assign(input, options);
    stop();
    raw = input;
    debug ||= on(input['debug']);
    preview = query === 'preview' || on(input['preview']);
    // `in` is safe here: `input` has no prototype.
    if ('userId' in input || 'attributes' in input) identify(input['userId'], input['attributes']);
    const nav = win.navigator as Navigator & { globalPrivacyControl?: boolean };
    privacy = on(input['respectDnt']) && (nav.globalPrivacyControl || nav.doNotTrack === '1');
    log('init', input);
    // Records an earlier page could not deliver go out now, with the collector alone (no UI).
    if ((visitor.get('outbox') as { entries?: unknown[] } | null)?.entries?.length) {
      load('collector')
        .then((chunk) => {
          collector = chunk;
          return chunk.flush(input['endpoint'] as string);
        })
        .catch(report);
    }
    // Stays truthy when refusal() throws (bad recontact rules): no survey, the error is reported.
    let why: unknown = 1;
    try {
      why = refusal();
    } catch (error) {
      report(error);
    }
    if (!why || debug || preview) upgrade();
    const replay = queue;
    queue = [];
    for (const args of replay) run(...args);
  };

  // Validated by npskit-ui.js when a survey shows; the sampling key only needs a string.
  const identify = (id: unknown, attrs?: unknown) => {
    userId = id == null ? undefined : String(id);
    // Validated, and copied by own properties (spread), when a survey shows: a polluted prototype adds nothing.
    if (attrs !== undefined) attributes = attrs as Record<string, AttributeValue>;
  };

  function run(...args: unknown[]): void {
    const [name, a, b] = args;
    try {
      if (name === 'init') init(a);
      else if (name === 'identify') identify(a, b);
      else if (name === 'destroy') {
        stop();
        collector?.disconnect();
        raw = null;
        queue = listeners = [];
      } else if (!raw) queue.push(args);
      else {
        if (name === 'reset') {
          userId = attributes = undefined;
          visitor.reset();
        }
        // `show` asks the rules first, so a visitor who may not be asked never fetches a byte more.
        const force = Object.hasOwn(Object(a), 'force') && (a as RawConfig)['force'] === true;
        if (name === 'preview' || (name === 'show' && (controller || loading || !refusal(force)))) upgrade();
        if (name === 'on' || name === 'off') listeners.push(args);
        // Without npskit-rules.js on its way, a `track` or `hide` cannot matter: the visitor is not eligible.
        if (controller) controller(args);
        else if (loading) queue.push(args);
      }
    } catch (error) {
      report(error);
    }
  }

  return run as EmbedCommand;
}
