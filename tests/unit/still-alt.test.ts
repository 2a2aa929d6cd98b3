// What the still is called and what it says (src/model/still.ts).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { resolve } from '../../src/model/resolve';
import ar from '../../src/i18n/ar';
import de from '../../src/i18n/de';
import { en } from '../../src/i18n/en';
import es from '../../src/i18n/es';
import fr from '../../src/i18n/fr';
import { datasetStillAlt, readStillSize, stillAlt, stillFile } from '../../src/model/still';
import type { RawDataset } from '../../src/model/types';

const load = (path: string) => resolve(JSON.parse(readFileSync(path, 'utf8')) as RawDataset);

describe('stillAlt', () => {
  it.each<[string, string[], string]>([
    ['Talks', ['A', 'B', 'C'], 'Actor graph: Talks. Most active: A, B and C.'],
    ['Talks', ['A', 'B'], 'Actor graph: Talks. Most active: A and B.'],
    ['Talks', ['A'], 'Actor graph: Talks. Most active: A.'],
    ['Talks', [], 'Actor graph: Talks.'],
    // A title that ends a sentence keeps its own stop.
    ['Who blinked?', ['A'], 'Actor graph: Who blinked? Most active: A.'],
    ['  Spaced  ', ['A'], 'Actor graph: Spaced. Most active: A.'],
    // Text from data stays as it is: escaping is the embed code's job.
    ['<b>"Q" & A</b>', ['<i>'], 'Actor graph: <b>"Q" & A</b>. Most active: <i>.'],
  ])('%s with %j', (title, names, alt) => {
    expect(stillAlt(title, names, en.still)).toBe(alt);
  });
});

describe('stillAlt in the other interface languages', () => {
  it.each<[string, typeof en.still, string[], string, string]>([
    [
      'de',
      de.still,
      ['A', 'B', 'C'],
      'Gespräche',
      'Akteursnetz: Gespräche. Am aktivsten: A, B und C.',
    ],
    [
      'de',
      de.still,
      ['A', 'B'],
      'Wer blinzelte?',
      'Akteursnetz: Wer blinzelte? Am aktivsten: A und B.',
    ],
    ['de', de.still, [], 'Gespräche', 'Akteursnetz: Gespräche.'],
    // French typography: a no-break space before the colon.
    [
      'fr',
      fr.still,
      ['A', 'B', 'C'],
      'Pourparlers',
      'Réseau des acteurs\u00a0: Pourparlers. Les plus actifs\u00a0: A, B et C.',
    ],
    [
      'es',
      es.still,
      ['A', 'B', 'C'],
      'Conversaciones',
      'Red de actores: Conversaciones. Los más activos: A, B y C.',
    ],
    ['ar', ar.still, ['أ', 'ب', 'ج'], 'محادثات', 'شبكة الأطراف: محادثات. الأكثر نشاطًا: أ وب وج.'],
    // An Arabic question mark ends the sentence as "?" does.
    ['ar', ar.still, ['أ'], 'من تراجع؟', 'شبكة الأطراف: من تراجع؟ الأكثر نشاطًا: أ.'],
  ])('%s: %j, %s', (_, words, names, title, alt) => {
    expect(stillAlt(title, names, words)).toBe(alt);
  });

  it('names the German set’s most active actors in German', () => {
    expect(datasetStillAlt(load('data/german-nuclear-2011.json'), de.still)).toBe(
      'Akteursnetz: Atomausstieg 2011: Wer nach Fukushima wofür und wogegen eintrat. Am aktivsten: Angela Merkel, Grüne und Bundesregierung.',
    );
  });
});

describe('datasetStillAlt', () => {
  it.each([
    // Witkoff speaks or is spoken about in 10 statements, Zelenskyy in 4; Ukraine,
    // Russia and Trump in 3 each, and the tie goes by name.
    [
      'data/alaska-summit-2025.json',
      'Actor graph: After Alaska: security guarantees for Ukraine move to the centre of the talks. Most active: Steve Witkoff, Volodymyr Zelenskyy and Donald Trump.',
    ],
    // Coded claims (about topics): the speakers of the most claims.
    [
      'data/german-nuclear-2011.json',
      'Actor graph: Atomausstieg 2011: Wer nach Fukushima wofür und wogegen eintrat. Most active: Angela Merkel, Grüne and Bundesregierung.',
    ],
    [
      'tests/fixtures/valid/minimal.json',
      'Actor graph: Example. Most active: Country A and Leader of B.',
    ],
  ])('%s', (path, alt) => {
    expect(datasetStillAlt(load(path), en.still)).toBe(alt);
  });
});

describe('stillFile', () => {
  it('names the 1× and 2× PNGs after the data set', () => {
    expect(stillFile('alaska-summit-2025')).toBe('stills/alaska-summit-2025-graph.png');
    expect(stillFile('alaska-summit-2025', 2)).toBe('stills/alaska-summit-2025-graph@2x.png');
  });
});

describe('readStillSize', () => {
  it.each<[unknown, ReturnType<typeof readStillSize>]>([
    [
      { width: 960, height: 565 },
      { width: 960, height: 565 },
    ],
    [{ width: 960 }, undefined],
    [{ width: 0, height: 10 }, undefined],
    [{ width: 9.5, height: 10 }, undefined],
    [{ width: '960', height: '565' }, undefined],
    [null, undefined],
    ['960x565', undefined],
  ])('%j', (value, size) => {
    expect(readStillSize(value)).toEqual(size);
  });
});
