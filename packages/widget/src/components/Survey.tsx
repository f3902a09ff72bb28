import type { NpsCategory, NpsScore } from '@npskit/core';
import type { Messages } from '../i18n/messages';
import type { ShareLink, SurveyPosition } from '../options';
import type { SurveyState } from '../state/survey-state';
import { laterSteps } from './lazy-steps';
import type { ReasonOption } from './ReasonChips';
import { ScoreScale } from './ScoreScale';
import { SignalWatcher } from './signal-watcher';

/** Everything the views need that does not change during a display: texts, formatters, layout. */
export interface SurveyView {
  messages: Messages;
  /** The question with `{product}` filled in. */
  question: string;
  /** The scale hint with the end labels filled in. */
  hint: string;
  /** 0–10 formatted for the locale. */
  scoreLabels: readonly string[];
  position: SurveyPosition;
  /** True when the 0–10 row runs right to left on screen. */
  rowRtl: boolean;
  reasons: Record<NpsCategory, readonly ReasonOption[]>;
  shareLinks: readonly ShareLink[];
  askContact: boolean;
  /** True when there is no userId, so consent needs an email address. */
  anonymous: boolean;
  commentMaxLength: number;
  autoClose: number;
  charactersLeft: (count: number) => string;
  autoCloseText: (seconds: number) => string;
}

/** What the views may do; each is already guarded so an exception reaches the `error` event, not the page. */
export interface SurveyActions {
  choose: (score: NpsScore) => void;
  toggleReason: (tag: string) => void;
  setComment: (text: string) => void;
  submit: () => void;
  skip: () => void;
  dismiss: () => void;
  saveContact: (consent: boolean, email?: string) => void;
  close: () => void;
  fieldFocus: (event: FocusEvent) => void;
}

/** Props of the survey card. */
export interface SurveyProps {
  state: SurveyState;
  view: SurveyView;
  actions: SurveyActions;
}

/**
 * The survey card: a dismiss control and the current step (score, follow-up under the score, or thanks).
 * The follow-up and thank-you steps render once their lazy chunk has arrived (normally long before the
 * visitor has chosen a score).
 */
export class Survey extends SignalWatcher<SurveyProps> {
  protected signals() {
    const { state } = this.props;
    return [state.step, laterSteps, state.record, state.reasons, state.comment];
  }

  protected view() {
    return <SurveyCard {...this.props} />;
  }
}

function SurveyCard({ state, view, actions }: SurveyProps) {
  const step = state.step.value;
  const steps = laterSteps.value;
  const record = state.record.value;
  const m = view.messages;
  if (step === 'closed') return null;
  const category = record.category;
  const modal = view.position === 'modal';
  // A named <section> is a landmark region; inside the modal the <dialog> carries the name instead.
  const Card = modal ? 'div' : 'section';
  return (
    <Card class={`card ${view.position}`} aria-label={modal ? undefined : m.surveyLabel}>
      <button
        type="button"
        class="dismiss"
        aria-label={step === 'thanks' ? m.close : m.dismiss}
        onClick={step === 'thanks' ? actions.close : actions.dismiss}
      >
        <span aria-hidden="true">×</span>
      </button>
      {step === 'thanks' && category !== undefined ? (
        steps && (
          <steps.ThankYou
            message={m.thanks[category]}
            shareLinks={category === 'promoter' ? view.shareLinks : []}
            shareIntro={m.shareIntro}
            opensInNewTab={m.opensInNewTab}
            contact={
              category === 'detractor' && view.askContact
                ? {
                    question: m.contactQuestion,
                    consentLabel: m.contactConsent,
                    emailLabel: view.anonymous ? m.emailLabel : undefined,
                    emailInvalid: m.emailInvalid,
                    sendLabel: m.contactSend,
                    savedMessage: m.contactSaved,
                    saved: record.contact !== undefined,
                    onSave: actions.saveContact,
                  }
                : undefined
            }
            onFieldFocus={actions.fieldFocus}
            closeLabel={m.close}
            onClose={actions.close}
            autoClose={view.autoClose}
            autoCloseText={view.autoCloseText}
            keepOpenLabel={m.keepOpen}
          />
        )
      ) : (
        <>
          <p class="question" id="npskit-question">
            {view.question}
          </p>
          <ScoreScale
            value={record.score}
            labels={view.scoreLabels}
            lowLabel={m.lowLabel}
            highLabel={m.highLabel}
            labelledBy="npskit-question"
            hint={view.hint}
            rowRtl={view.rowRtl}
            onChoose={actions.choose}
          />
          {step === 'follow-up' && category !== undefined && steps && (
            <steps.FollowUp
              question={m.followUp[category]}
              reasonsLabel={m.reasonsLabel}
              reasons={view.reasons[category]}
              selected={state.reasons.value}
              onToggleReason={actions.toggleReason}
              commentLabel={m.commentLabel}
              comment={state.comment.value}
              maxLength={view.commentMaxLength}
              charactersLeft={view.charactersLeft(view.commentMaxLength - state.comment.value.length)}
              onComment={actions.setComment}
              onFieldFocus={actions.fieldFocus}
              submitLabel={m.submit}
              skipLabel={m.skip}
              onSubmit={actions.submit}
              onSkip={actions.skip}
            />
          )}
        </>
      )}
    </Card>
  );
}
