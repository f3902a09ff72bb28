import { deepActiveElement, isEditable } from './focus';

/**
 * Keeps a floating card from covering the field the visitor is typing in: when a page field in the
 * lower half of the window has focus, the card moves to the top (class `at-top` on the root), and back
 * when focus leaves it. Our own fields do not count (focus inside the shadow root shows as the host).
 * Returns the cleanup.
 */
export function keepClearOfTyping(root: HTMLElement, host: HTMLElement): () => void {
  const check = () => {
    const active = deepActiveElement();
    if (document.activeElement === host) return;
    const rect = isEditable(active) ? active!.getBoundingClientRect() : undefined;
    root.classList.toggle('at-top', rect !== undefined && rect.bottom > window.innerHeight / 2);
  };
  check();
  document.addEventListener('focusin', check, true);
  document.addEventListener('focusout', check, true);
  return () => {
    document.removeEventListener('focusin', check, true);
    document.removeEventListener('focusout', check, true);
  };
}
