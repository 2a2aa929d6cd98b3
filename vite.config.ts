import { svelte } from '@sveltejs/vite-plugin-svelte';
import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';
import { hostScript } from './vite/host-script';
import { parleyData } from './vite/parley-data';
import { utcMoment } from './vite/utc-moment';
import { visTimelineTrim } from './vite/vis-timeline-trim';

export default defineConfig({
  // Relative asset URLs, so the pages work from any folder on any host.
  base: './',
  plugins: [svelte(), parleyData(), hostScript(), utcMoment(), visTimelineTrim()],
  build: {
    target: 'es2022',
    rollupOptions: {
      input: {
        index: resolve(import.meta.dirname, 'index.html'),
        embed: resolve(import.meta.dirname, 'embed.html'),
        article: resolve(import.meta.dirname, 'examples/article.html'),
      },
    },
  },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
  },
});
