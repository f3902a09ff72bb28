import { readFile } from 'node:fs/promises';

/** The little of a SQL client the collector needs; PGlite and node-postgres both fit behind it. */
export interface Database {
  /** Which engine answers: embedded PGlite or a PostgreSQL server. */
  readonly kind: 'pglite' | 'postgres';
  /** Runs one parameterised statement and returns its rows. */
  query<Row = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<Row[]>;
  /** Closes the connection (pool). */
  close(): Promise<void>;
}

/** Where the data lives. */
export interface DatabaseOptions {
  /** A `postgres://` URL: use a PostgreSQL server through node-postgres. @default process.env.DATABASE_URL */
  url?: string;
  /** Folder PGlite persists to; omitted means in memory (tests). Ignored when `url` is set. */
  dataDir?: string;
}

const SCHEMA_URL = new URL('../sql/schema.sql', import.meta.url);

/** Opens the database and applies the schema (idempotent), so the same SQL serves PGlite and PostgreSQL. */
export async function openDatabase(options: DatabaseOptions = {}): Promise<Database> {
  const schema = await readFile(SCHEMA_URL, 'utf8');
  const url = options.url ?? process.env.DATABASE_URL;
  const db = url ? await openPostgres(url) : await openPglite(options.dataDir);
  for (const statement of splitStatements(schema)) await db.query(statement);
  return db;
}

// Prepared statements take one command each, so the schema file is split on the semicolons that end a line.
function splitStatements(sql: string): string[] {
  return sql
    .split(/;\s*$/m)
    .map((part) =>
      part
        .split('\n')
        .filter((line) => !line.trimStart().startsWith('--'))
        .join('\n')
        .trim(),
    )
    .filter(Boolean);
}

async function openPglite(dataDir: string | undefined): Promise<Database> {
  const { PGlite } = await import('@electric-sql/pglite');
  const pglite = await PGlite.create(dataDir ? { dataDir } : {});
  return {
    kind: 'pglite',
    async query<Row>(sql: string, params: readonly unknown[] = []) {
      const result = await pglite.query<Row>(sql, params as unknown[]);
      return result.rows;
    },
    close: () => pglite.close(),
  };
}

async function openPostgres(url: string): Promise<Database> {
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({ connectionString: url, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
  // Fail at start, not at the first request, when the URL is wrong.
  await pool.query('SELECT 1');
  return {
    kind: 'postgres',
    async query<Row>(sql: string, params: readonly unknown[] = []) {
      const result = await pool.query(sql, params as unknown[]);
      return result.rows as Row[];
    },
    close: () => pool.end(),
  };
}
