import { type ConfigIssues, defined, optional, own, REASON_TAG, suggestion } from './config-issues';
import { describeValue } from './describe-value';
import { join } from './issue-list';
import { CATEGORY_KEYS } from './message-keys';
import { readAudience } from './parse-audience';
import { readMessages } from './parse-messages';
import { readTrigger } from './parse-trigger';
import type { ShareLinkDefinition, SurveyDefinition, SurveyRecontactRules } from './site-config';
import { SITE_CONFIG_LIMITS as L } from './site-config-limits';

/** Letters, digits, `.`, `_`, `-`; starts with a letter or digit (it appears in URLs: `?survey=`, `/s/<id>`). */
export const SURVEY_ID = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

const SURVEY_KEYS = [
  'id',
  'status',
  'name',
  'startsAt',
  'endsAt',
  'priority',
  'product',
  'locales',
  'messages',
  'reasons',
  'shareLinks',
  'askContact',
  'commentMaxLength',
  'position',
  'container',
  'theme',
  'mirrorRtl',
  'latinDigits',
  'sampleRate',
  'trigger',
  'audience',
  'recontact',
];
const STATUSES = ['draft', 'running', 'paused', 'stopped'] as const;
const POSITIONS = ['bottom-right', 'bottom-left', 'bar', 'modal', 'inline'] as const;
const THEMES = ['light', 'dark', 'auto'] as const;
const RULES = [
  'waitAfterAnswerDays',
  'waitAfterDismissalDays',
  'stopAfterDismissals',
  'waitAfterFirstSeenDays',
  'minAccountAgeDays',
];
const SITE_WIDE: Record<string, string> = {
  globalCooldownDays: 'rules.globalCooldownDays',
  maxDisplaysPerSession: 'rules.maxSurveysPerSession',
};

function readLocales(issues: ConfigIssues, value: unknown, path: string): string[] | undefined {
  const list = issues.list(value, path, L.locales, 1);
  if (!list) return undefined;
  const tags = list.map((v, i) => issues.locale(v, join(path, i)));
  tags.forEach((tag, i) => {
    const first = tags.findIndex((t) => t?.toLowerCase() === tag?.toLowerCase());
    if (tag !== undefined && first < i) issues.add(join(path, i), `duplicates ${join(path, first)} (${tags[first]})`);
  });
  return tags.every((t, i) => t !== undefined && tags.findIndex((x) => x?.toLowerCase() === t.toLowerCase()) === i)
    ? (tags as string[])
    : undefined;
}

function readReasons(issues: ConfigIssues, value: unknown, path: string): SurveyDefinition['reasons'] {
  const src = issues.object(value, path, 'an object of tag lists by category ({ "detractor": ["price"] })');
  if (!src) return undefined;
  const out: Record<string, string[]> = {};
  const before = issues.count;
  for (const key of Object.keys(src)) {
    const at = join(path, key);
    if (!(CATEGORY_KEYS as readonly string[]).includes(key)) {
      issues.add(at, `is not a category: use promoter, passive or detractor${suggestion(key, CATEGORY_KEYS)}`);
      continue;
    }
    const list = issues.list(src[key], at, L.reasonTags);
    const tags = list?.map((tag, i) => {
      if (typeof tag === 'string' && REASON_TAG.test(tag)) return tag;
      return issues.add(
        join(at, i),
        `must be a reason tag (letters, digits, _ . : -, at most 50), got ${describeValue(tag)}`,
      );
    });
    tags?.forEach((tag, i) => {
      if (tag !== undefined && tags.indexOf(tag) < i) issues.add(join(at, i), `repeats the tag "${tag}"`);
    });
    if (tags) out[key] = tags as string[];
  }
  return issues.count === before ? out : undefined;
}

function readShareLinks(issues: ConfigIssues, value: unknown, path: string): ShareLinkDefinition[] | undefined {
  const list = issues.list(value, path, L.shareLinks);
  if (!list) return undefined;
  const before = issues.count;
  const links = list.map((v, i) => {
    const at = join(path, i);
    const src = issues.object(v, at, 'a link ({ "label": "Review us", "url": "https://…" })');
    if (!src) return undefined;
    issues.known(src, ['label', 'url'], at);
    const label = issues.string(own(src, 'label'), join(at, 'label'), L.shareLabel, { plain: true });
    const url = issues.httpUrl(own(src, 'url'), join(at, 'url'));
    return label !== undefined && url !== undefined ? { label, url } : undefined;
  });
  return issues.count === before ? (links as ShareLinkDefinition[]) : undefined;
}

