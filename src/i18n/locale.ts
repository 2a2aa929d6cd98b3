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
