/**
 * The visual vocabulary shared by every view and the legend: labels, symbols and
 * line styles, so stance, certainty and status never rely on color alone.
 */
import type { ActorKind, Certainty, Stance } from '../model/types';

// Words are the interface's catalogue's (src/i18n: `m.stance`, …); here only what is not a word.

/** A text symbol for each stance, shown next to its color. */
export const STANCE_SYMBOL: Record<Stance, string> = {
  positive: '+',
  negative: '−',
  neutral: '○',
  mixed: '±',
};

/** CSS custom property holding each stance's color. */
export const STANCE_COLOR: Record<Stance, string> = {
  positive: 'var(--stance-positive)',
  negative: 'var(--stance-negative)',
  neutral: 'var(--stance-neutral)',
  mixed: 'var(--stance-mixed)',
};

/** SVG stroke-dasharray per certainty: solid, dashed, dotted, dash-dot (struck in text). */
export const CERTAINTY_DASH: Record<Certainty, string> = {
  confirmed: '',
  reported: '7 4',
  alleged: '2 4',
  denied: '10 3 2 3',
};

/** Node shape per actor kind (topics are diamonds). */
export const KIND_SHAPE: Record<ActorKind, 'circle' | 'square' | 'hexagon' | 'triangle'> = {
  person: 'circle',
  state: 'square',
  organization: 'hexagon',
  group: 'triangle',
};

/**
 * Edge-end marker per stance, an SVG path in a 10×10 box pointing right (used by
 * the graph's arrowheads and the legend): arrow, bar, circle, diamond.
 */
export const STANCE_MARKER_PATH: Record<Stance, string> = {
  positive: 'M0,0 L10,5 L0,10 z',
  negative: 'M5,0 H10 V10 H5 z',
  neutral: 'M1,5 a4,4 0 1,0 8,0 a4,4 0 1,0 -8,0',
  mixed: 'M0,5 L5,0 L10,5 L5,10 z',
};
