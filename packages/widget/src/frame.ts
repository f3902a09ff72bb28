import { render } from 'preact';
import { containTab, deepActiveElement, isEditable } from './focus';
import { keepClearOfTyping } from './keep-clear';
import { trackKeyboardInset } from './keyboard-inset';
import type { SurveyPosition, SurveyTheme } from './options';
import { adoptStyles } from './styles/adopt';
import { raiseToTopLayer } from './top-layer';

/** The DOM a display lives in: `<npskit-survey>` → open shadow root → `.root` (→ `<dialog>` for the modal). */
export interface Frame {
  host: HTMLElement;
  root: HTMLElement;
  /** Where Preact renders the card: the root, or the dialog. */
  mountNode: HTMLElement;
  dialog: HTMLDialogElement | undefined;
  /** Where `attachFrame` puts the host: the inline container, or `<html>`. */
  parent: Element;
  /** Focused before the survey opened (taken by `openFrame`); focus goes back there on close. */
  previousFocus: Element | null;
  cleanup: () => void;
}

/** What a frame needs to know. */
export interface FrameOptions {
  position: SurveyPosition;
  theme: SurveyTheme;
  container: Element | undefined;
  nonce: string | undefined;
  direction: 'ltr' | 'rtl';
  locale: string;
  /** Accessible name of the modal dialog. */
  label: string;
}

/**
 * Creates the host element, its shadow root with the widget's styles, and the root element carrying
 * `dir`, `lang` and the theme, off the page (`attachFrame` puts it there, once rendered, so the page never
 * paints an empty frame). Throws when styles cannot be applied.
 */
export function createFrame(options: FrameOptions): Frame {
  const host = document.createElement('npskit-survey');
  const shadow = host.attachShadow({ mode: 'open' });
  if (!adoptStyles(shadow, options.nonce)) {
    throw new Error(
      "npskit: this browser lacks constructable stylesheets; pass the page's CSP `nonce` option to use a <style> fallback",
    );
  }
  const root = document.createElement('div');
  root.className = 'root';
  root.dir = options.direction;
  root.lang = options.locale;
  root.dataset['theme'] = options.theme;
  shadow.append(root);
  let mountNode: HTMLElement = root;
  let dialog: HTMLDialogElement | undefined;
  if (options.position === 'modal') {
    dialog = document.createElement('dialog');
    dialog.className = 'modal';
    dialog.setAttribute('aria-label', options.label);
    root.append(dialog);
    mountNode = dialog;
  }
  // Floating surveys go on <html>, not <body>: a `transform` or `filter` on the body would otherwise make
  // `position: fixed` relative to the body where the top layer is missing (and <body> may not exist yet).
  const parent = options.container ?? document.documentElement;
  return { host, root, mountNode, dialog, parent, previousFocus: null, cleanup: () => {} };
}

/** Puts the host on the page and lifts a floating root into the top layer (the modal's dialog opens in `openFrame`). */
export function attachFrame(frame: Frame, position: SurveyPosition): void {
  frame.parent.append(frame.host);
  if (position !== 'inline' && !frame.dialog) raiseToTopLayer(frame.root);
}

/**
 * Makes a rendered frame interactive: Escape (and, for the modal, a click on the backdrop) dismisses; the modal opens with `showModal()` (top layer,
 * inert page) and keeps Tab inside; floating cards follow the on-screen keyboard and keep clear of the
 * field being typed in. Focus moves to the scale, except for inline surveys and when the visitor is typing.
 */
export function openFrame(frame: Frame, position: SurveyPosition, onDismiss: () => void): void {
  const cleanups: (() => void)[] = [];
  // Taken now, not when the frame was built: the visitor may have moved on while the card was rendering.
  frame.previousFocus = deepActiveElement();
  const firstStop = () => frame.mountNode.querySelector<HTMLElement>('[role="radio"][tabindex="0"]');
  const { dialog } = frame;
  if (dialog) {
    dialog.addEventListener('cancel', (event) => {
      // Escape: record the dismissal ourselves instead of letting the dialog close silently.
      event.preventDefault();
      onDismiss();
    });
    dialog.addEventListener('keydown', (event) => containTab(dialog, event));
    // A click on the backdrop dismisses, as on any modal. The dialog has no padding, so only the backdrop is the
    // dialog itself; a press that began on the card (selecting comment text, then releasing outside) is not one.
    let pressedBackdrop = false;
    dialog.addEventListener('pointerdown', (event) => {
      pressedBackdrop = event.target === dialog;
    });
    dialog.addEventListener('click', (event) => {
      if (pressedBackdrop && event.target === dialog) onDismiss();
    });
    dialog.showModal();
    firstStop()?.focus();
  } else {
    frame.root.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      onDismiss();
    });
    if (position !== 'inline') {
      cleanups.push(trackKeyboardInset(frame.root), keepClearOfTyping(frame.root, frame.host));
      if (!isEditable(frame.previousFocus)) firstStop()?.focus({ preventScroll: true });
    }
  }
  frame.cleanup = () => {
    for (const fn of cleanups) fn();
  };
}

/** Unrenders and removes the frame; gives focus back when the survey had it (always for the modal). */
export function closeFrame(frame: Frame): void {
  // Focus inside our shadow root shows up on the document as focus on the host element.
  const hadFocus = document.activeElement === frame.host;
  frame.cleanup();
  render(null, frame.mountNode);
  if (frame.dialog?.open) frame.dialog.close();
  frame.host.remove();
  const back = frame.previousFocus as HTMLElement | null;
  if ((hadFocus || frame.dialog) && back?.isConnected && typeof back.focus === 'function') {
    back.focus({ preventScroll: true });
  }
}
