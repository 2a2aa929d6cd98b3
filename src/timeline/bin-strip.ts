/**
 * The aggregated Statements row of a large data set: one button per bin (see bins.ts),
 * drawn by us in the row's lane, not by vis-timeline, so the library lays out no
 * statement at all. Each button shows the count and a stacked column of the stances
 * (each stance with its own fill pattern, and its symbol with the count where the
 * bin is wide enough); its name says it all: "214 statements, March 2011: 80
 * positive, 90 negative, 30 neutral, 14 mixed; zoom in". Activating it shows its period.
 *
 * Bins dated coarser than the unit in view (a statement written as "2011-03" in a
 * week view) sit in bands of their own below, captioned "Month only", "Year only".
 */
import { m, num } from '../i18n';
import { parts } from '../i18n/parts';
import { STANCE_SYMBOL } from '../scene/vocab';
import { BIN_UNITS, binMix, binPeriod, type Bin, type BinUnit } from './bins';
import { ZOOM_ATTR } from './item-dom';
import type { Range } from './range';

/**
 * Height of one band, px (the lane is this times the bands, see timeline.css): room
 * for the count and a column tall enough to compare (a 44 px band left the German
 * set's weekly columns about 20 px tall, the stances in them hard to tell apart).
 */
export const BAND_PX = 64;

/** The selected actor's statements, marked in the bins that hold some. */
export interface StripMine {
  readonly ids: ReadonlySet<string>;
  readonly speaker: string;
}

/** The accessible name of a bin: count, period (and band), counts per stance, the actor's. */
export function binName(
  bin: Bin,
  mainUnit: BinUnit,
  locale: string,
  mine?: { count: number; speaker: string },
): string {
  const period = binPeriod(bin, locale);
  const band = bin.unit === mainUnit ? '' : parts().timeline.bandNote[bin.unit];
  const spoken = binMix(bin).map((s) =>
    parts().timeline.stanceCount(s.count, m.stanceWord[s.stance]),
  );
  if (mine && mine.count > 0) spoken.push(parts().timeline.byActor(mine.count, mine.speaker));
  return parts().timeline.bin(bin.total, period, band, spoken.join(m.listSeparator));
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text = '') {
  const e = document.createElement(tag);
  e.className = className;
  if (text) e.textContent = text;
  return e;
}

interface Drawn {
  readonly key: string;
  readonly el: HTMLElement;
  readonly bin: Bin;
}

export class BinStrip {
  /** The layer, placed in the Statements row's lane. */
  readonly element = el('div', 'tl-strip');
  private drawn = new Map<string, Drawn>();
  private captions: HTMLElement[] = [];
  private bandCount = 1;

  constructor(private readonly locale: string) {}

  /** How many bands the last render drew (at least one). */
  get bands(): number {
    return this.bandCount;
  }

  /**
   * Shows `bins` (those near the window), `mainUnit` being the unit in view. Buttons
   * whose bin and name are unchanged are kept, with their focus.
   */
  render(bins: readonly Bin[], mainUnit: BinUnit, mine?: StripMine): void {
    const coarser = BIN_UNITS.filter((u) => u !== mainUnit && bins.some((b) => b.unit === u));
    const bandOf = new Map<BinUnit, number>([[mainUnit, 0]]);
    coarser.forEach((u, i) => bandOf.set(u, i + 1));
    this.bandCount = 1 + coarser.length;
    const max = new Map<BinUnit, number>();
    for (const b of bins) max.set(b.unit, Math.max(max.get(b.unit) ?? 0, b.total));

    const next = new Map<string, Drawn>();
    const order: HTMLElement[] = [];
    for (const bin of bins) {
      const id = `${bin.unit}:${bin.start}`;
      const mineCount = mine ? bin.ids.filter((i) => mine.ids.has(i)).length : 0;
      const name = binName(
        bin,
        mainUnit,
        this.locale,
        mine ? { count: mineCount, speaker: mine.speaker } : undefined,
      );
      const band = bandOf.get(bin.unit) ?? 0;
      // Column height: the bin's share of the fullest bin of its band in view.
      const share = Math.max(0.08, bin.total / (max.get(bin.unit) ?? bin.total));
      const key = `${name}|${band}|${share.toFixed(3)}|${mineCount}`;
      const old = this.drawn.get(id);
      const drawn =
        old && old.key === key ? old : { key, el: this.button(bin, name, share, mineCount), bin };
      drawn.el.style.top = `${band * BAND_PX}px`;
      next.set(id, drawn);
      order.push(drawn.el);
    }
    for (const [id, d] of this.drawn) if (next.get(id) !== d) d.el.remove();
    this.drawn = next;
    // In time order, so Tab and a screen reader meet them left to right. Only buttons
    // out of place are moved: moving the focused one would drop the reader's focus.
    const present = new Set(order);
    for (const child of [...this.element.children])
      if (!present.has(child as HTMLElement)) child.remove();
    let at = this.element.firstElementChild;
    for (const e of order) {
      if (e === at) at = at.nextElementSibling;
      else this.element.insertBefore(e, at);
    }
    this.captions = coarser.map((u, i) => {
      const c = el('span', 'tl-band-caption', parts().timeline.bandCaption[u]);
      c.setAttribute('aria-hidden', 'true');
      c.style.top = `${(i + 1) * BAND_PX}px`;
      return c;
    });
    this.element.append(...this.captions);
    this.element.style.height = `${this.bandCount * BAND_PX}px`;
  }

  /** Places the buttons for `window` drawn `px` wide (after every redraw; cheap). */
  place(window: Range, px: number): void {
    const scale = px / Math.max(1, window.end - window.start);
    for (const { el: e, bin } of this.drawn.values()) {
      const left = (bin.start - window.start) * scale;
      const width = Math.max(3, (bin.end - bin.start) * scale - 2);
      e.style.transform = `translateX(${left.toFixed(1)}px)`;
      e.style.width = `${width.toFixed(1)}px`;
      // A bin that starts before the window's left edge shows its count where it is
      // seen, not cut off at the edge.
      const cut = Math.min(Math.max(0, -left), width - 24);
      e.style.setProperty('--cut', `${Math.max(0, cut).toFixed(1)}px`);
    }
  }

  private button(bin: Bin, name: string, share: number, mine: number): HTMLElement {
    const b = el('div', `tl-bin unit-${bin.unit}`);
    b.setAttribute('role', 'button');
    b.tabIndex = -1;
    b.setAttribute('aria-label', name);
    b.setAttribute('data-cluster', '');
    b.setAttribute(ZOOM_ATTR, `${bin.start} ${bin.end}`);
    if (mine > 0) b.classList.add('has-mine');
    const head = el('span', 'tl-bin-head');
    head.append(el('span', 'tl-count', num(bin.total)));
    const mix = el('span', 'tl-mix');
    const column = el('span', 'tl-column');
    column.style.height = `${(share * 100).toFixed(1)}%`;
    for (const s of binMix(bin)) {
      const part = el('span', `tl-mix-part stance-${s.stance}`);
      part.append(el('span', 'tl-symbol', STANCE_SYMBOL[s.stance]), num(s.count));
      mix.append(part, ' ');
      const seg = el('span', `tl-seg stance-${s.stance}`);
      seg.style.flexGrow = String(s.count);
      column.append(seg);
    }
    head.append(' ', mix);
    if (mine > 0) head.append(' ', el('span', 'tl-mine', num(mine)));
    const well = el('span', 'tl-well');
    well.append(column);
    b.append(head, well);
    for (const child of b.children) child.setAttribute('aria-hidden', 'true');
    return b;
  }
}
