import { controlsCss } from './controls';
import { layoutCss } from './layout';
import { themeCss } from './theme';

/** All widget CSS, in cascade order. */
export const WIDGET_CSS = themeCss + layoutCss + controlsCss;

// One constructed sheet per document, shared by every survey's shadow root.
let shared: CSSStyleSheet | undefined;

/**
 * Applies the widget CSS to a shadow root through a constructable stylesheet, which a strict
 * `style-src 'self'` CSP allows. Where constructable sheets are missing (Safari < 16.4), a `<style>`
 * element is used only with the page's CSP nonce; without one this returns false and the caller reports it.
 */
export function adoptStyles(root: ShadowRoot, nonce?: string): boolean {
  if (typeof CSSStyleSheet === 'function' && 'adoptedStyleSheets' in root && 'replaceSync' in CSSStyleSheet.prototype) {
    if (shared === undefined) {
      shared = new CSSStyleSheet();
      shared.replaceSync(WIDGET_CSS);
    }
    if (!root.adoptedStyleSheets.includes(shared)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, shared];
    return true;
  }
  if (nonce === undefined) return false;
  const style = document.createElement('style');
  style.nonce = nonce;
  style.textContent = WIDGET_CSS;
  root.prepend(style);
  return true;
}
