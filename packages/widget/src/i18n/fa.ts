import type { Messages } from './messages';

/** Persian (right to left). */
export const fa: Messages = {
  surveyLabel: 'نظرسنجی',
  question: 'چقدر احتمال دارد {product} را به یک دوست یا همکار پیشنهاد کنید؟',
  questionGeneric: 'چقدر احتمال دارد ما را به یک دوست یا همکار پیشنهاد کنید؟',
  lowLabel: 'اصلاً احتمال ندارد',
  highLabel: 'کاملاً محتمل است',
  scaleHint: '{min} = {low}، {max} = {high}',
  dismiss: 'بستن نظرسنجی',
  followUp: {
    promoter: 'چه چیزی را در ما بیشتر از همه دوست دارید؟',
    // No digits in the text: they would not follow the latinDigits option.
    passive: 'چه کار کنیم تا امتیاز کامل بدهید؟',
    detractor: 'چه چیزی شما را ناامید کرد؟',
  },
  reasonsLabel: 'هر گزینه‌ای را که صدق می‌کند انتخاب کنید',
  reasons: {
    price: 'قیمت',
    quality: 'کیفیت',
    support: 'پشتیبانی',
    speed: 'سرعت',
    ease: 'سهولت استفاده',
    features: 'امکانات',
    reliability: 'قابلیت اطمینان',
    staff: 'کارکنان',
  },
  commentLabel: 'بیشتر برایمان بگویید (اختیاری)',
  // Persian keeps the noun singular after a number.
  charactersLeft: { one: '{count} نویسه باقی مانده', other: '{count} نویسه باقی مانده' },
  submit: 'ارسال',
  skip: 'رد شدن',
  thanks: {
    promoter: 'سپاسگزاریم! خوشحالیم که از ما راضی هستید.',
    passive: 'از بازخورد شما سپاسگزاریم.',
    detractor: 'سپاسگزاریم که به ما گفتید. از نظرتان برای بهتر شدن استفاده می‌کنیم.',
  },
  shareIntro: 'تجربهٔ خود را با دیگران در میان می‌گذارید؟',
  contactQuestion: 'اجازه می‌دهید دربارهٔ پاسخ‌تان با شما تماس بگیریم؟',
  contactConsent: 'بله، می‌توانید در این باره با من تماس بگیرید',
  emailLabel: 'ایمیل شما',
  emailInvalid: 'لطفاً یک نشانی ایمیل معتبر وارد کنید.',
  contactSend: 'ارسال',
  contactSaved: 'سپاسگزاریم. به‌زودی با شما تماس می‌گیریم.',
  close: 'بستن',
  autoClose: { one: '{count} ثانیهٔ دیگر بسته می‌شود', other: '{count} ثانیهٔ دیگر بسته می‌شود' },
  keepOpen: 'باز بماند',
  opensInNewTab: '(در زبانهٔ تازه باز می‌شود)',
};
