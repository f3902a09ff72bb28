export type { AudienceContext, AudienceMatch } from './audience';
export { matchAudience } from './audience';
export type { CompareOptions, NpsComparison } from './compare';
export { compare } from './compare';
export type { ConfigCacheState } from './config-cache';
export { configRefreshAt, configTtlMs } from './config-cache';
export { murmur3 } from './hash';
export type { ParseIssue, ParseResult } from './issue-list';
export type { MessageKeySpec, MessageKind } from './message-keys';
export { MESSAGE_KEYS } from './message-keys';
export { AUDIENCE_OPERATORS } from './parse-audience';
export type { SiteConfigResult, SurveyDefinitionResult } from './parse-site-config';
export { parseSiteConfig, parseSiteConfigText, parseSurveyDefinition } from './parse-site-config';
export { RECORD_LIMITS } from './record-limits';
export type { RecordOptions } from './records';
export { restoreHistory } from './restore-history';
export type { ChangeOptions, ExpectedShares, MarginOptions } from './sample-size';
export { sampleSizeForChange, sampleSizeForMargin } from './sample-size';
export { bucket, isSampled } from './sampling';
export type { ScheduleState } from './schedule';
export { scheduleState } from './schedule';
export { classify, isScore } from './score';
export type { ResponseRate, SegmentKey, SegmentOptions } from './segments';
export { groupBy, responseRate } from './segments';
export type {
  AudienceCondition,
  EventTriggerDefinition,
  LocaleTexts,
  NumericOperator,
  ShareLinkDefinition,
  SiteConfig,
  SiteRules,
  SurveyDefinition,
  SurveyPosition,
  SurveyRecontactRules,
  SurveyStatus,
  SurveyTheme,
  TriggerDefinition,
} from './site-config';
export { CONFIG_TTL, SITE_CONFIG_LIMITS } from './site-config-limits';
export type { VersionCheck } from './site-config-version';
export { checkSiteConfigVersion, SITE_CONFIG_VERSION } from './site-config-version';
export type { SurveyDecision, SurveyPlanEntry, SurveyRefusal, VisitorContext } from './site-decision';
export { decideSurvey, planSurveys, resolveSiteRules, surveyRecontactRules } from './site-decision';
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
export type { Rankable } from './survey-choice';
export { chooseSurvey, rankSurveys } from './survey-choice';
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
export type { UrlParts, UrlPattern, UrlTest } from './url-pattern';
export { compileUrlPattern, urlPatternProblem } from './url-pattern';
export { parseBatch, parseRecord } from './validate';
