import type { NpsCategory } from '@npskit/core';

/** A city the seed places respondents in, with the segment attributes and locale that go with it. */
export interface SeedCity {
  city: string;
  region: string;
  country: string;
  locale: 'tr' | 'pl' | 'fa' | 'en';
  /** Shifts this city's scores up or down, so segments differ the way real ones do. */
  mood: number;
}

export const CITIES: readonly SeedCity[] = [
  { city: 'İstanbul', region: 'Marmara', country: 'TR', locale: 'tr', mood: 0.3 },
  { city: 'Ankara', region: 'İç Anadolu', country: 'TR', locale: 'tr', mood: -0.2 },
  { city: 'İzmir', region: 'Ege', country: 'TR', locale: 'tr', mood: 0.6 },
  { city: 'Warszawa', region: 'Mazowieckie', country: 'PL', locale: 'pl', mood: 0.1 },
  { city: 'Kraków', region: 'Małopolskie', country: 'PL', locale: 'pl', mood: 0.5 },
  { city: 'Gdańsk', region: 'Pomorskie', country: 'PL', locale: 'pl', mood: -0.4 },
  { city: 'تهران', region: 'Tehran', country: 'IR', locale: 'fa', mood: -0.1 },
  { city: 'اصفهان', region: 'Isfahan', country: 'IR', locale: 'fa', mood: 0.4 },
  { city: 'London', region: 'England', country: 'GB', locale: 'en', mood: 0.2 },
  { city: 'Manchester', region: 'England', country: 'GB', locale: 'en', mood: -0.6 },
];

export const DEPARTMENTS = ['support', 'sales', 'billing', 'onboarding'] as const;
export const PLANS = ['free', 'pro', 'business'] as const;
export const TRIGGERS = ['event:order_completed', 'delay', 'url', 'manual'] as const;

export const REASONS: Record<NpsCategory, readonly string[]> = {
  detractor: ['delivery', 'price', 'support', 'bugs', 'missing-features'],
  passive: ['price', 'features', 'speed', 'documentation'],
  promoter: ['quality', 'support', 'ease-of-use', 'speed', 'price'],
};

/** Follow-up comments as customers write them, per locale and category. */
export const COMMENTS: Record<SeedCity['locale'], Record<NpsCategory, readonly string[]>> = {
  tr: {
    detractor: [
      'Siparişim iki hafta gecikti, kimse bilgi vermedi.',
      'Fiyatlar son zamanlarda çok arttı, rakipler daha ucuz.',
      'Destek ekibine ulaşmak neredeyse imkansız.',
      'Uygulama sürekli çöküyor, verilerim kayboldu.',
      'Fatura iki kez kesildi ve iadesi hâlâ yapılmadı.',
    ],
    passive: [
      'Genel olarak iyi ama mobil uygulama yavaş.',
      'Ürün fena değil, fiyatı biraz yüksek.',
      'Beklediğimi verdi, fazlasını değil.',
      'Raporlama ekranı daha esnek olabilirdi.',
    ],
    promoter: [
      'Kurulumu çok kolaydı, ekip hemen kullanmaya başladı.',
      'Destek ekibi sorunumu aynı gün çözdü, teşekkürler!',
      'Yıllardır kullanıyorum, hiç hayal kırıklığına uğratmadı.',
      'Arayüz sade ve hızlı, herkese tavsiye ederim.',
    ],
  },
  pl: {
    detractor: [
      'Przesyłka dotarła uszkodzona, a reklamacja trwa już miesiąc.',
      'Za drogo w porównaniu z konkurencją.',
      'Czat z pomocą techniczną nikt nie odpowiada.',
      'Po aktualizacji połowa funkcji przestała działać.',
      'Brakuje integracji z naszym systemem księgowym.',
    ],
    passive: [
      'Działa poprawnie, ale interfejs jest trochę przestarzały.',
      'Dobra jakość, choć cena mogłaby być niższa.',
      'Dokumentacja jest niekompletna, ale dałem radę.',
      'Czasem ładuje się zbyt długo.',
    ],
    promoter: [
      'Świetna obsługa klienta, wszystko załatwione w kilka minut.',
      'Najlepsze narzędzie, jakiego używaliśmy w firmie.',
      'Szybko, prosto i bez niespodzianek. Polecam!',
      'Wdrożenie zajęło jeden dzień, zespół jest zachwycony.',
    ],
  },
  fa: {
    detractor: [
      'سفارشم دو هفته دیر رسید و هیچ‌کس پاسخگو نبود.',
      'قیمت‌ها خیلی بالا رفته است.',
      'پشتیبانی اصلاً جواب نمی‌دهد.',
      'برنامه مدام قطع می‌شود و اطلاعاتم از بین رفت.',
    ],
    passive: [
      'در کل خوب است ولی نسخه موبایل کند است.',
      'کیفیت مناسب است اما قیمت کمی زیاد است.',
      'راهنمای استفاده می‌تواند کامل‌تر باشد.',
    ],
    promoter: [
      'راه‌اندازی خیلی ساده بود و تیم ما سریع شروع کرد.',
      'پشتیبانی عالی، مشکلم همان روز حل شد.',
      'سریع و قابل اعتماد؛ به همه پیشنهاد می‌کنم.',
      'رابط کاربری تمیز و راحت است.',
    ],
  },
  en: {
    detractor: [
      'My order arrived two weeks late and nobody told me why.',
      'Way too expensive for what it does since the last price rise.',
      'Support took five days to answer a simple question.',
      'The app keeps logging me out and I lost a draft twice.',
      'We were charged twice and the refund is still pending.',
    ],
    passive: [
      'Does the job, but the reports could be more flexible.',
      'Good product, a bit pricey for a small team.',
      'Fine overall; the mobile app feels slow.',
      'The docs are thin, but the product works.',
    ],
    promoter: [
      'Setup took ten minutes and the whole team uses it daily.',
      'Support fixed my issue the same afternoon. Brilliant.',
      'Reliable, fast and simple. I recommend it to everyone.',
      'Best tool we have bought this year.',
    ],
  },
};

/** Given names for seeded contact addresses. */
export const NAMES = ['ayse', 'mehmet', 'kasia', 'tomasz', 'sara', 'reza', 'emma', 'oliver', 'zeynep', 'piotr'];
