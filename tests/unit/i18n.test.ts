/**
 * The interface's catalogues (src/i18n): every locale has exactly English's keys,
 * counts and plurals come out as each language writes them, the interface language
 * is chosen as README "Languages" says, and no component of the localized folders
 * writes a user-facing string of its own.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { enParts } from '../../src/i18n/en-parts';
import { catalogue, LOCALES, resolveLocale, useLocale, type Locale } from '../../src/i18n';
import * as i18n from '../../src/i18n';
import { direction, primary } from '../../src/i18n/locale';
import { parts } from '../../src/i18n/parts';
import { ALL_CATALOGUES } from '../../src/i18n/all';
import { legendGroups } from '../../src/scene/legend';

/** Every key path of a catalogue, with "()" after the ones that are functions. */
function shape(value: unknown, path = ''): string[] {
  if (typeof value === 'function') return [`${path}()/${value.length}`];
  if (typeof value !== 'object' || value === null) return [path];
  return Object.keys(value)
    .sort()
    .flatMap((key) => shape((value as Record<string, unknown>)[key], `${path}.${key}`));
}

const english = shape({ ...en, parts: enParts });

describe('catalogues', () => {
  it('English has both its halves and no empty string', () => {
    expect(english.length).toBeGreaterThan(250);
    const strings = (value: unknown): string[] =>
      typeof value === 'string'
        ? [value]
        : typeof value === 'object' && value !== null
          ? Object.values(value).flatMap(strings)
          : [];
    expect(strings({ ...en, parts: enParts }).filter((s) => s.trim() === '')).toEqual([]);
  });

  for (const locale of LOCALES.filter((l) => l !== 'en')) {
    it(`${locale} has exactly the keys of English, functions where English has them`, async () => {
      const messages = await catalogue(locale);
      expect(shape(messages)).toEqual(english);
    });
  }
});

/**
 * Every string a catalogue can produce: its plain strings, and its functions called
 * with sample arguments (a name for strings, several counts for numbers, both values of
 * booleans, and `undefined` where optional).
 */
function outputs(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'function') {
    const argumentSets: unknown[][] = [];
    for (const n of [0, 1, 2, 3, 11, 100, 1164]) {
      for (const flag of [true, false]) {
        argumentSets.push(Array.from({ length: value.length + 1 }, (_, i) => (i % 2 ? flag : n)));
        argumentSets.push(Array.from({ length: value.length + 1 }, () => 'Name'));
      }
    }
    return argumentSets.flatMap((args) => {
      try {
        const out: unknown = (value as (...a: unknown[]) => unknown)(...args);
        return typeof out === 'string' ? [out] : [];
      } catch {
        return [];
      }
    });
  }
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(outputs);
  return [];
}

describe('Arabic punctuation', () => {
  afterAll(() => useLocale('en'));

  it('the Arabic catalogue writes ، ؛ ؟ and never a Latin comma, semicolon or question mark', async () => {
    await useLocale('ar');
    const all = outputs(await catalogue('ar'));
    expect(all.length).toBeGreaterThan(400);
    // Digits are grouped with a Latin comma by Intl ("1,164"): take numbers out first.
    const latin = all.filter((s) => /[,;?]/.test(s.replace(/\d,\d/g, '')));
    expect(latin).toEqual([]);
    expect(all.some((s) => s.includes('، '))).toBe(true);
  });

  it('the check finds a Latin comma in a string that has one', () => {
    expect(outputs({ a: (n: number) => `${n}, x` }).filter((s) => /[,;?]/.test(s))).not.toEqual([]);
  });
});

