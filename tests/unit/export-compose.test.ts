// A graph download's SVG (export/clone.ts and export/compose.ts), in Node. There is
// no DOM here, so the page's <svg> is a small hand-made tree of stand-in elements
// that answer just what the two files ask: attributes, children, a computed style
// (inherited down the tree, as in a browser), a bounding box. The copy is built
// from the same stand-ins and printed by `print` below for comparison with text
// written out by hand. Real layout, fonts, light-dark() colours and XMLSerializer
// are the browser tests' (tests/e2e/download.spec.ts, golden.spec.ts).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { copyGraph, SVG_NS } from '../../src/export/clone';
import { composeSnapshot, serializeSvg, type SnapshotText } from '../../src/export/compose';
import type { LegendGroup } from '../../src/export/legend';

const TEXT_NODE = 3;

/** Values of the properties that do not inherit, when not set. */
const INITIAL: Readonly<Record<string, string>> = { opacity: '1', display: 'inline' };

class FakeText {
  readonly nodeType = TEXT_NODE;
  constructor(public textContent: string) {}
}

type Child = FakeElement | FakeText;

class FakeElement {
  readonly nodeType = 1;
  childNodes: Child[] = [];
  parent: FakeElement | undefined;
  /** Inline style (the palette's probe sets its colour). */
  readonly style: Record<string, string> = {};
  private readonly attrs = new Map<string, string>();
  constructor(
    readonly localName: string,
    /** Its own computed values; others come from its parent or INITIAL. */
    readonly css: Readonly<Record<string, string>> = {},
    readonly box = { x: 0, y: 0, width: 0, height: 0 },
    readonly namespaceURI = SVG_NS,
  ) {}
  get attributes(): { name: string; value: string }[] {
    return [...this.attrs].map(([name, value]) => ({ name, value }));
  }
  get children(): FakeElement[] {
    return this.childNodes.filter((c): c is FakeElement => c instanceof FakeElement);
  }
  getAttribute(name: string): string | null {
    return this.attrs.get(name) ?? null;
  }
  setAttribute(name: string, value: string): void {
    this.attrs.set(name, value);
  }
  removeAttribute(name: string): void {
    this.attrs.delete(name);
  }
  append(...nodes: Child[]): void {
    for (const node of nodes) {
      if (node instanceof FakeElement) node.parent = this;
      this.childNodes.push(node);
    }
  }
  remove(): void {
    if (this.parent) this.parent.childNodes = this.parent.childNodes.filter((c) => c !== this);
    this.parent = undefined;
  }
  get textContent(): string {
    return this.childNodes.map((c) => c.textContent).join('');
  }
  set textContent(text: string) {
    this.childNodes = [new FakeText(text)];
  }
  /** The two selectors the code uses. */
  querySelector(selector: string): FakeElement | null {
    if (selector === ':scope > title') {
      return this.children.find((c) => c.localName === 'title') ?? null;
    }
    if (selector === ':scope > g text') {
      for (const g of this.children.filter((c) => c.localName === 'g')) {
        const text = g.descendants().find((d) => d.localName === 'text');
        if (text) return text;
      }
      return null;
    }
    throw new Error(`selector not supported by the stand-in: ${selector}`);
  }
  descendants(): FakeElement[] {
    return this.children.flatMap((c) => [c, ...c.descendants()]);
  }
  getBBox(): { x: number; y: number; width: number; height: number } {
    return this.box;
  }
  /** The computed value of `property`, inherited as a browser would. */
  computed(property: string): string {
    const own = this.css[property];
    if (own !== undefined) return own;
    if (property in INITIAL) return INITIAL[property]!;
    return this.parent ? this.parent.computed(property) : '';
  }
}

class FakeG extends FakeElement {}

