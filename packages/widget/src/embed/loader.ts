import type { ChunkLoader } from './chunks';
import { createEmbed } from './embed';

/**
 * npskit.js, the every-page script and the only module that touches window globals. It replaces the snippet's
 * queueing stub with the real command function, replays the queued calls in order, and then initialises itself
 * from `data-endpoint` when the page queued no `init` of its own.
 */
type Api = ((...args: unknown[]) => void) & { q?: unknown; loaded?: boolean };

const win = window as Window & { npskit?: Api };
const stub = win.npskit;

// A second copy of the script (two snippets, a tag manager re-injecting it) must not double up.
if (!stub?.loaded) {
  // Set while a classic script runs, also when a tag manager inserted the tag; npskit.js must be loaded by its own
  // <script> element (not bundled into another file), which is where its options and chunk URLs come from.
  const script = document.currentScript as HTMLScriptElement | null;
  const base = script?.src || location.href;
  const command = createEmbed({
    win,
    storage: win,
    now: Date.now,
    // The chunks sit beside npskit.js, wherever (and under whatever version folder) it is served from.
    // import() stringifies its argument, so the URL object needs no .href. It is called in a task of its own: a
    // page's first import() costs 12–34 ms at 4× CPU, which on top of this script's evaluation (storage reads,
    // the decision) made one task of 50–60 ms. A plain timer, not ../next-task.ts: that one costs 65 B brotli more
    // than this script has.
    load: ((name: string) =>
      new Promise((go) => setTimeout(go)).then(
        () => import(/* @vite-ignore */ new URL(`npskit-${name}.js`, base) as never),
      )) as ChunkLoader,
    script,
  });
  const api = command as Api;
  // concat, not spread: whatever a hostile page left in `q`, this cannot throw.
  const queue = ([] as unknown[][]).concat((stub?.q as unknown[][]) || []);
  win.npskit = api;
  // The stub pushes onto `npskit.q` of whatever `npskit` is now, so code that kept a reference to the stub
  // (`const n = window.npskit` before the script arrived) keeps working instead of feeding a dead queue.
  // The stub queues `arguments` objects, which spread as they are.
  const run = (args: Iterable<unknown>) => command(...(args as [string]));
  api.q = { push: run };
  api.loaded = true;
  try {
    // The automatic init goes after the queued calls: an `identify` made before the script arrived must count for
    // its sampling decision (other commands wait for init anyway).
    if (script?.hasAttribute('data-endpoint') && !queue.some((args) => args[0] === 'init')) queue.push(['init']);
    for (const args of queue) run(args);
  } catch {}
}
