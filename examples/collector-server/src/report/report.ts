import { compare, type NpsComparison, type NpsSummary, summarize } from '@npskit/core';
import type { Database } from '../db.js';
import {
  type AnswerRow,
  attributeNames,
  type CategoryCounts,
  contactRequests,
  countAnswers,
  countByAttribute,
  countByPeriod,
  countDisplays,
  type ReasonCount,
  recentComments,
  type Scope,
  surveyIds,
  topReasons,
} from './queries.js';
import type { ReportScope } from './scope-params.js';

/** One group's statistics (a period of the trend or a value of the breakdown). */
export interface GroupSummary {
  key: string;
  summary: NpsSummary;
}

/** Everything the dashboard shows, as GET /api/summary returns it. */
export interface Report {
  scope: { surveyId: string | null; from: string; to: string; days: number; unit: string; segment: string };
  surveys: string[];
  current: NpsSummary;
  previous: NpsSummary;
  change: NpsComparison;
  funnel: { displays: number; answered: number; dismissed: number; responseRate: number | null };
  trend: GroupSummary[];
  segment: { attribute: string; attributes: string[]; groups: GroupSummary[] };
  reasons: ReasonCount[];
  comments: AnswerRow[];
  contacts: AnswerRow[];
}

// Counts come from SQL; every statistic (NPS, interval, weighting) comes from @npskit/core.
function stats(counts: CategoryCounts): NpsSummary {
  return summarize(counts);
}

/** Runs the dashboard's queries for one scope and turns the counts into statistics. */
export async function buildReport(db: Database, scope: ReportScope): Promise<Report> {
  const current: Scope = { surveyId: scope.surveyId, from: scope.from, to: scope.to };
  const before: Scope = { surveyId: scope.surveyId, from: scope.previousFrom, to: scope.from };
  const [surveys, now, then, periods, groups, attributes, funnel, reasons, comments, contacts] = await Promise.all([
    surveyIds(db),
    countAnswers(db, current),
    countAnswers(db, before),
    countByPeriod(db, current, scope.unit),
    countByAttribute(db, current, scope.segment),
    attributeNames(db, current),
    countDisplays(db, current),
    topReasons(db, current),
    recentComments(db, current, scope.category),
    contactRequests(db, current),
  ]);
  const currentSummary = stats(now);
  const previousSummary = stats(then);
  return {
    scope: {
      surveyId: scope.surveyId ?? null,
      from: scope.from.toISOString(),
      to: scope.to.toISOString(),
      days: scope.days,
      unit: scope.unit,
      segment: scope.segment,
    },
    surveys,
    current: currentSummary,
    previous: previousSummary,
    change: compare(currentSummary, previousSummary),
    funnel: { ...funnel, responseRate: funnel.displays > 0 ? funnel.answered / funnel.displays : null },
    trend: periods.map((period) => ({ key: period.key, summary: stats(period) })),
    segment: {
      attribute: scope.segment,
      attributes,
      groups: groups.map((group) => ({ key: group.key, summary: stats(group) })),
    },
    reasons,
    comments,
    contacts,
  };
}
