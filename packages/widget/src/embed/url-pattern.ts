import { bad, has, isPlainObject } from './validate';

/**
 * A page the survey may show on. A string containing `*` is a glob, any other string an exact match;
 * objects say which kind explicitly. Patterns starting with `http` are compared with the full URL (without the
 * fragment), patterns starting with `#` with the fragment (hash routers), all others with the path; regexes
 * are tested against the full URL, fragment included.
 */
export type UrlPattern =
  | string
  | RegExp
  | { exact: string }
  | { prefix: string }
  | { glob: string }
  | { regex: string };

/** A compiled pattern: true when the URL matches. */
export type UrlTest = (url: URL) => boolean;

const KINDS = ['exact', 'prefix', 'glob', 'regex'];

// Trailing slashes are not meaningful to people writing patterns: `/pricing` should match `/pricing/`.
const trim = (s: string): string => (s.length > 1 && s.endsWith('/') ? s.slice(0, -1) : s);

function part(pattern: string, url: URL): string {
  return pattern.startsWith('http')
    ? url.origin + url.pathname + url.search
    : pattern[0] === '#'
      ? url.hash
      : url.pathname;
}

/** Compiles one pattern; throws a TypeError naming `name` for anything else. */
export function compileUrlPattern(pattern: unknown, name: string): UrlTest {
  if (pattern instanceof RegExp) return (url) => pattern.test(url.href);
  let kind = typeof pattern === 'string' ? (pattern.includes('*') ? 'glob' : 'exact') : '';
  let text = pattern;
  if (isPlainObject(pattern)) {
    const keys = Object.keys(pattern);
    kind = keys.length === 1 && KINDS.includes(keys[0]!) && has(pattern, keys[0]!) ? keys[0]! : '';
    text = pattern[kind];
  }
  if (!kind || typeof text !== 'string' || !text) {
    throw bad(name, 'a URL pattern: a path, a glob with *, a RegExp or { exact | prefix | glob | regex }', pattern);
  }
  if (kind === 'regex') {
    let re: RegExp;
    try {
      re = new RegExp(text);
    } catch {
      throw bad(name, 'a valid regular expression', text);
    }
    return (url) => re.test(url.href);
  }
  if (kind === 'glob') {
    // `**` crosses path segments, `*` stays within one; everything else is literal.
    const source = text
      .split('**')
      .map((s) =>
        s
          .split('*')
          .map((t) => t.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
          .join('[^/]*'),
      )
      .join('.*');
    const re = new RegExp(`^${source}/?$`);
    return (url) => re.test(part(text, url));
  }
  if (kind === 'prefix') return (url) => part(text, url).startsWith(text);
  const want = trim(text);
  return (url) => trim(part(want, url)) === want;
}
