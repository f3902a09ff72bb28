// Prints the size of a site configuration (default: the documented realistic example: 3 surveys, 5 languages,
// triggers and audiences) as served (raw, gzip -9, brotli -11) and as stored in a visitor's localStorage, and
// checks it with parseSiteConfigText. Run: pnpm --filter @npskit/core run config-size [-- path/to/site.json]
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { parseSiteConfigText, SITE_CONFIG_LIMITS } from '../dist/index.js';

const path = process.argv[2] ?? fileURLToPath(new URL('../../../docs/site-config.example.json', import.meta.url));
const text = readFileSync(path, 'utf8');
const compact = JSON.stringify(JSON.parse(text));
const bytes = (s) => Buffer.byteLength(s);
const gzip = (s) => gzipSync(s, { level: 9 }).length;
const brotli = (s) => brotliCompressSync(s, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const result = parseSiteConfigText(text);
const config = JSON.parse(text);
const surveys = config.surveys ?? [];
const locales = new Set(surveys.flatMap((s) => s.locales ?? []));
const leaves = (v) => (typeof v === 'string' ? 1 : Object.values(v ?? {}).reduce((n, c) => n + leaves(c), 0));
const texts = surveys.reduce((n, s) => n + leaves(s.messages), 0);
console.log(`site configuration ${path}`);
console.log(`  ${surveys.length} surveys, ${locales.size} languages, ${texts} overridden texts`);
console.log(`  as written:        ${bytes(text)} B`);
console.log(`  minified JSON:     ${bytes(compact)} B (gzip ${gzip(compact)} B, brotli ${brotli(compact)} B)`);
console.log(`  limit:             ${SITE_CONFIG_LIMITS.maxBytes} characters`);
console.log(
  result.ok
    ? '  valid'
    : `  ${result.issues.length} problems:\n${result.issues.map((i) => `    ${i.path || '(file)'}: ${i.message}`).join('\n')}`,
);
process.exitCode = result.ok ? 0 : 1;
