import type { Messages } from './messages';

/** German, addressing the visitor formally (Sie). */
export const de: Messages = {
  surveyLabel: 'Feedback-Umfrage',
  question: 'Wie wahrscheinlich ist es, dass Sie {product} Freunden oder Kollegen weiterempfehlen?',
  questionGeneric: 'Wie wahrscheinlich ist es, dass Sie uns Freunden oder Kollegen weiterempfehlen?',
  lowLabel: 'Überhaupt nicht wahrscheinlich',
  highLabel: 'Äußerst wahrscheinlich',
  scaleHint: '{min} = {low}, {max} = {high}',
  dismiss: 'Umfrage schließen',
  followUp: {
    promoter: 'Was gefällt Ihnen an uns am besten?',
    passive: 'Was fehlt Ihnen zu einer 10?',
    detractor: 'Was hat Sie enttäuscht?',
  },
  reasonsLabel: 'Alles Zutreffende auswählen',
  reasons: {
    price: 'Preis',
    quality: 'Qualität',
    support: 'Support',
    speed: 'Geschwindigkeit',
    ease: 'Bedienbarkeit',
    features: 'Funktionen',
    reliability: 'Zuverlässigkeit',
    staff: 'Personal',
  },
  commentLabel: 'Erzählen Sie uns mehr (optional)',
  charactersLeft: {
    one: 'Noch {count} Zeichen',
    other: 'Noch {count} Zeichen',
  },
  submit: 'Senden',
  skip: 'Überspringen',
  thanks: {
    promoter: 'Vielen Dank! Schön, dass Sie zufrieden sind.',
    passive: 'Vielen Dank für Ihr Feedback.',
    detractor: 'Danke, dass Sie uns das sagen. Wir nutzen es, um besser zu werden.',
  },
  shareIntro: 'Möchten Sie Ihre Erfahrung teilen?',
  contactQuestion: 'Dürfen wir Sie zu Ihrer Antwort kontaktieren?',
  contactConsent: 'Ja, Sie dürfen mich dazu kontaktieren',
  emailLabel: 'Ihre E-Mail-Adresse',
  emailInvalid: 'Bitte geben Sie eine gültige E-Mail-Adresse ein.',
  contactSend: 'Senden',
  contactSaved: 'Danke! Wir melden uns bei Ihnen.',
  close: 'Schließen',
  autoClose: {
    one: 'Schließt in {count} Sekunde',
    other: 'Schließt in {count} Sekunden',
  },
  keepOpen: 'Geöffnet lassen',
  opensInNewTab: '(öffnet in neuem Tab)',
};
