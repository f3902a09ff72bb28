/**
 * Returns the URL normalised when it is an absolute http(s) URL, otherwise null. Share links come
 * from configuration, and a `javascript:` or `data:` link there would be an XSS hole.
 */
export function safeShareUrl(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
}