class FakeSvg extends FakeElement {
  /** Its width attribute in px (0: none, as when CSS sizes it). */
  readonly width: { baseVal: { value: number } };
  constructor(
    css: Readonly<Record<string, string>>,
    widthAttribute: number,
    /** Its width on the page. */
    readonly pageWidth: number,
  ) {
    super('svg', css);
    this.width = { baseVal: { value: widthAttribute } };
  }
  getBoundingClientRect(): { width: number } {
    return { width: this.pageWidth };
  }
}

function make(tag: string, css?: Record<string, string>, box?: FakeElement['box']): FakeElement {
  return tag === 'g' ? new FakeG(tag, css, box) : new FakeElement(tag, css, box);
}

/** An element with attributes, its own computed style and children (strings are text nodes). */
function el(
  tag: string,
  attrs: Record<string, string> = {},
  css: Record<string, string> = {},
  children: (FakeElement | string)[] = [],
  box?: FakeElement['box'],
): FakeElement {
  const element = make(tag, css, box);
  for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, value);
  element.append(...children.map((c) => (typeof c === 'string' ? new FakeText(c) : c)));
  return element;
}

beforeEach(() => {
  // A class, not a plain object: the test's matchers check `instanceof Node`.
  vi.stubGlobal(
    'Node',
    class {
      static readonly TEXT_NODE = TEXT_NODE;
    },
  );
  vi.stubGlobal('Element', FakeElement);
  vi.stubGlobal('SVGGElement', FakeG);
  vi.stubGlobal('document', {
    createElementNS: (namespace: string, tag: string) => {
      expect(namespace).toBe(SVG_NS);
      return make(tag);
    },
    createTextNode: (text: string) => new FakeText(text),
    // No canvas here: text widths are estimated (scene/measure.ts).
    createElement: () => ({ getContext: () => null }),
  });
  vi.stubGlobal('getComputedStyle', (element: FakeElement) => ({
    getPropertyValue: (property: string) => element.computed(property),
    get fontSize() {
      return element.computed('font-size');
    },
    get fontFamily() {
      return element.computed('font-family');
    },
    // The palette's probe: its colour as set (the theme's variables here are plain rgb()).
    get color() {
      return element.style.color ?? element.computed('color');
    },
  }));
});

afterEach(() => {
  vi.unstubAllGlobals();
});

/** The stand-in tree as text: attributes in order, text nodes quoted. */
function print(node: Child): string {
  if (node instanceof FakeText) return JSON.stringify(node.textContent);
  const attrs = node.attributes.map((a) => ` ${a.name}="${a.value}"`).join('');
  const inner = node.childNodes.map(print).join('');
  return inner
    ? `<${node.localName}${attrs}>${inner}</${node.localName}>`
    : `<${node.localName}${attrs}/>`;
}

const THEME = {
  '--bg': 'rgb(255, 250, 240)',
  '--text': 'rgb(27, 31, 36)',
  '--muted': 'rgb(85, 94, 104)',
  '--border': 'rgb(200, 200, 200)',
};

interface Options {
  /** The labels' computed font size; undefined: a graph without labels. */
  labelSize?: string;
  widthAttribute?: number;
  pageWidth?: number;
  css?: Record<string, string>;
}

