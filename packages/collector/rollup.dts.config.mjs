import { dts } from 'rollup-plugin-dts';

// One bundled declaration file, so consumers see the public types and nothing else.
export default {
  input: 'src/index.ts',
  output: { file: 'dist/index.d.ts', format: 'es' },
  plugins: [dts({ tsconfig: 'tsconfig.json' })],
};
