import { describe, expect, it } from 'vitest';
import { themeCss } from './theme';

// WCAG 2.x relative luminance and contrast ratio.
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

// The defaults of one theme block: `--_bg: var(--npskit-bg, #ffffff);` → { bg: '#ffffff' }.
function tokens(block: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const [, name, hex] of block.matchAll(/--_([a-z-]+): var\(--npskit-[a-z-]+, (#[0-9a-f]{6})\)/g))
    found[name!] = hex!;
  return found;
}

const [light, dark] = themeCss.split(".root[data-theme='dark']");

describe.each([
  ['light', tokens(light!)],
  ['dark', tokens(dark!)],
])('%s theme defaults meet WCAG AA', (_name, t) => {
  it.each([
    ['text on background', 'text', 'bg', 4.5],
    ['muted text on background', 'muted', 'bg', 4.5],
    ['text on the selected score', 'accent-text', 'accent', 4.5],
    ['text on a picked chip / hover', 'text', 'tint', 4.5],
    ['control borders', 'border', 'bg', 3],
    ['focus ring', 'focus', 'bg', 3],
    ['selected score against the card', 'accent', 'bg', 3],
  ])('%s', (_what, fg, bg, min) => {
    expect(t[fg!], fg).toMatch(/^#/);
    expect(contrast(t[fg!]!, t[bg!]!)).toBeGreaterThanOrEqual(min as number);
  });
});
