// The build's still (src/export/still.ts, draw-scene.ts, svg-tree.ts): the graph
// drawn from the scene as SVG text in Node, without a DOM, in the light theme.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lightPalette, type Palette } from '../../src/export/palette';
import { composeStill, stillGraph, stillLegend, STILL_WIDTH } from '../../src/export/still';
import { el, toSvgText } from '../../src/export/svg-tree';
import { computeLayout } from '../../src/layout/compute';
import { toLayoutInput } from '../../src/layout/input';
import { WIDE } from '../../src/layout/preset';
import { resolve } from '../../src/model/resolve';
import type { Dataset, RawDataset } from '../../src/model/types';
import { parseXml, type XmlElement, type XmlNode } from '../golden/xml';

const THEME = readFileSync('src/styles/theme.css', 'utf8');

describe('svg-tree', () => {
  it('writes text and attribute values from data as text', () => {
    const tree = el('svg', { xmlns: 'http://www.w3.org/2000/svg' }, [
      el(
        'text',
        { x: 1.23456, 'data-name': `"Tom" & <Jerry>`, skipped: undefined },
        `a < b & "c" > 'd'`,
      ),
    ]);
    expect(toSvgText(tree)).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n' +
        '<svg xmlns="http://www.w3.org/2000/svg"><text x="1.23" data-name="&quot;Tom&quot; &amp; &lt;Jerry&gt;">' +
        `a &lt; b &amp; "c" &gt; 'd'</text></svg>\n`,
    );
  });

  it('drops characters XML cannot hold, keeping tabs and line breaks', () => {
    expect(toSvgText(el('title', {}, 'a\u0000b\u0007c\td\ne\uFFFF'))).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<title>abc\td\ne</title>\n',
    );
  });
});

describe('the light palette', () => {
  it("is theme.css's light values", () => {
    // Written out from src/styles/theme.css by hand: a change there must show here.
    expect(lightPalette(THEME)).toEqual<Palette>({
      bg: '#ffffff',
      text: '#1b1f24',
      muted: '#555e68',
      border: '#d0d7de',
      nodeStroke: '#3d4650',
      stance: { positive: '#1a7f37', negative: '#c0261e', neutral: '#57606a', mixed: '#8a5700' },
      node: {
        person: '#e8f0fb',
        state: '#fbeee6',
        organization: '#ecf6ec',
        group: '#f3edf9',
        topic: '#fff8e1',
      },
      coalition: [
        '#56b4e9',
        '#e69f00',
        '#009e73',
        '#f0e442',
        '#cc79a7',
        '#d55e00',
        '#0072b2',
        '#b8b8b8',
        '#ffffff',
      ],
    });
  });

  it('says which property it cannot find', () => {
    expect(() => lightPalette(':root { --bg: light-dark(#fff, #000); }')).toThrow(
      'theme.css has no light-dark() value for --text',
    );
  });
});

// Two actors whose names need escaping, one statement between them, via a third.
const RAW: RawDataset = {
  format: 'parley/1',
  id: 'escapes',
  title: 'Talks <"A" & B>',
  credit: 'Data: "Parley" & friends',
  actors: [
    { id: 'a', name: 'Country <A> & "Co"', kind: 'state' },
    { id: 'b', name: "Leader of B's party", kind: 'person' },
    { id: 'c', name: 'Agency C', kind: 'organization' },
  ],
  statements: [
    {
      id: 's1',
      speaker: 'b',
      about: ['a'],
      stance: 'negative',
      certainty: 'reported',
      via: 'c',
      summary: 'B accused A of stalling.',
      date: '2025-03-01',
    },
  ],
} as RawDataset;

const PALETTE = lightPalette(THEME);

function still(dataset: Dataset) {
  const layout = computeLayout(toLayoutInput(stillGraph(dataset)), {
    seed: dataset.id,
    aspect: WIDE,
  });
  return composeStill(dataset, layout, { palette: PALETTE, font: 'Liberation Sans' });
}

function elements(node: XmlNode): XmlElement[] {
  return typeof node === 'string' ? [] : [node, ...node.children.flatMap(elements)];
}
const text = (node: XmlElement): string =>
  node.children.map((c) => (typeof c === 'string' ? c : text(c))).join('');
const attr = (node: XmlElement, name: string) => node.attributes.find(([n]) => n === name)?.[1];

