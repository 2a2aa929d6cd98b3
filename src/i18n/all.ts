/**
 * Every catalogue at once, for the build only (vite/stills.ts draws each data set's
 * still in its language). Never import this from the page: it would put every language
 * in the first load. A locale missing here is a type error.
 */
import ar from './ar';
import de from './de';
import { en, type Messages } from './en';
import { enParts } from './en-parts';
import es from './es';
import fr from './fr';
import type { Locale } from './locale';

export const ALL_CATALOGUES: Record<Locale, Messages> = {
  en: { ...en, parts: enParts },
  de,
  fr,
  es,
  ar,
};
