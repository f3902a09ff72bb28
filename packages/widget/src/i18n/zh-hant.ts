import type { Messages } from './messages';

/** Chinese in traditional characters (Taiwan, Hong Kong, Macau). */
export const zhHant: Messages = {
  surveyLabel: '意見調查',
  question: '您有多大可能向朋友或同事推薦{product}？',
  questionGeneric: '您有多大可能向朋友或同事推薦我們？',
  lowLabel: '完全不可能',
  highLabel: '極有可能',
  scaleHint: '{min} = {low}，{max} = {high}',
  dismiss: '關閉調查',
  followUp: {
    promoter: '您最喜歡我們哪一點？',
    passive: '我們要怎麼做，您才會給 10 分？',
    detractor: '哪些地方讓您失望了？',
  },
  reasonsLabel: '請選擇所有符合的項目',
  reasons: {
    price: '價格',
    quality: '品質',
    support: '客戶支援',
    speed: '速度',
    ease: '易用性',
    features: '功能',
    reliability: '可靠性',
    staff: '員工',
  },
  commentLabel: '想多說一些嗎？（選填）',
  charactersLeft: {
    other: '還可輸入 {count} 個字',
  },
  submit: '送出',
  skip: '略過',
  thanks: {
    promoter: '謝謝！很高興您喜歡我們。',
    passive: '感謝您的意見回饋。',
    detractor: '感謝您告訴我們，我們會以此持續改進。',
  },
  shareIntro: '願意分享您的體驗嗎？',
  contactQuestion: '我們可以就您的回答與您聯絡嗎？',
  contactConsent: '可以，我同意你們就此事與我聯絡',
  emailLabel: '您的電子郵件',
  emailInvalid: '請輸入有效的電子郵件地址。',
  contactSend: '送出',
  contactSaved: '謝謝！我們會盡快與您聯絡。',
  close: '關閉',
  autoClose: {
    other: '{count} 秒後關閉',
  },
  keepOpen: '保持開啟',
  opensInNewTab: '（在新分頁中開啟）',
};
