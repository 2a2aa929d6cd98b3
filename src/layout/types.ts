/**
 * Plain data in and out of the layout, so it can cross a Web Worker boundary
 * (structured clone) unchanged.
 */

export interface LayoutNodeInput {
  readonly id: string;
  /** Statements the node takes part in; sets its radius. */
  readonly activity: number;
}

/** One link per pair of linked nodes, whatever the direction and stance. */
export interface LayoutLinkInput {
  readonly source: string;
  readonly target: string;
  /** Statements on the link (both directions, all stances); pulls harder when higher. */
  readonly weight: number;
}

export interface LayoutInput {
  readonly nodes: readonly LayoutNodeInput[];
  readonly links: readonly LayoutLinkInput[];
  /**
   * The same links as typed arrays, each end its node's place in `nodes`, when the
   * input was made so (a network's ties arrive packed from their worker): hashed and
   * sent to the layout worker as they are, without `links` being made.
   */
  readonly packed?: PackedLinks | undefined;
}

/** Links as three parallel arrays: link `k` joins `nodes[source[k]]` and `nodes[target[k]]`. */
export interface PackedLinks {
  readonly source: Int32Array;
  readonly target: Int32Array;
  readonly weight: Float64Array;
}

export interface LayoutOptions {
  /** Any string (the data set id): the same seed and graph give the same positions. */
  readonly seed: string;
  /**
   * Width / height of the box the graph will be shown in (default 1.6, landscape):
   * the layout spreads in that proportion. 1 for square phone boxes.
   */
  readonly aspect?: number;
  /**
   * A layout to start from, named by its key: its nodes begin where they are in it
   * and the simulation starts cool, so it settles in fewer steps and a reader finds
   * the actors about where they were (a network's layout starts from the default
   * graph's). The same start and graph give the same positions.
   */
  readonly start?: LayoutStart;
}

export interface LayoutStart {
  /** The start layout's own `layoutKey`: part of this layout's key. */
  readonly key: string;
  readonly nodes: readonly PlacedNode[];
}

export interface PlacedNode {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  /** Radius of the node's shape at its full activity. */
  readonly r: number;
}

export interface Bounds {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

export interface Layout {
  /** In input order. */
  readonly nodes: readonly PlacedNode[];
  /** Box around every node's shape. */
  readonly bounds: Bounds;
}
