/**
 * The filter bar and the search: the full page's first load carries them (its
 * entry, src/main.ts, imports this module and hands it to App); the embed's does
 * not, since it shows them only with `controls=1` and then fetches this module
 * alongside its data (src/embed/main.ts). About 2 KB gzipped of the lean embed.
 */
import Filters from './Filters.svelte';
import Search from './Search.svelte';

export const controls = { Filters, Search };
export type Controls = typeof controls;
