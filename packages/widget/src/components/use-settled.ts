import { useEffect, useState } from 'preact/hooks';

/**
 * Returns `value` once it has stopped changing for `delayMs`. A live region fed from this announces
 * "12 characters left" when the typing pauses instead of on every keystroke.
 */
export function useSettled<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}
