import { type ConfigIssues, LOCALE_TAG, REASON_TAG, suggestion } from './config-issues';
import { describeValue } from './describe-value';
import { join } from './issue-list';
import { CATEGORY_KEYS, MESSAGE_KEYS, type MessageKeySpec, PLURAL_KEYS } from './message-keys';
import type { LocaleTexts } from './site-config';
import { SITE_CONFIG_LIMITS as L } from './site-config-limits';

/** One text: not blank, not too long, and only the placeholders the widget fills in for this key. */
function readText(issues: ConfigIssues, value: unknown, path: string, spec: MessageKeySpec): string | undefined {
  const text = issues.string(value, path, L.message, { plain: true });
  if (text === undefined) return undefined;
  if (!text.trim()) return issues.add(path, 'must not be blank (leave the key out to keep the built-in text)');
  for (const [, name] of text.matchAll(/\{([A-Za-z0-9_]+)\}/g)) {
    if (!spec.placeholders.includes(name!)) {
      const allowed = spec.placeholders.length
        ? `this text may use ${spec.placeholders.map((p) => `{${p}}`).join(', ')}`
        : 'this text has no placeholders';
      return issues.add(path, `uses {${name}}, which is never filled in: ${allowed}`);
    }
  }
  return text;
}

/** An object of texts whose keys are fixed (`byCategory`, `plural`) or reason tags (`tags`). */
function readGroup(issues: ConfigIssues, value: unknown, path: string, spec: MessageKeySpec) {
  const kinds = { byCategory: 'promoter, passive and detractor', plural: 'plural categories', tags: 'reason tags' };
  const src = issues.object(value, path, `an object of texts by ${kinds[spec.kind as keyof typeof kinds]}`);
  if (!src) return undefined;
  const allowed: readonly string[] | undefined =
    spec.kind === 'byCategory' ? CATEGORY_KEYS : spec.kind === 'plural' ? PLURAL_KEYS : undefined;
  const out: Record<string, string> = {};
  let ok = true;
  for (const key of Object.keys(src)) {
    const at = join(path, key);
    if (allowed ? !allowed.includes(key) : !REASON_TAG.test(key)) {
      ok = false;
      issues.add(
        at,
        allowed
          ? `is not one of ${allowed.join(', ')}${suggestion(key, allowed)}`
          : 'is not a reason tag (letters, digits, _ . : -, at most 50)',
      );
      continue;
    }
    const text = readText(issues, src[key], at, spec);
    if (text === undefined) ok = false;
    else out[key] = text;
  }
  if (spec.kind === 'plural' && ok && Object.keys(out).length && !Object.hasOwn(out, 'other')) {
    // Every language has the `other` form; without it a count the other forms do not cover has no text.
    return issues.add(join(path, 'other'), 'is required when plural forms are overridden');
  }
  return ok ? out : undefined;
}

/** The overrides of one language. */
function readOverride(issues: ConfigIssues, value: unknown, path: string): LocaleTexts | undefined {
  const src = issues.object(value, path, 'an object of texts (question, followUp, thanks…)');
  if (!src) return undefined;
  const keys = Object.keys(MESSAGE_KEYS);
  const out: LocaleTexts = {};
  let ok = true;
  for (const key of Object.keys(src)) {
    const at = join(path, key);
    const spec = Object.hasOwn(MESSAGE_KEYS, key) ? MESSAGE_KEYS[key] : undefined;
    if (!spec) {
      if (issues.newer) issues.warn(at, 'unknown text, ignored (written for a newer format)');
      else {
        ok = false;
        issues.add(at, `is not a text of the survey${suggestion(key, keys)}`);
      }
      continue;
    }
    const read = spec.kind === 'text' ? readText(issues, src[key], at, spec) : readGroup(issues, src[key], at, spec);
    if (read === undefined) ok = false;
    else out[key] = read;
  }
  return ok ? out : undefined;
}

/**
 * `messages`: overrides keyed by language. With `locales`, each language must be one the survey runs in.
 */
export function readMessages(
  issues: ConfigIssues,
  value: unknown,
  path: string,
  locales: readonly string[] | undefined,
): Record<string, LocaleTexts> | undefined {
  const src = issues.object(value, path, 'an object of texts by language ({ "en": { "question": "…" } })');
  if (!src) return undefined;
  const out: Record<string, LocaleTexts> = {};
  let ok = true;
  for (const tag of Object.keys(src)) {
    const at = join(path, tag);
    if (!LOCALE_TAG.test(tag) || tag.length > 35) {
      ok = false;
      issues.add(at, `is not a language tag such as en, pt-BR or zh-Hant: ${describeValue(tag)}`);
      continue;
    }
    if (locales && !locales.some((l) => l.toLowerCase() === tag.toLowerCase())) {
      ok = false;
      issues.add(
        at,
        `the survey does not run in ${tag}: add it to locales (${locales.join(', ')}) or remove these texts`,
      );
      continue;
    }
    const override = readOverride(issues, src[tag], at);
    if (override === undefined) ok = false;
    else out[tag] = override;
  }
  return ok ? out : undefined;
}
