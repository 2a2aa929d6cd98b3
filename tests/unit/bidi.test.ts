/**
 * Mixed-direction text (issue #13, "Right to left"): names from the data inside the
 * interface's sentences are isolated (U+2068 … U+2069) by the catalogues, markup cuts
 * such a sentence into plain stretches and `<bdi>`s, and the data's own text carries
 * the data's language and direction whatever the interface speaks. Expected strings
 * are written out by hand.
 */
import { describe, expect, it } from 'vitest';
import { ALL_CATALOGUES } from '../../src/i18n/all';
import { isolate, stretches } from '../../src/i18n/format';
import { dataText } from '../../src/i18n/locale';

const FSI = '\u2068';
const PDI = '\u2069';
const HEBREW = 'שמעון פרס';

describe('isolate', () => {
  it.each([
    ['Putin', `${FSI}Putin${PDI}`],
    [HEBREW, `${FSI}${HEBREW}${PDI}`],
    ['', `${FSI}${PDI}`],
  ])('%j', (text, expected) => {
    expect(isolate(text)).toBe(expected);
  });
});

describe('stretches', () => {
  it.each([
    ['No name here.', [{ text: 'No name here.', isolated: false }]],
    [
      `Only ${FSI}${HEBREW}${PDI}'s neighbourhood`,
      [
        { text: 'Only ', isolated: false },
        { text: HEBREW, isolated: true },
        { text: "'s neighbourhood", isolated: false },
      ],
    ],
    [
      `${FSI}A${PDI} and ${FSI}B${PDI}`,
      [
        { text: 'A', isolated: true },
        { text: ' and ', isolated: false },
        { text: 'B', isolated: true },
      ],
    ],
    // An isolate left open runs to the end of the sentence.
    [
      `Showing ${FSI}Alaska`,
      [
        { text: 'Showing ', isolated: false },
        { text: 'Alaska', isolated: true },
      ],
    ],
    // A nested isolate stays inside the outer one, marks and all.
    [
      `Showing ${FSI}${FSI}A${PDI} and ${FSI}B${PDI}${PDI}.`,
      [
        { text: 'Showing ', isolated: false },
        { text: `${FSI}A${PDI} and ${FSI}B${PDI}`, isolated: true },
        { text: '.', isolated: false },
      ],
    ],
    ['', []],
  ])('%j', (sentence, expected) => {
    expect(stretches(sentence)).toEqual(expected);
  });
});

describe('dataText', () => {
  it.each([
    ['he', { lang: 'he', dir: 'rtl' }],
    ['fa-IR', { lang: 'fa-IR', dir: 'rtl' }],
    ['ar', { lang: 'ar', dir: 'rtl' }],
    ['de-CH', { lang: 'de-CH', dir: 'ltr' }],
    ['en', { lang: 'en', dir: 'ltr' }],
    [undefined, { dir: 'auto' }],
    ['  ', { dir: 'auto' }],
  ])('%j', (tag, expected) => {
    expect(dataText(tag)).toEqual(expected);
  });
});

describe('the catalogues isolate names in the middle of a sentence', () => {
  const { en, de, ar } = ALL_CATALOGUES;
  it.each([
    ['en around', en.details.around(HEBREW), `Only ${FSI}${HEBREW}${PDI}'s neighbourhood`],
    [
      'en aroundNote',
      en.graph.aroundNote('Alice Ames', 1, false),
      `Only ${FSI}Alice Ames${PDI}'s neighbourhood: 1 other actor.`,
    ],
    ['en showing', en.details.showing(HEBREW), `Showing ${FSI}${HEBREW}${PDI}`],
    [
      'en allFromAbout',
      en.statement.allFromAbout('Steve Witkoff', HEBREW),
      `All statements from ${FSI}Steve Witkoff${PDI} about ${FSI}${HEBREW}${PDI}`,
    ],
    ['en topicNode', en.graph.topicNode('Tax', 3), `Topic: ${FSI}Tax${PDI}, 3 statements`],
    ['en viaName', en.viaName(HEBREW), `via ${FSI}${HEBREW}${PDI}`],
    [
      'en statementBy',
      en.parts.timeline.statementBy(HEBREW, 'positive'),
      `Statement by ${FSI}${HEBREW}${PDI}: positive`,
    ],
    ['de around', de.details.around('Putin'), `Nur das Umfeld von ${FSI}Putin${PDI}`],
    ['ar around', ar.details.around('John Smith'), `محيط ${FSI}John Smith${PDI} فقط`],
    [
      'ar aboutHeading',
      ar.details.aboutHeading('John Smith'),
      `ما قاله الآخرون عن ${FSI}John Smith${PDI}`,
    ],
    [
      'ar edge',
      ar.graph.edge('John Smith', 'Cairo', 'إيجابي'),
      `من ${FSI}John Smith${PDI} بشأن ${FSI}Cairo${PDI}: إيجابي`,
    ],
  ])('%s', (_, actual, expected) => {
    expect(actual).toBe(expected);
  });

  // A contract: an actor's button name starts with the actor's name, and Chromium's
  // accessible name keeps the marks, so no mark goes before it.
  it.each(Object.entries(ALL_CATALOGUES))(
    '%s: the graph node name starts with the name',
    (_, c) => {
      expect(c.graph.node('John Smith', 'x', 2)).toMatch(/^John Smith/);
    },
  );
});
