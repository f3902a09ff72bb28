import type { Messages } from './messages';

/** Turkish. */
export const tr: Messages = {
  surveyLabel: 'Geri bildirim anketi',
  // No case suffix on {product}: Turkish suffixes follow the name's vowels, which a template cannot know.
  question: 'Bir arkadaşınıza veya iş arkadaşınıza {product} önerme olasılığınız nedir?',
  questionGeneric: 'Bizi bir arkadaşınıza veya iş arkadaşınıza önerme olasılığınız nedir?',
  lowLabel: 'Hiç olası değil',
  highLabel: 'Son derece olası',
  scaleHint: '{min} = {low}, {max} = {high}',
  dismiss: 'Anketi kapat',
  followUp: {
    promoter: 'Bizde en çok neyi beğeniyorsunuz?',
    passive: '10 vermeniz için neyi daha iyi yapmalıyız?',
    detractor: 'Sizi hayal kırıklığına uğratan ne oldu?',
  },
  reasonsLabel: 'Uygun olanların tümünü seçin',
  reasons: {
    price: 'Fiyat',
    quality: 'Kalite',
    support: 'Destek',
    speed: 'Hız',
    ease: 'Kullanım kolaylığı',
    features: 'Özellikler',
    reliability: 'Güvenilirlik',
    staff: 'Personel',
  },
  commentLabel: 'Biraz daha anlatır mısınız? (isteğe bağlı)',
  // Turkish keeps the noun singular after a number.
  charactersLeft: { one: '{count} karakter kaldı', other: '{count} karakter kaldı' },
  submit: 'Gönder',
  skip: 'Atla',
  thanks: {
    promoter: 'Teşekkürler! Bizi beğenmenize çok sevindik.',
    passive: 'Geri bildiriminiz için teşekkür ederiz.',
    detractor: 'Bize anlattığınız için teşekkür ederiz. Görüşleriniz daha iyisini yapmamıza yardımcı olacak.',
  },
  shareIntro: 'Deneyiminizi başkalarıyla paylaşır mısınız?',
  contactQuestion: 'Yanıtınızla ilgili sizinle iletişime geçebilir miyiz?',
  contactConsent: 'Evet, bu konuda benimle iletişime geçebilirsiniz',
  emailLabel: 'E-posta adresiniz',
  emailInvalid: 'Lütfen geçerli bir e-posta adresi girin.',
  contactSend: 'Gönder',
  contactSaved: 'Teşekkürler. En kısa sürede sizinle iletişime geçeceğiz.',
  close: 'Kapat',
  autoClose: { one: '{count} saniye içinde kapanacak', other: '{count} saniye içinde kapanacak' },
  keepOpen: 'Açık kalsın',
  opensInNewTab: '(yeni sekmede açılır)',
};
