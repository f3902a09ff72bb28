import type { KeyValueStorage } from '@npskit/core';
import { bucket } from '@npskit/core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ChunkLoader, CollectorChunk, MountContext, UiChunk } from './chunks';
import type { EmbedConfig } from './config';
import { createEmbed, type EmbedCommand } from './embed';
import * as rulesChunk from './rules';
import { wireHistory } from './survey-history';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 0, 5, 9);

// happy-dom leaves attributes with an empty value out of `dataset` (browsers do not), so these unit tests write
// boolean attributes as "true"; the bare form (`data-respect-dnt`) is covered in Chromium (test/browser/embed.test.ts).

/** A Map-backed storage that outlives "page loads", as localStorage does. */
function memory(): KeyValueStorage & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k) => void map.delete(k),
  };
}

interface FakeSurvey {
  config: EmbedConfig;
  ctx: MountContext;
  emit(name: string, payload?: unknown): void;
  shown: number;
  hidden: number;
  destroyed: boolean;
}

/** One device: storage shared by every page load, and a clock the test moves across days. */
function device() {
  const storage = memory();
  const clock = { now: T0 };
  const loads: string[] = [];
  const surveys: FakeSurvey[] = [];
  const flushed: string[] = [];
  const collector: CollectorChunk = {
    connect: (endpoint) => ({ flush: async () => void flushed.push(endpoint) }),
    flush: async (endpoint) => void flushed.push(endpoint),
    disconnect: () => {},
  };
  // The UI chunk as the real one behaves towards the loader (history wiring included), minus the widget.
  const ui: UiChunk = {
    ...collector,
    mount(config, ctx) {
      const listeners = new Map<string, ((p: unknown) => void)[]>();
      const survey: FakeSurvey & { show(): void; hide(): void; destroy(): void } = {
        config,
        ctx,
        shown: 0,
        hidden: 0,
        destroyed: false,
        emit: (name, payload) => {
          for (const fn of listeners.get(name) ?? []) fn(payload);
        },
        show() {
          survey.shown++;
          survey.emit('shown', { trigger: ctx.trigger, preview: ctx.preview });
        },
        hide() {
          survey.hidden++;
        },
        destroy() {
          survey.destroyed = true;
        },
      };
      wireHistory(
        { on: (name, fn) => listeners.set(name, [...(listeners.get(name) ?? []), fn]) },
        config.surveyId,
        ctx,
      );
      surveys.push(survey);
      return survey;
    },
  };
  const load = ((name: string) => {
    loads.push(name);
    if (name === 'rules') return Promise.resolve(rulesChunk);
    return Promise.resolve(name === 'ui' ? ui : collector);
  }) as ChunkLoader;

  const pages: EmbedCommand[] = [];
  /** A new page load on this device; `attrs` are the script tag's data-* attributes. */
  const page = (attrs: Record<string, string> = {}): EmbedCommand => {
    for (const old of pages.splice(0)) old('destroy');
    const script = document.createElement('script');
    for (const [k, v] of Object.entries(attrs)) script.setAttribute(`data-${k}`, v);
    const command = createEmbed({
      win: window,
      storage: { localStorage: storage, sessionStorage: memory() },
      now: () => clock.now,
      load,
      script,
    });
    pages.push(command);
    return command;
  };
  return {
    storage,
    clock,
    loads,
    surveys,
    flushed,
    page,
    close: () => {
      for (const p of pages.splice(0)) p('destroy');
    },
  };
}

const settle = () => vi.advanceTimersByTimeAsync(1);

