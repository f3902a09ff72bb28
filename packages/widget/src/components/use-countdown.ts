import { useEffect, useState } from 'preact/hooks';

/**
 * Counts whole seconds down from `seconds` while `running`, calling `onDone` at zero. Returns the
 * seconds left. Stopping is the caller's job (a visible "Keep open" control, WCAG 2.2.1).
 */
export function useCountdown(seconds: number, running: boolean, onDone: () => void): number {
  const [left, setLeft] = useState(seconds);
  useEffect(() => {
    if (!running) return;
    if (left <= 0) {
      onDone();
      return;
    }
    const timer = setTimeout(() => setLeft(left - 1), 1000);
    return () => clearTimeout(timer);
  }, [left, running, onDone]);
  return left;
}
