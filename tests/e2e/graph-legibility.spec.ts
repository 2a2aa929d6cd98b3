import { expect, test, type Page } from '@playwright/test';
import {
  openExplorer,
  openFilters,
  readData,
  seed,
  seriousViolations,
  statementsOn,
} from './helpers';

// The graph says in words why it is empty and offers the way back, and its labels
// stay legible. Everything expected is counted by hand from the data files' text.
const data = seed();
const german = readData('data/german-nuclear-2011.json');

const graph = (page: Page) => page.getByRole('region', { name: 'Actor graph' });
/** The actors' and topics' buttons on either renderer (the German set is drawn on a canvas). */
const nodeButtons = (page: Page) => graph(page).locator('[data-node]');
const note = (page: Page) => graph(page).getByRole('status');

const SIZES = [
  { name: 'desktop', width: 1440, height: 900 },
  { name: 'phone', width: 375, height: 812 },
];

for (const size of SIZES) {
  test.describe(`at ${size.width}×${size.height}`, () => {
    test.use({ viewport: { width: size.width, height: size.height } });

    test('an empty time window says so inside the graph, and one click shows all dates', async ({
      page,
    }) => {
      expect(statementsOn(data, '2025-08-16')).toBe(0);
      await openExplorer(page);
      await expect(nodeButtons(page)).toHaveCount(data.actors.length);
      await openFilters(page);
      const window = page.getByRole('form', { name: 'Time window' });
      await window.getByLabel('From').fill('2025-08-16');
      await window.getByLabel('To').fill('2025-08-16');
      await window.getByRole('button', { name: 'Apply' }).click();

      await expect(note(page)).toHaveText('No statements on August 16, 2025.');
      // Inside the graph's box, and above the fold of the box (not scrolled away).
      const box = (await graph(page).locator('.box').boundingBox())!;
      const message = (await note(page).boundingBox())!;
      expect(message.x).toBeGreaterThanOrEqual(box.x);
      expect(message.x + message.width).toBeLessThanOrEqual(box.x + box.width);
      expect(message.y).toBeGreaterThanOrEqual(box.y);
      expect(message.y + message.height).toBeLessThanOrEqual(box.y + box.height);
      expect(await seriousViolations(page, 'section[aria-label="Actor graph"]')).toEqual([]);

      await graph(page).getByRole('button', { name: 'Show all dates' }).click();
      await expect(note(page)).toHaveCount(0);
      await expect(page).not.toHaveURL(/[?&](from|to)=/);
      await expect(page.getByText(`Showing ${data.statements!.length} of`)).toBeVisible();
    });

    test('topics that leave the window empty are named, and one click shows all topics', async ({
      page,
    }) => {
      // 17 August has statements; the one on the ceasefire is from the summit, on the 15th.
      expect(statementsOn(data, '2025-08-17')).toBeGreaterThan(0);
      const ceasefire = data.statements!.filter((s) => s.topic === 'ceasefire');
      expect(ceasefire.map((s) => s.event)).toEqual(['alaska-summit']);
      await page.goto('index.html?topic=ceasefire&from=2025-08-17&to=2025-08-17');
      await expect(note(page)).toHaveText('No statements on these topics on August 17, 2025.');
      await graph(page).getByRole('button', { name: 'Show all topics' }).click();
      await expect(note(page)).toHaveCount(0);
      await expect(page).not.toHaveURL(/[?&]topic=/);
      await expect(page).toHaveURL(/[?&]from=2025-08-17/);
    });

    test('"who about whom" of coded claims explains itself and offers the topic view', async ({
      page,
    }) => {
      expect((german.statements ?? []).some((s) => (s.about ?? []).length > 0)).toBe(false);
      // Its default is already the topic view; the actor view is asked for.
      await page.goto('index.html?dataset=german-nuclear-2011&lang=en');
      await expect(graph(page).getByRole('button', { name: 'Who on what' })).toHaveAttribute(
        'aria-pressed',
        'true',
      );
      await page.goto('index.html?dataset=german-nuclear-2011&lang=en&graph=actors');
      await expect(note(page)).toContainText(
        'No statement in this data set is about another actor.',
      );
      // Instead of hundreds of unconnected nodes, none.
      await expect(nodeButtons(page)).toHaveCount(0);
      expect(await seriousViolations(page, 'section[aria-label="Actor graph"]')).toEqual([]);

      await graph(page).getByRole('button', { name: 'See who said what on which topic' }).click();
      await expect(note(page)).toHaveCount(0);
      await expect(graph(page).getByRole('button', { name: 'Who on what' })).toHaveAttribute(
        'aria-pressed',
        'true',
      );
      await expect(page).not.toHaveURL(/network=/);
      const topics = german.topics ?? [];
      await expect(nodeButtons(page)).toHaveCount(german.actors.length + topics.length);
    });
  });
}

