import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Served } from './server';

/** Bytes of a set of scripts: as served (minified), gzip -9 and brotli -11, as a CDN would compress them. */
export interface Bytes {
  files: string[];
  min: number;
  gzip: number;
  brotli: number;
}

/** Compressed sizes of one file's bytes, each compressed on its own as it is served. */
export function sizeOf(body: Buffer): { min: number; gzip: number; brotli: number } {
  return {
    min: body.length,
    gzip: gzipSync(body, { level: 9 }).length,
    brotli: brotliCompressSync(body, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
    }).length,
  };
}

/** Sums the JavaScript a page load fetched (static files and generated scripts alike). */
export function scriptBytes(served: Served[]): Bytes {
  const total: Bytes = { files: [], min: 0, gzip: 0, brotli: 0 };
  for (const entry of served) {
    if (!entry.script || entry.blocked) continue;
    const size = sizeOf(entry.script);
    total.files.push(entry.path);
    total.min += size.min;
    total.gzip += size.gzip;
    total.brotli += size.brotli;
  }
  return total;
}
