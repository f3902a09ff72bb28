import { ReasonChips, type ReasonOption } from './ReasonChips';
import { useSettled } from './use-settled';

/** Props of the follow-up step. */
export interface FollowUpProps {
  question: string;
  reasonsLabel: string;
  reasons: readonly ReasonOption[];
  selected: readonly string[];
  onToggleReason: (tag: string) => void;
  commentLabel: string;
  comment: string;
  maxLength: number;
  /** "12 characters left", already pluralised and formatted. */
  charactersLeft: string;
  onComment: (text: string) => void;
  /** Called when the comment box gets focus, to keep it above the on-screen keyboard. */
  onFieldFocus: (event: FocusEvent) => void;
  submitLabel: string;
  skipLabel: string;
  onSubmit: () => void;
  onSkip: () => void;
}

/** How long typing must pause before the remaining-characters count is announced. */
const ANNOUNCE_AFTER_MS = 1000;

/** The category's follow-up question, reason chips, the comment box with its live counter, Send and Skip. */
export function FollowUp(props: FollowUpProps) {
  const announced = useSettled(props.charactersLeft, ANNOUNCE_AFTER_MS);
  return (
    <form
      class="follow-up"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        props.onSubmit();
      }}
    >
      <p class="follow-up-question" id="npskit-follow-up">
        {props.question}
      </p>
      <ReasonChips
        label={props.reasonsLabel}
        options={props.reasons}
        selected={props.selected}
        onToggle={props.onToggleReason}
      />
      <div>
        <label for="npskit-comment">{props.commentLabel}</label>
        <textarea
          id="npskit-comment"
          dir="auto"
          maxLength={props.maxLength}
          rows={3}
          value={props.comment}
          aria-describedby="npskit-counter"
          onInput={(event) => props.onComment((event.currentTarget as HTMLTextAreaElement).value)}
          onFocus={props.onFieldFocus}
        />
        <p id="npskit-counter" class="counter" aria-hidden="true">
          {props.charactersLeft}
        </p>
        <p class="sr-only" aria-live="polite">
          {announced === props.charactersLeft && props.comment !== '' ? announced : ''}
        </p>
      </div>
      <div class="actions">
        <button type="button" class="secondary" onClick={props.onSkip}>
          {props.skipLabel}
        </button>
        <button type="submit" class="primary">
          {props.submitLabel}
        </button>
      </div>
    </form>
  );
}
