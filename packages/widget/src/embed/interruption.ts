/** Why an automatic survey is held back. */
export type Interruption = 'typing' | 'dialog';

const NOT_TYPED = /^(button|checkbox|radio|submit|reset|range|color|file|image|hidden)$/;

/** The focused element, looking into open shadow roots (web-component inputs). */
function focused(doc: Document): Element | null {
  let el = doc.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

/** True when the element takes typed text: text-like inputs, textareas, contenteditable. */
export function isEditable(el: Element | null): boolean {
  if (!el) return false;
  if ((el as HTMLElement).isContentEditable || el.tagName === 'TEXTAREA') return true;
  return el.tagName === 'INPUT' && !NOT_TYPED.test((el as HTMLInputElement).type);
}

// Many sites keep their closed modals in the DOM; only a rendered one interrupts.
const shown = (el: Element): boolean => !el.checkVisibility || el.checkVisibility();

/**
 * Tracks the visitor's keystrokes and tells whether showing a survey now would interrupt them:
 * while an editable field has focus, while a host modal (`<dialog open>` or `aria-modal="true"`) is open,
 * and for `graceMs` after the last keystroke.
 */
export function watchInterruptions(doc: Document, now: () => number, graceMs: number) {
  let lastKey = Number.NEGATIVE_INFINITY;
  const onKey = () => {
    lastKey = now();
  };
  // Capture phase: a host handler that stops propagation must not hide typing from us.
  doc.addEventListener('keydown', onKey, true);
  doc.addEventListener('input', onKey, true);
  return {
    /** The reason to wait and for how long at least (ms), or null when showing now is fine. */
    check(): { reason: Interruption; wait: number } | null {
      if (doc.querySelector('dialog[open]') || [...doc.querySelectorAll('[aria-modal="true"]')].some(shown)) {
        return { reason: 'dialog', wait: 500 };
      }
      const quiet = lastKey + graceMs - now();
      if (isEditable(focused(doc)) || quiet > 0) return { reason: 'typing', wait: Math.max(quiet, 500) };
      return null;
    },
    stop(): void {
      doc.removeEventListener('keydown', onKey, true);
      doc.removeEventListener('input', onKey, true);
    },
  };
}
