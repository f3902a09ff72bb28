import type { NpsCategory } from '@npskit/core';
import type { TrendUnit } from './queries.js';

const DAY = 86_400_000;
const CATEGORIES: readonly NpsCategory[] = ['promoter', 'passive', 'detractor'];
const ATTRIBUTE = /^[A-Za-z0-9_.-]{1,64}$/;

/** What a dashboard or API request asks for, from its query string. */
export interface ReportScope {
  surveyId?: string;
  /** Length of the period in days, ending at `to`. */
  days: number;
  from: Date;
  to: Date;
  /** The period before, of the same length, for the comparison. */
  previousFrom: Date;
  unit: TrendUnit;
  /** Attribute the breakdown groups by. */
  segment: string;
  /** Category the comment list is filtered to, or null for all. */
  category: NpsCategory | null;
}

type Read = { ok: true; value: ReportScope } | { ok: false; error: string };

/**
 * Reads `survey`, `days` (7–730, default 90), `to` (YYYY-MM-DD, default today), `segment` (default `city`) and
 * `category` from a query string, with an error that names the parameter when one is wrong.
 */
export function readScope(params: URLSearchParams, now: number): Read {
  const days = Number(params.get('days') ?? '90');
  if (!Number.isInteger(days) || days < 7 || days > 730) {
    return { ok: false, error: `days must be an integer from 7 to 730, got ${params.get('days')}` };
  }
  const rawTo = params.get('to');
  let to: number;
  if (rawTo) {
    to = Date.parse(`${rawTo}T00:00:00Z`) + DAY;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(rawTo) || !Number.isFinite(to)) {
      return { ok: false, error: `to must be a date as YYYY-MM-DD, got ${rawTo}` };
    }
  } else {
    to = Math.floor(now / DAY) * DAY + DAY;
  }
  const segment = params.get('segment') || 'city';
  if (!ATTRIBUTE.test(segment)) return { ok: false, error: `segment must be an attribute name, got ${segment}` };
  const rawCategory = params.get('category') || null;
  const category = CATEGORIES.find((c) => c === rawCategory) ?? null;
  if (rawCategory && !category) {
    return { ok: false, error: `category must be promoter, passive or detractor, got ${rawCategory}` };
  }
  const surveyId = params.get('survey') || undefined;
  return {
    ok: true,
    value: {
      surveyId,
      days,
      from: new Date(to - days * DAY),
      to: new Date(to),
      previousFrom: new Date(to - 2 * days * DAY),
      unit: days <= 31 ? 'day' : days <= 200 ? 'week' : 'month',
      segment,
      category,
    },
  };
}