/** A graph as the page draws it, with what a picture leaves behind. */
function liveGraph(options: Options = {}): FakeSvg {
  const { labelSize = '12px', widthAttribute = 500, pageWidth = 500 } = options;
  const svg = new FakeSvg(
    options.css ?? {
      fill: 'rgb(0, 0, 0)',
      'font-family': 'Inter, sans-serif',
      'font-size': '12px',
      ...THEME,
    },
    widthAttribute,
    pageWidth,
  );
  for (const [name, value] of Object.entries({ role: 'group', 'aria-label': '2 nodes and 1 link' }))
    svg.setAttribute(name, value);
  const label = el(
    'text',
    { y: '20', dy: '0.35em', class: 'label' },
    {
      'font-weight': '500',
      'text-anchor': 'middle',
      'paint-order': 'stroke',
      'font-size': labelSize,
    },
    ['Russia & <Co>'],
  );
  svg.append(
    // The page's background: not part of the picture.
    el('rect', { class: 'bg', width: '100%', height: '100%' }, { fill: 'rgb(255, 255, 255)' }),
    el('defs', {}, {}, [
      el(
        'marker',
        {
          // An id is a name: its digits are not rounded.
          id: 'm0.12345-positive',
          class: 'marker',
          viewBox: '0 0 10 10',
          refX: '8.123456',
          refY: '5',
          markerUnits: 'userSpaceOnUse',
          markerWidth: '6.6666667',
          markerHeight: '6.6666667',
          orient: 'auto',
        },
        {},
        [el('path', { d: 'M0,0L10,5L0,10z' }, { fill: 'rgb(0, 128, 0)' })],
      ),
    ]),
    el(
      'g',
      { class: 'layer', transform: 'translate(12.5,3) scale(2)' },
      {},
      [
        el('g', { class: 'links' }, {}, [
          el(
            'path',
            {
              class: 'link',
              d: 'M1.23456,2.5L100.999,3',
              'marker-end': 'url(#m0.12345-positive)',
              'data-from': 'ru',
            },
            {
              fill: 'none',
              stroke: 'rgb(0, 128, 0)',
              'stroke-width': '1.5px',
              'stroke-dasharray': '7px, 4px',
            },
          ),
          // The wide click target: drawn in no colour.
          el(
            'path',
            { class: 'hit', d: 'M1.23456,2.5L100.999,3' },
            { fill: 'none', stroke: 'transparent' },
          ),
        ]),
        el(
          'g',
          {
            class: 'node',
            role: 'button',
            tabindex: '0',
            'aria-label': 'Russia',
            transform: 'translate(48.46135924924723,20.5)',
            'data-id': 'ru',
          },
          {},
          [
            el(
              'circle',
              { r: '8.5' },
              { fill: 'rgb(200, 0, 0)', stroke: 'rgb(255, 255, 255)', 'stroke-width': '1.25px' },
            ),
            // The focus ring, not shown.
            el(
              'circle',
              { class: 'ring', r: '11' },
              { visibility: 'hidden', fill: 'none', stroke: 'blue' },
            ),
            ...(options.labelSize === undefined && 'labelSize' in options ? [] : [label]),
          ],
        ),
        el('g', { class: 'node', 'aria-label': 'Ukraine' }, { opacity: '0.4' }, [
          // Whatever its computed style, a title gets no presentation attributes.
          el('title', {}, { display: 'none', fill: 'rgb(9, 9, 9)' }, ['Ukraine, 3 statements']),
          el('rect', { x: '0', y: '0', width: '10.5', height: '10' }),
        ]),
        el('g', { class: 'filtered-out' }, { display: 'none' }, [
          el('circle', { r: '3' }, { fill: 'red' }),
        ]),
      ],
      { x: -10.123, y: -5.5, width: 100.456, height: 50.004 },
    ),
    // Nothing drawn in it yet: its empty box does not count.
    el('g', { class: 'overlay' }, {}, [], { x: 0, y: 0, width: 0, height: 0 }),
    el('text', { class: 'tooltip' }, {}, ['a tooltip']),
  );
  return svg;
}

const asSvg = (svg: FakeElement) => svg as unknown as SVGSVGElement;
const fake = (node: unknown) => node as FakeElement;

