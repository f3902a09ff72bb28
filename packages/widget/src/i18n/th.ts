import type { Messages } from './messages';

/** Thai, polite and without sentence-final punctuation, as Thai interfaces write. */
export const th: Messages = {
  surveyLabel: 'แบบสำรวจ',
  question: 'คุณมีแนวโน้มจะแนะนำ {product} ให้เพื่อนหรือเพื่อนร่วมงานมากน้อยเพียงใด',
  questionGeneric: 'คุณมีแนวโน้มจะแนะนำเราให้เพื่อนหรือเพื่อนร่วมงานมากน้อยเพียงใด',
  lowLabel: 'ไม่มีแนวโน้มเลย',
  highLabel: 'มีแนวโน้มสูงมาก',
  scaleHint: '{min} = {low}, {max} = {high}',
  dismiss: 'ปิดแบบสำรวจ',
  followUp: {
    promoter: 'คุณชอบอะไรในตัวเรามากที่สุด',
    passive: 'เราควรปรับปรุงอะไรเพื่อให้คุณให้คะแนน 10',
    detractor: 'อะไรทำให้คุณผิดหวัง',
  },
  reasonsLabel: 'เลือกทุกข้อที่ตรงกับคุณ',
  reasons: {
    price: 'ราคา',
    quality: 'คุณภาพ',
    support: 'การช่วยเหลือ',
    speed: 'ความเร็ว',
    ease: 'ใช้งานง่าย',
    features: 'ฟีเจอร์',
    reliability: 'ความน่าเชื่อถือ',
    staff: 'พนักงาน',
  },
  commentLabel: 'บอกเราเพิ่มเติม (ไม่บังคับ)',
  charactersLeft: {
    other: 'เหลืออีก {count} ตัวอักษร',
  },
  submit: 'ส่ง',
  skip: 'ข้าม',
  thanks: {
    promoter: 'ขอบคุณ! เรายินดีที่คุณชื่นชอบ',
    passive: 'ขอบคุณสำหรับความคิดเห็นของคุณ',
    detractor: 'ขอบคุณที่บอกเรา เราจะนำไปปรับปรุงให้ดีขึ้น',
  },
  shareIntro: 'คุณต้องการแบ่งปันประสบการณ์ของคุณหรือไม่',
  contactQuestion: 'เราติดต่อคุณเกี่ยวกับคำตอบนี้ได้หรือไม่',
  contactConsent: 'ได้ ฉันยินดีให้ติดต่อเรื่องนี้',
  emailLabel: 'อีเมลของคุณ',
  emailInvalid: 'โปรดป้อนอีเมลที่ถูกต้อง',
  contactSend: 'ส่ง',
  contactSaved: 'ขอบคุณ เราจะติดต่อกลับโดยเร็ว',
  close: 'ปิด',
  autoClose: {
    other: 'จะปิดใน {count} วินาที',
  },
  keepOpen: 'เปิดค้างไว้',
  opensInNewTab: '(เปิดในแท็บใหม่)',
};
