import type { Messages } from './messages';

/** Czech, addressing the visitor formally (vy). */
export const cs: Messages = {
  surveyLabel: 'Dotazník',
  question: 'Jak pravděpodobné je, že byste {product} doporučili příteli nebo kolegovi?',
  questionGeneric: 'Jak pravděpodobné je, že byste nás doporučili příteli nebo kolegovi?',
  lowLabel: 'Zcela nepravděpodobné',
  highLabel: 'Velmi pravděpodobné',
  scaleHint: '{min} = {low}, {max} = {high}',
  dismiss: 'Zavřít dotazník',
  followUp: {
    promoter: 'Co se vám na nás líbí nejvíc?',
    passive: 'Co nám chybí k hodnocení 10?',
    detractor: 'Co vás zklamalo?',
  },
  reasonsLabel: 'Vyberte vše, co platí',
  reasons: {
    price: 'Cena',
    quality: 'Kvalita',
    support: 'Podpora',
    speed: 'Rychlost',
    ease: 'Snadné použití',
    features: 'Funkce',
    reliability: 'Spolehlivost',
    staff: 'Personál',
  },
  commentLabel: 'Napište nám víc (nepovinné)',
  // Czech "many" is for fractions (1,5 znaku); 0 and 5+ are "other".
  charactersLeft: {
    one: 'Zbývá {count} znak',
    few: 'Zbývají {count} znaky',
    many: 'Zbývá {count} znaku',
    other: 'Zbývá {count} znaků',
  },
  submit: 'Odeslat',
  skip: 'Přeskočit',
  thanks: {
    promoter: 'Děkujeme! Jsme rádi, že jste spokojeni.',
    passive: 'Děkujeme za zpětnou vazbu.',
    detractor: 'Děkujeme, že jste nám to napsali. Pomůže nám to zlepšit se.',
  },
  shareIntro: 'Chcete se podělit o svou zkušenost?',
  contactQuestion: 'Můžeme vás kontaktovat ohledně vaší odpovědi?',
  contactConsent: 'Ano, můžete mě v této věci kontaktovat',
  emailLabel: 'Váš e-mail',
  emailInvalid: 'Zadejte platnou e-mailovou adresu.',
  contactSend: 'Odeslat',
  contactSaved: 'Děkujeme! Brzy se vám ozveme.',
  close: 'Zavřít',
  autoClose: {
    one: 'Zavře se za {count} sekundu',
    few: 'Zavře se za {count} sekundy',
    many: 'Zavře se za {count} sekundy',
    other: 'Zavře se za {count} sekund',
  },
  keepOpen: 'Nezavírat',
  opensInNewTab: '(otevře se na nové kartě)',
};
