import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('svelte/compiler').CompileOptions & Record<string, unknown>} */
export default {
  preprocess: vitePreprocess(),
  // discloseVersion: no `window.__svelte` version stamp (a chunk of its own, imported
  // by every component's chunk, that nothing here reads).
  compilerOptions: { runes: true, discloseVersion: false },
};
