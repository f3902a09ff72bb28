import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase } from '../db.js';
import { seedDatabase } from './seed.js';

// `pnpm run seed [--reset]`: fills the same database `start` uses with the reproducible demo data set.
const dataDir = process.env.DATA_DIR ?? resolve(fileURLToPath(new URL('../../.data', import.meta.url)));
const db = await openDatabase({ url: process.env.DATABASE_URL, dataDir });
if (process.argv.includes('--reset')) await db.query('DELETE FROM responses');
const n = await seedDatabase(db);
const [{ total }] = await db.query<{ total: number }>('SELECT count(*)::int AS total FROM responses');
console.log(`Seeded ${n} displays; the table now holds ${total}.`);
await db.close();
