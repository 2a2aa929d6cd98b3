// Builds dist/embed.js, the dependency-free host-page script, as one classic
// (IIFE) file without a hash, next to the pages built by vite.config.ts.
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

export default defineConfig({
  publicDir: false,
  build: {
    outDir: process.env.PARLEY_OUT_DIR ?? 'dist',
    emptyOutDir: false,
    target: 'es2019',
    lib: {
      entry: resolve(import.meta.dirname, 'src/embed/host.ts'),
      formats: ['iife'],
      name: 'ParleyHost',
      fileName: () => 'embed.js',
    },
  },
});
