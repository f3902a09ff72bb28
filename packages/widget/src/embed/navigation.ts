/**
 * Calls `onChange` after every same-document navigation: history.pushState/replaceState (wrapped), popstate and
 * hashchange. Only real URL changes are reported. Returns the function that undoes everything.
 *
 * The wrappers call the host's original method first, with the same `this` and arguments, and return its result,
 * so the host's router sees no difference; if the original throws, the host gets that same error.
 */
export function watchNavigation(win: Window, onChange: () => void): () => void {
  const h = win.history;
  let last = win.location.href;
  let active = true;
  const check = () => {
    const href = win.location.href;
    if (active && href !== last) {
      last = href;
      try {
        onChange();
      } catch {}
    }
  };
  const restore: (() => void)[] = [];
  for (const method of ['pushState', 'replaceState'] as const) {
    const original = h[method];
    const wrapper = function (this: History, ...args: Parameters<History['pushState']>) {
      const result = original.apply(this, args);
      check();
      return result;
    };
    h[method] = wrapper;
    restore.push(() => {
      // Another script may have wrapped ours since; putting the original back would drop its wrapper,
      // so in that case ours stays in the chain and just stops reporting (active = false).
      if (h[method] === wrapper) h[method] = original;
    });
  }
  win.addEventListener('popstate', check);
  win.addEventListener('hashchange', check);
  return () => {
    active = false;
    for (const undo of restore) undo();
    win.removeEventListener('popstate', check);
    win.removeEventListener('hashchange', check);
  };
}