describe('copyGraph', () => {
  it('copies defs and layers with geometry and the style that differs from the parent', () => {
    const copy = copyGraph(asSvg(liveGraph()));
    // Top: the root's style (font-size "12px" as user units). The layer loses its
    // transform, numbers lose digits past the second decimal (ids and marker
    // references keep theirs), lengths lose "px", classes, roles, tab stops and data
    // attributes stay behind, the hidden ring, click target and display:none group
    // are left out, an aria-label becomes a <title> (unless there is one).
    expect(print(fake(copy.content))).toBe(
      [
        '<g fill="rgb(0, 0, 0)" font-family="Inter, sans-serif" font-size="12">',
        '<defs>',
        '<marker id="m0.12345-positive" viewBox="0 0 10 10" refX="8.12" refY="5"',
        ' markerUnits="userSpaceOnUse" markerWidth="6.67" markerHeight="6.67" orient="auto">',
        '<path d="M0,0L10,5L0,10z" fill="rgb(0, 128, 0)"/>',
        '</marker>',
        '</defs>',
        '<g>',
        '<g>',
        '<path d="M1.23,2.5L101,3" marker-end="url(#m0.12345-positive)" fill="none"',
        ' stroke="rgb(0, 128, 0)" stroke-width="1.5" stroke-dasharray="7, 4"/>',
        '</g>',
        '<g transform="translate(48.46,20.5)">',
        '<title>"Russia"</title>',
        '<circle r="8.5" fill="rgb(200, 0, 0)" stroke="rgb(255, 255, 255)" stroke-width="1.25"/>',
        '<text y="20" dy="0.35em" paint-order="stroke" font-weight="500" text-anchor="middle">',
        '"Russia & <Co>"',
        '</text>',
        '</g>',
        '<g opacity="0.4">',
        '<title>"Ukraine, 3 statements"</title>',
        '<rect x="0" y="0" width="10.5" height="10"/>',
        '</g>',
        '</g>',
        '<g/>',
        '</g>',
      ].join(''),
    );
  });

  it('copies text as text nodes, not markup', () => {
    const copy = fake(copyGraph(asSvg(liveGraph())).content);
    const text = copy.descendants().find((d) => d.localName === 'text')!;
    expect(text.childNodes).toEqual([new FakeText('Russia & <Co>')]);
  });

  it('leaves the page graph as it was', () => {
    const live = liveGraph();
    const before = print(live);
    copyGraph(asSvg(live));
    expect(print(live)).toBe(before);
  });

  type Box = FakeElement['box'];
  it.each<[string, Box[], Box]>([
    // −10.123…90.333 × −5.5…44.504, to two decimals.
    [
      'one layer, rounded',
      [{ x: -10.123, y: -5.5, width: 100.456, height: 50.004 }],
      { x: -10.12, y: -5.5, width: 100.46, height: 50 },
    ],
    // x 0…150 (50 + 100), y −20…50.
    [
      'the union of two layers',
      [
        { x: 0, y: 0, width: 100, height: 50 },
        { x: 50, y: -20, width: 100, height: 10 },
      ],
      { x: 0, y: -20, width: 150, height: 70 },
    ],
    // The empty box at (0, 0) would stretch it to 0…30.
    [
      'an empty layer does not count',
      [
        { x: 0, y: 0, width: 0, height: 0 },
        { x: 10, y: 10, width: 20, height: 20 },
      ],
      { x: 10, y: 10, width: 20, height: 20 },
    ],
    // A vertical line: no width, kept at 1.
    [
      'at least 1 wide',
      [{ x: 5, y: 5, width: 0, height: 30 }],
      { x: 5, y: 5, width: 1, height: 30 },
    ],
    ['nothing drawn', [{ x: 3, y: 4, width: 0, height: 0 }], { x: 0, y: 0, width: 1, height: 1 }],
    ['no layer at all', [], { x: 0, y: 0, width: 1, height: 1 }],
  ])('bounds: %s', (_, boxes, want) => {
    const live = new FakeSvg({}, 500, 500);
    // Defs and the background are not layers, whatever their boxes.
    live.append(
      el('rect', {}, { fill: 'white' }, [], { x: -500, y: -500, width: 2000, height: 2000 }),
      el('defs', {}, {}, [], { x: -100, y: -100, width: 10, height: 10 }),
      ...boxes.map((box) => el('g', {}, {}, [], box)),
    );
    expect(copyGraph(asSvg(live)).bounds).toEqual(want);
  });
});