function readRecontact(issues: ConfigIssues, value: unknown, path: string): SurveyRecontactRules | undefined {
  const src = issues.object(value, path, 'an object of recontact rules');
  if (!src) return undefined;
  const before = issues.count;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(src)) {
    const at = join(path, key);
    const v = src[key];
    if (Object.hasOwn(SITE_WIDE, key)) {
      issues.add(at, `is shared by every survey of the site: set ${SITE_WIDE[key]} in the site configuration`);
    } else if (!RULES.includes(key)) {
      if (issues.newer) issues.warn(at, 'unknown rule, ignored (written for a newer format)');
      else issues.add(at, `is not a recontact rule: use one of ${RULES.join(', ')}${suggestion(key, RULES)}`);
    } else if (key === 'waitAfterDismissalDays') {
      const list = issues.list(v, at, 10, 1);
      const days = list?.map((d, i) => issues.number(d, join(at, i), 0, L.days));
      if (days?.every((d) => d !== undefined)) out[key] = days;
    } else if (key === 'stopAfterDismissals') out[key] = issues.number(v, at, 1, 1000, true);
    else out[key] = issues.number(v, at, 0, L.days);
  }
  return issues.count === before ? (out as SurveyRecontactRules) : undefined;
}

function readSampleRate(issues: ConfigIssues, value: unknown, path: string): number | undefined {
  if (value === 0 || (typeof value === 'number' && value >= L.minSampleRate && value <= 1)) return value;
  return issues.add(
    path,
    `must be a number from ${L.minSampleRate} to 1 (or 0 to ask nobody), got ${describeValue(value)}`,
  );
}

/** One survey definition, at `path` inside a site configuration (`''` for a survey on its own). */
export function readSurvey(issues: ConfigIssues, input: unknown, path: string): SurveyDefinition | undefined {
  const src = issues.object(input, path, 'a survey definition object ({ id, status, … })');
  if (!src) return undefined;
  const before = issues.count;
  const at = (key: string) => join(path, key);
  const text = (key: string, max: number) => optional(src, key, (v) => issues.string(v, at(key), max, { plain: true }));
  const flag = (key: string) => optional(src, key, (v) => issues.boolean(v, at(key)));
  issues.known(src, SURVEY_KEYS, path);

  const id = issues.string(own(src, 'id'), at('id'), L.surveyId, { plain: true });
  if (id !== undefined && !SURVEY_ID.test(id)) {
    issues.add(
      at('id'),
      `must be letters, digits, ".", "_" or "-", starting with a letter or digit, got ${describeValue(id)}`,
    );
  }
  const startsAt = optional(src, 'startsAt', (v) => issues.timestamp(v, at('startsAt')));
  const endsAt = optional(src, 'endsAt', (v) => issues.timestamp(v, at('endsAt')));
  if (startsAt && endsAt && Date.parse(endsAt) <= Date.parse(startsAt))
    issues.add(at('endsAt'), 'must be after startsAt');
  const locales = optional(src, 'locales', (v) => readLocales(issues, v, at('locales')));
  const position = optional(src, 'position', (v) => issues.oneOf(v, at('position'), POSITIONS));
  const container = text('container', L.name);
  if (position === 'inline' && container === undefined && own(src, 'container') === undefined) {
    issues.add(
      at('container'),
      'is required when position is "inline": the CSS selector of the element to render into',
    );
  }
  if (container !== undefined && position !== 'inline')
    issues.warn(at('container'), 'is only used when position is "inline"');
  const survey = defined<SurveyDefinition>({
    id,
    status: issues.oneOf(own(src, 'status'), at('status'), STATUSES),
    name: text('name', L.name),
    startsAt,
    endsAt,
    priority: optional(src, 'priority', (v) => issues.number(v, at('priority'), -L.priority, L.priority, true)),
    product: text('product', L.name),
    locales,
    // Checked against `locales` only when they are valid; otherwise their own issues say what to fix first.
    messages: optional(src, 'messages', (v) => readMessages(issues, v, at('messages'), locales)),
    reasons: optional(src, 'reasons', (v) => readReasons(issues, v, at('reasons'))),
    shareLinks: optional(src, 'shareLinks', (v) => readShareLinks(issues, v, at('shareLinks'))),
    askContact: flag('askContact'),
    commentMaxLength: optional(src, 'commentMaxLength', (v) => issues.number(v, at('commentMaxLength'), 1, 5000, true)),
    position,
    container,
    theme: optional(src, 'theme', (v) => issues.oneOf(v, at('theme'), THEMES)),
    mirrorRtl: flag('mirrorRtl'),
    latinDigits: flag('latinDigits'),
    sampleRate: optional(src, 'sampleRate', (v) => readSampleRate(issues, v, at('sampleRate'))),
    trigger: optional(src, 'trigger', (v) => readTrigger(issues, v, at('trigger'))),
    audience: optional(src, 'audience', (v) => readAudience(issues, v, at('audience'))),
    recontact: optional(src, 'recontact', (v) => readRecontact(issues, v, at('recontact'))),
  });
  return issues.count === before ? survey : undefined;
}
