import type { Messages } from './messages';

/** Chinese in simplified characters (mainland China, Singapore); zh-TW and zh-HK negotiate to zh-Hant. */
export const zh: Messages = {
  surveyLabel: '反馈调查',
  question: '您有多大可能向朋友或同事推荐{product}？',
  questionGeneric: '您有多大可能向朋友或同事推荐我们？',
  lowLabel: '完全不可能',
  highLabel: '极有可能',
  scaleHint: '{min} = {low}，{max} = {high}',
  dismiss: '关闭调查',
  followUp: {
    promoter: '您最喜欢我们哪一点？',
    passive: '我们怎样做才能让您打 10 分？',
    detractor: '哪些地方让您失望了？',
  },
  reasonsLabel: '请选择所有符合的选项',
  reasons: {
    price: '价格',
    quality: '质量',
    support: '客户支持',
    speed: '速度',
    ease: '易用性',
    features: '功能',
    reliability: '可靠性',
    staff: '员工',
  },
  commentLabel: '详细说说（选填）',
  charactersLeft: {
    other: '还可输入 {count} 个字',
  },
  submit: '提交',
  skip: '跳过',
  thanks: {
    promoter: '谢谢！很高兴您喜欢我们。',
    passive: '感谢您的反馈。',
    detractor: '感谢您告诉我们，我们会据此不断改进。',
  },
  shareIntro: '愿意分享您的体验吗？',
  contactQuestion: '我们可以就您的回答与您联系吗？',
  contactConsent: '可以，我同意你们就此事与我联系',
  emailLabel: '您的电子邮箱',
  emailInvalid: '请输入有效的电子邮箱地址。',
  contactSend: '发送',
  contactSaved: '谢谢！我们会尽快与您联系。',
  close: '关闭',
  autoClose: {
    other: '{count} 秒后关闭',
  },
  keepOpen: '保持打开',
  opensInNewTab: '（在新标签页中打开）',
};
