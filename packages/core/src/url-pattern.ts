/**
 * URL patterns for triggers and audiences, as JSON can hold them. Pure: the URL comes in as its parts, so this
 * runs without the DOM (a browser passes `location` or a `URL`).
 */

/**
 * A page pattern. A string containing `*` is a glob (`*` within a path segment, `**` across segments), any other
 * string an exact match (a trailing slash is ignored); objects say which kind explicitly. Patterns starting with
 * `http` are compared with the full URL without the fragment, patterns starting with `#` with the fragment (hash
 * routers), all others with the path. A `regex` is tested against the full URL, fragment included.
 */
export type UrlPattern = string | { exact: string } | { prefix: string } | { glob: string } | { regex: string };

/** The parts of a URL a pattern looks at (a `URL` or `location` has them all). */
export interface UrlParts {
  href: string;
  origin: string;
  pathname: string;
  search: string;
  hash: string;
}

/** A compiled pattern: true when the URL matches. */
export type UrlTest = (url: UrlParts) => boolean;

const KINDS = ['exact', 'prefix', 'glob', 'regex'] as const;

// Trailing slashes are not meaningful to people writing patterns: `/pricing` should match `/pricing/`.
const trim = (s: string): string => (s.length > 1 && s.endsWith('/') ? s.slice(0, -1) : s);

function part(pattern: string, url: UrlParts): string {
  return pattern.startsWith('http')
    ? url.origin + url.pathname + url.search
    : pattern[0] === '#'
      ? url.hash
      : url.pathname;
}

/** The kind and text of a pattern, or a description of what is wrong with it. */
function readPattern(pattern: unknown): { kind: (typeof KINDS)[number]; text: string } | string {
  if (typeof pattern === 'string') {
    return pattern ? { kind: pattern.includes('*') ? 'glob' : 'exact', text: pattern } : 'must not be empty';
  }
  if (typeof pattern !== 'object' || pattern === null || Array.isArray(pattern)) {
    return 'must be a URL pattern: a path, a glob with *, or { exact | prefix | glob | regex }';
  }
  const keys = Object.keys(pattern);
  const kind = KINDS.find((k) => k === keys[0]);
  if (keys.length !== 1 || kind === undefined) {
    return `must have exactly one of exact, prefix, glob, regex, got ${keys.length ? keys.join(', ') : 'none'}`;
  }
  const text = (pattern as Record<string, unknown>)[kind];
  if (typeof text !== 'string' || !text) return `${kind} must be a non-empty string`;
  if (kind === 'regex') {
    try {
      new RegExp(text);
    } catch {
      return `regex is not a valid regular expression: ${JSON.stringify(text.slice(0, 60))}`;
    }
  }
  return { kind, text };
}

/** What is wrong with a pattern, or undefined when it compiles. */
export function urlPatternProblem(pattern: unknown): string | undefined {
  const read = readPattern(pattern);
  return typeof read === 'string' ? read : undefined;
}

/** The regular expression source of a glob: `**` crosses path segments, `*` stays within one. */
export function globSource(glob: string): string {
  const source = glob
    .split('**')
    .map((s) =>
      s
        .split('*')
        .map((t) => t.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('[^/]*'),
    )
    .join('.*');
  return `^${source}/?$`;
}

/**
 * Compiles a pattern into a test.
 * @throws {TypeError} naming what is wrong when `pattern` is not a URL pattern.
 * @example
 * compileUrlPattern('/orders/*\/done')(new URL('https://shop.example/orders/42/done')); // true
 */
export function compileUrlPattern(pattern: unknown): UrlTest {
  const read = readPattern(pattern);
  if (typeof read === 'string') throw new TypeError(`URL pattern ${read}`);
  const { kind, text } = read;
  if (kind === 'regex') {
    const re = new RegExp(text);
    return (url) => re.test(url.href);
  }
  if (kind === 'glob') {
    const re = new RegExp(globSource(text));
    return (url) => re.test(part(text, url));
  }
  if (kind === 'prefix') return (url) => part(text, url).startsWith(text);
  const want = trim(text);
  return (url) => trim(part(want, url)) === want;
}
