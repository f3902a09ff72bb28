import { classify, type NpsCategory, type NpsScore, type ResponseRecord } from '@npskit/core';
import { upsertRecords } from '../collect/store.js';
import type { Database } from '../db.js';
import { CITIES, COMMENTS, DEPARTMENTS, NAMES, PLANS, REASONS, TRIGGERS } from './seed-data.js';

const DAY = 86_400_000;

/** What to generate. */
export interface SeedOptions {
  /** PRNG seed: the same seed and `now` give the same records, byte for byte. @default 7 */
  seed?: number;
  /** Survey displays to generate. @default 3600 */
  displays?: number;
  /** Days of history ending at `now`. @default 365 */
  days?: number;
  /** The end of the history (ms); the start of its UTC day is used, so a day's reruns agree. @default Date.now() */
  now?: number;
}

// Mulberry32: small, fast, seedable; enough for a demo data set that must be reproducible.
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function uuid(random: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16));
  hex[12] = '4';
  hex[16] = ((Number.parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

/** Generates a realistic, reproducible set of survey displays (shown, dismissed, answered, commented). */
export function generateSeed(options: SeedOptions = {}): ResponseRecord[] {
  const random = prng(options.seed ?? 7);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const end = Math.floor((options.now ?? Date.now()) / DAY) * DAY;
  const days = options.days ?? 365;
  const records: ResponseRecord[] = [];
  for (let i = 0; i < (options.displays ?? 3600); i++) {
    const place = pick(CITIES);
    const plan = pick(PLANS);
    const department = pick(DEPARTMENTS);
    const age = random() * days;
    const shown = end - age * DAY - random() * 3_600_000;
    const rtl = place.locale === 'fa';
    // Free-plan visitors are sampled at 50 %, so the weighted NPS differs (a little) from the plain one.
    const sampleRate = plan === 'free' ? 0.5 : 1;
    const base: ResponseRecord = {
      id: uuid(random),
      revision: 1,
      surveyId: random() < 0.85 ? 'website-nps' : 'checkout-nps',
      status: 'shown',
      anonymousId: uuid(random),
      locale: place.locale,
      direction: rtl ? 'rtl' : 'ltr',
      orientation: rtl ? 'right-to-left' : 'left-to-right',
      attributes: { city: place.city, region: place.region, country: place.country, department, plan },
      sampleRate,
      trigger: pick(TRIGGERS),
      shownAt: new Date(shown).toISOString(),
      updatedAt: new Date(shown).toISOString(),
      sdk: { name: 'npskit', version: '0.1.0' },
      ...(random() < 0.6 ? { userId: `u-${Math.floor(random() * 90_000) + 10_000}` } : {}),
    };
    const fate = random();
    if (fate < 0.38) {
      const at = new Date(shown + 8_000 + random() * 20_000).toISOString();
      records.push({ ...base, revision: 2, status: 'dismissed', dismissedAt: at, updatedAt: at });
      continue;
    }
    if (fate > 0.78) {
      records.push(base);
      continue;
    }
    // Scores drift up over the months (a product getting better) and differ by city and plan.
    const trend = ((days - age) / days) * 0.9;
    const planShift = plan === 'business' ? 0.5 : plan === 'free' ? -0.3 : 0;
    const latent = 7.1 + place.mood + planShift + trend + (random() + random() + random() - 1.5) * 4.2;
    const score = Math.max(0, Math.min(10, Math.round(latent))) as NpsScore;
    const category: NpsCategory = classify(score);
    const answeredAt = new Date(shown + 4_000 + random() * 15_000).toISOString();
    const answered: ResponseRecord = {
      ...base,
      revision: 2,
      status: 'answered',
      score,
      category,
      answeredAt,
      updatedAt: answeredAt,
    };
    if (random() < 0.45) {
      records.push(answered);
      continue;
    }
    const completedAt = new Date(Date.parse(answeredAt) + 20_000 + random() * 60_000).toISOString();
    const tags = REASONS[category].filter(() => random() < 0.35);
    const completed: ResponseRecord = {
      ...answered,
      revision: 3,
      status: 'completed',
      comment: pick(COMMENTS[place.locale][category]),
      reasons: tags.length ? tags : [pick(REASONS[category])],
      completedAt,
      updatedAt: completedAt,
    };
    if (category === 'detractor' && random() < 0.4) {
      completed.contact = base.userId
        ? { consent: true }
        : { consent: true, email: `${pick(NAMES)}.${Math.floor(random() * 900) + 100}@example.com` };
    }
    records.push(completed);
  }
  return records.sort((a, b) => a.shownAt.localeCompare(b.shownAt));
}

/** Upserts the generated records (idempotent: a rerun with the same options changes nothing). */
export async function seedDatabase(db: Database, options: SeedOptions = {}): Promise<number> {
  const records = generateSeed(options);
  const receivedAt = new Date(options.now ?? Date.now());
  for (let i = 0; i < records.length; i += 500) await upsertRecords(db, records.slice(i, i + 500), receivedAt);
  return records.length;
}
