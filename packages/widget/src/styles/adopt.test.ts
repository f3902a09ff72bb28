import { afterEach, describe, expect, it, vi } from 'vitest';
import { adoptStyles, WIDGET_CSS } from './adopt';

afterEach(() => vi.unstubAllGlobals());

describe('adoptStyles', () => {
  it('adopts one shared constructable sheet and never adds a <style> element', () => {
    const a = document.createElement('div').attachShadow({ mode: 'open' });
    const b = document.createElement('div').attachShadow({ mode: 'open' });
    expect(adoptStyles(a)).toBe(true);
    expect(adoptStyles(b)).toBe(true);
    adoptStyles(a);
    expect(a.adoptedStyleSheets).toHaveLength(1);
    expect(a.adoptedStyleSheets[0]).toBe(b.adoptedStyleSheets[0]);
    expect(a.querySelector('style')).toBeNull();
  });

  it('without constructable sheets, uses a <style> only with the page nonce', () => {
    vi.stubGlobal('CSSStyleSheet', undefined);
    const plain = document.createElement('div').attachShadow({ mode: 'open' });
    expect(adoptStyles(plain)).toBe(false);
    expect(plain.querySelector('style')).toBeNull();

    const withNonce = document.createElement('div').attachShadow({ mode: 'open' });
    expect(adoptStyles(withNonce, 'r4nd0m')).toBe(true);
    const style = withNonce.querySelector('style')!;
    expect(style.nonce).toBe('r4nd0m');
    expect(style.textContent).toBe(WIDGET_CSS);
  });

  it('keeps motion behind prefers-reduced-motion: no-preference', () => {
    const [, motion] = WIDGET_CSS.split('@media (prefers-reduced-motion: no-preference)');
    expect(motion).toContain('animation');
    expect(WIDGET_CSS.split('@media (prefers-reduced-motion: no-preference)')[0]).not.toContain('animation');
  });

  it('sizes nothing in rem, so a page root font size cannot resize the card', () => {
    expect(WIDGET_CSS).not.toMatch(/[\d.]rem\b/);
  });

  it('resets the host with important declarations, which beat the important rules of the page', () => {
    expect(WIDGET_CSS).toMatch(/:host \{ all: initial !important; display: block !important; \}/);
  });
});
