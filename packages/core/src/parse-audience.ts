import { type ConfigIssues, own } from './config-issues';
import { describeValue } from './describe-value';
import { join } from './issue-list';
import { readUrlPattern } from './parse-trigger';
import type { AudienceCondition } from './site-config';
import { SITE_CONFIG_LIMITS as L } from './site-config-limits';

const NUMERIC = ['lt', 'lte', 'gt', 'gte'];
/** The operators of each condition type. */
export const AUDIENCE_OPERATORS = Object.freeze({
  attribute: Object.freeze(['equals', 'notEquals', 'oneOf', 'notOneOf', ...NUMERIC, 'exists', 'notExists']),
  locale: Object.freeze(['oneOf', 'notOneOf']),
  url: Object.freeze(['matches', 'notMatches']),
  accountAge: Object.freeze(NUMERIC),
});
type ConditionType = keyof typeof AUDIENCE_OPERATORS;
const TYPES = Object.keys(AUDIENCE_OPERATORS) as ConditionType[];
const FORBIDDEN = ['__proto__', 'constructor', 'prototype'];

function readValue(issues: ConfigIssues, type: ConditionType, op: string, value: unknown, path: string): unknown {
  if (op === 'exists' || op === 'notExists') {
    return value === undefined ? true : issues.add(path, `must be left out for "${op}"`);
  }
  if (value === undefined) return issues.add(path, `is required for "${op}"`);
  if (type === 'url') return readUrlPattern(issues, value, path);
  if (type === 'accountAge') return issues.number(value, path, 0, 36_500);
  if (NUMERIC.includes(op)) {
    const finite = typeof value === 'number' && Number.isFinite(value);
    return finite ? value : issues.add(path, `must be a number for "${op}", got ${describeValue(value)}`);
  }
  if (op === 'equals' || op === 'notEquals') return issues.attributeValue(value, path);
  const list = issues.list(value, path, L.list, 1);
  if (!list) return undefined;
  const read = list.map((v, i) =>
    type === 'locale' ? issues.locale(v, join(path, i)) : issues.attributeValue(v, join(path, i)),
  );
  return read.every((v) => v !== undefined) ? read : undefined;
}

function readCondition(issues: ConfigIssues, value: unknown, path: string): AudienceCondition | undefined {
  const src = issues.object(
    value,
    path,
    'a condition ({ "type": "attribute", "key": "plan", "op": "equals", "value": "pro" })',
  );
  if (!src) return undefined;
  const type = own(src, 'type') as ConditionType;
  if (!TYPES.includes(type)) {
    return issues.add(
      join(path, 'type'),
      `must be one of ${TYPES.map((t) => `"${t}"`).join(', ')}, got ${describeValue(type)}`,
    );
  }
  const before = issues.count;
  issues.known(src, type === 'attribute' ? ['type', 'key', 'op', 'value'] : ['type', 'op', 'value'], path);
  let key: string | undefined;
  if (type === 'attribute') {
    key = issues.string(own(src, 'key'), join(path, 'key'), L.key, { plain: true });
    if (key !== undefined && FORBIDDEN.includes(key))
      issues.add(join(path, 'key'), `"${key}" cannot be an attribute name`);
  }
  const ops = AUDIENCE_OPERATORS[type];
  const op = issues.oneOf(own(src, 'op'), join(path, 'op'), ops);
  const read = op === undefined ? undefined : readValue(issues, type, op, own(src, 'value'), join(path, 'value'));
  if (issues.count !== before || op === undefined || read === undefined) return undefined;
  const condition: Record<string, unknown> = { type };
  if (key !== undefined) condition['key'] = key;
  condition['op'] = op;
  if (op !== 'exists' && op !== 'notExists') condition['value'] = read;
  return condition as AudienceCondition;
}

/** `audience`: a list of conditions that must all hold. */
export function readAudience(issues: ConfigIssues, value: unknown, path: string): AudienceCondition[] | undefined {
  const list = issues.list(value, path, L.audience);
  if (!list) return undefined;
  const out = list.map((c, i) => readCondition(issues, c, join(path, i)));
  return out.every((c) => c !== undefined) ? (out as AudienceCondition[]) : undefined;
}
