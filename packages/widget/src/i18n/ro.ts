import type { Messages } from './messages';

/** Romanian, addressing the visitor formally (dumneavoastră). */
export const ro: Messages = {
  surveyLabel: 'Sondaj',
  question: 'Cât de probabil este să recomandați {product} unui prieten sau coleg?',
  questionGeneric: 'Cât de probabil este să ne recomandați unui prieten sau coleg?',
  lowLabel: 'Deloc probabil',
  highLabel: 'Foarte probabil',
  scaleHint: '{min} = {low}, {max} = {high}',
  dismiss: 'Închideți sondajul',
  followUp: {
    promoter: 'Ce vă place cel mai mult la noi?',
    passive: 'Ce ne lipsește ca să ne dați nota 10?',
    detractor: 'Ce v-a dezamăgit?',
  },
  reasonsLabel: 'Alegeți tot ce se potrivește',
  reasons: {
    price: 'Preț',
    quality: 'Calitate',
    support: 'Asistență',
    speed: 'Viteză',
    ease: 'Ușurință în utilizare',
    features: 'Funcționalități',
    reliability: 'Fiabilitate',
    staff: 'Personal',
  },
  commentLabel: 'Spuneți-ne mai multe (opțional)',
  // few: 0, 2–19 and fractions; other: 20 and up, which take "de" (20 de caractere).
  charactersLeft: {
    one: 'A mai rămas {count} caracter',
    few: 'Au mai rămas {count} caractere',
    other: 'Au mai rămas {count} de caractere',
  },
  submit: 'Trimiteți',
  skip: 'Omiteți',
  thanks: {
    promoter: 'Vă mulțumim! Ne bucurăm că vă place ce facem.',
    passive: 'Vă mulțumim pentru feedback.',
    detractor: 'Vă mulțumim că ne-ați spus. Ne va ajuta să devenim mai buni.',
  },
  shareIntro: 'Doriți să vă împărtășiți experiența?',
  contactQuestion: 'Vă putem contacta în legătură cu răspunsul dumneavoastră?',
  contactConsent: 'Da, mă puteți contacta în această privință',
  emailLabel: 'Adresa de e-mail',
  emailInvalid: 'Introduceți o adresă de e-mail validă.',
  contactSend: 'Trimiteți',
  contactSaved: 'Vă mulțumim! Vă vom contacta în curând.',
  close: 'Închideți',
  autoClose: {
    one: 'Se închide în {count} secundă',
    few: 'Se închide în {count} secunde',
    other: 'Se închide în {count} de secunde',
  },
  keepOpen: 'Lăsați deschis',
  opensInNewTab: '(se deschide într-o filă nouă)',
};