interface Collision {
  label: string;
  other: string;
  /** How deep the two boxes overlap, in screen pixels. */
  depth: number;
}

/**
 * Every label's box (as the browser lays out its text) against every other label and
 * every node: another node's box must not be touched; the label's own node must not
 * be covered where its shape is filled (sampled with isPointInFill).
 */
function collisions(page: Page): Promise<{ labels: number; nodes: number; found: Collision[] }> {
  return graph(page)
    .getByRole('group', { name: /nodes? and \d+ links?$/ })
    .evaluate((svg: SVGSVGElement) => {
      type Box = { x0: number; y0: number; x1: number; y1: number };
      const k = svg.querySelector<SVGGElement>('g.viewport')!.getCTM()!.a;
      const toBox = (b: DOMRect, dx = 0, dy = 0): Box => ({
        x0: b.x + dx,
        y0: b.y + dy,
        x1: b.x + b.width + dx,
        y1: b.y + b.height + dy,
      });
      const depth = (a: Box, b: Box) =>
        Math.min(a.x1 - b.x0, b.x1 - a.x0, a.y1 - b.y0, b.y1 - a.y0) * k;
      const labels = [...svg.querySelectorAll<SVGTextElement>('.labels text')].map((t) => ({
        id: t.dataset.label!,
        box: toBox(t.getBBox()),
      }));
      const nodes = [...svg.querySelectorAll<SVGGElement>('[data-node]')].map((g) => {
        const [, x, y] = /translate\(([-\d.e]+),([-\d.e]+)\)/.exec(g.getAttribute('transform')!)!;
        const shape = g.querySelector<SVGPathElement>('path.shape')!;
        return {
          id: g.dataset.node!,
          x: Number(x),
          y: Number(y),
          shape,
          box: toBox(shape.getBBox(), Number(x), Number(y)),
        };
      });
      const found: Collision[] = [];
      labels.forEach((a, i) => {
        for (const b of labels.slice(i + 1)) {
          const d = depth(a.box, b.box);
          if (d > 0) found.push({ label: a.id, other: `label ${b.id}`, depth: d });
        }
        for (const n of nodes) {
          const d = depth(a.box, n.box);
          if (d <= 0) continue;
          if (n.id !== a.id) {
            found.push({ label: a.id, other: `node ${n.id}`, depth: d });
            continue;
          }
          // Its own node: only the filled shape counts.
          const x0 = Math.max(a.box.x0, n.box.x0);
          const x1 = Math.min(a.box.x1, n.box.x1);
          const y0 = Math.max(a.box.y0, n.box.y0);
          const y1 = Math.min(a.box.y1, n.box.y1);
          for (let i = 0; i <= 8; i++)
            for (let j = 0; j <= 8; j++) {
              const point = new DOMPoint(
                x0 + ((x1 - x0) * i) / 8 - n.x,
                y0 + ((y1 - y0) * j) / 8 - n.y,
              );
              if (n.shape.isPointInFill(point)) {
                found.push({ label: a.id, other: 'its own node', depth: d });
                i = j = 9;
              }
            }
        }
      });
      return { labels: labels.length, nodes: nodes.length, found };
    });
}

/** Pages to check, with how many labels each must at least show (desktop, phone). */
const PAGES = [
  // Every one of the seed's 16 actors is named on a desktop; a phone may drop one.
  { name: 'the seed', url: 'index.html', labels: [16, 15] },
  { name: 'the seed, Putin selected', url: 'index.html?actor=putin', labels: [16, 12] },
  { name: 'the seed, who on what', url: 'index.html?graph=topics', labels: [24, 16] },
  // The German set is drawn on a canvas (scene/renderer.ts); its labels are placed by
  // the same code (scene/labels.ts), which the SVG lets this test measure.
  {
    // 14 on a desktop since the graph shares its row with the legend (about 790 px wide).
    name: 'the German set (350 nodes)',
    url: 'index.html?dataset=german-nuclear-2011&lang=en&renderer=svg',
    labels: [14, 6],
  },
  {
    name: 'the German set, Merkel selected',
    url: 'index.html?dataset=german-nuclear-2011&lang=en&actor=angela-merkel&renderer=svg',
    labels: [16, 4],
  },
] as const;

for (const size of SIZES) {
  for (const { name, url, labels } of PAGES) {
    test(`${name} at ${size.width} px: no label overlaps another label or a node`, async ({
      page,
    }) => {
      await page.setViewportSize({ width: size.width, height: size.height });
      await page.goto(url);
      await expect(graph(page).locator('g.viewport')).toHaveAttribute('transform', /scale/);
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      const result = await collisions(page);
      expect(result.nodes).toBeGreaterThan(0);
      expect(result.labels).toBeGreaterThanOrEqual(labels[size.name === 'desktop' ? 0 : 1]);
      expect(result.found).toEqual([]);
    });
  }
}
