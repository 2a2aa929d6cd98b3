import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { openExplorer, seriousViolations } from './helpers';

// The 10,000-statement set (400 actors "Actor 1" … "Actor 400", made by
// scripts/bench/synthetic.mjs into the tests' build) is above the canvas threshold.
const BIG = '?dataset=synthetic-10000';

const PORT = Number(process.env.PARLEY_E2E_PORT ?? 4317);
const data = JSON.parse(
  readFileSync(`dist-e2e/${PORT}-synthetic/synthetic-10000.json`, 'utf8'),
) as { statements: { speaker: string; about?: string[] }[] };
/** Speaker → target pairs the data has: each is an edge of "who about whom". */
const pairs = [
  ...new Set(data.statements.flatMap((s) => (s.about ?? []).map((a) => `${s.speaker} ${a}`))),
].map((pair) => pair.split(' ') as [string, string]);

const graph = (page: Page) => page.getByRole('region', { name: 'Actor graph' });
const details = (page: Page) => page.getByRole('region', { name: 'Details' });
/** The overlay's view: `translate(xpx, ypx) scale(k)`. */
async function viewOf(page: Page): Promise<{ x: number; y: number; k: number }> {
  const t = await graph(page)
    .locator('[data-renderer="canvas"] [role="group"]')
    .evaluate((el) => (el as HTMLElement).style.transform);
  const [, x, y, k] = /translate\(([-\d.e]+)px,\s*([-\d.e]+)px\)\s*scale\(([-\d.e]+)\)/.exec(t)!;
  return { x: Number(x), y: Number(y), k: Number(k) };
}

test('a big graph is drawn on a canvas, with one button per actor over it', async ({ page }) => {
  await openExplorer(page, BIG);
  await expect(graph(page).locator('[data-renderer="canvas"]')).toHaveCount(1);
  await expect(graph(page).locator('canvas')).toHaveCount(1);
  await expect(graph(page).locator('svg g.viewport')).toHaveCount(0);
  await expect(
    graph(page)
      .getByRole('group', { name: /^400 nodes and [\d,]+ links$/ })
      .getByRole('button'),
  ).toHaveCount(400);
  await expect(
    graph(page)
      .getByRole('button', { name: /^Actor 1\b/ })
      .first(),
  ).toBeAttached();
  expect(await seriousViolations(page, 'section[aria-label="Actor graph"]')).toEqual([]);
});

test('the seed stays on the SVG renderer', async ({ page }) => {
  await openExplorer(page, '?renderer=');
  await expect(graph(page).locator('svg g.viewport')).toHaveCount(1);
  await expect(graph(page).locator('[data-renderer="canvas"]')).toHaveCount(0);
});

test('clicking an actor’s button selects it', async ({ page }) => {
  await openExplorer(page, BIG);
  const button = graph(page).getByRole('button', { name: /^Actor 1,/ });
  await button.click();
  await expect(details(page).getByRole('heading', { level: 2 }).first()).toHaveText('Actor 1');
  await expect(button).toHaveAttribute('aria-current', 'true');
  await expect(page).toHaveURL(/[?&]actor=a0(&|$)/);
  // Only the selected button says so.
  await expect(graph(page).locator('[aria-current="true"]')).toHaveCount(1);
});

