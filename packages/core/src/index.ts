export type { CompareOptions, NpsComparison } from './compare';
export { compare } from './compare';
export { murmur3 } from './hash';
export type { ParseIssue, ParseResult } from './issue-list';
export { RECORD_LIMITS } from './record-limits';
export type { RecordOptions } from './records';
export { restoreHistory } from './restore-history';
export type { ChangeOptions, ExpectedShares, MarginOptions } from './sample-size';
export { sampleSizeForChange, sampleSizeForMargin } from './sample-size';
export { bucket, isSampled } from './sampling';
export { classify, isScore } from './score';
export type { ResponseRate, SegmentKey, SegmentOptions } from './segments';
export { groupBy, responseRate } from './segments';
export type {
  NpsCounts,
  NpsEstimate,
  NpsInterval,
  NpsShares,
  NpsSummary,
  SummarizeOptions,
  WeightedNpsEstimate,
  WeightSums,
} from './stats';
export { summarize } from './stats';
export type { NpsTally } from './tally';
export { addScore, createTally, mergeTallies } from './tally';
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
export type { TrendOptions, TrendPoint } from './trend';
export { trend } from './trend';
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
