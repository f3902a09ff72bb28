import type { ChunkLoader } from './chunks';
import { createEmbed } from './embed';

/**
 * npskit.js, the every-page script and the only module that touches window globals. It replaces the snippet's
 * queueing stub with the real command function, replays the queued calls in order, and initialises itself from
 * `data-endpoint` when the page queued no `init` of its own.
 */
type Api = ((...args: unknown[]) => void) & { q?: unknown; loaded?: boolean };

const win = window as Window & { npskit?: Api };
const stub = win.npskit;
// Reading the property itself throws in sandboxed iframes and with storage disabled; the {} left then makes every
// later call throw too, which visitor.ts catches (the visitor then lives in memory for this page).
const storageOf = (kind: 'localStorage' | 'sessionStorage'): Storage => {
  try {
    return win[kind];
  } catch {
    return {} as Storage;
  }
};

// A second copy of the script (two snippets, a tag manager re-injecting it) must not double up.
if (!stub?.loaded) {
  const script = (document.currentScript ?? document.querySelector('script[src*="npskit.js"]')) as HTMLScriptElement;
  const base = script?.src || location.href;
  const command = createEmbed({
    win,
    storage: storageOf('localStorage'),
    session: storageOf('sessionStorage'),
    now: Date.now,
    // The chunks sit beside npskit.js, wherever (and under whatever version folder) it is served from.
    load: ((name: string) => import(/* @vite-ignore */ new URL(`npskit-${name}.js`, base).href)) as ChunkLoader,
    script,
  });
  const api: Api = (...args) => command(...(args as [string]));
  api.loaded = true;
  // concat, not spread: whatever a hostile page left in `q`, this cannot throw.
  const queue = ([] as ArrayLike<unknown>[]).concat((stub?.q as ArrayLike<unknown>[]) || []);
  win.npskit = api;
  try {
    if (script?.hasAttribute('data-endpoint') && !queue.some((args) => args[0] === 'init')) command('init');
    for (const args of queue) command(...(Array.from(args) as [string]));
  } catch {}
}