test('keyboard: Tab reaches one node, arrows move focus, Enter selects', async ({ page }) => {
  await openExplorer(page, BIG);
  // The last of the mode switch's buttons: the next Tab stop is the graph's one node.
  await graph(page).getByRole('button', { name: 'Balance', exact: true }).focus();
  await page.keyboard.press('Tab');
  const focused = page.locator(':focus');
  await expect(focused).toHaveAttribute('data-node', /.+/);
  await expect(graph(page).locator('[data-node][tabindex="0"]')).toHaveCount(1);
  const first = await focused.getAttribute('aria-label');
  let moved = false;
  for (const key of ['ArrowRight', 'ArrowLeft', 'ArrowDown', 'ArrowUp']) {
    await page.keyboard.press(key);
    if ((await focused.getAttribute('aria-label')) !== first) {
      moved = true;
      break;
    }
  }
  expect(moved).toBe(true);
  // The focus ring shows on the button (an outline; the canvas draws no ring of its own).
  expect(await focused.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
  const name = (await focused.getAttribute('aria-label'))!.split(',')[0]!;
  await page.keyboard.press('Enter');
  await expect(details(page).getByRole('heading', { level: 2 }).first()).toHaveText(name);
  await expect(focused).toHaveAttribute('aria-current', 'true');
  // With that node selected, an arrow moves focus on, but the selected node stays the
  // one Tab stop (the roving tabindex keeps to the selection).
  const selected = graph(page).locator('[data-node][aria-current="true"]');
  for (const key of ['ArrowRight', 'ArrowLeft', 'ArrowDown', 'ArrowUp']) {
    await page.keyboard.press(key);
    if ((await focused.getAttribute('aria-current')) !== 'true') break;
  }
  await expect(focused).not.toHaveAttribute('aria-current', 'true');
  await expect(graph(page).locator('[data-node][tabindex="0"]')).toHaveCount(1);
  await expect(selected).toHaveAttribute('tabindex', '0');
});

test('clicking an edge through the canvas selects it, and the background clears it', async ({
  page,
}) => {
  await openExplorer(page, BIG);
  const buttons = graph(page).locator('[data-node]');
  await graph(page).locator('canvas').scrollIntoViewIfNeeded();
  const box = (await graph(page).locator('canvas').boundingBox())!;
  // Node buttons cover the middle of the hairball (each answers within 13 px of its
  // node), so aim along edges the data has between nodes on the outside, where the
  // canvas itself receives the click between the buttons. Any edge selected will do;
  // a miss is a background click, which clears nothing while nothing is selected.
  const centres = await buttons.evaluateAll((els) =>
    Object.fromEntries(
      els.map((el) => {
        const r = el.getBoundingClientRect();
        return [el.getAttribute('data-node')!, [r.x + r.width / 2, r.y + r.height / 2]];
      }),
    ),
  );
  const ids = Object.keys(centres);
  const mid = [0, 1].map((i) => ids.reduce((t, id) => t + centres[id]![i]!, 0) / ids.length);
  const out = (id: string) => Math.hypot(centres[id]![0]! - mid[0]!, centres[id]![1]! - mid[1]!);
  const outside = pairs
    .filter(([a, b]) => centres[a] && centres[b])
    .sort(([a1, b1], [a2, b2]) => out(a2) + out(b2) - out(a1) - out(b1))
    .slice(0, 12);
  let selected = false;
  for (const [a, b] of outside) {
    const [ax, ay] = centres[a]!;
    const [bx, by] = centres[b]!;
    for (let t = 0.04; t <= 0.96 && !selected; t += 0.04) {
      const x = ax! + (bx! - ax!) * t;
      const y = ay! + (by! - ay!) * t;
      const target = await page.evaluate(
        ([px, py]) => document.elementFromPoint(px!, py!)?.tagName,
        [x, y],
      );
      if (target !== 'CANVAS') continue;
      await page.mouse.click(x, y);
      // The page's own address, read once the click has painted: the page writes it
      // after the next paint (page.url() may lag further behind).
      selected = /[?&]about=/.test(
        await page.evaluate(
          () =>
            new Promise<string>((done) =>
              requestAnimationFrame(() => setTimeout(() => done(location.search), 0)),
            ),
        ),
      );
    }
    if (selected) break;
  }
  expect(selected).toBe(true);
  await expect(details(page).getByRole('heading', { level: 2 }).first()).toContainText(/Actor \d+/);
  expect(await buttons.count()).toBe(400);
  // The far corner of the box is background.
  await page.mouse.click(box.x + 6, box.y + box.height - 6);
  await expect(page).not.toHaveURL(/actor=|about=/);
});

test('zoom: the buttons zoom in and back, and the node buttons move with the view', async ({
  page,
}) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openExplorer(page, BIG);
  const fitted = await viewOf(page);
  const node = graph(page).getByRole('button', { name: /^Actor 1,/ });
  const before = (await node.boundingBox())!;
  await graph(page).getByRole('button', { name: 'Zoom in' }).click();
  await expect.poll(async () => (await viewOf(page)).k).toBeCloseTo(fitted.k * 1.5, 3);
  const after = (await node.boundingBox())!;
  expect(after.width).toBeCloseTo(before.width * 1.5, 0);
  // Drag the background: the view moves by the drag.
  await graph(page).locator('canvas').scrollIntoViewIfNeeded();
  const box = (await graph(page).locator('canvas').boundingBox())!;
  const zoomed = await viewOf(page);
  await page.mouse.move(box.x + 6, box.y + box.height - 6);
  await page.mouse.down();
  await page.mouse.move(box.x + 106, box.y + box.height - 56, { steps: 8 });
  await page.mouse.up();
  const panned = await viewOf(page);
  expect(panned.x - zoomed.x).toBeCloseTo(100, 0);
  expect(panned.y - zoomed.y).toBeCloseTo(-50, 0);
  await expect(page).not.toHaveURL(/actor=/);
  await graph(page).getByRole('button', { name: 'Reset view' }).click();
  await expect.poll(async () => (await viewOf(page)).k).toBeCloseTo(fitted.k, 6);
});
