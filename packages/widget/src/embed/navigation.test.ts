import { afterEach, describe, expect, it, vi } from 'vitest';
import { isEditable, watchInterruptions } from './interruption';
import { watchNavigation } from './navigation';

describe('watchNavigation', () => {
  afterEach(() => history.replaceState(null, '', '/'));

  it('reports pushState, replaceState, popstate and hashchange URL changes, once each', () => {
    const seen: string[] = [];
    const stop = watchNavigation(window, () => seen.push(location.pathname + location.hash));
    history.pushState({ a: 1 }, '', '/one');
    history.replaceState(null, '', '/two');
    history.replaceState(null, '', '/two');
    location.hash = '#tab';
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    window.dispatchEvent(new PopStateEvent('popstate'));
    stop();
    expect(seen).toEqual(['/one', '/two', '/two#tab']);
  });

  it("keeps the host router's behaviour: same this, arguments, state and return value; errors pass through", () => {
    const original = history.pushState;
    const calls: unknown[][] = [];
    history.pushState = function (this: History, ...args: Parameters<History['pushState']>) {
      calls.push([this, ...args]);
      return original.apply(this, args);
    };
    const hostWrapper = history.pushState;
    const stop = watchNavigation(window, () => {
      throw new Error('our listener failing must not reach the host');
    });
    expect(history.pushState({ step: 2 }, '', '/wizard')).toBeUndefined();
    expect(calls).toEqual([[history, { step: 2 }, '', '/wizard']]);
    expect(history.state).toEqual({ step: 2 });
    expect(() => history.pushState(null, '', 'https://elsewhere.example/')).toThrow();
    stop();
    expect(history.pushState).toBe(hostWrapper);
    history.pushState = original;
  });

  it('restores the original methods on stop, unless another script wrapped them since (then goes quiet)', () => {
    const original = history.pushState;
    const seen: string[] = [];
    let stop = watchNavigation(window, () => seen.push(location.pathname));
    stop();
    expect(history.pushState).toBe(original);

    stop = watchNavigation(window, () => seen.push(location.pathname));
    const ours = history.pushState;
    const later = function (this: History, ...args: Parameters<History['pushState']>) {
      return ours.apply(this, args);
    };
    history.pushState = later;
    stop();
    expect(history.pushState).toBe(later);
    history.pushState(null, '', '/after-stop');
    expect(seen).toEqual([]);
    history.pushState = original;
  });
});

describe('watchInterruptions', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('knows which elements take typing', () => {
    const el = (html: string) => {
      document.body.innerHTML = html;
      return document.body.firstElementChild;
    };
    expect(isEditable(el('<input>'))).toBe(true);
    expect(isEditable(el('<input type="email">'))).toBe(true);
    expect(isEditable(el('<textarea></textarea>'))).toBe(true);
    expect(isEditable(el('<input type="checkbox">'))).toBe(false);
    expect(isEditable(el('<button>x</button>'))).toBe(false);
    expect(isEditable(null)).toBe(false);
  });

  it('holds back while a field has focus, for the grace period after the last keystroke, and while a host dialog is open', () => {
    let now = 0;
    const w = watchInterruptions(document, () => now, 2000);
    expect(w.check()).toBeNull();

    document.body.innerHTML = '<input id="q"><button id="b">ok</button>';
    const input = document.getElementById('q') as HTMLInputElement;
    input.focus();
    expect(w.check()?.reason).toBe('typing');
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true }));
    (document.getElementById('b') as HTMLButtonElement).focus();
    now = 1500;
    expect(w.check()).toEqual({ reason: 'typing', wait: 500 });
    now = 2001;
    expect(w.check()).toBeNull();

    const dialog = document.createElement('dialog');
    document.body.append(dialog);
    dialog.setAttribute('open', '');
    expect(w.check()?.reason).toBe('dialog');
    dialog.removeAttribute('open');
    expect(w.check()).toBeNull();

    w.stop();
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'b', bubbles: true }));
    expect(w.check()).toBeNull();
  });

  it('sees keystrokes even when the host stops their propagation', () => {
    let now = 0;
    const w = watchInterruptions(document, () => now, 2000);
    document.body.innerHTML = '<div id="editor"></div>';
    const editor = document.getElementById('editor')!;
    editor.addEventListener('keydown', (e) => e.stopPropagation());
    editor.dispatchEvent(new KeyboardEvent('keydown', { key: 'x', bubbles: true }));
    now = 100;
    expect(w.check()?.reason).toBe('typing');
    w.stop();
    vi.restoreAllMocks();
  });
});
