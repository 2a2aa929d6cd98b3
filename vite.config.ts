import { svelte } from '@sveltejs/vite-plugin-svelte';
import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';
import { hostScript } from './vite/host-script';
import { parleyData } from './vite/parley-data';
import { swapMoment } from './src/vendor/vis-timeline/swap-moment-plugin';
import { visTimelineTrim } from './src/vendor/vis-timeline/trim-plugin';

export default defineConfig({
  // Relative asset URLs, so the pages work from any folder on any host.
  base: './',
  plugins: [svelte(), parleyData(), hostScript(), swapMoment(), visTimelineTrim()],
  build: {
    target: 'es2022',
    // One stylesheet for everything, loaded with the page: a lazily loaded chunk with
    // CSS of its own waits for its stylesheet's load event, which Chromium fires late
    // while the first render is busy (about 100 ms for the timeline's code).
    cssCodeSplit: false,
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
