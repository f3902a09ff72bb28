import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// The loader's own validator, read from source: the example must pass exactly what the embed accepts.
import { parseConfig } from '../../../packages/widget/src/embed/config';

const page = readFileSync(new URL('../index.html', import.meta.url), 'utf8');
// The stub exactly as docs/script-tag.md and the README print it: customers copy it byte for byte.
const STUB = '<script>window.npskit=window.npskit||function(){(npskit.q=npskit.q||[]).push(arguments)}</script>';

function loaderTag(html: string): Record<string, string> {
  const tags = [...html.replace(/<!--[\s\S]*?-->/g, '').matchAll(/<script\b([^>]*)>/g)].map((m) => m[1]!);
  const loader = tags.filter((attrs) => /\bsrc="[^"]*npskit\.js"/.test(attrs));
  expect(loader).toHaveLength(1);
  const attributes: Record<string, string> = {};
  for (const [, name, value] of loader[0]!.matchAll(/([a-z-]+)(?:="([^"]*)")?/g)) attributes[name!] = value ?? '';
  return attributes;
}

describe('examples/script-tag/index.html', () => {
  const attrs = loaderTag(page);

  it('has the documented stub before the loader', () => {
    expect(page).toContain(STUB);
    expect(page.indexOf(STUB)).toBeLessThan(page.indexOf('npskit.js"'));
  });

  it('loads npskit.js async so it never blocks the page', () => {
    expect('async' in attrs).toBe(true);
    expect(new URL(attrs['src']!).pathname.endsWith('/npskit.js')).toBe(true);
  });

  it('configures itself with valid data attributes', () => {
    expect(['http:', 'https:']).toContain(new URL(attrs['data-endpoint']!).protocol);
    expect(attrs['data-survey']).toMatch(/^[A-Za-z0-9_.:-]{1,64}$/);
    expect(attrs['data-product']?.length).toBeGreaterThan(0);
    expect(['bottom-right', 'bottom-left', 'bar', 'modal']).toContain(attrs['data-position']);
    expect(['light', 'dark', 'auto']).toContain(attrs['data-theme']);
    const rate = Number(attrs['data-sample-rate']);
    expect(rate).toBeGreaterThanOrEqual(0);
    expect(rate).toBeLessThanOrEqual(1);
    expect(Number.isInteger(Number(attrs['data-delay']))).toBe(true);
  });

  it("passes the loader's own validation with no error", () => {
    const options: Record<string, string> = {};
    for (const [name, value] of Object.entries(attrs)) {
      if (!name.startsWith('data-')) continue;
      const key =
        name === 'data-survey' ? 'surveyId' : name.slice(5).replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
      options[key] = value;
    }
    const parsed = parseConfig(options, Object.keys(options));
    expect(parsed.errors.map((e) => e.message)).toEqual([]);
    expect(parsed.config).toMatchObject({ endpoint: attrs['data-endpoint'], surveyId: 'website-nps', sampleRate: 1 });
  });

  // The loader ignores data-* it does not know (other scripts' attributes may share the tag), so a typo such as
  // data-sample-rat would silently do nothing: hold the example to the documented list.
  it('uses only data attributes the script-tag reference documents', () => {
    const known = [
      'endpoint',
      'survey',
      'product',
      'locale',
      'position',
      'theme',
      'sample-rate',
      'delay',
      'trigger',
      'grace-ms',
      'debug',
      'preview',
      'respect-dnt',
    ];
    const reference = readFileSync(new URL('../../../docs/script-tag.md', import.meta.url), 'utf8');
    for (const name of known) expect(reference).toContain(`\`data-${name}\``);
    const used = Object.keys(attrs)
      .filter((name) => name.startsWith('data-'))
      .map((name) => name.slice(5));
    expect(used.filter((name) => !known.includes(name))).toEqual([]);
  });

  it('has no inline event handlers (CSP-friendly apart from the stub)', () => {
    expect(page).not.toMatch(/\son[a-z]+=/i);
  });
});
