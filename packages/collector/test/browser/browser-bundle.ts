import { fileURLToPath } from 'node:url';
import { build } from 'vite';

/** The collector built for the browser from source, ky included: what a page actually runs. */
export async function browserBundle(): Promise<string> {
  const result = await build({
    configFile: false,
    root: fileURLToPath(new URL('../..', import.meta.url)),
    logLevel: 'silent',
    resolve: { conditions: ['@npskit/source'] },
    build: {
      write: false,
      target: 'es2020',
      minify: false,
      lib: { entry: 'src/index.ts', formats: ['es'], fileName: 'collector' },
    },
  });
  const output = (Array.isArray(result) ? result[0] : result) as { output: { code: string }[] };
  return output.output[0]?.code ?? '';
}
