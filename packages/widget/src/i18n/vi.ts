import type { Messages } from './messages';

/** Vietnamese, addressing the visitor as bạn. */
export const vi: Messages = {
  surveyLabel: 'Khảo sát',
  question: 'Khả năng bạn giới thiệu {product} cho bạn bè hoặc đồng nghiệp là bao nhiêu?',
  questionGeneric: 'Khả năng bạn giới thiệu chúng tôi cho bạn bè hoặc đồng nghiệp là bao nhiêu?',
  lowLabel: 'Hoàn toàn không có khả năng',
  highLabel: 'Rất có khả năng',
  scaleHint: '{min} = {low}, {max} = {high}',
  dismiss: 'Đóng khảo sát',
  followUp: {
    promoter: 'Bạn thích điều gì nhất ở chúng tôi?',
    passive: 'Chúng tôi cần làm gì để bạn chấm 10 điểm?',
    detractor: 'Điều gì khiến bạn thất vọng?',
  },
  reasonsLabel: 'Chọn tất cả các mục phù hợp',
  reasons: {
    price: 'Giá cả',
    quality: 'Chất lượng',
    support: 'Hỗ trợ',
    speed: 'Tốc độ',
    ease: 'Dễ sử dụng',
    features: 'Tính năng',
    reliability: 'Độ tin cậy',
    staff: 'Nhân viên',
  },
  commentLabel: 'Chia sẻ thêm với chúng tôi (không bắt buộc)',
  charactersLeft: {
    other: 'Còn {count} ký tự',
  },
  submit: 'Gửi',
  skip: 'Bỏ qua',
  thanks: {
    promoter: 'Cảm ơn bạn! Chúng tôi rất vui vì bạn hài lòng.',
    passive: 'Cảm ơn phản hồi của bạn.',
    detractor: 'Cảm ơn bạn đã chia sẻ. Chúng tôi sẽ dùng ý kiến này để làm tốt hơn.',
  },
  shareIntro: 'Bạn có muốn chia sẻ trải nghiệm của mình không?',
  contactQuestion: 'Chúng tôi có thể liên hệ với bạn về câu trả lời này không?',
  contactConsent: 'Có, tôi đồng ý được liên hệ về việc này',
  emailLabel: 'Email của bạn',
  emailInvalid: 'Vui lòng nhập địa chỉ email hợp lệ.',
  contactSend: 'Gửi',
  contactSaved: 'Cảm ơn bạn. Chúng tôi sẽ sớm liên hệ.',
  close: 'Đóng',
  autoClose: {
    other: 'Tự đóng sau {count} giây',
  },
  keepOpen: 'Giữ mở',
  opensInNewTab: '(mở trong thẻ mới)',
};
