/**
 * The interface's messages. `m` is the active catalogue: English (./en.ts, bundled, the
 * source and the fallback) until `useLocale` has loaded another one, which comes as
 * its own chunk, so a page loads only its own language. The locale is chosen before the
 * explorer renders (App.svelte) and does not change while it shows, so components
 * read `m` as plain data.
 *
 * Adding a locale: a file ./xx.ts exporting `default` typed `Messages` (the type
 * checker and tests/unit/i18n.test.ts hold it to exactly the keys of en.ts), its code
 * in LOCALES (./locale.ts) and its loader below.
 */
import { en, type CoreMessages, type Messages } from './en';
import { setFormatLocale } from './format';
import { dataText, direction, type DataText, type Locale } from './locale';

export type { CoreMessages, Messages };
export { LOCALES, resolveLocale, type DataText, type Locale } from './locale';
export { num, percent, plural, count, isolate, stretches, type Stretch } from './format';

/** Every locale but English, loaded on demand. A locale missing here is a type error. */
export const CATALOGUES: Record<Exclude<Locale, 'en'>, () => Promise<{ default: Messages }>> = {
  de: () => import('./de'),
  fr: () => import('./fr'),
  es: () => import('./es'),
  ar: () => import('./ar'),
};

/**
 * The active messages. English has no `parts` here (they load with the parts: ./parts.ts);
 * every other locale's catalogue has them.
 */
export let m: CoreMessages & { readonly parts?: Messages['parts'] } = en;
/** The active interface language. */
export let locale: Locale = 'en';
/**
 * `lang` and `dir` for the elements that hold the data set's own text (titles, quotes,
 * summaries, event titles), set with the data set (`useDataLanguage`) and, like `m`,
 * unchanged while the explorer shows. Names and topics, whose language the format does
 * not say (an English name in a Hebrew data set), take `dir="auto"` instead.
 */
export let dataAttrs: DataText = { dir: 'auto' };

/** Sets the language of the data set's text (its `language`; none: `dir="auto"`). */
export function useDataLanguage(tag: string | undefined): void {
  dataAttrs = dataText(tag);
}

/** The catalogue of a locale (English at once, others from their chunk). */
export async function catalogue(next: Locale): Promise<typeof m> {
  return next === 'en' ? en : (await CATALOGUES[next]()).default;
}

/**
 * Runs `draw` with `messages` (the catalogue of `next`) as the active one and formats in
 * `next`, then puts back what was active: for the build, which draws each data set's
 * still in the data set's language, one after another and synchronously.
 */
export function withMessages<T>(next: Locale, messages: typeof m, draw: () => T): T {
  const before = { m, locale };
  m = messages;
  locale = next;
  setFormatLocale(next);
  try {
    return draw();
  } finally {
    m = before.m;
    locale = before.locale;
    setFormatLocale(before.locale);
  }
}

/**
 * Makes `next` the interface language: loads its catalogue, formats numbers in it, and
 * sets `<html lang>` and `dir`. A catalogue that fails to arrive leaves English.
 */
export async function useLocale(next: Locale): Promise<void> {
  try {
    m = await catalogue(next);
    locale = next;
  } catch (error) {
    console.error(error);
    m = en;
    locale = 'en';
  }
  setFormatLocale(locale);
  if (typeof document !== 'undefined') {
    document.documentElement.lang = locale;
    document.documentElement.dir = direction(locale);
  }
}
