import type { Messages } from './messages';

/** Russian, addressing the visitor formally (вы, lower case as in interface text). */
export const ru: Messages = {
  surveyLabel: 'Опрос',
  question: 'Насколько вероятно, что вы порекомендуете {product} другу или коллеге?',
  questionGeneric: 'Насколько вероятно, что вы порекомендуете нас другу или коллеге?',
  lowLabel: 'Крайне маловероятно',
  highLabel: 'Очень вероятно',
  scaleHint: '{min} — {low}, {max} — {high}',
  dismiss: 'Закрыть опрос',
  followUp: {
    promoter: 'Что вам нравится у нас больше всего?',
    passive: 'Чего нам не хватило до оценки 10?',
    detractor: 'Что вас разочаровало?',
  },
  reasonsLabel: 'Выберите всё, что подходит',
  reasons: {
    price: 'Цена',
    quality: 'Качество',
    support: 'Поддержка',
    speed: 'Скорость',
    ease: 'Удобство',
    features: 'Возможности',
    reliability: 'Надёжность',
    staff: 'Персонал',
  },
  commentLabel: 'Расскажите подробнее (необязательно)',
  // one: 1, 21, 31…; few: 2–4, 22–24…; many: 0, 5–20, 25…; other: fractions (1,5 символа).
  charactersLeft: {
    one: 'Остался {count} символ',
    few: 'Осталось {count} символа',
    many: 'Осталось {count} символов',
    other: 'Осталось {count} символа',
  },
  submit: 'Отправить',
  skip: 'Пропустить',
  thanks: {
    promoter: 'Спасибо! Мы рады, что вам у нас нравится.',
    passive: 'Спасибо за отзыв.',
    detractor: 'Спасибо, что рассказали. Это поможет нам стать лучше.',
  },
  shareIntro: 'Хотите поделиться впечатлениями?',
  contactQuestion: 'Можно связаться с вами по поводу вашего ответа?',
  contactConsent: 'Да, со мной можно связаться по этому вопросу',
  emailLabel: 'Ваш адрес электронной почты',
  emailInvalid: 'Введите корректный адрес электронной почты.',
  contactSend: 'Отправить',
  contactSaved: 'Спасибо! Мы скоро с вами свяжемся.',
  close: 'Закрыть',
  autoClose: {
    one: 'Закроется через {count} секунду',
    few: 'Закроется через {count} секунды',
    many: 'Закроется через {count} секунд',
    other: 'Закроется через {count} секунды',
  },
  keepOpen: 'Не закрывать',
  opensInNewTab: '(откроется в новой вкладке)',
};
