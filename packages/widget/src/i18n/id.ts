import type { Messages } from './messages';

/** Indonesian, addressing the visitor politely (Anda). */
export const id: Messages = {
  surveyLabel: 'Survei',
  question: 'Seberapa besar kemungkinan Anda merekomendasikan {product} kepada teman atau rekan kerja?',
  questionGeneric: 'Seberapa besar kemungkinan Anda merekomendasikan kami kepada teman atau rekan kerja?',
  lowLabel: 'Sama sekali tidak mungkin',
  highLabel: 'Sangat mungkin',
  scaleHint: '{min} = {low}, {max} = {high}',
  dismiss: 'Tutup survei',
  followUp: {
    promoter: 'Apa yang paling Anda sukai dari kami?',
    passive: 'Apa yang perlu kami perbaiki agar Anda memberi nilai 10?',
    detractor: 'Apa yang membuat Anda kecewa?',
  },
  reasonsLabel: 'Pilih semua yang sesuai',
  reasons: {
    price: 'Harga',
    quality: 'Kualitas',
    support: 'Dukungan',
    speed: 'Kecepatan',
    ease: 'Kemudahan penggunaan',
    features: 'Fitur',
    reliability: 'Keandalan',
    staff: 'Staf',
  },
  commentLabel: 'Ceritakan lebih lanjut (opsional)',
  charactersLeft: {
    other: 'Tersisa {count} karakter',
  },
  submit: 'Kirim',
  skip: 'Lewati',
  thanks: {
    promoter: 'Terima kasih! Kami senang Anda menyukai kami.',
    passive: 'Terima kasih atas masukan Anda.',
    detractor: 'Terima kasih sudah memberi tahu kami. Masukan ini akan kami gunakan untuk menjadi lebih baik.',
  },
  shareIntro: 'Maukah Anda membagikan pengalaman Anda?',
  contactQuestion: 'Bolehkah kami menghubungi Anda terkait jawaban ini?',
  contactConsent: 'Ya, saya bersedia dihubungi tentang hal ini',
  emailLabel: 'Email Anda',
  emailInvalid: 'Masukkan alamat email yang valid.',
  contactSend: 'Kirim',
  contactSaved: 'Terima kasih. Kami akan segera menghubungi Anda.',
  close: 'Tutup',
  autoClose: {
    other: 'Akan ditutup dalam {count} detik',
  },
  keepOpen: 'Biarkan terbuka',
  opensInNewTab: '(terbuka di tab baru)',
};
