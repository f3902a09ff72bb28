import type { Messages } from './messages';

/** Danish, informal (du) as Danish interfaces are. */
export const da: Messages = {
  surveyLabel: 'Spørgeskema',
  question: 'Hvor sandsynligt er det, at du vil anbefale {product} til en ven eller kollega?',
  questionGeneric: 'Hvor sandsynligt er det, at du vil anbefale os til en ven eller kollega?',
  lowLabel: 'Slet ikke sandsynligt',
  highLabel: 'Meget sandsynligt',
  scaleHint: '{min} = {low}, {max} = {high}',
  dismiss: 'Luk spørgeskemaet',
  followUp: {
    promoter: 'Hvad kan du bedst lide ved os?',
    passive: 'Hvad skal der til, før du giver os 10?',
    detractor: 'Hvad skuffede dig?',
  },
  reasonsLabel: 'Vælg alt, der passer',
  reasons: {
    price: 'Pris',
    quality: 'Kvalitet',
    support: 'Support',
    speed: 'Hastighed',
    ease: 'Brugervenlighed',
    features: 'Funktioner',
    reliability: 'Pålidelighed',
    staff: 'Personale',
  },
  commentLabel: 'Fortæl os mere (valgfrit)',
  charactersLeft: {
    one: '{count} tegn tilbage',
    other: '{count} tegn tilbage',
  },
  submit: 'Send',
  skip: 'Spring over',
  thanks: {
    promoter: 'Tak! Vi er glade for, at du kan lide os.',
    passive: 'Tak for din feedback.',
    detractor: 'Tak, fordi du fortalte os det. Vi bruger det til at blive bedre.',
  },
  shareIntro: 'Vil du dele din oplevelse?',
  contactQuestion: 'Må vi kontakte dig om dit svar?',
  contactConsent: 'Ja, I må gerne kontakte mig om det',
  emailLabel: 'Din e-mailadresse',
  emailInvalid: 'Angiv en gyldig e-mailadresse.',
  contactSend: 'Send',
  contactSaved: 'Tak! Vi vender snart tilbage.',
  close: 'Luk',
  autoClose: {
    one: 'Lukker om {count} sekund',
    other: 'Lukker om {count} sekunder',
  },
  keepOpen: 'Hold åben',
  opensInNewTab: '(åbner i en ny fane)',
};
