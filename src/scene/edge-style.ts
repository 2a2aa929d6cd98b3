/**
 * How an aggregated edge looks: width by statement count, a dash pattern for its
 * certainty, an end marker per stance (vocab STANCE_MARKER_PATH).
 *
 * Certainty choice: a link drawn solid rests only on confirmed statements. If any
 * of its statements is reported, alleged or denied, the whole link takes the dash
 * of the most frequent of those (ties go to the more doubtful: denied, then
 * alleged, then reported) and its title spells out the counts, so a partly
 * unconfirmed link never looks as firm as a confirmed one.
 */
import type { Certainty, Stance } from '../model/types';
import { CERTAINTY_DASH } from './vocab';

/** Stroke width in screen pixels (before the graph's unit scale). */
export function edgeWidth(count: number): number {
  return Math.min(6, 1.5 + 1.2 * (Math.sqrt(Math.max(1, count)) - 1));
}

const DOUBT_ORDER: readonly Certainty[] = ['denied', 'alleged', 'reported'];

export function edgeCertainty(counts: Readonly<Record<Certainty, number>>): Certainty {
  let best: Certainty = 'confirmed';
  let bestCount = 0;
  for (const c of DOUBT_ORDER) {
    if (counts[c] > bestCount) {
      best = c;
      bestCount = counts[c];
    }
  }
  return best;
}

/**
 * The stroke-dasharray for a certainty, its lengths scaled with the line so thick
 * lines keep recognisable dashes; undefined for a solid line.
 */
export function edgeDash(certainty: Certainty, width: number, unit = 1): string | undefined {
  const pattern = CERTAINTY_DASH[certainty];
  if (pattern === '') return undefined;
  const scale = Math.max(1, width / 2) * unit;
  return pattern
    .split(/\s+/)
    .map((n) => String(Math.round(Number(n) * scale * 100) / 100))
    .join(' ');
}

/** Marker geometry in its 10 × 10 box: where the drawn shape starts along the line. */
export const MARKER_START: Record<Stance, number> = {
  positive: 0,
  negative: 5,
  neutral: 1,
  mixed: 0,
};

/** Marker size in screen pixels (before the graph's unit scale). */
export const MARKER_SIZE = 9;

/** How much of the line the marker takes, from the line's end to the marker's tip. */
export function markerLength(stance: Stance, unit = 1): number {
  return (MARKER_SIZE * unit * (10 - MARKER_START[stance])) / 10;
}

/** Above this many edges, edges are drawn lighter so nodes and labels stay readable. */
export const DENSE_EDGES = 300;

/** The dash of a negative tie (conflict, or a balance below 0): the sign without colour. */
export const NEGATIVE_TIE_DASH = '6 3';

export function tieDash(stance: Stance, width: number, unit = 1): string | undefined {
  if (stance !== 'negative') return undefined;
  const scale = Math.max(1, width / 2) * unit;
  return NEGATIVE_TIE_DASH.split(' ')
    .map((n) => String(Math.round(Number(n) * scale * 100) / 100))
    .join(' ');
}
