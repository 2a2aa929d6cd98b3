import { svelte } from '@sveltejs/vite-plugin-svelte';
import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';
import { hostScript } from './vite/host-script';
import { parleyData } from './vite/parley-data';
import { swapMoment } from './src/vendor/vis-timeline/swap-moment-plugin';
import { visTimelineTrim } from './src/vendor/vis-timeline/trim-plugin';

// The modules of the start chunk ("core", below): the project's and its packages' …
const IN_CORE = /[\\/](src|node_modules)[\\/]|modulepreload-polyfill/;
// … but not the entries nor what only the full page loads at start. A module that only
// the controls import must be listed here too, or the embed would load it.
const OUT_OF_CORE =
  /src[\\/](main\.ts|embed[\\/]main\.ts|views[\\/]chrome[\\/](controls\.ts|Filters\.svelte|Search\.svelte))/;

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
      output: {
        // Everything both pages load at start in one chunk: left to itself Rolldown
        // splits it by which lazy chunks share each module, eleven files that gzip
        // about 3 KB worse than one (and cost eleven requests). Only the entries and
        // the full page's filter bar and search (src/views/chrome/controls.ts, loaded
        // by the embed only with controls=1) stay out.
        codeSplitting: {
          groups: [
            {
              name: 'core',
              tags: ['$initial'],
              test: (id) => IN_CORE.test(id) && !OUT_OF_CORE.test(id),
            },
          ],
        },
      },
    },
  },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
  },
});
