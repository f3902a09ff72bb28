import type { Messages } from './messages';

/** Hebrew, right to left, addressing the visitor in the plural so the text does not assume a gender. */
export const he: Messages = {
  surveyLabel: 'סקר משוב',
  question: 'מה הסיכוי שתמליצו על {product} לחבר או לעמית?',
  questionGeneric: 'מה הסיכוי שתמליצו עלינו לחבר או לעמית?',
  lowLabel: 'בכלל לא סביר',
  highLabel: 'סביר מאוד',
  scaleHint: '{min} = {low}, {max} = {high}',
  dismiss: 'סגירת הסקר',
  followUp: {
    promoter: 'מה הכי אהבתם אצלנו?',
    passive: 'מה היה גורם לכם לתת לנו 10?',
    detractor: 'מה אכזב אתכם?',
  },
  reasonsLabel: 'אפשר לבחור כמה תשובות',
  reasons: {
    price: 'מחיר',
    quality: 'איכות',
    support: 'תמיכה',
    speed: 'מהירות',
    ease: 'קלות שימוש',
    features: 'יכולות',
    reliability: 'אמינות',
    staff: 'צוות',
  },
  commentLabel: 'רוצים לספר לנו עוד? (לא חובה)',
  // one and two are said in words, as Hebrew does.
  charactersLeft: {
    one: 'נותר תו אחד',
    two: 'נותרו שני תווים',
    other: 'נותרו {count} תווים',
  },
  submit: 'שליחה',
  skip: 'דילוג',
  thanks: {
    promoter: 'תודה! שמחים שאתם אוהבים אותנו.',
    passive: 'תודה על המשוב.',
    detractor: 'תודה ששיתפתם. נשתמש בזה כדי להשתפר.',
  },
  shareIntro: 'רוצים לשתף את החוויה שלכם?',
  contactQuestion: 'אפשר ליצור איתכם קשר בנוגע לתשובה?',
  contactConsent: 'כן, אפשר ליצור איתי קשר בנושא',
  emailLabel: 'כתובת אימייל',
  emailInvalid: 'יש להזין כתובת אימייל תקינה.',
  contactSend: 'שליחה',
  contactSaved: 'תודה! ניצור קשר בקרוב.',
  close: 'סגירה',
  autoClose: {
    one: 'ייסגר בעוד שנייה',
    two: 'ייסגר בעוד שתי שניות',
    other: 'ייסגר בעוד {count} שניות',
  },
  keepOpen: 'להשאיר פתוח',
  opensInNewTab: '(נפתח בכרטיסייה חדשה)',
};
