/**
 * Every catalogue at once, for the build only (vite/stills.ts draws each data set's
 * still in its language). Never import this from the page: it would put every language
 * in the first load. A locale missing here is a type error.
 */
import de from './de';
import { en, type Messages } from './en';
import { enParts } from './en-parts';
import type { Locale } from './locale';

export const ALL_CATALOGUES: Record<Locale, Messages> = {
  en: { ...en, parts: enParts },
  de,
};
