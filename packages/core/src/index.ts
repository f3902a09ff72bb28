export type { ParseIssue, ParseResult } from './field-reader';
export { RECORD_LIMITS } from './record-limits';
export { restoreHistory } from './restore-history';
export { bucket, isSampled } from './sampling';
export { classify, isScore } from './score';
export type {
  DecideContext,
  Decision,
  RecontactReason,
  RecontactRules,
  SurveyHistory,
  SurveyRecordHistory,
} from './throttle';
export {
  DEFAULT_RECONTACT_RULES,
  decide,
  emptyHistory,
  recordAnswered,
  recordDismissed,
  recordShown,
} from './throttle';
export type {
  AttributeValue,
  Batch,
  ContactConsent,
  KeyValueStorage,
  NpsCategory,
  NpsScore,
  ResponseRecord,
  ResponseStatus,
  ScaleOrientation,
  TextDirection,
} from './types';
export { parseBatch, parseRecord } from './validate';
