import { useState } from 'preact/hooks';

/** Props of the detractors' contact consent. */
export interface ContactConsentProps {
  question: string;
  consentLabel: string;
  /** Present when the visitor is anonymous: ask for an address. */
  emailLabel: string | undefined;
  emailInvalid: string;
  sendLabel: string;
  savedMessage: string;
  saved: boolean;
  onSave: (consent: boolean, email?: string) => void;
  onFieldFocus: (event: FocusEvent) => void;
}

// Deliberately loose: the server validates for real; this only catches obvious slips before sending.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** "May we contact you?" — a consent checkbox, an email field for anonymous visitors, and Send. */
export function ContactConsent(props: ContactConsentProps) {
  const [consent, setConsent] = useState(false);
  const [email, setEmail] = useState('');
  const [invalid, setInvalid] = useState(false);
  if (props.saved) return <p class="contact-saved">{props.savedMessage}</p>;
  const needsEmail = props.emailLabel !== undefined && consent;
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!consent) return;
        if (needsEmail && !EMAIL.test(email.trim())) {
          setInvalid(true);
          return;
        }
        props.onSave(true, needsEmail ? email.trim() : undefined);
      }}
    >
      <fieldset class="contact">
        <legend>{props.question}</legend>
        <label class="check">
          <input
            type="checkbox"
            checked={consent}
            onChange={(event) => setConsent((event.currentTarget as HTMLInputElement).checked)}
          />
          <span>{props.consentLabel}</span>
        </label>
        {needsEmail && (
          <div>
            <label for="npskit-email">{props.emailLabel}</label>
            <input
              id="npskit-email"
              type="email"
              autocomplete="email"
              dir="ltr"
              value={email}
              aria-invalid={invalid}
              aria-describedby={invalid ? 'npskit-email-error' : undefined}
              onInput={(event) => {
                setEmail((event.currentTarget as HTMLInputElement).value);
                setInvalid(false);
              }}
              onFocus={props.onFieldFocus}
            />
            {invalid && (
              <p id="npskit-email-error" class="error" role="alert">
                {props.emailInvalid}
              </p>
            )}
          </div>
        )}
        {consent && (
          <div class="actions">
            <button type="submit" class="primary">
              {props.sendLabel}
            </button>
          </div>
        )}
      </fieldset>
    </form>
  );
}
