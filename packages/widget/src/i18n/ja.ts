import type { Messages } from './messages';

/** Japanese, in polite form (です・ます) with full-width punctuation. */
export const ja: Messages = {
  surveyLabel: 'アンケート',
  question: '{product}を友人や同僚にすすめる可能性はどのくらいありますか？',
  questionGeneric: '当社を友人や同僚にすすめる可能性はどのくらいありますか？',
  lowLabel: 'まったくない',
  highLabel: '非常に高い',
  scaleHint: '{min}：{low}、{max}：{high}',
  dismiss: 'アンケートを閉じる',
  followUp: {
    promoter: '特に気に入っている点を教えてください。',
    passive: '10点をつけていただくには、何が足りないでしょうか？',
    detractor: 'ご不満だった点を教えてください。',
  },
  reasonsLabel: '当てはまるものをすべて選んでください',
  reasons: {
    price: '価格',
    quality: '品質',
    support: 'サポート',
    speed: 'スピード',
    ease: '使いやすさ',
    features: '機能',
    reliability: '信頼性',
    staff: 'スタッフ',
  },
  commentLabel: 'ご意見・ご感想（任意）',
  // Japanese has no plural forms: `other` is the only category.
  charactersLeft: {
    other: '残り{count}文字',
  },
  submit: '送信',
  skip: 'スキップ',
  thanks: {
    promoter: 'ありがとうございます！気に入っていただけてうれしいです。',
    passive: 'ご意見ありがとうございます。',
    detractor: 'お聞かせいただきありがとうございます。今後の改善に役立てます。',
  },
  shareIntro: 'よろしければ、体験をシェアしていただけませんか？',
  contactQuestion: 'ご回答について、担当者からご連絡してもよろしいですか？',
  contactConsent: 'はい、この件について連絡を受けることに同意します',
  emailLabel: 'メールアドレス',
  emailInvalid: '有効なメールアドレスを入力してください。',
  contactSend: '送信',
  contactSaved: 'ありがとうございます。担当者よりご連絡いたします。',
  close: '閉じる',
  autoClose: {
    other: '{count}秒後に閉じます',
  },
  keepOpen: '開いたままにする',
  opensInNewTab: '（新しいタブで開きます）',
};
