/**
 * The key to the graphic in words and swatches, from the facts of the current view
 * (model/legend-facts.ts): its node kinds, stances, certainties and event statuses,
 * what node size counts, and what dotted and faded nodes mean. One source for the page's legend (views/chrome/Legend.svelte)
 * and the download's (export/legend.ts flows it, export/draw-legend.ts draws it).
 */
import type { LegendFacts } from '../model/legend-facts';
import type { ActorKind, Certainty, EventStatus, Stance } from '../model/types';
import type { NodeShape } from './shapes';
import { m } from '../i18n';
import { KIND_SHAPE, STANCE_SYMBOL } from './vocab';
import { isNetworkMode } from '../model/graph';

export type Swatch =
  /** A statement's arrow in the graph; `dot`: its point in the timeline. */
  | { readonly type: 'stance'; readonly stance: Stance; readonly dot?: true }
  | { readonly type: 'certainty'; readonly certainty: Certainty }
  | { readonly type: 'via' }
  | { readonly type: 'shape'; readonly shape: NodeShape; readonly kind: ActorKind | 'topic' }
  /** A small and a large circle: what node size counts. */
  | { readonly type: 'size' }
  /** A node with a dotted, pale outline: no statement in the current view. */
  | { readonly type: 'idle' }
  /** A faded node: not linked to the selection. */
  | { readonly type: 'dim' }
  | { readonly type: 'status'; readonly status: EventStatus }
  /** A discourse network's tie: solid in the positive colour, dashed in the negative. */
  | { readonly type: 'tie'; readonly sign: 'positive' | 'negative' }
  /** A node in a coalition's colour. */
  | { readonly type: 'coalition'; readonly coalition: number };

export interface LegendItem {
  readonly swatch: Swatch;
  readonly text: string;
  /** Takes its room but is not shown (yet): the page's key keeps its height on selection. */
  readonly reserved?: boolean;
}

export type LegendGroupKey =
  'nodes' | 'size' | 'stance' | 'certainty' | 'status' | 'selection' | 'ties' | 'coalitions';

export interface LegendGroup {
  readonly key: LegendGroupKey;
  readonly title: string;
  readonly items: readonly LegendItem[];
}

/** What node size counts, in words: "by or about it", "by it or on the topic", or in a network "by it". */
export function sizeText(facts: Pick<LegendFacts, 'mode' | 'maxActivity'>): string {
  // A network's node counts its own statements (network/graph.ts networkGraph).
  const counted =
    facts.mode === 'topics' ? 'topics' : facts.mode === 'actors' ? 'actors' : 'network';
  return m.legend.sizeText(counted, facts.maxActivity);
}

/**
 * The key's groups, each with only the entries the view has. Certainties are keyed
 * only when some line is not simply confirmed, event statuses only when some event
 * is not simply held (a plain line or box needs no key), and
 * not with `events: false` (a view without the timeline, or the graph download).
 */
export function legendGroups(
  facts: LegendFacts,
  options: {
    readonly events?: boolean;
    /** Keep room for the entries a selection adds (the page; not the download). */
    readonly reserve?: boolean;
    /** Groups of the view's own (a discourse network's ties and coalitions), after the stances. */
    readonly extra?: readonly LegendGroup[] | undefined;
    /** false: the graph is not shown (the timeline alone). */
    readonly graph?: boolean;
  } = {},
): LegendGroup[] {
  // Stances are drawn as the graph's arrows, except where the graph draws a network's
  // ties (or is not shown): then only the timeline draws them, as dots; nowhere
  // without the timeline. Certainty is a line's dash: the statements' graph only.
  const arrows = options.graph !== false && !isNetworkMode(facts.mode);
  const dots = !arrows && options.events !== false;
  const nodes: LegendItem[] = [
    ...facts.kinds.map((kind) => ({
      swatch: { type: 'shape', shape: KIND_SHAPE[kind], kind } as const,
      text: m.kind[kind],
    })),
    ...(facts.topics
      ? [{ swatch: { type: 'shape', shape: 'diamond', kind: 'topic' } as const, text: m.topic }]
      : []),
    ...(facts.idle ? [{ swatch: { type: 'idle' } as const, text: m.legend.idle }] : []),
  ];
  const certainty: LegendItem[] = [
    ...facts.certainties.map((c) => ({
      swatch: { type: 'certainty', certainty: c } as const,
      text: m.certainty[c],
    })),
    ...(facts.via ? [{ swatch: { type: 'via' } as const, text: m.via }] : []),
  ];
  const groups: LegendGroup[] = [
    { key: 'nodes', title: m.legend.nodes, items: nodes },
    ...(facts.maxActivity > 0
      ? [
          {
            key: 'size',
            title: m.legend.size,
            items: [{ swatch: { type: 'size' }, text: sizeText(facts) }],
          } as const,
        ]
      : []),
    ...(options.events !== false && facts.statuses.some((s) => s !== 'held')
      ? [
          {
            key: 'status',
            title: m.legend.events,
            items: facts.statuses.map((status) => ({
              swatch: { type: 'status', status } as const,
              text: m.status[status],
            })),
          } as const,
        ]
      : []),
    {
      key: 'stance',
      title: m.legend.stance,
      items:
        arrows || dots
          ? facts.stances.map((stance) => ({
              swatch: { type: 'stance', stance, ...(dots ? { dot: true } : {}) } as const,
              text: `${STANCE_SYMBOL[stance]} ${m.stance[stance]}`,
            }))
          : [],
    },
    ...(options.extra ?? []),
    // Solid lines alone (all confirmed, none reported by another) need no key.
    ...(arrows &&
    (certainty.length > 1 || facts.via || facts.certainties.some((c) => c !== 'confirmed'))
      ? [{ key: 'certainty', title: m.legend.certainty, items: certainty } as const]
      : []),
  ];
  // Last, so the room it keeps while nothing is selected is at the key's end.
  if (facts.dimmed || options.reserve) {
    groups.push({
      key: 'selection',
      title: m.legend.selection,
      items: [
        {
          swatch: { type: 'dim' },
          text: m.legend.notLinked,
          ...(facts.dimmed ? {} : { reserved: true }),
        },
      ],
    });
  }
  return groups.filter((group) => group.items.length > 0);
}