/** The key of a view with every stance, certainty and kind (written out, not derived). */
const FULL_KEY: LegendGroup[] = [
  {
    key: 'stance',
    title: 'Stance',
    items: [
      { swatch: { type: 'stance', stance: 'positive' }, text: '+ Positive' },
      { swatch: { type: 'stance', stance: 'negative' }, text: '− Negative' },
      { swatch: { type: 'stance', stance: 'neutral' }, text: '○ Neutral' },
      { swatch: { type: 'stance', stance: 'mixed' }, text: '± Mixed' },
    ],
  },
  {
    key: 'certainty',
    title: 'Certainty',
    items: [
      { swatch: { type: 'certainty', certainty: 'confirmed' }, text: 'Confirmed' },
      { swatch: { type: 'certainty', certainty: 'reported' }, text: 'Reported' },
      { swatch: { type: 'certainty', certainty: 'alleged' }, text: 'Alleged' },
      { swatch: { type: 'certainty', certainty: 'denied' }, text: 'Denied' },
      { swatch: { type: 'via' }, text: 'Via another actor' },
    ],
  },
  {
    key: 'nodes',
    title: 'Nodes',
    items: [
      { swatch: { type: 'shape', shape: 'circle', kind: 'person' }, text: 'Person' },
      { swatch: { type: 'shape', shape: 'square', kind: 'state' }, text: 'State' },
      { swatch: { type: 'shape', shape: 'hexagon', kind: 'organization' }, text: 'Organization' },
      { swatch: { type: 'shape', shape: 'triangle', kind: 'group' }, text: 'Group' },
    ],
  },
];

const TEXT: SnapshotText = {
  title: 'Talks & <tariffs>',
  subtitle: 'All statements',
  credit: 'Source: example',
  legend: FULL_KEY,
};

/** A summary of one child of the picture: tag, attributes, text. */
function summary(node: FakeElement): { tag: string; attrs: Record<string, string>; text: string } {
  return {
    tag: node.localName,
    attrs: Object.fromEntries(node.attributes.map((a) => [a.name, a.value])),
    text: node.textContent,
  };
}