describe('numbers and plurals', () => {
  afterAll(() => useLocale('en'));

  // Written by hand: how each language writes these counts.
  const cases: [Locale, () => string, string][] = [
    ['en', () => i18n.m.statements(1164), '1,164 statements'],
    ['en', () => i18n.m.statements(1), '1 statement'],
    ['en', () => i18n.m.statements(0), '0 statements'],
    ['en', () => i18n.m.graph.nodesAndLinks(1, 2), '1 node and 2 links'],
    ['en', () => i18n.m.sources.label(1), 'Source:'],
    ['en', () => parts().share.scaled(0.42), 'Shown at 42% of its size.'],
    ['en', () => i18n.m.failure.timeout(1.5), 'the server did not answer within 1.5 seconds'],
    ['de', () => i18n.m.statements(1164), '1.164 Aussagen'],
    ['de', () => i18n.m.statements(1), '1 Aussage'],
    ['de', () => i18n.m.graph.nodesAndLinks(1, 2), '1 Knoten und 2 Verbindungen'],
    ['de', () => i18n.m.sources.label(2), 'Quellen:'],
    ['de', () => parts().share.scaled(0.42), 'Auf 42\u00a0% verkleinert.'],
    ['de', () => parts().overview.inStatements(12345), 'in 12.345 Aussagen'],
    [
      'de',
      () => i18n.m.failure.timeout(1.5),
      'Der Server hat nicht innerhalb von 1,5 Sekunden geantwortet',
    ],
    // French: a narrow no-break space groups thousands; 0 and 1.5 take the singular;
    // millions take "de"; a no-break space before ":" and "%".
    ['fr', () => i18n.m.statements(1164), '1\u202f164 déclarations'],
    ['fr', () => i18n.m.statements(1), '1 déclaration'],
    ['fr', () => i18n.m.statements(0), '0 déclaration'],
    ['fr', () => i18n.m.statements(1_000_000), '1\u202f000\u202f000 de déclarations'],
    ['fr', () => i18n.m.graph.nodesAndLinks(1, 2), '1 nœud et 2 liens'],
    ['fr', () => i18n.m.sources.label(2), 'Sources\u00a0:'],
    ['fr', () => parts().share.scaled(0.42), 'Affiché à 42\u00a0% de sa taille.'],
    ['fr', () => i18n.m.failure.timeout(1.5), 'le serveur n’a pas répondu en 1,5 seconde'],
    ['fr', () => parts().timeline.stanceCount(3, i18n.m.stanceWord.positive), '3 positives'],
    ['fr', () => parts().timeline.stanceCount(1, i18n.m.stanceWord.negative), '1 négative'],
    // Spanish: four-digit numbers are not grouped (CLDR's minimum grouping of 2),
    // five-digit ones with a point; millions take "de".
    ['es', () => i18n.m.statements(1164), '1164 declaraciones'],
    ['es', () => i18n.m.statements(12345), '12.345 declaraciones'],
    ['es', () => i18n.m.statements(1), '1 declaración'],
    ['es', () => i18n.m.statements(0), '0 declaraciones'],
    ['es', () => i18n.m.statements(1_000_000), '1.000.000 de declaraciones'],
    ['es', () => i18n.m.graph.nodesAndLinks(1, 2), '1 nodo y 2 vínculos'],
    ['es', () => parts().share.scaled(0.42), 'Mostrado al 42\u00a0% de su tamaño.'],
    ['es', () => i18n.m.failure.timeout(1.5), 'el servidor no respondió en 1,5 segundos'],
    ['es', () => parts().timeline.stanceCount(2, i18n.m.stanceWord.neutral), '2 neutrales'],
    ['es', () => parts().timeline.stanceCount(2, i18n.m.stanceWord.mixed), '2 mixtas'],
    // Arabic: all six forms; one and two without the digit, 3–10 the plural, 11–99
    // (also 1,164: its last two digits) the accusative singular, 100 the singular;
    // Latin digits, as Intl.NumberFormat('ar') writes them (docs/GLOSSARY.md).
    ['ar', () => i18n.m.statements(0), '0 تصريح'],
    ['ar', () => i18n.m.statements(1), 'تصريح واحد'],
    ['ar', () => i18n.m.statements(2), 'تصريحان'],
    ['ar', () => i18n.m.statements(3), '3 تصريحات'],
    ['ar', () => i18n.m.statements(11), '11 تصريحًا'],
    ['ar', () => i18n.m.statements(100), '100 تصريح'],
    ['ar', () => i18n.m.statements(1164), '1,164 تصريحًا'],
    ['ar', () => parts().overview.inStatements(2), 'في تصريحين'],
    ['ar', () => i18n.m.graph.nodesAndLinks(2, 5), 'عقدتان و5 روابط'],
    ['ar', () => i18n.m.sources.label(2), 'المصدران:'],
    ['ar', () => i18n.m.failure.timeout(1.5), 'لم يردّ الخادم خلال 1.5 ثانية'],
    ['ar', () => parts().share.scaled(0.42), 'معروض بنسبة 42\u200e%\u200e من حجمه.'],
    ['ar', () => i18n.m.app.showing(5, 2), '5 من أصل تصريحين'],
    // "Stances over time": Play's steps, the actor's row, the summary's count.
    ['en', () => parts().stances.steps('week', 1), '1 week'],
    ['en', () => parts().stances.step('month', 1, 4), 'Month 1 of 4'],
    [
      'en',
      () => parts().stances.actorRow(1164, 1),
      ': 1,164 statements here (the lower row), 1 reversal of stance (▲ under the period).',
    ],
    ['de', () => parts().stances.steps('month', 4), '4 Monate'],
    [
      'de',
      () => parts().stances.actorRow(4, 2),
      ': 4 Aussagen hier (untere Reihe), 2 Haltungswechsel (▲ unter dem Zeitabschnitt).',
    ],
    [
      'de',
      () => parts().stances.coarser(1, 'week'),
      '1 Aussage ohne wochengenaues Datum ist nur in der Tabelle gezählt.',
    ],
    // A cluster of events: how many the selection concerns.
    ['en', () => parts().timeline.relatedCount(3), '3 related'],
    ['de', () => parts().timeline.relatedCount(1164), '1.164 verbunden'],
    ['fr', () => parts().timeline.relatedCount(1), '1 lié'],
    ['es', () => parts().timeline.relatedCount(2), '2 relacionados'],
    ['fr', () => parts().stances.steps('week', 17), '17 semaines'],
    ['fr', () => parts().stances.steps('month', 1), '1 mois'],
    ['es', () => parts().stances.steps('month', 4), '4 meses'],
    ['ar', () => parts().stances.steps('week', 2), 'أسبوعان'],
    ['ar', () => parts().stances.steps('week', 17), '17 أسبوعًا'],
    ['ar', () => parts().stances.steps('month', 4), '4 أشهر'],
    [
      'ar',
      () => parts().stances.actorRow(1, 0),
      ': تصريح واحد هنا (الصف السفلي)، 0 تبدّل في الموقف.',
    ],
  ];
  for (const [locale, say, expected] of cases) {
    it(`${locale}: ${expected}`, async () => {
      await useLocale(locale);
      expect(i18n.locale).toBe(locale);
      expect(say()).toBe(expected);
    });
  }

  it('English parts come from en-parts.ts; another locale brings its own', async () => {
    await useLocale('en');
    expect(parts()).toBe(enParts);
    await useLocale('de');
    expect(parts().share.close).toBe('Schließen');
  });
});

