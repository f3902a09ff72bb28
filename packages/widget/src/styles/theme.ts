/**
 * Colour tokens. Sites theme the widget only through the documented `--npskit-*` custom properties
 * (custom properties inherit into the shadow root; `all: initial` does not reset them). The private
 * `--_*` tokens fall back to defaults that meet WCAG AA: body text ≥ 4.5:1 on the background, control
 * borders and the focus ring ≥ 3:1.
 */
const LIGHT = `
  --_bg: var(--npskit-bg, #ffffff);
  --_text: var(--npskit-text, #1f2328);
  --_muted: var(--npskit-muted, #57606a);
  --_border: var(--npskit-border, #6e7781);
  --_accent: var(--npskit-accent, #0b57d0);
  --_accent-text: var(--npskit-accent-text, #ffffff);
  --_focus: var(--npskit-focus, #0b57d0);
  --_tint: var(--npskit-tint, #e8f0fe);
  --_shadow: 0 8px 28px rgb(0 0 0 / 0.18), 0 1px 3px rgb(0 0 0 / 0.12);
  --_danger: #b3261e;
  color-scheme: light;`;

const DARK = `
  --_bg: var(--npskit-bg, #1c1f24);
  --_text: var(--npskit-text, #e6edf3);
  --_muted: var(--npskit-muted, #a8b1bb);
  --_border: var(--npskit-border, #8b949e);
  --_accent: var(--npskit-accent, #8ab4f8);
  --_accent-text: var(--npskit-accent-text, #0b1a33);
  --_focus: var(--npskit-focus, #8ab4f8);
  --_tint: var(--npskit-tint, #22324a);
  --_shadow: 0 8px 28px rgb(0 0 0 / 0.55), 0 1px 3px rgb(0 0 0 / 0.4);
  --_danger: #f2b8b5;
  color-scheme: dark;`;

/** Theme selection: `data-theme` on the root element, `auto` following `prefers-color-scheme`. */
export const themeCss = `
/* !important: the host is a page element, and for important declarations the shadow tree's context wins
   over the page's (CSS Cascade 5), so page rules such as "* { all: unset !important }" cannot restyle it. */
:host { all: initial !important; display: block !important; }
.root {${LIGHT}
  --_radius: var(--npskit-radius, 12px);
  --_font: var(--npskit-font, system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Vazirmatn', Tahoma, sans-serif);
  --_offset: var(--npskit-offset, 16px);
  --_z: var(--npskit-z-index, 2147483647);
}
.root[data-theme='dark'] {${DARK}
}
@media (prefers-color-scheme: dark) {
  .root[data-theme='auto'] {${DARK}
  }
}
`;
