import type { Messages } from './messages';

/** Korean, in the polite 해요체/합니다체 register of Korean interfaces. */
export const ko: Messages = {
  surveyLabel: '설문조사',
  // No particle after {product}: 을/를 depends on the last sound of the name, which a template cannot know.
  question: '친구나 동료에게 {product} 추천 의향이 얼마나 있으신가요?',
  questionGeneric: '친구나 동료에게 저희를 추천할 의향이 얼마나 있으신가요?',
  lowLabel: '전혀 없음',
  highLabel: '매우 높음',
  scaleHint: '{min} = {low}, {max} = {high}',
  dismiss: '설문 닫기',
  followUp: {
    promoter: '저희의 어떤 점이 가장 마음에 드셨나요?',
    passive: '10점을 주시려면 무엇이 더 필요할까요?',
    detractor: '어떤 점이 실망스러우셨나요?',
  },
  reasonsLabel: '해당하는 항목을 모두 선택하세요',
  reasons: {
    price: '가격',
    quality: '품질',
    support: '고객 지원',
    speed: '속도',
    ease: '사용 편의성',
    features: '기능',
    reliability: '안정성',
    staff: '직원',
  },
  commentLabel: '자세한 의견을 들려주세요(선택 사항)',
  charactersLeft: {
    other: '{count}자 남음',
  },
  submit: '보내기',
  skip: '건너뛰기',
  thanks: {
    promoter: '감사합니다! 마음에 드셨다니 기쁩니다.',
    passive: '소중한 의견 감사합니다.',
    detractor: '말씀해 주셔서 감사합니다. 더 나아지는 데 활용하겠습니다.',
  },
  shareIntro: '경험을 공유해 주시겠어요?',
  contactQuestion: '답변과 관련해 연락드려도 될까요?',
  contactConsent: '네, 이 건으로 연락받는 데 동의합니다',
  emailLabel: '이메일 주소',
  emailInvalid: '올바른 이메일 주소를 입력하세요.',
  contactSend: '보내기',
  contactSaved: '감사합니다. 곧 연락드리겠습니다.',
  close: '닫기',
  autoClose: {
    other: '{count}초 후에 닫힙니다',
  },
  keepOpen: '열어 두기',
  opensInNewTab: '(새 탭에서 열림)',
};
