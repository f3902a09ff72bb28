/**
 * Keeps a bottom-anchored card above the on-screen keyboard. Mobile browsers shrink the visual viewport
 * (not the layout viewport) when the keyboard opens, so `position: fixed; bottom: 0` ends up under it;
 * the covered height is published as `--npskit-keyboard` through the CSSOM (allowed by a strict CSP,
 * unlike a style attribute). Returns the cleanup.
 */
export function trackKeyboardInset(target: HTMLElement): () => void {
  const viewport = typeof window !== 'undefined' ? window.visualViewport : null;
  if (!viewport) return () => {};
  const update = () => {
    const covered = Math.max(0, window.innerHeight - viewport.height - viewport.offsetTop);
    if (covered > 0) target.style.setProperty('--npskit-keyboard', `${Math.round(covered)}px`);
    else target.style.removeProperty('--npskit-keyboard');
  };
  viewport.addEventListener('resize', update);
  viewport.addEventListener('scroll', update);
  update();
  return () => {
    viewport.removeEventListener('resize', update);
    viewport.removeEventListener('scroll', update);
    target.style.removeProperty('--npskit-keyboard');
  };
}

/** After the keyboard has had time to open, scrolls a focused field into view (inline surveys, tall cards). */
export function revealOnFocus(event: FocusEvent): void {
  const field = event.target as HTMLElement | null;
  if (!field || typeof field.scrollIntoView !== 'function') return;
  // Keyboards animate in for ~250 ms; measuring before that scrolls to the wrong place.
  setTimeout(() => {
    if (field.isConnected) field.scrollIntoView({ block: 'nearest' });
  }, 300);
}