describe('composeSnapshot', () => {
  it('stacks title, subtitle, legend, graph, rule and credit in the theme colours', () => {
    const live = liveGraph();
    const { svg, width, height } = composeSnapshot(asSvg(live), TEXT);
    const root = fake(svg);
    const parts = root.children.map(summary);
    expect(parts.map((p) => p.tag)).toEqual([
      'title',
      'desc',
      'rect',
      'text',
      'text',
      'g',
      'svg',
      'line',
      'text',
    ]);
    // 500 px on screen → at least 600 wide.
    expect(width).toBe(600);
    expect(summary(root).attrs).toEqual({
      xmlns: SVG_NS,
      width: '600',
      height: String(height),
      viewBox: `0 0 600 ${height}`,
      'font-family': 'Inter, sans-serif',
    });
    const [title, desc, background, heading, sub, legend, graph, rule, credit] = parts;
    expect(title).toEqual({ tag: 'title', attrs: {}, text: 'Talks & <tariffs>' });
    expect(desc).toEqual({ tag: 'desc', attrs: {}, text: 'All statements' });
    // --bg rgb(255, 250, 240) as #rrggbb.
    expect(background!.attrs).toEqual({ width: '100%', height: '100%', fill: '#fffaf0' });
    // Baselines: 20 + 25 × 0.75 = 38.75 → 39; the subtitle from 20 + 25 + 2 = 47:
    // 47 + 18 × 0.75 = 60.5 → 61. The legend from 47 + 18 + 12 = 77.
    expect(heading).toEqual({
      tag: 'text',
      attrs: { x: '20', y: '39', 'font-size': '20', 'font-weight': '700', fill: '#1b1f24' },
      text: 'Talks & <tariffs>',
    });
    expect(sub).toEqual({
      tag: 'text',
      attrs: { x: '20', y: '61', 'font-size': '13', fill: '#555e68' },
      text: 'All statements',
    });
    expect(legend!.attrs.transform).toBe('translate(20,77)');
    // Labels 12 px → drawn at 12 px: scale 1, 100.46 × 50 → 100 × 50, centred in
    // 20…580: x = 20 + (560 − 100) / 2 = 250.
    expect(graph!.attrs).toMatchObject({
      x: '250',
      width: '100',
      height: '50',
      viewBox: '-10.12 -5.5 100.46 50',
      overflow: 'visible',
    });
    const graphY = Number(graph!.attrs.y);
    expect(graphY).toBeGreaterThan(77);
    // The rule: 12 below the graph, the padding in from each side, in --border.
    expect(rule!.attrs).toEqual({
      x1: '20',
      x2: '580',
      y1: String(graphY + 50 + 12),
      y2: String(graphY + 50 + 12),
      stroke: '#c8c8c8',
      'stroke-width': '1',
    });
    // The credit: 6 below the rule, 15 × 0.75 = 11.25 → 11 more; the picture ends
    // 15 below its line and 20 × 0.75 = 15 of padding after that.
    expect(credit).toEqual({
      tag: 'text',
      attrs: { x: '20', y: String(graphY + 62 + 6 + 11), 'font-size': '11', fill: '#555e68' },
      text: 'Source: example',
    });
    expect(height).toBe(graphY + 62 + 6 + 15 + 15);
  });

  it('puts the copied graph, and only it, in the graph box', () => {
    const { svg } = composeSnapshot(asSvg(liveGraph()), TEXT);
    const box = fake(svg).children.find((c) => c.localName === 'svg')!;
    expect(box.children.map((c) => print(c))).toEqual([
      print(fake(copyGraph(asSvg(liveGraph())).content)),
    ]);
  });

  it('leaves the page graph as it was (the palette probe is gone)', () => {
    const live = liveGraph();
    const before = print(live);
    composeSnapshot(asSvg(live), TEXT);
    expect(print(live)).toBe(before);
  });

  it('has no rule and no credit line without a credit', () => {
    const { svg, height } = composeSnapshot(asSvg(liveGraph()), { ...TEXT, credit: undefined });
    const parts = fake(svg).children.map(summary);
    expect(parts.map((p) => p.tag)).toEqual(['title', 'desc', 'rect', 'text', 'text', 'g', 'svg']);
    // The picture ends 12 below the graph, then 15 of padding.
    const graph = parts[6]!;
    expect(height).toBe(Number(graph.attrs.y) + 50 + 12 + 15);
  });

  it('draws the key it is given, and nothing else: here a topic, size and idle nodes', () => {
    const legend: LegendGroup[] = [
      {
        key: 'nodes',
        title: 'Nodes',
        items: [
          { swatch: { type: 'shape', shape: 'diamond', kind: 'topic' }, text: 'Topic' },
          { swatch: { type: 'idle' }, text: 'No statement in this view' },
        ],
      },
      { key: 'size', title: 'Size', items: [{ swatch: { type: 'size' }, text: 'Statements' }] },
    ];
    const { svg } = composeSnapshot(asSvg(liveGraph()), { ...TEXT, legend });
    const key = fake(svg).children.find((c) => c.localName === 'g')!;
    const texts = key.descendants().filter((d) => d.localName === 'text');
    expect(texts.map((t) => t.textContent)).toEqual([
      'NODES',
      'SIZE',
      'Topic',
      'No statement in this view',
      'Statements',
    ]);
    // The idle node is dotted; the size swatch is a small and a large circle.
    const circles = key.descendants().filter((d) => d.localName === 'circle');
    expect(circles.map((c) => [c.getAttribute('r'), c.getAttribute('stroke-dasharray')])).toEqual([
      ['5.5', '2 2'],
      ['3', null],
      ['7', null],
    ]);
  });

  // Ten words of 9 letters; a 20 px bold letter is estimated at 20 × 0.58 = 11.6 px.
  const LONG = Array.from({ length: 10 }, () => 'abcdefghi').join(' ');
  it.each<[string, Options, number, number[], string]>([
    // 600 wide: 560 inside: 4 words (39 letters, 452.4 px) fit, 5 (49, 568.4) do not:
    // 4 + 4 + 2. Baselines 38.75, 63.75, 88.75; the subtitle from 20 + 75 + 2 = 97:
    // 97 + 13.5 = 110.5 → 111.
    ['a phone-width graph', {}, 600, [39, 64, 89], '111'],
    // 1000 wide: 960 inside: 8 words (79 letters, 916.4 px) fit, 9 (89, 1032.4) do not:
    // 8 + 2. The subtitle from 20 + 50 + 2 = 72: 85.5 → 86.
    ['a desktop graph', { widthAttribute: 1000 }, 1000, [39, 64], '86'],
    // No width attribute: its width on the page.
    ['a graph sized by CSS', { widthAttribute: 0, pageWidth: 1000 }, 1000, [39, 64], '86'],
  ])('wraps the title to %s', (_, options, width, baselines, subtitleY) => {
    const { svg } = composeSnapshot(asSvg(liveGraph(options)), { ...TEXT, title: LONG });
    const texts = fake(svg).children.filter((c) => c.localName === 'text');
    const titles = texts.filter((t) => t.getAttribute('font-size') === '20');
    expect(fake(svg).getAttribute('width')).toBe(String(width));
    expect(titles.map((t) => t.getAttribute('y'))).toEqual(baselines.map(String));
    expect(titles.map((t) => t.textContent.split(' ').length)).toEqual(
      width === 600 ? [4, 4, 2] : [8, 2],
    );
    expect(texts.find((t) => t.getAttribute('font-size') === '13')!.getAttribute('y')).toBe(
      subtitleY,
    );
  });

  it.each<[string, Options, Record<string, string>]>([
    // Scale = labels drawn at 12 px; 100.46 × 50 (the layer's box) at that scale, centred
    // in 20…580: x = round(20 + (560 − width) / 2).
    ['12 px labels: as is', { labelSize: '12px' }, { x: '250', width: '100', height: '50' }],
    // ×2: 200.92 → 201, x = 20 + 359 / 2 = 199.5 → 200.
    ['6 px labels: doubled', { labelSize: '6px' }, { x: '200', width: '201', height: '100' }],
    // ×0.5: 50.23 → 50, x = 20 + 255.
    ['24 px labels: halved', { labelSize: '24px' }, { x: '275', width: '50', height: '25' }],
    // No labels: at most 1.5×: 150.69 → 151, x = 20 + 409 / 2 = 224.5 → 225.
    ['no labels: 1.5×', { labelSize: undefined }, { x: '225', width: '151', height: '75' }],
  ])('sizes the graph by its labels: %s', (_, options, want) => {
    const { svg } = composeSnapshot(asSvg(liveGraph(options)), TEXT);
    const box = fake(svg).children.find((c) => c.localName === 'svg')!;
    expect(summary(box).attrs).toMatchObject(want);
  });

  it('falls back to white, black and the system font without a theme', () => {
    const { svg } = composeSnapshot(asSvg(liveGraph({ css: {} })), TEXT);
    const root = fake(svg);
    expect(root.getAttribute('font-family')).toBe('system-ui, sans-serif');
    const [background, heading] = root.children.filter((c) =>
      ['rect', 'text'].includes(c.localName),
    );
    expect(background!.getAttribute('fill')).toBe('#ffffff');
    expect(heading!.getAttribute('fill')).toBe('#000000');
  });
});

describe('serializeSvg', () => {
  it('puts the XML declaration before the serialised svg and ends with a newline', () => {
    const given: unknown[] = [];
    vi.stubGlobal(
      'XMLSerializer',
      class {
        serializeToString(node: unknown): string {
          given.push(node);
          return '<svg xmlns="http://www.w3.org/2000/svg"/>';
        }
      },
    );
    const svg = new FakeSvg({}, 0, 0);
    expect(serializeSvg(asSvg(svg))).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"/>\n',
    );
    expect(given).toEqual([svg]);
  });
});
