/**
 * Card and placement. Floating cards are `position: fixed` inside a root lifted into the top layer (a
 * manual popover, see top-layer.ts), and the modal is a `<dialog>` opened with `showModal()`: both end
 * z-index fights and escape transformed ancestors. Sizes are px, never rem, so the page's root font
 * size cannot shrink the card.
 * `--npskit-keyboard` is set from `visualViewport` while the on-screen keyboard covers the bottom.
 */
export const layoutCss = `
.card {
  box-sizing: border-box;
  position: relative;
  width: min(416px, calc(100vw - 2 * var(--_offset)));
  max-height: calc(100dvh - 2 * var(--_offset) - var(--npskit-keyboard, 0px));
  overflow: auto;
  padding: 16px 16px 14px;
  background: var(--_bg);
  color: var(--_text);
  border: 1px solid color-mix(in srgb, var(--_border) 45%, transparent);
  border-radius: var(--_radius);
  box-shadow: var(--_shadow);
  font-family: var(--_font);
  font-size: 15px;
  line-height: 1.45;
  text-align: start;
}
.card *, .card *::before, .card *::after { box-sizing: border-box; }
.bottom-right, .bottom-left, .bar {
  position: fixed;
  z-index: var(--_z);
  bottom: calc(var(--_offset) + var(--npskit-keyboard, 0px));
}
.bottom-right { right: var(--_offset); }
.bottom-left { left: var(--_offset); }
.bar {
  left: 0;
  right: 0;
  bottom: var(--npskit-keyboard, 0px);
  width: 100%;
  max-height: calc(100dvh - var(--npskit-keyboard, 0px));
  border-radius: 0;
  border-width: 1px 0 0;
  padding-inline: max(16px, calc((100% - 640px) / 2));
}
/* A page field in the lower half has focus: stay out of its way at the top. */
.at-top .bottom-right, .at-top .bottom-left { bottom: auto; top: var(--_offset); }
.at-top .bar { bottom: auto; top: 0; border-width: 0 0 1px; }
.inline { width: 100%; max-width: 576px; box-shadow: none; max-height: none; }
/* The floating root is a manual popover (top layer): undo the UA popover box so the card sits where it did. */
.root[popover] { inset: auto; margin: 0; border: 0; padding: 0; background: none; overflow: visible; }
dialog.modal {
  padding: 0;
  border: 0;
  background: transparent;
  max-width: none;
  max-height: none;
  overflow: visible;
}
dialog.modal::backdrop { background: rgb(0 0 0 / 0.5); }
.modal .card { width: min(480px, calc(100vw - 2 * var(--_offset))); }
/* Narrow screens: the floating cards become a full-width sheet, so 11 targets of 24px still fit at 320px. */
@media (max-width: 432px) {
  .bottom-right, .bottom-left {
    left: 0;
    right: 0;
    bottom: var(--npskit-keyboard, 0px);
    width: 100%;
    border-radius: var(--_radius) var(--_radius) 0 0;
  }
  .card { padding: 14px 12px 12px; }
}
@media (prefers-reduced-motion: no-preference) {
  .bottom-right, .bottom-left, .bar, .modal .card { animation: npskit-in 180ms ease-out; }
  @keyframes npskit-in { from { opacity: 0; transform: translateY(8px); } }
}
`;
