import { bucket } from '@npskit/core';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';

type Api = ((...args: unknown[]) => void) & { q?: IArguments[]; loaded?: boolean };
const w = window as unknown as { npskit?: Api };

/** The snippet's inline stub, exactly as documented in docs/script-tag.md. */
function snippet(): Api {
  // Like the snippet, it pushes onto `npskit.q` of whatever the global `npskit` is when called.
  const stub: Api = function () {
    const api = w.npskit!;
    api.q = api.q || [];
    // biome-ignore lint/complexity/noArguments: the documented snippet queues the arguments object itself.
    api.q.push(arguments);
  };
  w.npskit = stub;
  return stub;
}

function scriptTag(attrs: Record<string, string>): void {
  const s = document.createElement('script');
  s.type = 'text/plain';
  s.setAttribute('src', 'https://cdn.example/npskit/1.0.0/npskit.js');
  for (const [k, v] of Object.entries(attrs)) s.setAttribute(`data-${k}`, v);
  document.head.append(s);
  // A browser sets currentScript while a classic script runs; a module import in a test does not.
  Object.defineProperty(document, 'currentScript', { get: () => s, configurable: true });
}

let logs: unknown[][];
beforeEach(() => {
  vi.resetModules();
  localStorage.clear();
  logs = [];
  vi.spyOn(console, 'info').mockImplementation((...args) => void logs.push(args));
});
afterEach(async () => {
  // Debug mode fetches npskit-rules.js from the (unreachable) CDN URL; let that failure land in the spy.
  await new Promise((resolve) => setTimeout(resolve, 50));
  w.npskit?.('destroy');
  delete w.npskit;
  document.head.innerHTML = '';
  delete (document as { currentScript?: unknown }).currentScript;
  vi.restoreAllMocks();
});

it('replaces the stub with the real API and replays calls queued before load, in order', async () => {
  scriptTag({ endpoint: 'https://example.com/nps', 'sample-rate': '0', debug: 'true' });
  const stub = snippet();
  stub('identify', 'user-1', { plan: 'pro' });
  stub('init', { product: 'Acme' });
  await import('./loader');
  expect(w.npskit).not.toBe(stub);
  expect(w.npskit?.loaded).toBe(true);
  const codes = logs.map((l) => l[0]);
  // One init only (the queued one, merged over the attributes), then the sampling decision.
  expect(codes.slice(0, 2)).toEqual(['npskit: init', 'npskit: not-sampled']);
  expect({ ...(logs[0]![1] as object) }).toMatchObject({
    endpoint: 'https://example.com/nps',
    sampleRate: '0',
    product: 'Acme',
  });
  expect(() => w.npskit!('no-such-command')).not.toThrow();
});

it('initialises itself from data-endpoint when nothing was queued', async () => {
  scriptTag({ endpoint: 'https://example.com/nps', 'sample-rate': '0', debug: 'true', survey: 'website-nps' });
  snippet();
  await import('./loader');
  expect(logs[0]?.[0]).toBe('npskit: init');
  expect((logs[0]![1] as Record<string, unknown>)['surveyId']).toBe('website-nps');
  // 128 random bits as four unsigned 32-bit numbers.
  expect(JSON.parse(localStorage.getItem('npskit:aid')!)).toMatch(/^\d{1,10}(-\d{1,10}){3}$/);
});

it('an identify queued before the script arrived counts for the automatic init’s sampling decision', async () => {
  const users = Array.from({ length: 50 }, (_, i) => `user-${i}`);
  const inSample = users.find((u) => bucket(`website-nps:${u}`) < 0.5)!;
  const outOfSample = users.find((u) => bucket(`website-nps:${u}`) >= 0.5)!;
  for (const [user, sampled] of [
    [inSample, true],
    [outOfSample, false],
  ] as const) {
    vi.resetModules();
    delete w.npskit;
    logs.length = 0;
    scriptTag({ endpoint: 'https://example.com/nps', survey: 'website-nps', 'sample-rate': '0.5', debug: 'true' });
    snippet()('identify', user);
    await import('./loader');
    expect(logs.map((l) => l[0]).includes('npskit: not-sampled')).toBe(!sampled);
    (w.npskit as Api | undefined)?.('destroy');
  }
});

it('loaded twice (two snippets, a tag manager), the second copy leaves the first in charge', async () => {
  scriptTag({ 'sample-rate': '0' });
  snippet();
  await import('./loader');
  const first = w.npskit;
  vi.resetModules();
  await import('./loader');
  expect(w.npskit).toBe(first);
});

it('survives a page without the stub and with storage that throws', async () => {
  vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
    throw new Error('QuotaExceededError');
  });
  scriptTag({ endpoint: 'https://example.com/nps', 'sample-rate': '0', debug: 'true' });
  await import('./loader');
  expect(w.npskit?.loaded).toBe(true);
  expect(logs.map((l) => l[0])).toContain('npskit: not-sampled');
});

it('keeps code that held on to the stub working after the script arrives', async () => {
  scriptTag({ endpoint: 'https://example.com/nps', 'sample-rate': '0' });
  // An app that captured the stub before load (e.g. `const nps = window.npskit` in a module).
  const kept = snippet();
  await import('./loader');
  const errors: unknown[] = [];
  const onError = (e: Event) => errors.push((e as CustomEvent).detail);
  window.addEventListener('npskit:error', onError);
  kept('init', 42);
  window.removeEventListener('npskit:error', onError);
  // The call reached the real API, which refused the bad init, instead of a queue nobody reads.
  expect(String(errors[0])).toMatch(/init needs an object/);
});