describe("withMessages (the build draws each still in its data set's language)", () => {
  const facts = {
    mode: 'actors',
    kinds: ['person'],
    topics: false,
    idle: false,
    certainties: ['confirmed'],
    via: false,
    stances: ['positive'],
    statuses: ['held'],
    maxActivity: 1164,
    dimmed: false,
  } as unknown as Parameters<typeof legendGroups>[0];
  const titles = () => legendGroups(facts).map((g) => [g.title, g.items.map((i) => i.text)]);

  it('speaks German inside, English again after', () => {
    const german = i18n.withMessages('de', ALL_CATALOGUES.de, titles);
    expect(german).toEqual([
      ['Knoten', ['Person']],
      ['Größe', ['Aussagen von oder über den Akteur, 1 bis 1.164']],
      ['Haltung', ['+ Positiv']],
    ]);
    expect(titles()).toEqual([
      ['Nodes', ['Person']],
      ['Size', ['Statements by or about the actor, 1 to 1,164']],
      ['Stance', ['+ Positive']],
    ]);
  });
});

describe('which language', () => {
  const cases: [string | undefined, string | undefined, Locale][] = [
    [undefined, 'de', 'de'],
    [undefined, 'de-CH', 'de'],
    [undefined, 'de_AT', 'de'],
    [undefined, 'xx', 'en'],
    [undefined, 'fr', 'fr'],
    [undefined, 'es-MX', 'es'],
    [undefined, 'ar-EG', 'ar'],
    [undefined, 'it', 'en'], // not (yet) a locale of Parley's
    ['ar', 'de', 'ar'],
    [undefined, undefined, 'en'],
    ['en', 'de', 'en'], // ?lang=en wins over the data's language
    ['de', 'en', 'de'],
    ['DE', 'en', 'de'],
    ['xx', 'de', 'de'], // an unknown ?lang= falls back to the data's language
    ['xx', 'xx', 'en'],
  ];
  for (const [lang, data, expected] of cases) {
    it(`lang=${lang ?? '(none)'}, data ${data ?? '(none)'} → ${expected}`, () => {
      expect(resolveLocale(lang, data)).toBe(expected);
    });
  }

  it('primary subtags and directions', () => {
    expect(primary('de-CH')).toBe('de');
    expect(primary(' EN-gb ')).toBe('en');
    expect(direction('de')).toBe('ltr');
    expect(direction('ar-EG')).toBe('rtl');
    expect(direction('he')).toBe('rtl');
  });
});

