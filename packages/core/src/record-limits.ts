/**
 * Size limits a collector enforces on each record, so one client cannot store megabytes per answer.
 * Lengths count UTF-16 code units (JavaScript `string.length`).
 */
export const RECORD_LIMITS = Object.freeze({
  /** Longest survey id. @default 100 */
  surveyId: 100,
  /** Longest user id or anonymous id. @default 256 */
  id: 256,
  /** Longest follow-up comment. @default 5000 */
  comment: 5000,
  /** Most reason tags on one record. @default 20 */
  reasons: 20,
  /** Longest reason tag. @default 64 */
  reason: 64,
  /** Longest e-mail address (RFC 5321 path limit). @default 254 */
  email: 254,
  /** Longest BCP 47 locale tag (RFC 5646 advises supporting 35). @default 35 */
  locale: 35,
  /** Longest page URL or referrer. @default 2048 */
  url: 2048,
  /** Longest page title. @default 512 */
  title: 512,
  /** Most segment attributes on one record. @default 50 */
  attributes: 50,
  /** Longest attribute name. @default 64 */
  attributeKey: 64,
  /** Longest string attribute value. @default 256 */
  attributeValue: 256,
  /** Longest trigger description. @default 128 */
  trigger: 128,
  /** Longest SDK name or version. @default 64 */
  sdk: 64,
  /** Most records in one batch. @default 500 */
  batchRecords: 500,
  /** Most issues reported for one input; the rest are summarised in one last issue. @default 100 */
  issues: 100,
});