describe('composeStill', () => {
  const dataset = resolve(RAW);
  const result = still(dataset);
  const { root } = parseXml(result.svg);
  const all = elements(root);

  it('is an SVG document at the wide box width, sized as it says', () => {
    expect(root.name).toBe('svg');
    expect(result.width).toBe(STILL_WIDTH);
    expect(attr(root, 'width')).toBe('960');
    expect(attr(root, 'height')).toBe(String(result.height));
    expect(attr(root, 'viewBox')).toBe(`0 0 960 ${result.height}`);
    expect(attr(root, 'font-family')).toBe('Liberation Sans');
  });

  it('keeps text from the data as text, escaped in the file', () => {
    expect(result.svg).toContain('<title>Talks &lt;"A" &amp; B&gt;</title>');
    expect(result.svg).not.toContain('<A>');
    expect(result.svg).not.toContain('<"A"');
    const texts = all.filter((e) => e.name === 'text').map(text);
    expect(texts).toContain('Talks <"A" & B>');
    expect(texts).toContain('Data: "Parley" & friends');
    // Labels are tspans, one per line; names wrap at about 20 characters.
    expect(texts).toContain('Country <A> & "Co"');
    expect(texts).toContain("Leader of B's party");
  });

  it('draws every node in its shape and light fill, named in its title', () => {
    const nodes = all.filter(
      (e) => e.name === 'g' && attr(e, 'transform')?.startsWith('translate('),
    );
    const named = nodes
      .map((g) => ({
        g,
        title: g.children.find((c): c is XmlElement => typeof c !== 'string' && c.name === 'title'),
      }))
      .filter((n) => n.title);
    // Its title is the node's accessible name on the page.
    expect(named.map((n) => text(n.title!)).sort()).toEqual([
      'Agency C, organization, 0 statements',
      'Country <A> & "Co", state, 1 statement',
      "Leader of B's party, person, 1 statement",
    ]);
    const shapes = named.map((n) => ({
      name: text(n.title!).split(',')[0],
      path: n.g.children.find((c): c is XmlElement => typeof c !== 'string' && c.name === 'path')!,
    }));
    expect(shapes.map((s) => [s.name, attr(s.path, 'fill')]).sort()).toEqual([
      ['Agency C', '#ecf6ec'],
      ['Country <A> & "Co"', '#fbeee6'],
      ["Leader of B's party", '#e8f0fb'],
    ]);
    // Agency C only passed the words on: drawn faded, as on screen.
    const faded = shapes.filter((s) => attr(s.path, 'fill-opacity') === '0.45');
    expect(faded.map((s) => s.name)).toEqual(['Agency C']);
  });

  it('draws the edge in its stance colour, dashed for its certainty, ended by its marker, with the via ring', () => {
    const lines = all.filter((e) => e.name === 'path' && attr(e, 'marker-end'));
    expect(lines).toHaveLength(1);
    const [line] = lines;
    expect(attr(line!, 'stroke')).toBe('#c0261e');
    expect(attr(line!, 'marker-end')).toBe('url(#marker-negative)');
    expect(attr(line!, 'stroke-dasharray')).toBe('7 4');
    expect(all.some((e) => e.name === 'marker' && attr(e, 'id') === 'marker-negative')).toBe(true);
    const ring = all.find((e) => e.name === 'circle' && attr(e, 'stroke') === '#c0261e');
    expect(ring && attr(ring, 'fill')).toBe('#ffffff');
  });

  it('has the legend of the download, of what the data has: one negative, reported statement', () => {
    const texts = all.filter((e) => e.name === 'text').map(text);
    expect(texts).toEqual(
      expect.arrayContaining([
        'STANCE',
        'CERTAINTY',
        'NODES',
        'State',
        'Person',
        'Organization',
        // Agency C only reports: its node is idle.
        'No statement in this view',
        '− Negative',
        'Reported',
        'Via: reported by another actor',
      ]),
    );
    for (const absent of [
      'Topic',
      'Group',
      '+ Positive',
      'Confirmed',
      'Not linked to the selection',
    ])
      expect(texts).not.toContain(absent);
  });
});

describe('stillLegend', () => {
  it('names topics only for a data set drawn "who on what" (no statement about an actor)', () => {
    const about = stillLegend(resolve(RAW)).flatMap((g) => g.items.map((i) => i.text));
    expect(about).not.toContain('Topic');
    const onTopics = resolve({
      ...RAW,
      topics: [{ id: 't', label: 'Trade' }],
      statements: [
        {
          id: 's1',
          speaker: 'b',
          topic: 't',
          stance: 'positive',
          summary: 'x',
          date: '2025-03-01',
        },
      ],
    } as RawDataset);
    expect(stillLegend(onTopics).flatMap((g) => g.items.map((i) => i.text))).toContain('Topic');
  });
});
