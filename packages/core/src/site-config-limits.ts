/**
 * Bounds of a site configuration. The file lives in every visitor's localStorage (shared with the host site), so
 * it stays small; every other bound keeps a mistake or an attack from becoming a survey nobody can use.
 * Lengths count UTF-16 code units (JavaScript `string.length`).
 */
export const SITE_CONFIG_LIMITS = Object.freeze({
  /** Largest file a client accepts, in characters of JSON text. @default 65536 */
  maxBytes: 65_536,
  /** Most surveys in one file. @default 50 */
  surveys: 50,
  /** Longest survey id (as `RECORD_LIMITS.surveyId`). @default 100 */
  surveyId: 100,
  /** Longest survey name, product name or CSS selector. @default 200 */
  name: 200,
  /** Most languages per survey. @default 40 */
  locales: 40,
  /** Longest message text. @default 500 */
  message: 500,
  /** Most reason tags per category (as `RECORD_LIMITS.reasons`). @default 20 */
  reasonTags: 20,
  /** Most share links. @default 5 */
  shareLinks: 5,
  /** Longest share-link label. @default 100 */
  shareLabel: 100,
  /** Longest URL (share link, endpoint). @default 2048 */
  url: 2048,
  /** Most audience conditions per survey. @default 20 */
  audience: 20,
  /** Most values in a `oneOf` list, events or URL patterns of one trigger. @default 50 */
  list: 50,
  /** Longest URL pattern or regular expression. @default 500 */
  pattern: 500,
  /** Longest attribute name or event name (as `RECORD_LIMITS.attributeKey`). @default 64 */
  key: 64,
  /** Longest string value in a condition (as `RECORD_LIMITS.attributeValue`). @default 256 */
  value: 256,
  /** Smallest sample rate other than 0: a collector refuses weights beyond 1/0.0001. @default 0.0001 */
  minSampleRate: 0.0001,
  /** Longest wait in any recontact rule or cooldown, in days (ten years). @default 3650 */
  days: 3650,
  /** Highest and lowest priority. @default 1000 */
  priority: 1000,
  /** Longest trigger delay or time on page, ms (a day). @default 86400000 */
  delayMs: 86_400_000,
  /** Most issues listed for one file; the rest are counted in one last issue. @default 200 */
  issues: 200,
});

/** The cache rules of a site configuration in a client: `ttl` seconds, clamped to these bounds. */
export const CONFIG_TTL = Object.freeze({
  /** When the file gives none. @default 300 */
  defaultSeconds: 300,
  /** The shortest TTL a client honours: one request per visitor per minute at most. @default 60 */
  minSeconds: 60,
  /** The longest: a changed wording reaches every returning visitor within a day. @default 86400 */
  maxSeconds: 86_400,
});
