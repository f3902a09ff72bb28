import type { Messages } from './messages';

/** Ukrainian, addressing the visitor formally (ви, lower case as in interface text). */
export const uk: Messages = {
  surveyLabel: 'Опитування',
  question: 'Наскільки ймовірно, що ви порекомендуєте {product} другові або колезі?',
  questionGeneric: 'Наскільки ймовірно, що ви порекомендуєте нас другові або колезі?',
  lowLabel: 'Зовсім малоймовірно',
  highLabel: 'Дуже ймовірно',
  scaleHint: '{min} — {low}, {max} — {high}',
  dismiss: 'Закрити опитування',
  followUp: {
    promoter: 'Що вам у нас подобається найбільше?',
    passive: 'Чого нам забракло до оцінки 10?',
    detractor: 'Що вас розчарувало?',
  },
  reasonsLabel: 'Виберіть усе, що підходить',
  reasons: {
    price: 'Ціна',
    quality: 'Якість',
    support: 'Підтримка',
    speed: 'Швидкість',
    ease: 'Зручність',
    features: 'Можливості',
    reliability: 'Надійність',
    staff: 'Персонал',
  },
  commentLabel: 'Розкажіть докладніше (необов’язково)',
  // one: 1, 21…; few: 2–4, 22–24…; many: 0, 5–20, 25…; other: fractions (1,5 символу).
  charactersLeft: {
    one: 'Залишився {count} символ',
    few: 'Залишилося {count} символи',
    many: 'Залишилося {count} символів',
    other: 'Залишилося {count} символу',
  },
  submit: 'Надіслати',
  skip: 'Пропустити',
  thanks: {
    promoter: 'Дякуємо! Раді, що вам у нас подобається.',
    passive: 'Дякуємо за відгук.',
    detractor: 'Дякуємо, що розповіли. Це допоможе нам стати кращими.',
  },
  shareIntro: 'Хочете поділитися враженнями?',
  contactQuestion: 'Чи можемо ми зв’язатися з вами щодо вашої відповіді?',
  contactConsent: 'Так, зі мною можна зв’язатися з цього приводу',
  emailLabel: 'Ваша електронна адреса',
  emailInvalid: 'Введіть правильну адресу електронної пошти.',
  contactSend: 'Надіслати',
  contactSaved: 'Дякуємо! Ми незабаром з вами зв’яжемося.',
  close: 'Закрити',
  autoClose: {
    one: 'Закриється через {count} секунду',
    few: 'Закриється через {count} секунди',
    many: 'Закриється через {count} секунд',
    other: 'Закриється через {count} секунди',
  },
  keepOpen: 'Не закривати',
  opensInNewTab: '(відкриється в новій вкладці)',
};
