import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts', schema: 'src/schema/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  // The main entry must stay browser-safe: a neutral platform refuses Node built-ins.
  platform: 'neutral',
  target: 'es2022',
  sourcemap: false,
  splitting: true,
  treeshake: true,
  external: ['zod', /^date-fns/],
});
