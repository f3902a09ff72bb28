import type { Messages } from './messages';

/** Polish. */
export const pl: Messages = {
  surveyLabel: 'Ankieta: Twoja opinia',
  question: 'Jak prawdopodobne jest, że polecisz {product} znajomemu lub współpracownikowi?',
  questionGeneric: 'Jak prawdopodobne jest, że polecisz nas znajomemu lub współpracownikowi?',
  lowLabel: 'Zupełnie nieprawdopodobne',
  highLabel: 'Bardzo prawdopodobne',
  scaleHint: '{min} – {low}, {max} – {high}',
  dismiss: 'Zamknij ankietę',
  followUp: {
    promoter: 'Co podoba Ci się u nas najbardziej?',
    passive: 'Czego zabrakło, żeby dać nam 10?',
    detractor: 'Co Cię rozczarowało?',
  },
  reasonsLabel: 'Zaznacz wszystko, co pasuje',
  reasons: {
    price: 'Cena',
    quality: 'Jakość',
    support: 'Wsparcie',
    speed: 'Szybkość',
    ease: 'Łatwość obsługi',
    features: 'Funkcje',
    reliability: 'Niezawodność',
    staff: 'Personel',
  },
  commentLabel: 'Napisz nam więcej (opcjonalnie)',
  // one: 1; few: 2–4, 22–24…; many: 0, 5–21, 25…; other: fractions (1,5 znaku).
  charactersLeft: {
    one: 'Został {count} znak',
    few: 'Zostały {count} znaki',
    many: 'Zostało {count} znaków',
    other: 'Zostało {count} znaku',
  },
  submit: 'Wyślij',
  skip: 'Pomiń',
  thanks: {
    promoter: 'Dziękujemy! Cieszymy się, że nas lubisz.',
    passive: 'Dziękujemy za opinię.',
    detractor: 'Dziękujemy, że nam o tym piszesz. Wykorzystamy to, żeby działać lepiej.',
  },
  shareIntro: 'Podzielisz się swoimi wrażeniami?',
  contactQuestion: 'Czy możemy skontaktować się z Tobą w sprawie Twojej odpowiedzi?',
  contactConsent: 'Tak, możecie się ze mną skontaktować w tej sprawie',
  emailLabel: 'Twój adres e-mail',
  emailInvalid: 'Wpisz poprawny adres e-mail.',
  contactSend: 'Wyślij',
  contactSaved: 'Dziękujemy. Wkrótce się odezwiemy.',
  close: 'Zamknij',
  autoClose: {
    one: 'Zamknie się za {count} sekundę',
    few: 'Zamknie się za {count} sekundy',
    many: 'Zamknie się za {count} sekund',
    other: 'Zamknie się za {count} sekundy',
  },
  keepOpen: 'Nie zamykaj',
  opensInNewTab: '(otwiera się w nowej karcie)',
};
