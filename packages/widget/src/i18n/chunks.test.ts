import { join } from 'node:path';
import { build, type Rolldown } from 'vite';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_LOCALES } from './built-in-locales';

// Builds the real loader with the real bundler: each locale must land in its own chunk, so a page fetches only
// the strings it shows.
async function bundle(): Promise<Rolldown.OutputChunk[]> {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: false,
      lib: { entry: join(import.meta.dirname, 'index.ts'), formats: ['es'], fileName: 'i18n' },
    },
  });
  const outputs = Array.isArray(result) ? result : [result];
  return outputs.flatMap((output) => ('output' in output ? output.output : [])).filter((o) => o.type === 'chunk');
}

describe('per-locale chunks', () => {
  it('emits one lazy chunk per non-English locale and keeps their strings out of the entry', async () => {
    const chunks = await bundle();
    const entry = chunks.find((chunk) => chunk.isEntry)!;
    const lazy = chunks.filter((chunk) => chunk.isDynamicEntry);
    expect(lazy).toHaveLength(BUILT_IN_LOCALES.length - 1);
    expect(entry.code).toContain('How likely are you to recommend');
    expect(entry.code).not.toContain('olasılığınız');
    expect(entry.code).not.toContain('prawdopodobne');
    const turkish = lazy.filter((chunk) => chunk.code.includes('olasılığınız'));
    expect(turkish).toHaveLength(1);
    expect(turkish[0]!.code).not.toContain('prawdopodobne');
  }, 30_000);
});