let current: ReturnType<typeof device> | undefined;
const make = () => (current = device());

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
  history.replaceState(null, '', '/');
  document.body.innerHTML = '';
});
afterEach(() => {
  current?.close();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

/** Finds an anonymous id whose bucket for `surveyId` is below (or above) `rate`. */
function aidWhere(sampled: boolean, rate: number, surveyId = 'nps'): string {
  for (let i = 0; ; i++) {
    const aid = `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
    if (bucket(`${surveyId}:${aid}`) < rate === sampled) return aid;
  }
}

describe('command queue', () => {
  it('holds commands made before init and replays them in order after it', async () => {
    const d = make();
    const npskit = d.page();
    const seen: string[] = [];
    npskit('on', 'shown', (r: { trigger: string }) => seen.push(`shown:${r.trigger}`));
    npskit('identify', 'user-7', { plan: 'pro' });
    npskit('show');
    expect(d.loads).toEqual([]);
    npskit('init', { endpoint: 'https://example.com/nps', trigger: 'manual' });
    await settle();
    expect(d.loads).toEqual(['rules', 'collector', 'ui']);
    expect(seen).toEqual(['shown:manual']);
    expect(d.surveys[0]!.ctx.userId).toBe('user-7');
    expect({ ...d.surveys[0]!.ctx.attributes }).toEqual({ plan: 'pro' });
  });

  it('reports an unknown command or bad arguments as an error event, never as a throw', async () => {
    const d = make();
    const npskit = d.page();
    const errors: string[] = [];
    const onError = (e: Event) => errors.push(String((e as CustomEvent).detail));
    window.addEventListener('npskit:error', onError);
    npskit('init', { endpoint: 'https://example.com/nps', trigger: 'manual' });
    await settle();
    expect(() => npskit('fly')).not.toThrow();
    npskit('on', 'exploded', () => {});
    npskit('track', 42);
    npskit('init', 'not an object');
    window.removeEventListener('npskit:error', onError);
    expect(errors).toEqual([
      expect.stringContaining('command must be one of init, identify, track'),
      expect.stringContaining('on arguments must be an event (shown, score'),
      expect.stringContaining('track must be an event name'),
      'TypeError: npskit: init needs an object',
    ]);
  });
});

describe('survey content options', () => {
  it('are validated once, by the rules chunk: valid ones reach the UI resolved, a bad one is reported and nothing loads', async () => {
    const d = make();
    const npskit = d.page();
    npskit('init', {
      endpoint: 'https://example.com/nps',
      trigger: 'manual',
      reasons: { detractor: ['price'] },
      shareLinks: [{ label: 'Review', url: 'javascript:alert(1)' }],
    });
    npskit('show');
    await settle();
    expect(d.surveys[0]!.ctx.content).toMatchObject({
      reasons: { detractor: ['price'] },
      shareLinks: [],
      askContact: false,
      commentMaxLength: 500,
    });
    d.close();

    const e = make();
    const errors: string[] = [];
    const onError = (event: Event) => errors.push(String((event as CustomEvent).detail));
    window.addEventListener('npskit:error', onError);
    const other = e.page();
    other('init', { endpoint: 'https://example.com/nps', trigger: 'manual', reasons: { angry: ['x'] } });
    other('show');
    await settle();
    window.removeEventListener('npskit:error', onError);
    expect(errors).toEqual(['TypeError: reasons.angry is not a category; use promoter, passive or detractor']);
    expect(e.loads).not.toContain('ui');
  });

  it('an empty user id from identify is refused at display time with a message naming it', async () => {
    const d = make();
    const errors: string[] = [];
    const onError = (event: Event) => errors.push(String((event as CustomEvent).detail));
    window.addEventListener('npskit:error', onError);
    const npskit = d.page();
    npskit('init', { endpoint: 'https://example.com/nps', trigger: 'manual' });
    npskit('identify', '');
    npskit('show');
    await settle();
    window.removeEventListener('npskit:error', onError);
    expect(errors).toEqual([expect.stringContaining('npskit: identify userId must be a non-empty string')]);
    expect(d.surveys).toHaveLength(0);
  });
});

describe('sampling', () => {
  it('never fetches the rules or the UI for a visitor outside the sample, whatever the page does', async () => {
    const d = make();
    d.storage.setItem('npskit:aid', JSON.stringify(aidWhere(false, 0.1)));
    const npskit = d.page({ endpoint: 'https://example.com/nps', 'sample-rate': '0.1' });
    npskit('init');
    npskit('track', 'order_completed');
    npskit('show');
    await settle();
    expect(d.loads).toEqual([]);
    npskit('show', { force: true });
    await settle();
    expect(d.loads).toEqual(['rules', 'collector', 'ui']);
    expect(d.surveys[0]!.ctx.trigger).toBe('manual');
  });

  it('is sticky across reloads on the same device, and follows the user id once identified', async () => {
    const d = make();
    const decisions = new Set<string>();
    for (let reload = 0; reload < 8; reload++) {
      d.loads.length = 0;
      d.page()('init', { endpoint: 'https://example.com/nps', sampleRate: 0.5, trigger: 'manual' });
      await settle();
      decisions.add(d.loads.join());
    }
    expect(decisions.size).toBe(1);
    const aid = JSON.parse(d.storage.getItem('npskit:aid')!);
    expect(decisions.has('rules')).toBe(bucket(`nps:${aid}`) < 0.5);

    const user = ['u-1', 'u-2', 'u-3', 'u-4', 'u-5', 'u-6'].find((u) => bucket(`nps:${u}`) < 0.5) !== undefined;
    expect(user).toBe(true);
    const inSample = ['u-1', 'u-2', 'u-3', 'u-4', 'u-5', 'u-6'].find((u) => bucket(`nps:${u}`) < 0.5)!;
    const outSample = ['u-1', 'u-2', 'u-3', 'u-4', 'u-5', 'u-6'].find((u) => bucket(`nps:${u}`) >= 0.5)!;
    for (const [userId, expected] of [
      [inSample, ['rules']],
      [outSample, []],
    ] as const) {
      d.loads.length = 0;
      d.page()('init', { endpoint: 'https://example.com/nps', sampleRate: 0.5, trigger: 'manual', userId });
      await settle();
      expect(d.loads).toEqual(expected);
    }
  });
});

describe('recontact across days', () => {
  it('a dismissed survey stays away the next day and returns after the 7-day back-off', async () => {
    const d = make();
    const visit = async () => {
      d.loads.length = 0;
      d.page({ endpoint: 'https://example.com/nps' })('init');
      await settle();
      return d.surveys.at(-1);
    };
    const first = await visit();
    expect(first?.shown).toBe(1);
    expect(first?.ctx.trigger).toBe('load');
    first!.emit('dismissed', {});

    d.clock.now = T0 + 1 * DAY;
    expect(d.surveys.length).toBe(1);
    await visit();
    expect(d.loads).toEqual([]);
    expect(d.surveys.length).toBe(1);

    d.clock.now = T0 + 7 * DAY + 1;
    const again = await visit();
    expect(d.surveys.length).toBe(2);
    again!.emit('score', { score: 9 });
    d.clock.now = T0 + 60 * DAY;
    await visit();
    expect(d.loads).toEqual([]);
    d.clock.now = T0 + 7 * DAY + 91 * DAY;
    await visit();
    expect(d.surveys.length).toBe(3);
  });

  it('shows at most once per session even when the survey was ignored', async () => {
    const d = make();
    const session = memory();
    const page = () =>
      createEmbed({
        win: window,
        storage: { localStorage: d.storage, sessionStorage: session },
        now: () => d.clock.now,
        load: (async (name: string) => (name === 'rules' ? rulesChunk : null)) as ChunkLoader,
        script: null,
      });
    const log = vi.spyOn(console, 'info').mockImplementation(() => {});
    const first = page();
    first('init', { endpoint: 'https://e.com', debug: true, trigger: 'manual' });
    const h = JSON.parse(d.storage.getItem('npskit:history')!);
    h.surveys = { nps: { lastShownAt: T0, dismissals: 0 } };
    h.session = { id: JSON.parse(session.getItem('npskit:session')!), shown: 1 };
    d.storage.setItem('npskit:history', JSON.stringify(h));
    first('destroy');
    page()('init', { endpoint: 'https://e.com', debug: true, trigger: 'manual' });
    expect(log.mock.calls.map((c) => c[0])).toContain('npskit: session-limit');
  });
});

describe('modes and privacy', () => {
  it('preview (?npskit=preview) shows at once despite sampling and recontact, marked, without touching history', async () => {
    const d = make();
    history.replaceState(null, '', '/?npskit=preview');
    const historyBefore = () => d.storage.getItem('npskit:history');
    d.page({ endpoint: 'https://example.com/nps', 'sample-rate': '0' })('init');
    const before = historyBefore();
    await settle();
    expect(d.surveys).toHaveLength(1);
    expect(d.surveys[0]!.ctx.preview).toBe(true);
    expect(d.surveys[0]!.ctx.trigger).toBe('preview');
    d.surveys[0]!.emit('dismissed');
    expect(historyBefore()).toBe(before);
  });

  it('the preview command does the same from code', async () => {
    const d = make();
    const npskit = d.page();
    npskit('init', { endpoint: 'https://example.com/nps', sampleRate: 0 });
    npskit('preview');
    await settle();
    expect(d.surveys[0]?.ctx.preview).toBe(true);
  });

  it('debug mode logs each decision with its reason code; without it the console stays silent', async () => {
    const log = vi.spyOn(console, 'info').mockImplementation(() => {});
    const d = make();
    d.storage.setItem('npskit:aid', JSON.stringify(aidWhere(false, 0.2)));
    d.page({ endpoint: 'https://example.com/nps', 'sample-rate': '0.2' })('init');
    await settle();
    expect(log).not.toHaveBeenCalled();
    d.page({ endpoint: 'https://example.com/nps', 'sample-rate': '0.2', debug: 'true' })('init');
    await settle();
    const codes = log.mock.calls.map((c) => c[0]);
    expect(codes).toContain('npskit: not-sampled');
    // Debug mode always fetches the rules, so option errors are reported even for visitors outside the sample.
    expect(d.loads).toEqual(['rules']);
  });

  it('debug mode names a bad data-* value after its attribute', async () => {
    const log = vi.spyOn(console, 'info').mockImplementation(() => {});
    const d = make();
    d.page({ endpoint: 'https://example.com/nps', position: 'top-middle', debug: 'true' })('init');
    await settle();
    const errors = log.mock.calls.filter((c) => c[0] === 'npskit: error').map((c) => String(c[1]));
    expect(errors).toContain(
      'TypeError: npskit: data-position must be one of bottom-right, bottom-left, bar, modal, inline, got "top-middle"',
    );
  });

  it('respects Global Privacy Control when the site opts in with data-respect-dnt', async () => {
    const d = make();
    Object.defineProperty(navigator, 'globalPrivacyControl', { value: true, configurable: true });
    try {
      d.page({ endpoint: 'https://example.com/nps', 'respect-dnt': 'true' })('init');
      await settle();
      expect(d.loads).toEqual([]);
      d.page({ endpoint: 'https://example.com/nps' })('init');
      await settle();
      expect(d.loads).toEqual(['rules', 'collector', 'ui']);
    } finally {
      delete (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl;
    }
  });
});

describe('loading only what is needed', () => {
  it('loads the collector alone to flush records an earlier page left in the outbox', async () => {
    const d = make();
    d.storage.setItem('npskit:outbox', JSON.stringify({ v: 1, entries: [{ record: { id: 'r1' }, at: T0 }] }));
    d.page({ endpoint: 'https://example.com/nps', 'sample-rate': '0' })('init');
    await settle();
    expect(d.loads).toEqual(['collector']);
    expect(d.flushed).toEqual(['https://example.com/nps']);
  });

  it('a polluted Object.prototype cannot turn a visitor into a sampled one or set an endpoint', async () => {
    const d = make();
    const proto = Object.prototype as Record<string, unknown>;
    try {
      proto['sampleRate'] = 1;
      proto['endpoint'] = 'https://attacker.example';
      proto['force'] = true;
      d.storage.setItem('npskit:aid', JSON.stringify(aidWhere(false, 0.1)));
      const npskit = d.page();
      npskit('init', { endpoint: 'https://example.com/nps', sampleRate: 0.1 });
      npskit('show', {});
      await settle();
      expect(d.loads).toEqual([]);
    } finally {
      delete proto['sampleRate'];
      delete proto['endpoint'];
      delete proto['force'];
    }
  });
});

describe('track, reset and destroy', () => {
  it('shows on a tracked event with the trigger recorded, after the visitor stops typing', async () => {
    const d = make();
    const npskit = d.page();
    npskit('init', { endpoint: 'https://example.com/nps', trigger: { event: 'order_completed' }, graceMs: 2000 });
    await settle();
    document.body.innerHTML = '<input id="q">';
    const input = document.getElementById('q') as HTMLInputElement;
    input.focus();
    npskit('track', 'order_completed');
    await settle();
    expect(d.surveys).toHaveLength(0);
    input.blur();
    d.clock.now += 500;
    await vi.advanceTimersByTimeAsync(600);
    expect(d.surveys).toHaveLength(1);
    expect(d.surveys[0]!.ctx.trigger).toBe('event:order_completed');
  });

  it('counts page loads and SPA navigations for minPageviews, across reloads', async () => {
    const d = make();
    const visit = async () => {
      d.page()('init', { endpoint: 'https://example.com/nps', trigger: { minPageviews: 4 } });
      await settle();
    };
    await visit();
    await visit();
    expect(d.surveys).toHaveLength(0);
    history.pushState(null, '', '/second');
    await settle();
    expect(d.surveys).toHaveLength(0);
    history.replaceState(null, '', '/second');
    history.pushState(null, '', '/third');
    await settle();
    expect(d.surveys).toHaveLength(1);
    expect(d.surveys[0]!.ctx.trigger).toBe('pageviews');
    expect(JSON.parse(d.storage.getItem('npskit:pageviews')!)).toBe(4);
  });

  it('reset forgets the visitor: new anonymous id, cleared history', async () => {
    const d = make();
    const npskit = d.page({ endpoint: 'https://example.com/nps' });
    npskit('init');
    await settle();
    d.surveys[0]!.emit('score', {});
    const aid = d.storage.getItem('npskit:aid');
    expect(JSON.parse(d.storage.getItem('npskit:history')!).surveys.nps.lastAnsweredAt).toBe(T0);
    npskit('reset');
    expect(d.storage.getItem('npskit:aid')).not.toBe(aid);
    expect(JSON.parse(d.storage.getItem('npskit:history')!).surveys).toEqual({});
    expect(d.surveys[0]!.destroyed).toBe(true);
  });

  it('destroy removes listeners, timers and the survey, and gives history methods back', async () => {
    const d = make();
    const push = history.pushState;
    const npskit = d.page();
    const seen: unknown[] = [];
    npskit('on', 'shown', (r: unknown) => seen.push(r));
    npskit('init', { endpoint: 'https://example.com/nps', trigger: { url: '/thanks', delay: 5000 } });
    await settle();
    expect(history.pushState).not.toBe(push);
    npskit('destroy');
    expect(history.pushState).toBe(push);
    history.pushState(null, '', '/thanks');
    await vi.advanceTimersByTimeAsync(10_000);
    expect(d.surveys).toHaveLength(0);
    expect(seen).toEqual([]);
    expect(vi.getTimerCount()).toBe(0);
  });
});
