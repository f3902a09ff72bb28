import type { Messages } from './messages';

/** Arabic (Modern Standard), right to left, with all six plural categories. */
export const ar: Messages = {
  surveyLabel: 'استبيان',
  question: 'ما مدى احتمال أن توصي صديقًا أو زميلًا باستخدام {product}؟',
  questionGeneric: 'ما مدى احتمال أن توصي صديقًا أو زميلًا بنا؟',
  lowLabel: 'غير محتمل إطلاقًا',
  highLabel: 'محتمل جدًا',
  scaleHint: '{min} = {low}، {max} = {high}',
  dismiss: 'إغلاق الاستبيان',
  // No digits in the text: they would not follow the latinDigits option.
  followUp: {
    promoter: 'ما أكثر ما يعجبك لدينا؟',
    passive: 'ما الذي ينقصنا لتمنحنا الدرجة الكاملة؟',
    detractor: 'ما الذي خيّب أملك؟',
  },
  reasonsLabel: 'اختر كل ما ينطبق',
  reasons: {
    price: 'السعر',
    quality: 'الجودة',
    support: 'الدعم',
    speed: 'السرعة',
    ease: 'سهولة الاستخدام',
    features: 'المزايا',
    reliability: 'الموثوقية',
    staff: 'الموظفون',
  },
  commentLabel: 'أخبرنا بالمزيد (اختياري)',
  // zero, one and two are said in words (as Arabic does); few is 3–10, many 11–99, other 100, 101…
  charactersLeft: {
    zero: 'لم يتبقَّ أي حرف',
    one: 'يتبقى حرف واحد',
    two: 'يتبقى حرفان',
    few: 'يتبقى {count} أحرف',
    many: 'يتبقى {count} حرفًا',
    other: 'يتبقى {count} حرف',
  },
  submit: 'إرسال',
  skip: 'تخطي',
  thanks: {
    promoter: 'شكرًا لك! يسعدنا أننا نلنا إعجابك.',
    passive: 'شكرًا لك على ملاحظاتك.',
    detractor: 'شكرًا لإخبارنا. سنستفيد من ذلك لنصبح أفضل.',
  },
  shareIntro: 'هل تود مشاركة تجربتك مع الآخرين؟',
  contactQuestion: 'هل يمكننا التواصل معك بشأن إجابتك؟',
  contactConsent: 'نعم، يمكنكم التواصل معي بهذا الشأن',
  emailLabel: 'بريدك الإلكتروني',
  emailInvalid: 'يُرجى إدخال عنوان بريد إلكتروني صالح.',
  contactSend: 'إرسال',
  contactSaved: 'شكرًا لك. سنتواصل معك قريبًا.',
  close: 'إغلاق',
  autoClose: {
    zero: 'يُغلق الآن',
    one: 'يُغلق بعد ثانية واحدة',
    two: 'يُغلق بعد ثانيتين',
    few: 'يُغلق بعد {count} ثوانٍ',
    many: 'يُغلق بعد {count} ثانية',
    other: 'يُغلق بعد {count} ثانية',
  },
  keepOpen: 'إيقاف الإغلاق التلقائي',
  opensInNewTab: '(يُفتح في علامة تبويب جديدة)',
};
