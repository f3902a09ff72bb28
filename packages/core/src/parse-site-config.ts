import { ConfigIssues, defined, optional, own } from './config-issues';
import { join, type ParseIssue, type ParseResult } from './issue-list';
import { readSurvey } from './parse-survey';
import type { SiteConfig, SiteRules, SurveyDefinition } from './site-config';
import { CONFIG_TTL, SITE_CONFIG_LIMITS as L } from './site-config-limits';
import { checkSiteConfigVersion } from './site-config-version';

/**
 * The outcome of validating a site configuration: the clean value when there is no problem, else every problem
 * with its path (`surveys[1].messages.fa.question`). Either way, `warnings` lists what was ignored, and `usable`
 * is what a client can still run: the site-wide part when it is valid, with the surveys that have no problem
 * (one broken survey does not cost the others). `usable` is absent when the file as a whole cannot be used
 * (not JSON, too large, another major format, bad site-wide rules).
 */
export type SiteConfigResult = ParseResult<SiteConfig> & { warnings: ParseIssue[]; usable?: SiteConfig };

/** The outcome of validating one survey definition on its own (the editor's form). */
export type SurveyDefinitionResult = ParseResult<SurveyDefinition> & { warnings: ParseIssue[] };

const SITE_KEYS = ['version', 'ttl', 'endpoint', 'rules', 'surveys'];

function readRules(issues: ConfigIssues, value: unknown, path: string): SiteRules | undefined {
  const src = issues.object(value, path, 'an object of site-wide rules ({ globalCooldownDays, maxSurveysPerSession })');
  if (!src) return undefined;
  const before = issues.count;
  issues.known(src, ['globalCooldownDays', 'maxSurveysPerSession'], path);
  const rules = defined<SiteRules>({
    globalCooldownDays: optional(src, 'globalCooldownDays', (v) =>
      issues.number(v, join(path, 'globalCooldownDays'), 0, L.days),
    ),
    maxSurveysPerSession: optional(src, 'maxSurveysPerSession', (v) =>
      issues.number(v, join(path, 'maxSurveysPerSession'), 1, 100, true),
    ),
  });
  return issues.count === before ? rules : undefined;
}

function finish<T>(issues: ConfigIssues, value: T | undefined): ParseResult<T> & { warnings: ParseIssue[] } {
  const found = issues.finish();
  return value !== undefined && issues.count === 0
    ? { ok: true, value, warnings: issues.warnings }
    : { ok: false, issues: found, warnings: issues.warnings };
}

// A getter or proxy in hostile input may throw; bad data must come back as an issue, not an exception.
function guarded<T>(issues: ConfigIssues, read: () => T | undefined): T | undefined {
  try {
    return read();
  } catch {
    issues.add('', 'could not be read (not plain JSON data)');
    return undefined;
  }
}

/**
 * Checks a site configuration (parsed JSON) and every survey in it; never throws. Reads own properties only,
 * refuses `__proto__`/`constructor` keys, absurd numbers, `javascript:` links, misspelt keys (with a hint), texts
 * for languages the survey does not run in, placeholders the widget never fills, duplicate survey ids, and a
 * format version this npskit cannot read.
 * @example
 * const result = parseSiteConfig(JSON.parse(text));
 * if (!result.ok) for (const issue of result.issues) showBesideField(issue.path, issue.message);
 */
export function parseSiteConfig(input: unknown): SiteConfigResult {
  const issues = new ConfigIssues();
  let usable: SiteConfig | undefined;
  const value = guarded(issues, () => {
    const src = issues.object(input, '', 'a site configuration object ({ version, surveys })');
    if (!src) return undefined;
    const version = checkSiteConfigVersion(own(src, 'version'));
    if (!version.ok) return issues.add('version', version.message);
    issues.newer = version.newer;
    issues.known(src, SITE_KEYS, '');
    const site = defined<SiteConfig>({
      version: own(src, 'version'),
      ttl: optional(src, 'ttl', (v) => issues.number(v, 'ttl', CONFIG_TTL.minSeconds, CONFIG_TTL.maxSeconds, true)),
      endpoint: optional(src, 'endpoint', (v) => issues.httpUrl(v, 'endpoint')),
      rules: optional(src, 'rules', (v) => readRules(issues, v, 'rules')),
      surveys: [],
    });
    const list = issues.list(own(src, 'surveys'), 'surveys', L.surveys);
    if (!list) return undefined;
    const siteProblems = issues.count;
    const surveys: (SurveyDefinition | undefined)[] = list.map((s, i) => readSurvey(issues, s, join('surveys', i)));
    surveys.forEach((s, i) => {
      const first = surveys.findIndex((t) => t?.id === s?.id);
      if (s && first < i) {
        issues.add(
          join(join('surveys', i), 'id'),
          `duplicates surveys[${first}].id "${s.id}": survey ids must be unique`,
        );
        surveys[i] = undefined;
      }
    });
    if (siteProblems === 0) usable = { ...site, surveys: surveys.filter((s) => s !== undefined) };
    return { ...site, surveys: surveys as SurveyDefinition[] };
  });
  return { ...finish(issues, value), ...(usable ? { usable } : {}) };
}

/**
 * Checks the text of a site configuration as fetched: its size first (a file this large would not fit a
 * visitor's storage), then that it is JSON, then {@link parseSiteConfig}.
 */
export function parseSiteConfigText(text: string): SiteConfigResult {
  const fail = (message: string): SiteConfigResult => ({ ok: false, issues: [{ path: '', message }], warnings: [] });
  if (typeof text !== 'string') return fail('must be the text of a JSON file');
  if (text.length > L.maxBytes) {
    return fail(
      `is ${text.length} characters; a site configuration may hold at most ${L.maxBytes} (leave out drafts, stopped surveys and texts equal to the built-in ones)`,
    );
  }
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    return fail(`is not valid JSON: ${(error as Error).message}`);
  }
  return parseSiteConfig(input);
}

/**
 * Checks one survey definition on its own, as the survey editor does before saving a form.
 * @example
 * const result = parseSurveyDefinition(form);
 * // { ok: false, issues: [{ path: 'sampleRate', message: 'must be a number from 0.0001 to 1 (or 0 to ask nobody), got 5' }], warnings: [] }
 */
export function parseSurveyDefinition(input: unknown): SurveyDefinitionResult {
  const issues = new ConfigIssues();
  return finish(
    issues,
    guarded(issues, () => readSurvey(issues, input, '')),
  );
}
