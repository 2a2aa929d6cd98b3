/**
 * The graph's scene (scene/) drawn as an SVG tree in concrete colours, without a
 * DOM or a style sheet: what views/graph/ (Markers, Edge, Node, Labels) draw on
 * screen with nothing selected, minus what only a pointer or keyboard needs
 * (click targets, focus rings). For the build's still; every text is a text node.
 */
import { STANCES } from '../model/types';
import { MARKER_SIZE, MARKER_START } from '../scene/edge-style';
import { QUIET_SCALE, type PlacedLabel } from '../scene/labels';
import type { SceneEdge, SceneNode } from '../scene/scene';
import { nodeKind, shapePath } from '../scene/shapes';
import { STANCE_MARKER_PATH } from '../scene/vocab';
import type { Palette } from './palette';
import { el, type SvgNode } from './svg-tree';

export interface DrawnScene {
  readonly nodes: readonly SceneNode[];
  readonly edges: readonly SceneEdge[];
  readonly labels: readonly PlacedLabel[];
  /** Layout units per screen pixel (scene/fit.ts `sizeUnit`). */
  readonly unit: number;
  /** Label font size in layout units. */
  readonly fontSize: number;
  /** Drawn lighter, as on screen when a graph has many edges (Graph.svelte DENSE_EDGES). */
  readonly dense: boolean;
}

const MARKER = 'marker';

function markers(palette: Palette, unit: number): SvgNode {
  return el(
    'defs',
    {},
    STANCES.map((stance) =>
      el(
        'marker',
        {
          id: `${MARKER}-${stance}`,
          viewBox: '0 0 10 10',
          refX: MARKER_START[stance],
          refY: 5,
          markerUnits: 'userSpaceOnUse',
          markerWidth: MARKER_SIZE * unit,
          markerHeight: MARKER_SIZE * unit,
          orient: 'auto',
        },
        [el('path', { d: STANCE_MARKER_PATH[stance], fill: palette.stance[stance] })],
      ),
    ),
  );
}

function edge(e: SceneEdge, palette: Palette, unit: number): SvgNode {
  const color = palette.stance[e.edge.stance];
  return el('g', {}, [
    el('title', {}, e.title),
    el('path', {
      d: e.d,
      fill: 'none',
      stroke: color,
      'stroke-width': e.width,
      'stroke-dasharray': e.dash,
      'marker-end': `url(#${MARKER}-${e.edge.stance})`,
    }),
    ...(e.edge.viaCount > 0
      ? [
          el('circle', {
            cx: e.mid.x,
            cy: e.mid.y,
            r: 3.5 * unit + e.width / 2,
            fill: palette.bg,
            stroke: color,
            'stroke-width': 1.75 * unit,
          }),
        ]
      : []),
  ]);
}

function node(n: SceneNode, palette: Palette, unit: number): SvgNode {
  return el('g', { transform: `translate(${n.x},${n.y})` }, [
    el('title', {}, n.name),
    el('path', {
      d: shapePath(n.shape, n.r),
      fill: palette.node[nodeKind(n.node)],
      stroke: palette.nodeStroke,
      'stroke-width': 1.25 * unit,
      ...(n.idle
        ? { 'fill-opacity': 0.45, 'stroke-opacity': 0.55, 'stroke-dasharray': '2 2' }
        : {}),
    }),
  ]);
}

function labels(scene: DrawnScene, palette: Palette): SvgNode {
  const { fontSize, unit } = scene;
  const idle = new Set(scene.nodes.filter((n) => n.idle).map((n) => n.id));
  const leaders = scene.labels.flatMap((label) => {
    if (!label.leader) return [];
    const [from, to] = label.leader;
    const ends = { x1: from.x, y1: from.y, x2: to.x, y2: to.y };
    return [
      el('line', {
        ...ends,
        stroke: palette.bg,
        'stroke-linecap': 'round',
        'stroke-width': 3 * unit,
      }),
      el('line', { ...ends, stroke: palette.muted, 'stroke-width': unit }),
    ];
  });
  const texts = scene.labels.map((label) => {
    const size = label.quiet ? fontSize * QUIET_SCALE : fontSize;
    const faint = label.quiet || idle.has(label.id);
    return el(
      'text',
      {
        x: label.x,
        y: label.y,
        'text-anchor': label.anchor,
        'font-size': label.quiet ? size : undefined,
        'stroke-width': label.quiet ? size * 0.3 : undefined,
        fill: faint ? palette.muted : undefined,
        'font-weight': faint ? 400 : undefined,
      },
      label.lines.map((line, i) =>
        el('tspan', { x: label.x, dy: i === 0 ? 0 : size * 1.15 }, line),
      ),
    );
  });
  return el(
    'g',
    {
      'font-size': fontSize,
      'font-weight': 500,
      fill: palette.text,
      stroke: palette.bg,
      'stroke-width': fontSize * 0.3,
      'stroke-linejoin': 'round',
      'paint-order': 'stroke',
    },
    [...leaders, ...texts],
  );
}

/** The scene as markers, edges, nodes and labels, in layout units. */
export function drawScene(scene: DrawnScene, palette: Palette): SvgNode[] {
  const { unit } = scene;
  return [
    markers(palette, unit),
    el(
      'g',
      { opacity: scene.dense ? 0.6 : undefined },
      scene.edges.map((e) => edge(e, palette, unit)),
    ),
    el(
      'g',
      {},
      scene.nodes.map((n) => node(n, palette, unit)),
    ),
    labels(scene, palette),
  ];
}