// --- No literal user-facing strings in the components of the localized folders.

/** Attributes whose value a reader sees or hears. */
const SPOKEN = ['aria-label', 'title', 'placeholder', 'alt', 'label', 'data-label', 'empty'];

/** `source` without the `{…}` expressions (braces nested in them included). */
function withoutExpressions(source: string): string {
  let out = '';
  let depth = 0;
  let quote: string | undefined;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (depth === 0) {
      if (c === '{') depth = 1;
      else out += c;
      continue;
    }
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = undefined;
      continue;
    }
    if (c === '/' && source[i + 1] === '/') {
      // A comment in an expression (its apostrophes open no string).
      const end = source.indexOf('\n', i);
      i = end === -1 ? source.length : end;
    } else if (c === "'" || c === '"' || c === '`') quote = c;
    else if (c === '{') depth++;
    else if (c === '}') {
      depth--;
      if (depth === 0) out += ' ';
    }
  }
  return out;
}

/** The user-facing literals of a component's markup: text nodes and spoken attributes. */
export function literalStrings(svelte: string): string[] {
  const markup = svelte
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/<style[\s\S]*?<\/style>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '');
  const found: string[] = [];
  const attribute = new RegExp(`\\s(${SPOKEN.join('|')})="([^"]*)"`, 'g');
  for (const match of markup.matchAll(attribute)) {
    if (/\p{L}/u.test(withoutExpressions(match[2]!))) found.push(`${match[1]}="${match[2]}"`);
  }
  const text = withoutExpressions(markup)
    .replace(/<[^>]*>/g, ' ')
    .replace(/&[a-z]+;|&#\d+;/gi, ' ');
  for (const run of text.split(/\s{2,}|\n/)) {
    if (/\p{L}/u.test(run)) found.push(run.trim());
  }
  return found;
}

describe('scan for literal strings', () => {
  // Hand-written: what the scan must find, and what it must let through.
  const samples: [string, string[]][] = [
    ['<button>Table</button>', ['Table']],
    ['<p>Showing {n} of {total} statements</p>', ['Showing', 'of', 'statements']],
    ['<input aria-label="Search" />', ['aria-label="Search"']],
    ['<Part title="Most active">{x}</Part>', ['title="Most active"']],
    ['<iframe title="Preview: {title} (interactive graphic)"></iframe>', [expect.any(String)]],
    ['<button aria-label={m.graph.zoomIn}>{m.app.table}</button>', []],
    ['<span aria-hidden="true">×</span> {m.details.clear}', []],
    ['<span class="n">&nbsp;({count})</span>', []],
    ['<script lang="ts">const s = "Words";</script><p>{s}</p>', []],
    ['<!-- A comment with words --><p>{m.x}</p>', []],
    ["<p>{open ? 'Less' : 'More'}</p>", []], // inside an expression: not a text node
    ["<G onpainted={() => {\n // the graph's paint\n go(); }} />", []],
  ];
  for (const [source, expected] of samples) {
    it(`finds ${JSON.stringify(expected)} in ${source}`, () => {
      const found = literalStrings(source).filter(Boolean);
      expect(found).toEqual(expected);
    });
  }

  const FOLDERS = [
    'src/views/chrome',
    'src/views/details',
    'src/views/graph',
    'src/views/timeline',
    'src/views/table',
    'src/views/shared',
    'src/views/network',
    'src/views/stances',
  ];
  const files = [
    'src/App.svelte',
    'src/views/Explorer.svelte',
    ...FOLDERS.flatMap((folder) =>
      readdirSync(folder)
        .filter((name) => name.endsWith('.svelte'))
        .map((name) => join(folder, name)),
    ),
  ].filter((file) => statSync(file).isFile());

  it('looks at every component of the localized folders', () => {
    expect(files.length).toBeGreaterThan(40);
  });

  for (const file of files) {
    const name = relative('.', file);
    it(`${name} has no literal user-facing string`, () => {
      expect(literalStrings(readFileSync(file, 'utf8')).filter(Boolean)).toEqual([]);
    });
  }
});
