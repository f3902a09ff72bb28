import { describe, expect, it } from 'vitest';
import { compileUrlPattern, urlPatternProblem } from './url-pattern';

const url = (href: string) => {
  const [, origin = '', pathname = '/', search = '', hash = ''] =
    /^(https?:\/\/[^/?#]+)([^?#]*)(\?[^#]*)?(#.*)?$/.exec(href) ?? [];
  return { href, origin, pathname: pathname || '/', search, hash };
};
const matches = (pattern: unknown, href: string) => compileUrlPattern(pattern)(url(href));

describe('URL patterns', () => {
  it('matches exact paths (trailing slash ignored), prefixes, globs and regexes', () => {
    expect(matches('/pricing', 'https://x.example/pricing/?plan=pro')).toBe(true);
    expect(matches('/pricing', 'https://x.example/pricing/team')).toBe(false);
    expect(matches({ prefix: '/docs/' }, 'https://x.example/docs/intro')).toBe(true);
    expect(matches({ prefix: '/docs/' }, 'https://x.example/docsearch')).toBe(false);
    expect(matches('/orders/*/done', 'https://x.example/orders/42/done')).toBe(true);
    expect(matches('/orders/*/done', 'https://x.example/orders/4/2/done')).toBe(false);
    expect(matches('/shop/**', 'https://x.example/shop/a/b/c')).toBe(true);
    expect(matches({ glob: '/a.b' }, 'https://x.example/aXb')).toBe(false);
    expect(matches({ regex: '/checkout/(success|done)$' }, 'https://x.example/checkout/done')).toBe(true);
    expect(matches('https://x.example/cart', 'https://x.example/cart#top')).toBe(true);
    expect(matches('#/settings/*', 'https://x.example/app#/settings/profile')).toBe(true);
  });

  it('describes what is wrong with a pattern', () => {
    expect(urlPatternProblem('/ok')).toBeUndefined();
    expect(urlPatternProblem('')).toBe('must not be empty');
    expect(urlPatternProblem({ exact: '/a', prefix: '/b' })).toBe(
      'must have exactly one of exact, prefix, glob, regex, got exact, prefix',
    );
    expect(urlPatternProblem({ regex: '[' })).toMatch(/^regex is not a valid regular expression/);
    expect(urlPatternProblem(42)).toMatch(/^must be a URL pattern/);
    expect(() => compileUrlPattern({ path: '/a' })).toThrow(TypeError);
  });
});
