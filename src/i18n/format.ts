/**
 * Numbers and plural forms in the interface's language. The active locale is set once
 * (by `useLocale` in ./index.ts, before the explorer renders); the catalogues' message
 * functions format through these helpers, so "1,164 statements" reads "1.164 Aussagen"
 * in German.
 */

let tag = 'en';
/**
 * Made on first use, not as the module loads: the first Intl formatter loads the
 * locale data (about 25 ms in Chromium), which App pays while the data is on its way
 * (a first `num`) rather than before its requests go out.
 */
let formats:
  | readonly [numbers: Intl.NumberFormat, percents: Intl.NumberFormat, rules: Intl.PluralRules]
  | undefined;

const made = () =>
  (formats ??= [
    new Intl.NumberFormat(tag),
    new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 0 }),
    new Intl.PluralRules(tag),
  ]);

/** Sets the locale the helpers format in (a BCP 47 tag). */
export function setFormatLocale(next: string): void {
  if (next === tag) return;
  tag = next;
  formats = undefined;
}

/** A count or number as the interface's language writes it ("1,164", "1.164"). */
export function num(n: number): string {
  return made()[0].format(n);
}

/** A share (0.42) as a whole percentage ("42%", "42 %"). */
export function percent(share: number): string {
  return made()[1].format(share);
}

/**
 * The locale's plural form of `n` among the forms given: `other` always, `one`, `two`,
 * `few`, `many`, `zero` where the language has them (Intl.PluralRules).
 */
export function plural(
  n: number,
  forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string },
): string {
  return forms[made()[2].select(n)] ?? forms.other;
}

/** `n` and its noun in the right plural form: "1 statement", "1,164 statements". */
export function count(
  n: number,
  forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string },
): string {
  return `${num(n)} ${plural(n, forms)}`;
}

/** U+2068 FIRST STRONG ISOLATE and U+2069 POP DIRECTIONAL ISOLATE. */
const FSI = '\u2068';
const PDI = '\u2069';

/**
 * Text from the data (a name, title or topic) isolated for a sentence of the
 * interface: its direction is its own and neither it nor the sentence around it is
 * reordered by the other ("Only ⁨שמעון פרס⁩'s neighbourhood" keeps its apostrophe-s at
 * the end, an English name inside an Arabic sentence stays where it was written).
 * The catalogues wrap every name they put in the middle of a sentence; never the
 * start of a button's name (the accessible name keeps the marks, and contracts read
 * names that start with the actor's name). Markup shows such a sentence with
 * views/shared/Isolated.svelte, which turns each isolate into a `<bdi>`.
 */
export function isolate(text: string): string {
  return `${FSI}${text}${PDI}`;
}

/** A stretch of a sentence: interface text, or text from the data that `isolate` wrapped. */
export interface Stretch {
  text: string;
  isolated: boolean;
}

/**
 * A sentence cut at its isolates (see `isolate`), marks removed; empty stretches are
 * left out. An isolate left open runs to the end, as the bidi algorithm reads it; a
 * nested one stays inside its outer stretch, marks and all.
 */
export function stretches(sentence: string): Stretch[] {
  const out: Stretch[] = [];
  let at = 0;
  while (at < sentence.length) {
    const open = sentence.indexOf(FSI, at);
    if (open < 0) {
      out.push({ text: sentence.slice(at), isolated: false });
      break;
    }
    if (open > at) out.push({ text: sentence.slice(at, open), isolated: false });
    const close = matchingPdi(sentence, open + 1);
    out.push({ text: sentence.slice(open + 1, close), isolated: true });
    at = close + 1;
  }
  return out.filter((stretch) => stretch.text !== '');
}

/** Where the PDI that closes an isolate opened before `from` is (or the end). */
function matchingPdi(sentence: string, from: number): number {
  let depth = 1;
  for (let i = from; i < sentence.length; i++) {
    const c = sentence[i];
    if (c === FSI || c === '\u2066' || c === '\u2067') depth += 1;
    else if (c === PDI && --depth === 0) return i;
  }
  return sentence.length;
}
