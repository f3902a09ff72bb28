import { effect, type ReadonlySignal } from '@preact/signals-core';
import { Component, type ComponentChildren } from 'preact';

/**
 * A component that renders again whenever one of the signals it names changes, including a change made between
 * its render and its subscription.
 *
 * Why not `@preact/signals`' automatic tracking: that binding patches Preact's global `options` when imported, and in
 * the ESM build Preact is the host app's own, so every component of the app would pay for the widget's five
 * signals; it also cost 1.0 kB brotli on the script tag's show path, which has a 20 kB budget. The state is still
 * `@preact/signals-core` (the engine `@preact/signals` re-exports); only the binding to Preact is this class.
 * A class rather than a hook: the score step then needs no `preact/hooks` (1.3 kB brotli), which comes with the
 * later steps.
 */
export abstract class SignalWatcher<P> extends Component<P> {
  #seen: unknown[] = [];
  #stop: (() => void) | undefined;

  /** The signals `view` reads. */
  protected abstract signals(): readonly ReadonlySignal<unknown>[];

  /** What the component renders. */
  protected abstract view(): ComponentChildren;

  override render(): ComponentChildren {
    this.#seen = this.signals().map((s) => s.peek());
    return this.view();
  }

  override componentDidMount(): void {
    this.#stop = effect(() => {
      // Every value is read (no short-circuit), so the effect subscribes to all of them.
      const now = this.signals().map((s) => s.value);
      if (now.some((value, i) => value !== this.#seen[i])) this.forceUpdate();
    });
  }

  override componentWillUnmount(): void {
    this.#stop?.();
  }
}
