/**
 * Pan and zoom of the graph layer: mouse drag, Ctrl/⌘ + wheel or trackpad pinch,
 * two-finger touch, and buttons (zoomBy, reset). A plain wheel and one-finger
 * swipes keep scrolling the page, so the graph never traps a reader scrolling past
 * it. Motion is a short glide, or a jump under prefers-reduced-motion.
 *
 * Written on pointer events rather than d3-zoom: d3-zoom brings d3-selection,
 * d3-transition, d3-interpolate, d3-color and more (about 17 KB gzipped) into the
 * first load of every embed, for the few gestures used here.
 */
import type { Bounds } from '../layout';
import { fitView, type View } from './fit';
import type { Point } from './geometry';

export interface ZoomOptions {
  readonly bounds: Bounds;
  readonly width: number;
  readonly height: number;
  /** Pixels on the right the fitted view keeps clear (for the zoom buttons). */
  readonly reserveRight?: number;
}

/** A node's circle in layout units. */
export interface Spot extends Point {
  readonly r: number;
}

/** A part of the box, in its own screen px. */
export interface Band {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

/** Room kept between what is kept in view and the band's edges. */
const KEEP_MARGIN = 16;
/** A band thinner than this (px) is no place to show anything: the view stays. */
const MIN_BAND = 40;

/**
 * The view that shows every spot inside `band`, moving as little as it must:
 * undefined when they are inside already (or the band is too thin to use);
 * otherwise centred on them in the band, at the same scale if they fit at it, or
 * zoomed out as far as `minK` allows; if they do not fit even then, centred on the
 * first spot (the selection itself).
 */
export function keepView(
  view: View,
  spots: readonly Spot[],
  band: Band,
  minK: number,
): View | undefined {
  const w = band.x1 - band.x0;
  const h = band.y1 - band.y0;
  if (spots.length === 0 || w < MIN_BAND || h < MIN_BAND) return undefined;
  const x0 = Math.min(...spots.map((s) => s.x - s.r));
  const x1 = Math.max(...spots.map((s) => s.x + s.r));
  const y0 = Math.min(...spots.map((s) => s.y - s.r));
  const y1 = Math.max(...spots.map((s) => s.y + s.r));
  const inside =
    view.x + view.k * x0 >= band.x0 &&
    view.x + view.k * x1 <= band.x1 &&
    view.y + view.k * y0 >= band.y0 &&
    view.y + view.k * y1 <= band.y1;
  if (inside) return undefined;
  const room = (px: number, size: number) =>
    size > 0 ? Math.max(px - 2 * KEEP_MARGIN, 1) / size : Infinity;
  const k = Math.max(minK, Math.min(view.k, room(w, x1 - x0), room(h, y1 - y0)));
  const fits = (x1 - x0) * k <= w && (y1 - y0) * k <= h;
  const cx = fits ? (x0 + x1) / 2 : spots[0]!.x;
  const cy = fits ? (y0 + y1) / 2 : spots[0]!.y;
  return { k, x: (band.x0 + band.x1) / 2 - k * cx, y: (band.y0 + band.y1) / 2 - k * cy };
}

export interface ZoomController {
  /** New bounds refit the view; a new size refits unless the reader has moved it. */
  update(options: ZoomOptions): void;
  zoomBy(factor: number): void;
  reset(): void;
  /** Pan so a layout point is comfortably inside the box (keyboard focus). */
  reveal(point: Point): void;
  /**
   * Keep these spots inside a band of the box (see keepView), or with none, return
   * to the fitted view if the view was moved.
   */
  keep(spots: readonly Spot[], band: Band): void;
  current(): View;
  destroy(): void;
}

const DURATION = 220;
/** Pointer travel (px) after which a press is a drag, not a click. */
const DRAG_THRESHOLD = 4;

/**
 * `svg` is the surface that takes the gestures (the SVG, or the canvas renderer's
 * box); `layer` is what the view moves: an SVG group given a transform, or a
 * function told every new view (the canvas renderer redraws and moves its overlay).
 */
export function createZoom(
  surface: HTMLElement | SVGSVGElement,
  layer: SVGGElement | ((view: View) => void),
  initial: ZoomOptions,
): ZoomController {
  // One listener signature for both kinds of element (their event maps differ only in name).
  const svg = surface as HTMLElement;
  let options = initial;
  let moved = false;
  let frame = 0;
  let view: View = { x: 0, y: 0, k: 1 };
  /** Where the view is going: the end of the glide under way, or the view itself. */
  let goal: View = view;
  let extent: [number, number] = [0.1, 10];

  function fitted(): View {
    return fitView(options.bounds, options.width, options.height, options.reserveRight);
  }

  function applyExtent(): void {
    const k = fitted().k;
    extent = [k / 2, Math.max(4, k * 10)];
  }

  function clampK(k: number): number {
    return Math.min(extent[1], Math.max(extent[0], k));
  }

  function set(next: View): void {
    view = next;
    if (typeof layer === 'function') layer(next);
    else layer.setAttribute('transform', `translate(${next.x},${next.y}) scale(${next.k})`);
  }

  function jump(to: View): void {
    cancelAnimationFrame(frame);
    goal = to;
    set(to);
  }

  /** Scales by `factor` around the screen point (px, py). */
  function scaleAround(from: View, factor: number, px: number, py: number): View {
    const k = clampK(from.k * factor);
    return { k, x: px - ((px - from.x) * k) / from.k, y: py - ((py - from.y) * k) / from.k };
  }

  function glide(to: View): void {
    if (window.matchMedia('(prefers-reduced-motion: reduce)').matches) return jump(to);
    cancelAnimationFrame(frame);
    goal = to;
    const from = view;
    // Interpolate the scale geometrically and the centred world point linearly.
    const cx = options.width / 2;
    const cy = options.height / 2;
    const [ax, ay] = [(cx - from.x) / from.k, (cy - from.y) / from.k];
    const [bx, by] = [(cx - to.x) / to.k, (cy - to.y) / to.k];
    const t0 = performance.now();
    const step = (now: number) => {
      const p = Math.min(1, (now - t0) / DURATION);
      const e = p < 0.5 ? 4 * p * p * p : 1 - (-2 * p + 2) ** 3 / 2;
      const k = from.k * (to.k / from.k) ** e;
      const wx = ax + (bx - ax) * e;
      const wy = ay + (by - ay) * e;
      if (p < 1) {
        set({ k, x: cx - k * wx, y: cy - k * wy });
        frame = requestAnimationFrame(step);
      } else {
        set(to);
      }
    };
    frame = requestAnimationFrame(step);
  }

  /** A point of the event in the svg's own pixels. */
  function local(event: { clientX: number; clientY: number }): [number, number] {
    const box = svg.getBoundingClientRect();
    return [event.clientX - box.left, event.clientY - box.top];
  }

  // --- Gestures.
  const pointers = new Map<number, [number, number]>();
  let dragged = false;
  let travel = 0;

  function onwheel(event: WheelEvent): void {
    if (!event.ctrlKey && !event.metaKey) return; // plain wheel scrolls the page
    event.preventDefault();
    const unit = event.deltaMode === 1 ? 0.05 : event.deltaMode ? 1 : 0.002;
    // Pinch gestures arrive as Ctrl + small wheel deltas; mouse wheels as big ones.
    const delta = -event.deltaY * unit * (Math.abs(event.deltaY) < 50 ? 10 : 1);
    const [px, py] = local(event);
    moved = true;
    jump(scaleAround(view, 2 ** delta, px, py));
  }

  function onpointerdown(event: PointerEvent): void {
    if (event.pointerType === 'mouse' && (event.button !== 0 || event.ctrlKey)) return;
    pointers.set(event.pointerId, local(event));
    if (pointers.size === 1) {
      dragged = false;
      travel = 0;
    }
  }

  /**
   * Keeps the gesture's pointers once it is a drag or a pinch. (Not at pointerdown:
   * a captured press would deliver its click to the svg, not to the node pressed.)
   */
  function capture(): void {
    for (const id of pointers.keys()) {
      try {
        svg.setPointerCapture(id);
      } catch {
        // the pointer is already gone
      }
    }
  }

  function onpointermove(event: PointerEvent): void {
    const previous = pointers.get(event.pointerId);
    if (!previous) return;
    if (event.pointerType === 'mouse' && event.buttons === 0) {
      pointers.delete(event.pointerId); // released outside the graph before a drag began
      return;
    }
    const point = local(event);
    if (pointers.size === 1 && event.pointerType === 'touch') {
      pointers.set(event.pointerId, point);
      return;
    }
    if (pointers.size >= 2) {
      // Pinch: scale by the change in distance between two fingers, around their middle.
      const [a, b] = [...pointers.entries()];
      const other = a![0] === event.pointerId ? b![1] : a![1];
      const before = Math.hypot(previous[0] - other[0], previous[1] - other[1]);
      const after = Math.hypot(point[0] - other[0], point[1] - other[1]);
      const mx = (point[0] + other[0]) / 2;
      const my = (point[1] + other[1]) / 2;
      const pmx = (previous[0] + other[0]) / 2;
      const pmy = (previous[1] + other[1]) / 2;
      const scaled = scaleAround(view, before > 0 ? after / before : 1, mx, my);
      jump({ ...scaled, x: scaled.x + mx - pmx, y: scaled.y + my - pmy });
      if (!dragged) capture();
      dragged = true;
      moved = true;
    } else {
      const dx = point[0] - previous[0];
      const dy = point[1] - previous[1];
      travel += Math.hypot(dx, dy);
      if (travel > DRAG_THRESHOLD) {
        if (!dragged) capture();
        dragged = true;
        moved = true;
        jump({ ...view, x: view.x + dx, y: view.y + dy });
      }
    }
    pointers.set(event.pointerId, point);
  }

  function onpointerup(event: PointerEvent): void {
    pointers.delete(event.pointerId);
  }

  // A drag ends with a click on whatever is under the pointer: swallow it.
  function onclick(event: MouseEvent): void {
    if (!dragged) return;
    dragged = false;
    event.stopPropagation();
    event.preventDefault();
  }

  svg.style.touchAction = 'pan-x pan-y';
  svg.addEventListener('wheel', onwheel, { passive: false });
  svg.addEventListener('pointerdown', onpointerdown);
  svg.addEventListener('pointermove', onpointermove);
  svg.addEventListener('pointerup', onpointerup);
  svg.addEventListener('pointercancel', onpointerup);
  svg.addEventListener('click', onclick, true);

  applyExtent();
  jump(fitted());

  return {
    update(next) {
      const boundsChanged = next.bounds !== options.bounds;
      options = next;
      applyExtent();
      if (boundsChanged || !moved) {
        moved = false;
        jump(fitted());
      }
    },
    zoomBy(factor) {
      moved = true;
      glide(scaleAround(view, factor, options.width / 2, options.height / 2));
    },
    reset() {
      moved = false;
      glide(fitted());
    },
    reveal(point) {
      const sx = view.x + view.k * point.x;
      const sy = view.y + view.k * point.y;
      const margin = 40;
      if (
        sx >= margin &&
        sx <= options.width - margin &&
        sy >= margin &&
        sy <= options.height - margin
      )
        return;
      moved = true;
      glide({
        k: view.k,
        x: options.width / 2 - view.k * point.x,
        y: options.height / 2 - view.k * point.y,
      });
    },
    keep(spots, band) {
      if (spots.length === 0) {
        if (moved) this.reset();
        return;
      }
      const next = keepView(goal, spots, band, extent[0]);
      if (!next) return;
      moved = true;
      glide(next);
    },
    current() {
      return { ...view };
    },
    destroy() {
      cancelAnimationFrame(frame);
      svg.removeEventListener('wheel', onwheel);
      svg.removeEventListener('pointerdown', onpointerdown);
      svg.removeEventListener('pointermove', onpointermove);
      svg.removeEventListener('pointerup', onpointerup);
      svg.removeEventListener('pointercancel', onpointerup);
      svg.removeEventListener('click', onclick, true);
    },
  };
}
