import type { NpsScore } from '@npskit/core';
import { Component } from 'preact';

/** Props of the 0–10 radio group. */
export interface ScoreScaleProps {
  /** The checked score, if any. */
  value: NpsScore | undefined;
  /** The eleven option names, 0 to 10, already formatted for the locale (Persian ۰–۱۰). */
  labels: readonly string[];
  /** Visible end labels. */
  lowLabel: string;
  highLabel: string;
  /** Id of the question that labels the group. */
  labelledBy: string;
  /** Screen-reader hint with the end labels ("0 = Not at all likely, 10 = Extremely likely"). */
  hint: string;
  /** True when the row runs right to left on screen (0 on the right). */
  rowRtl: boolean;
  onChoose: (score: NpsScore) => void;
}

const SCORES = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;
/** How long after a "1" a "0" still means 10. */
export const TEN_WINDOW_MS = 600;

// Latin, Arabic-Indic (٠–٩) and Persian (۰–۹) digits, so the hotkeys work with a Persian or Arabic keyboard too.
function digitOf(key: string): number | undefined {
  if (key.length !== 1) return undefined;
  const code = key.charCodeAt(0);
  for (const zero of [0x30, 0x660, 0x6f0]) if (code >= zero && code <= zero + 9) return code - zero;
  return undefined;
}

/**
 * The 0–10 scale as a WAI-ARIA radio group: one tab stop (the checked option, else 0), arrow keys move
 * and check following the visual direction (wrapping), Home/End, digit hotkeys with "1" then "0" or
 * "=" for 10. The row's `dir` decides the visual order, so mirroring needs no reordering of the DOM.
 */
// A class, not hooks: preact/hooks is then needed only by the later steps, so its 1.3 kB (brotli) is fetched with them
// instead of before the survey can show.
export class ScoreScale extends Component<ScoreScaleProps> {
  private readonly buttons: (HTMLButtonElement | null)[] = [];
  /** When "1" was last typed, so a "0" right after it means 10. */
  private lastOne = Number.NEGATIVE_INFINITY;

  private pick(score: number): void {
    this.props.onChoose(score as NpsScore);
    this.buttons[score]?.focus();
  }

  private readonly onKeyDown = (event: KeyboardEvent) => {
    const { props } = this;
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    // The focused radio, not props.value: a second key press may come before the re-render.
    const from = Number((event.target as HTMLElement).dataset['score'] ?? props.value ?? 0);
    const step = (delta: number) => (from + delta + 11) % 11;
    const forward = props.rowRtl ? -1 : 1;
    let next: number | undefined;
    switch (event.key) {
      case 'ArrowRight':
        next = step(forward);
        break;
      case 'ArrowLeft':
        next = step(-forward);
        break;
      case 'ArrowDown':
        next = step(1);
        break;
      case 'ArrowUp':
        next = step(-1);
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
      case '=':
        next = 10;
        break;
      default: {
        const digit = digitOf(event.key);
        if (digit === undefined) return;
        const now = Date.now();
        next = digit === 0 && now - this.lastOne <= TEN_WINDOW_MS ? 10 : digit;
        this.lastOne = digit === 1 ? now : Number.NEGATIVE_INFINITY;
      }
    }
    event.preventDefault();
    this.pick(next);
  };

  override render() {
    const { props } = this;
    const tabStop = props.value ?? 0;
    return (
      <div class="scale-wrap" dir={props.rowRtl ? 'rtl' : 'ltr'}>
        <div
          class="scale"
          role="radiogroup"
          aria-labelledby={props.labelledBy}
          aria-describedby="npskit-scale-hint"
          onKeyDown={this.onKeyDown}
        >
          {SCORES.map((score) => (
            // biome-ignore lint/a11y/useSemanticElements: native radios cannot follow the mirrored visual order with the arrow keys nor take digit hotkeys; the APG radio pattern on buttons can.
            <button
              key={score}
              ref={(el) => {
                this.buttons[score] = el;
              }}
              type="button"
              class="score"
              role="radio"
              aria-checked={props.value === score}
              tabIndex={score === tabStop ? 0 : -1}
              data-score={score}
              onClick={() => this.pick(score)}
            >
              {props.labels[score]}
            </button>
          ))}
        </div>
        <div class="ends" aria-hidden="true">
          <span>{props.lowLabel}</span>
          <span>{props.highLabel}</span>
        </div>
        <span id="npskit-scale-hint" class="sr-only">
          {props.hint}
        </span>
      </div>
    );
  }
}
