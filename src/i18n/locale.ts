/**
 * Which language the interface speaks: `?lang=xx` when Parley has it, else the data
 * set's `language` (its primary subtag: `de-CH` is German), else English. Dates keep
 * following the data set's language (model/dates.ts); only the interface changes.
 */

/** The interface languages, English (the source, always bundled) first. */
export const LOCALES = ['en', 'de', 'fr', 'es', 'ar'] as const;
export type Locale = (typeof LOCALES)[number];

/** Languages written right to left (their primary subtags). */
const RTL = new Set(['ar', 'he', 'fa', 'ur']);

/** The primary subtag of a BCP 47 tag, lower case ("de-CH" → "de"). */
export function primary(tag: string | undefined): string {
  return (tag ?? '').trim().split(/[-_]/)[0]!.toLowerCase();
}

/** The supported locale for a tag, or undefined. */
export function supported(tag: string | undefined): Locale | undefined {
  const base = primary(tag);
  return (LOCALES as readonly string[]).includes(base) ? (base as Locale) : undefined;
}

/** The interface language for a `lang` parameter and a data set's language. */
export function resolveLocale(lang: string | undefined, dataLanguage: string | undefined): Locale {
  return supported(lang) ?? supported(dataLanguage) ?? 'en';
}

/** The writing direction of a language tag. */
export function direction(tag: string | undefined): 'ltr' | 'rtl' {
  return RTL.has(primary(tag)) ? 'rtl' : 'ltr';
}

/** The `lang` and `dir` of an element that holds text written in a data set's language. */
export interface DataText {
  lang?: string;
  dir: 'ltr' | 'rtl' | 'auto';
}

/**
 * The attributes for text in the language `tag` (a data set's `language`), whatever the
 * interface's: a Hebrew data set shown in English has English chrome left to right and
 * its quotes right to left, read in a Hebrew voice. Without a language the browser
 * takes each element's direction from its first strong letter (`dir="auto"`).
 */
export function dataText(tag: string | undefined): DataText {
  const lang = tag?.trim();
  return lang ? { lang, dir: direction(lang) } : { dir: 'auto' };
}
