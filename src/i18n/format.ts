/**
 * Numbers and plural forms in the interface's language. The active locale is set once
 * (by `useLocale` in ./index.ts, before the explorer renders); the catalogues' message
 * functions format through these helpers, so "1,164 statements" reads "1.164 Aussagen"
 * in German.
 */

let tag = 'en';
let numbers = new Intl.NumberFormat(tag);
let percents = new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 0 });
let rules = new Intl.PluralRules(tag);

/** Sets the locale the helpers format in (a BCP 47 tag). */
export function setFormatLocale(next: string): void {
  if (next === tag) return;
  tag = next;
  numbers = new Intl.NumberFormat(tag);
  percents = new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 0 });
  rules = new Intl.PluralRules(tag);
}

/** A count or number as the interface's language writes it ("1,164", "1.164"). */
export function num(n: number): string {
  return numbers.format(n);
}

/** A share (0.42) as a whole percentage ("42%", "42 %"). */
export function percent(share: number): string {
  return percents.format(share);
}

/**
 * The locale's plural form of `n` among the forms given: `other` always, `one`, `two`,
 * `few`, `many`, `zero` where the language has them (Intl.PluralRules).
 */
export function plural(
  n: number,
  forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string },
): string {
  return forms[rules.select(n)] ?? forms.other;
}

/** `n` and its noun in the right plural form: "1 statement", "1,164 statements". */
export function count(
  n: number,
  forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string },
): string {
  return `${num(n)} ${plural(n, forms)}`;
}
