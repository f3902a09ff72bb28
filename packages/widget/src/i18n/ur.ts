import type { Messages } from './messages';

/** Urdu, right to left, with Urdu punctuation (۔ ، ؟). */
export const ur: Messages = {
  surveyLabel: 'سروے',
  question: 'اس بات کا کتنا امکان ہے کہ آپ {product} کی سفارش کسی دوست یا ساتھی سے کریں گے؟',
  questionGeneric: 'اس بات کا کتنا امکان ہے کہ آپ ہماری سفارش کسی دوست یا ساتھی سے کریں گے؟',
  lowLabel: 'بالکل امکان نہیں',
  highLabel: 'بہت زیادہ امکان',
  scaleHint: '{min} = {low}، {max} = {high}',
  dismiss: 'سروے بند کریں',
  // No digits in the text: they would not follow the latinDigits option.
  followUp: {
    promoter: 'آپ کو ہماری کون سی بات سب سے زیادہ پسند ہے؟',
    passive: 'ہمیں پورے نمبر دینے کے لیے آپ کو کس چیز کی کمی محسوس ہوئی؟',
    detractor: 'آپ کو کس بات سے مایوسی ہوئی؟',
  },
  reasonsLabel: 'جو بھی لاگو ہوں، منتخب کریں',
  reasons: {
    price: 'قیمت',
    quality: 'معیار',
    support: 'سپورٹ',
    speed: 'رفتار',
    ease: 'استعمال میں آسانی',
    features: 'خصوصیات',
    reliability: 'بھروسے کے قابل',
    staff: 'عملہ',
  },
  commentLabel: 'مزید بتائیں (اختیاری)',
  charactersLeft: {
    one: '{count} حرف باقی ہے',
    other: '{count} حروف باقی ہیں',
  },
  submit: 'بھیجیں',
  skip: 'چھوڑ دیں',
  thanks: {
    promoter: 'شکریہ! ہمیں خوشی ہے کہ آپ کو ہم پسند ہیں۔',
    passive: 'آپ کی رائے کا شکریہ۔',
    detractor: 'بتانے کا شکریہ۔ ہم اسے بہتری کے لیے استعمال کریں گے۔',
  },
  shareIntro: 'کیا آپ اپنا تجربہ دوسروں کے ساتھ شیئر کریں گے؟',
  contactQuestion: 'کیا ہم آپ کے جواب کے بارے میں آپ سے رابطہ کر سکتے ہیں؟',
  contactConsent: 'جی ہاں، آپ اس بارے میں مجھ سے رابطہ کر سکتے ہیں',
  emailLabel: 'آپ کا ای میل',
  emailInvalid: 'براہِ کرم درست ای میل پتہ درج کریں۔',
  contactSend: 'بھیجیں',
  contactSaved: 'شکریہ۔ ہم جلد آپ سے رابطہ کریں گے۔',
  close: 'بند کریں',
  autoClose: {
    one: '{count} سیکنڈ میں بند ہو جائے گا',
    other: '{count} سیکنڈ میں بند ہو جائے گا',
  },
  keepOpen: 'کھلا رہنے دیں',
  opensInNewTab: '(نئے ٹیب میں کھلتا ہے)',
};
