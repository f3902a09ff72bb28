import { useEffect, useRef, useState } from 'preact/hooks';
import type { ShareLink } from '../options';
import { ContactConsent, type ContactConsentProps } from './ContactConsent';
import { ShareLinks } from './ShareLinks';
import { useCountdown } from './use-countdown';

/** Props of the thank-you step. */
export interface ThankYouProps {
  message: string;
  /** Promoters only; empty otherwise. */
  shareLinks: readonly ShareLink[];
  shareIntro: string;
  opensInNewTab: string;
  /** Detractors with `askContact` only. */
  contact: Omit<ContactConsentProps, 'onFieldFocus'> | undefined;
  onFieldFocus: (event: FocusEvent) => void;
  closeLabel: string;
  onClose: () => void;
  /** Seconds before closing itself; 0 never. */
  autoClose: number;
  /** "Closes in 5 seconds", pluralised and formatted. */
  autoCloseText: (seconds: number) => string;
  keepOpenLabel: string;
}

/**
 * The thank-you message in a `role="status"` region, with the promoters' links or the detractors'
 * contact consent. Focus moves to the message because the button that led here is gone. An automatic
 * close stops on "Keep open" or as soon as focus moves to a control of this step.
 */
export function ThankYou(props: ThankYouProps) {
  const heading = useRef<HTMLParagraphElement>(null);
  const [running, setRunning] = useState(props.autoClose > 0);
  const left = useCountdown(props.autoClose, running, props.onClose);
  useEffect(() => heading.current?.focus({ preventScroll: true }), []);
  const stop = () => setRunning(false);
  return (
    // Focus reaching anything but the message (which gets focus programmatically) means the visitor is busy here.
    <div class="thanks" onFocusIn={(event) => event.target !== heading.current && stop()}>
      <div role="status">
        <p class="thanks-message" tabIndex={-1} ref={heading}>
          {props.message}
        </p>
      </div>
      <ShareLinks intro={props.shareIntro} links={props.shareLinks} opensInNewTab={props.opensInNewTab} />
      {props.contact && (
        <ContactConsent
          {...props.contact}
          onFieldFocus={(event) => {
            stop();
            props.onFieldFocus(event);
          }}
        />
      )}
      {running && (
        <p class="countdown">
          {props.autoCloseText(left)}{' '}
          <button type="button" class="secondary" onClick={stop}>
            {props.keepOpenLabel}
          </button>
        </p>
      )}
      <div class="actions">
        <button type="button" class="secondary" onClick={props.onClose}>
          {props.closeLabel}
        </button>
      </div>
    </div>
  );
}
