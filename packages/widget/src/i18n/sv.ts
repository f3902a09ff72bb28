import type { Messages } from './messages';

/** Swedish, informal (du) as Swedish interfaces are. */
export const sv: Messages = {
  surveyLabel: 'Enkät',
  question: 'Hur troligt är det att du skulle rekommendera {product} till en vän eller kollega?',
  questionGeneric: 'Hur troligt är det att du skulle rekommendera oss till en vän eller kollega?',
  lowLabel: 'Inte alls troligt',
  highLabel: 'Mycket troligt',
  scaleHint: '{min} = {low}, {max} = {high}',
  dismiss: 'Stäng enkäten',
  followUp: {
    promoter: 'Vad gillar du mest med oss?',
    passive: 'Vad skulle krävas för att du ger oss en 10:a?',
    detractor: 'Vad gjorde dig besviken?',
  },
  reasonsLabel: 'Välj allt som stämmer',
  reasons: {
    price: 'Pris',
    quality: 'Kvalitet',
    support: 'Support',
    speed: 'Snabbhet',
    ease: 'Användarvänlighet',
    features: 'Funktioner',
    reliability: 'Tillförlitlighet',
    staff: 'Personal',
  },
  commentLabel: 'Berätta mer (valfritt)',
  charactersLeft: {
    one: '{count} tecken kvar',
    other: '{count} tecken kvar',
  },
  submit: 'Skicka',
  skip: 'Hoppa över',
  thanks: {
    promoter: 'Tack! Vad roligt att du gillar oss.',
    passive: 'Tack för din feedback.',
    detractor: 'Tack för att du berättade. Vi använder det för att bli bättre.',
  },
  shareIntro: 'Vill du dela med dig av din upplevelse?',
  contactQuestion: 'Får vi kontakta dig om ditt svar?',
  contactConsent: 'Ja, ni får kontakta mig om det här',
  emailLabel: 'Din e-postadress',
  emailInvalid: 'Ange en giltig e-postadress.',
  contactSend: 'Skicka',
  contactSaved: 'Tack! Vi hör av oss snart.',
  close: 'Stäng',
  autoClose: {
    one: 'Stängs om {count} sekund',
    other: 'Stängs om {count} sekunder',
  },
  keepOpen: 'Håll öppen',
  opensInNewTab: '(öppnas i en ny flik)',
};
