import type { Messages } from './messages';

/** Dutch, informal (je) as most Dutch interfaces are. */
export const nl: Messages = {
  surveyLabel: 'Feedbackenquête',
  question: 'Hoe waarschijnlijk is het dat je {product} aanbeveelt aan een vriend of collega?',
  questionGeneric: 'Hoe waarschijnlijk is het dat je ons aanbeveelt aan een vriend of collega?',
  lowLabel: 'Helemaal niet waarschijnlijk',
  highLabel: 'Zeer waarschijnlijk',
  scaleHint: '{min} = {low}, {max} = {high}',
  dismiss: 'Enquête sluiten',
  followUp: {
    promoter: 'Wat vind je het beste aan ons?',
    passive: 'Wat is er nodig voor een 10?',
    detractor: 'Waarin hebben we je teleurgesteld?',
  },
  reasonsLabel: 'Kies alles wat van toepassing is',
  reasons: {
    price: 'Prijs',
    quality: 'Kwaliteit',
    support: 'Klantenservice',
    speed: 'Snelheid',
    ease: 'Gebruiksgemak',
    features: 'Functies',
    reliability: 'Betrouwbaarheid',
    staff: 'Personeel',
  },
  commentLabel: 'Vertel ons meer (optioneel)',
  charactersLeft: {
    one: 'Nog {count} teken over',
    other: 'Nog {count} tekens over',
  },
  submit: 'Versturen',
  skip: 'Overslaan',
  thanks: {
    promoter: 'Bedankt! Fijn dat je tevreden bent.',
    passive: 'Bedankt voor je feedback.',
    detractor: 'Bedankt dat je dit met ons deelt. We gebruiken het om beter te worden.',
  },
  shareIntro: 'Wil je je ervaring delen?',
  contactQuestion: 'Mogen we contact met je opnemen over je antwoord?',
  contactConsent: 'Ja, jullie mogen hierover contact met mij opnemen',
  emailLabel: 'Je e-mailadres',
  emailInvalid: 'Vul een geldig e-mailadres in.',
  contactSend: 'Versturen',
  contactSaved: 'Bedankt! We nemen binnenkort contact met je op.',
  close: 'Sluiten',
  autoClose: {
    one: 'Sluit over {count} seconde',
    other: 'Sluit over {count} seconden',
  },
  keepOpen: 'Open houden',
  opensInNewTab: '(opent in een nieuw tabblad)',
};
