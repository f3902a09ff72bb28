import type { Messages } from './messages';

/** French, addressing the visitor formally (vous), with French typography (narrow no-break space before ? and !). */
export const fr: Messages = {
  surveyLabel: 'Votre avis',
  question: 'Quelle est la probabilité que vous recommandiez {product} à un ami ou à un collègue ?',
  questionGeneric: 'Quelle est la probabilité que vous nous recommandiez à un ami ou à un collègue ?',
  lowLabel: 'Pas du tout probable',
  highLabel: 'Extrêmement probable',
  scaleHint: '{min} = {low}, {max} = {high}',
  dismiss: 'Fermer le questionnaire',
  followUp: {
    promoter: 'Qu’appréciez-vous le plus chez nous ?',
    passive: 'Que nous faudrait-il pour mériter un 10 ?',
    detractor: 'Qu’est-ce qui n’a pas été à la hauteur ?',
  },
  reasonsLabel: 'Sélectionnez tout ce qui s’applique',
  reasons: {
    price: 'Prix',
    quality: 'Qualité',
    support: 'Assistance',
    speed: 'Rapidité',
    ease: 'Facilité d’utilisation',
    features: 'Fonctionnalités',
    reliability: 'Fiabilité',
    staff: 'Personnel',
  },
  commentLabel: 'Dites-nous-en plus (facultatif)',
  // French "one" covers 0 and 1: "0 caractère restant" is correct French.
  charactersLeft: {
    one: '{count} caractère restant',
    many: '{count} de caractères restants',
    other: '{count} caractères restants',
  },
  submit: 'Envoyer',
  skip: 'Passer',
  thanks: {
    promoter: 'Merci ! Nous sommes ravis que vous nous appréciiez.',
    passive: 'Merci pour votre retour.',
    detractor: 'Merci de nous l’avoir dit. Nous nous en servirons pour nous améliorer.',
  },
  shareIntro: 'Souhaitez-vous partager votre expérience ?',
  contactQuestion: 'Pouvons-nous vous contacter au sujet de votre réponse ?',
  contactConsent: 'Oui, vous pouvez me contacter à ce sujet',
  emailLabel: 'Votre adresse e-mail',
  emailInvalid: 'Veuillez saisir une adresse e-mail valide.',
  contactSend: 'Envoyer',
  contactSaved: 'Merci. Nous vous recontacterons rapidement.',
  close: 'Fermer',
  autoClose: {
    one: 'Fermeture dans {count} seconde',
    many: 'Fermeture dans {count} de secondes',
    other: 'Fermeture dans {count} secondes',
  },
  keepOpen: 'Garder ouvert',
  opensInNewTab: '(s’ouvre dans un nouvel onglet)',
};
