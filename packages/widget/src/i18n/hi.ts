import type { Messages } from './messages';

/** Hindi, addressing the visitor respectfully (आप), in everyday rather than Sanskritised vocabulary. */
export const hi: Messages = {
  surveyLabel: 'फ़ीडबैक सर्वे',
  question: 'इसकी कितनी संभावना है कि आप किसी दोस्त या सहकर्मी को {product} की सिफ़ारिश करेंगे?',
  questionGeneric: 'इसकी कितनी संभावना है कि आप किसी दोस्त या सहकर्मी को हमारी सिफ़ारिश करेंगे?',
  lowLabel: 'बिल्कुल संभावना नहीं',
  highLabel: 'बहुत ज़्यादा संभावना',
  scaleHint: '{min} = {low}, {max} = {high}',
  dismiss: 'सर्वे बंद करें',
  followUp: {
    promoter: 'आपको हमारी कौन-सी बात सबसे ज़्यादा पसंद है?',
    passive: 'हमें 10 देने के लिए आपको किस चीज़ की कमी लगी?',
    detractor: 'आपको किस बात से निराशा हुई?',
  },
  reasonsLabel: 'जो भी लागू हों, चुनें',
  reasons: {
    price: 'कीमत',
    quality: 'गुणवत्ता',
    support: 'सहायता',
    speed: 'रफ़्तार',
    ease: 'इस्तेमाल में आसानी',
    features: 'सुविधाएँ',
    reliability: 'विश्वसनीयता',
    staff: 'स्टाफ़',
  },
  commentLabel: 'हमें और बताएँ (वैकल्पिक)',
  charactersLeft: {
    one: '{count} वर्ण बाकी है',
    other: '{count} वर्ण बाकी हैं',
  },
  submit: 'भेजें',
  skip: 'छोड़ें',
  thanks: {
    promoter: 'धन्यवाद! हमें खुशी है कि आपको हम पसंद हैं।',
    passive: 'आपकी राय के लिए धन्यवाद।',
    detractor: 'बताने के लिए धन्यवाद। हम इससे खुद को बेहतर बनाएँगे।',
  },
  shareIntro: 'क्या आप अपना अनुभव दूसरों के साथ शेयर करेंगे?',
  contactQuestion: 'क्या हम आपके जवाब के बारे में आपसे संपर्क कर सकते हैं?',
  contactConsent: 'हाँ, आप इस बारे में मुझसे संपर्क कर सकते हैं',
  emailLabel: 'आपका ईमेल',
  emailInvalid: 'कृपया सही ईमेल पता डालें।',
  contactSend: 'भेजें',
  contactSaved: 'धन्यवाद। हम जल्द ही आपसे संपर्क करेंगे।',
  close: 'बंद करें',
  autoClose: {
    one: '{count} सेकंड में बंद हो जाएगा',
    other: '{count} सेकंड में बंद हो जाएगा',
  },
  keepOpen: 'खुला रखें',
  opensInNewTab: '(नए टैब में खुलता है)',
};
