import { effect, type ReadonlySignal } from '@preact/signals-core';
import { useLayoutEffect, useReducer } from 'preact/hooks';

/**
 * Renders the component again whenever one of `signals` changes, including a change made between this render and
 * the subscription.
 *
 * Why not `@preact/signals`' automatic tracking: that binding patches Preact's global `options` when imported, and in
 * the ESM build Preact is the host app's own, so every component of the app would pay for the widget's five
 * signals; it also costs 1.2 kB brotli on the script tag's show path, which has a 20 kB budget. The state is still
 * `@preact/signals-core` (the engine `@preact/signals` re-exports); only the binding to Preact is this hook.
 */
export function useSignals(signals: readonly ReadonlySignal<unknown>[]): void {
  const [, rerender] = useReducer((count: number) => count + 1, 0);
  const seen = signals.map((s) => s.peek());
  useLayoutEffect(
    () =>
      effect(() => {
        // Every value is read (no short-circuit), so the effect subscribes to all of them.
        const now = signals.map((s) => s.value);
        if (now.some((value, i) => value !== seen[i])) rerender(0);
      }),
    seen,
  );
}
