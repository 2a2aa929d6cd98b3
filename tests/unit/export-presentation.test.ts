// Which computed styles a graph download writes as attributes, and what it leaves out.
import { describe, expect, it } from 'vitest';
import {
  attributeValue,
  isTransparent,
  leaveOut,
  roundNumbers,
  styleAttributes,
} from '../../src/export/presentation';

describe('styleAttributes', () => {
  const parent = {
    fill: 'rgb(0, 0, 0)',
    stroke: 'none',
    'stroke-width': '1px',
    'font-size': '16px',
    opacity: '1',
  };

  it('writes every property at the top', () => {
    expect(styleAttributes(parent, undefined)).toEqual([
      ['fill', 'rgb(0, 0, 0)'],
      ['stroke', 'none'],
      ['stroke-width', '1'],
      ['font-size', '16'],
    ]);
  });

  it('writes only what differs from the parent, and opacity below 1', () => {
    const own = {
      ...parent,
      stroke: 'rgb(26, 127, 55)',
      'stroke-dasharray': '7px, 4px',
      opacity: '0.25',
      display: 'inline',
    };
    expect(styleAttributes(own, parent)).toEqual([
      ['stroke', 'rgb(26, 127, 55)'],
      ['stroke-dasharray', '7, 4'],
      ['opacity', '0.25'],
    ]);
    expect(styleAttributes(parent, parent)).toEqual([]);
  });
});

describe('attributeValue and roundNumbers', () => {
  it.each([
    ['stroke-width', '1.99706px', '2'],
    ['font-size', '18.2746px', '18.27'],
    ['stroke-dasharray', '10px, 3px, 2px, 3px', '10, 3, 2, 3'],
    ['fill', 'rgb(26, 127, 55)', 'rgb(26, 127, 55)'],
    ['font-family', 'system-ui, "Segoe UI"', 'system-ui, "Segoe UI"'],
  ])('%s: %s → %s', (property, value, written) => {
    expect(attributeValue(property, value)).toBe(written);
  });

  it('rounds long decimals and leaves the rest', () => {
    expect(roundNumbers('translate(141.99495435519688,-179.0588) scale(0.5)')).toBe(
      'translate(141.99,-179.06) scale(0.5)',
    );
    expect(roundNumbers('-0.0001')).toBe('0');
    expect(roundNumbers('M1.5,2L3,4')).toBe('M1.5,2L3,4');
  });
});

describe('leaveOut', () => {
  const visible = {
    display: 'inline',
    visibility: 'visible',
    fill: 'none',
    stroke: 'rgb(0, 0, 0)',
  };
  it.each([
    [
      'a click target (transparent fill, no stroke)',
      'circle',
      { ...visible, fill: 'rgba(0, 0, 0, 0)', stroke: 'none' },
      true,
    ],
    [
      'an edge click target (transparent stroke)',
      'path',
      { ...visible, stroke: 'transparent' },
      true,
    ],
    ['a focus ring not shown', 'circle', { ...visible, visibility: 'hidden' }, true],
    ['anything not displayed', 'g', { ...visible, display: 'none' }, true],
    ['a line', 'path', visible, false],
    ['a group', 'g', { ...visible, fill: 'none', stroke: 'none' }, false],
    ['a title, though not displayed', 'title', { ...visible, display: 'none' }, false],
    ['a marker', 'marker', { ...visible, display: 'none' }, false],
  ])('%s: %s', (_, tag, style, out) => {
    expect(leaveOut(tag, style)).toBe(out);
  });

  it.each([
    ['none', true],
    ['transparent', true],
    ['rgba(0, 0, 0, 0)', true],
    ['rgba(10, 20, 30, 0.5)', false],
    ['rgb(255, 255, 255)', false],
    ['#0f1419', false],
  ])('isTransparent(%s) is %s', (paint, transparent) => {
    expect(isTransparent(paint)).toBe(transparent);
  });
});
