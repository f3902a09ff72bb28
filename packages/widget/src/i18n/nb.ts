import type { Messages } from './messages';

/** Norwegian Bokmål, informal (du); also chosen for `no` and, as the closer written standard, for `nn`. */
export const nb: Messages = {
  surveyLabel: 'Spørreundersøkelse',
  question: 'Hvor sannsynlig er det at du vil anbefale {product} til en venn eller kollega?',
  questionGeneric: 'Hvor sannsynlig er det at du vil anbefale oss til en venn eller kollega?',
  lowLabel: 'Ikke sannsynlig i det hele tatt',
  highLabel: 'Svært sannsynlig',
  scaleHint: '{min} = {low}, {max} = {high}',
  dismiss: 'Lukk undersøkelsen',
  followUp: {
    promoter: 'Hva liker du best med oss?',
    passive: 'Hva skal til for at du gir oss 10?',
    detractor: 'Hva skuffet deg?',
  },
  reasonsLabel: 'Velg alt som passer',
  reasons: {
    price: 'Pris',
    quality: 'Kvalitet',
    support: 'Brukerstøtte',
    speed: 'Hastighet',
    ease: 'Brukervennlighet',
    features: 'Funksjoner',
    reliability: 'Pålitelighet',
    staff: 'Personale',
  },
  commentLabel: 'Fortell oss mer (valgfritt)',
  charactersLeft: {
    one: '{count} tegn igjen',
    other: '{count} tegn igjen',
  },
  submit: 'Send',
  skip: 'Hopp over',
  thanks: {
    promoter: 'Takk! Så hyggelig at du liker oss.',
    passive: 'Takk for tilbakemeldingen.',
    detractor: 'Takk for at du sa ifra. Vi bruker det til å bli bedre.',
  },
  shareIntro: 'Vil du dele opplevelsen din?',
  contactQuestion: 'Kan vi kontakte deg om svaret ditt?',
  contactConsent: 'Ja, dere kan kontakte meg om dette',
  emailLabel: 'E-postadressen din',
  emailInvalid: 'Skriv inn en gyldig e-postadresse.',
  contactSend: 'Send',
  contactSaved: 'Takk! Vi tar snart kontakt.',
  close: 'Lukk',
  autoClose: {
    one: 'Lukkes om {count} sekund',
    other: 'Lukkes om {count} sekunder',
  },
  keepOpen: 'Hold åpen',
  opensInNewTab: '(åpnes i en ny fane)',
};
