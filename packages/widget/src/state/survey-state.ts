import {
  type AttributeValue,
  classify,
  type NpsScore,
  type ResponseRecord,
  type ScaleOrientation,
  type TextDirection,
} from '@npskit/core';
import { signal } from '@preact/signals-core';
import { SDK } from '../version';
import { randomId } from './uuid';

/** Where a display stands on screen: `closed` once dismissed or closed after thanks. */
export type Step = 'score' | 'follow-up' | 'thanks' | 'closed';

/** Why a record changed; the survey maps these to its public events. */
export type RecordChange = 'shown' | 'score' | 'submitted' | 'dismissed' | 'contact';

/** What one display needs to know to build its record. */
export interface DisplayContext {
  surveyId: string;
  anonymousId: string;
  userId?: string | undefined;
  locale: string;
  direction: TextDirection;
  orientation: ScaleOrientation;
  sampleRate: number;
  trigger: string;
  preview: boolean;
  attributes?: Record<string, AttributeValue> | undefined;
  page?: ResponseRecord['page'];
  commentMaxLength: number;
  now: () => number;
  /** Receives every new revision of the record, in order. */
  onChange: (record: ResponseRecord, change: RecordChange) => void;
}

/** The signals-based state of one survey display, and the only way to change its record. */
export type SurveyState = ReturnType<typeof createSurveyState>;

/**
 * Creates the state of one display. The record is created `shown` (revision 1) and every change makes a
 * new revision, so a receiver that upserts by id and keeps the highest revision ends with the last state.
 * Status only moves forward (shown → answered → completed, shown/answered → dismissed).
 */
export function createSurveyState(ctx: DisplayContext) {
  const iso = () => new Date(ctx.now()).toISOString();
  const at = iso();
  const first: ResponseRecord = {
    id: randomId(),
    revision: 1,
    surveyId: ctx.surveyId,
    status: 'shown',
    anonymousId: ctx.anonymousId,
    locale: ctx.locale,
    direction: ctx.direction,
    orientation: ctx.orientation,
    sampleRate: ctx.sampleRate,
    trigger: ctx.trigger,
    shownAt: at,
    updatedAt: at,
    sdk: { ...SDK },
  };
  if (ctx.userId !== undefined) first.userId = ctx.userId;
  if (ctx.preview) first.preview = true;
  if (ctx.attributes !== undefined) first.attributes = { ...ctx.attributes };
  if (ctx.page !== undefined) first.page = ctx.page;

  const step = signal<Step>('score');
  const record = signal<ResponseRecord>(first);
  const reasons = signal<readonly string[]>([]);
  const comment = signal('');

  function commit(patch: Partial<ResponseRecord>, change: RecordChange): void {
    const next = { ...record.value, ...patch, revision: record.value.revision + 1, updatedAt: iso() };
    record.value = next;
    ctx.onChange(next, change);
  }

  ctx.onChange(first, 'shown');

  return {
    step,
    record,
    reasons,
    comment,

    /** Picks (or changes) the score; sends the record as `answered` at once so the score survives a page exit. */
    choose(score: NpsScore): void {
      const current = record.value;
      if (current.status !== 'shown' && current.status !== 'answered') return;
      if (current.score === score) return;
      // A different category means different reason tags, so earlier picks no longer apply.
      if (current.category !== undefined && current.category !== classify(score)) reasons.value = [];
      // answeredAt marks the first choice, so time-to-answer is not reset by a correction.
      commit(
        { status: 'answered', score, category: classify(score), answeredAt: current.answeredAt ?? iso() },
        'score',
      );
      step.value = 'follow-up';
    },

    toggleReason(tag: string): void {
      reasons.value = reasons.value.includes(tag) ? reasons.value.filter((t) => t !== tag) : [...reasons.value, tag];
    },

    setComment(text: string): void {
      comment.value = text.slice(0, ctx.commentMaxLength);
    },

    /** Sends the follow-up: status `completed` with the comment and reasons. */
    submit(): void {
      if (record.value.status !== 'answered') return;
      const patch: Partial<ResponseRecord> = { status: 'completed', completedAt: iso() };
      const text = comment.value.trim();
      if (text !== '') patch.comment = text;
      if (reasons.value.length > 0) patch.reasons = [...reasons.value];
      commit(patch, 'submitted');
      step.value = 'thanks';
    },

    /** Leaves the follow-up unanswered; the score already sent stays `answered`. */
    skip(): void {
      if (step.value === 'follow-up') step.value = 'thanks';
    },

    /** Closes the survey; before the thank-you step that records a dismissal (returns true when it did). */
    dismiss(): boolean {
      const { status } = record.value;
      // On the thank-you step the visitor has finished (even after skipping), so closing is not a dismissal.
      const finished = step.value === 'thanks' || step.value === 'closed';
      step.value = 'closed';
      if (finished || (status !== 'shown' && status !== 'answered')) return false;
      commit({ status: 'dismissed', dismissedAt: iso() }, 'dismissed');
      return true;
    },

    /** Records the detractor's contact consent (and email when the visitor is anonymous). */
    saveContact(consent: boolean, email?: string): void {
      commit({ contact: email ? { consent, email } : { consent } }, 'contact');
    },

    close(): void {
      step.value = 'closed';
    },
  };
}
