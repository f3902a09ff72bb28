export type { SurveyEventName, SurveyEvents } from './emitter';
export type { ByCategory, Messages, PluralMessage } from './i18n/messages';
export type {
  MessageOverride,
  MessageOverrides,
  ShareLink,
  SurveyOptions,
  SurveyPosition,
  SurveyTheme,
} from './options';
export { DEFAULT_REASONS } from './options';
export type { ShowOptions, Survey } from './survey';
export { createSurvey } from './survey';
