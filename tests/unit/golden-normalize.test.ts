// The golden pictures' normalizer (tests/golden/normalize.ts, xml.ts): noise goes
// (digits past the first decimal, generated id names, attribute order), real
// changes stay (a moved coordinate, a missing label). Expected texts are by hand.
import { describe, expect, it } from 'vitest';
import { normalizeSvg, roundNumber, roundNumbers } from '../golden/normalize';
import { formatXml, parseXml } from '../golden/xml';

describe('roundNumber', () => {
  it.each([
    ['59.8379296875', '59.8'],
    ['285.68949218750004', '285.7'],
    ['12', '12'],
    ['12.96', '13'],
    ['-0.04', '0'],
    ['-3.26', '-3.3'],
    ['+7.01', '7'],
    ['.75', '0.8'],
    ['2.5e3', '2500'],
    ['1e-7', '0'],
  ])('%s is %s', (text, rounded) => {
    expect(roundNumber(text)).toBe(rounded);
  });

  it('keeps as many decimals as asked', () => {
    expect(roundNumber('3.14159', 3)).toBe('3.142');
    expect(roundNumber('3.14159', 0)).toBe('3');
  });
});

describe('roundNumbers', () => {
  it.each([
    ['translate(59.8379296875,11)', 'translate(59.8,11)'],
    ['translate(21,-4) scale(0.8)', 'translate(21,-4) scale(0.8)'],
    ['M-63.01,-92.68L-108.16,22.13', 'M-63,-92.7L-108.2,22.1'],
    ['M1,5 a4,4 0 1,0 8,0', 'M1,5 a4,4 0 1,0 8,0'],
    ['-234.88 -187.33 533.16 368.02', '-234.9 -187.3 533.2 368'],
    ['rgb(26, 127, 55)', 'rgb(26, 127, 55)'],
    ['10.25px', '10.3px'],
    // Hex colours and references are names, not numbers ("1e5" is not 100000 here).
    ['#1e5f00', '#1e5f00'],
    ['url(#c2-marker-1.55)', 'url(#c2-marker-1.55)'],
    ['url(#a) 1.26', 'url(#a) 1.3'],
    // A dot that ends a number is not part of it.
    ['www.w3.org/2000', 'www.w3.org/2000'],
  ])('%s becomes %s', (value, rounded) => {
    expect(roundNumbers(value)).toBe(rounded);
  });
});

describe('normalizeSvg', () => {
  it('sorts attributes (xmlns, then id, then by name) and writes one element per line', () => {
    const input =
      '<?xml version="1.0" encoding="UTF-8"?>\n' +
      '<svg xmlns="http://www.w3.org/2000/svg" width="818.04" height="596" viewBox="0 0 818.04 596">' +
      '<title>A &amp; B</title><g transform="translate(20,102)"><rect y="1" x="2" id="r"/>' +
      '<text x="94.8379" y="15.32">+ Positive</text></g></svg>\n';
    expect(normalizeSvg(input)).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<svg xmlns="http://www.w3.org/2000/svg" height="596" viewBox="0 0 818 596" width="818">',
        '  <title>A &amp; B</title>',
        '  <g transform="translate(20,102)">',
        '    <rect id="id-1" x="2" y="1"/>',
        '    <text x="94.8" y="15.3">+ Positive</text>',
        '  </g>',
        '</svg>',
        '',
      ].join('\n'),
    );
  });

  it('renumbers ids and every reference to them in order of first appearance', () => {
    const input =
      '<svg><defs><clipPath id="s7-clip"><rect width="5"/></clipPath>' +
      '<marker id="c2-marker-positive"/><marker id="c2-marker-negative"/></defs>' +
      '<path marker-end="url(#c2-marker-negative)" clip-path="url(#s7-clip)"/>' +
      '<path marker-start="url(#c2-marker-positive)" marker-end="url(#gone-3)"/>' +
      '<use href="#c2-marker-negative"/><use xlink:href="#s7-clip"/><a href="https://x.org/#c2"/></svg>';
    expect(normalizeSvg(input)).toBe(
      [
        '<svg>',
        '  <defs>',
        '    <clipPath id="id-1">',
        '      <rect width="5"/>',
        '    </clipPath>',
        '    <marker id="id-2"/>',
        '    <marker id="id-3"/>',
        '  </defs>',
        '  <path clip-path="url(#id-1)" marker-end="url(#id-3)"/>',
        // An id defined nowhere stands out.
        '  <path marker-end="url(#missing-4)" marker-start="url(#id-2)"/>',
        '  <use href="#id-3"/>',
        '  <use xlink:href="#id-1"/>',
        '  <a href="https://x.org/#c2"/>',
        '</svg>',
        '',
      ].join('\n'),
    );
  });

  it('keeps text exactly, numbers and spaces included, and escapes it the same way', () => {
    const input =
      '<svg><desc>Topic: Sanctions · 25 statements</desc><text x="1.04">3.14159 &lt; π &gt; 2</text>' +
      '<text> two  spaces </text><g>mixed <b/> text</g><text y="2" font-family="&quot;Noto Sans 2&quot;"/></svg>';
    expect(normalizeSvg(input)).toBe(
      [
        '<svg>',
        '  <desc>Topic: Sanctions · 25 statements</desc>',
        '  <text x="1">3.14159 &lt; π &gt; 2</text>',
        '  <text> two  spaces </text>',
        '  <g>',
        '    mixed ',
        '    <b/>',
        '     text',
        '  </g>',
        '  <text font-family="&quot;Noto Sans 2&quot;" y="2"/>',
        '</svg>',
        '',
      ].join('\n'),
    );
  });

  // The same picture drawn twice with noise in between, and then with real changes.
  const picture = (
    uid: string,
    x: string,
    label: string,
  ) => `<svg width="600"><defs><marker id="${uid}-marker-positive"><path d="M0,0 L10,5 L0,10 z"/></marker></defs>
<g><path d="M0,0L${x},20" marker-end="url(#${uid}-marker-positive)" stroke="rgb(26, 127, 55)"/>
<text x="${x}" y="24">${label}</text></g></svg>`;

  it('gives the same text for pictures that differ only in noise', () => {
    expect(normalizeSvg(picture('c2', '40.01', 'Putin'))).toBe(
      normalizeSvg(picture('s9', '39.9998', 'Putin')),
    );
  });

  it.each([
    ['a coordinate moved by a fifth of a pixel', picture('c2', '40.2', 'Putin')],
    ['a label gone', picture('c2', '40', '')],
    ['a label changed', picture('c2', '40', 'Lavrov')],
  ])('tells apart %s', (_, changed) => {
    expect(normalizeSvg(changed)).not.toBe(normalizeSvg(picture('c2', '40', 'Putin')));
  });
});

describe('parseXml', () => {
  it.each([
    ['<svg><g></svg>', 'a closing tag </svg> at offset 8 matches no open element'],
    ['<svg><g>', '<g> is not closed'],
    ['<svg>a & b</svg>', 'a bare "&" at offset 7'],
    ['<svg>&nbsp;</svg>', 'an unknown entity "&nbsp;" at offset 5'],
    ['<svg x="1" x="2"/>', 'the attribute x is repeated at offset 10'],
    ['<svg x=1/>', 'the tag <svg> at offset 0 is malformed'],
    ['<svg/><svg/>', 'content after the root element at offset 6'],
    ['text', 'text outside the root element at offset 0'],
    ['<?xml version="1.0"?>', 'no root element'],
  ])('%s: %s', (text, message) => {
    expect(() => parseXml(text)).toThrow(message);
  });

  it('reads character references and both quote styles, and skips comments', () => {
    const doc = parseXml(`<svg a='it&apos;s' b="&#10;&#x41;"><!-- note --><g/></svg>`);
    expect(doc.root.attributes).toEqual([
      ['a', "it's"],
      ['b', '\nA'],
    ]);
    expect(formatXml(doc)).toBe('<svg a="it\'s" b="&#10;A">\n  <g/>\n</svg>\n');
  });
});
