// The details panel beside the graph (issue #11, "Side panel"): nothing in it is cut
// off without a cue. On wide screens it scrolls within itself, its head (kind, name,
// "Clear selection") stays in view and a fade says while more is below (and above);
// on phones it grows with its content. A selection does not carry the page away
// from the timeline's header.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { openExplorer, seriousViolations } from './helpers';

const details = (page: Page) => page.getByRole('region', { name: 'Details' });
const heading = (page: Page) => details(page).getByRole('heading').first();
const graph = (page: Page) => page.getByRole('region', { name: 'Actor graph' });
const timeline = (page: Page) => page.getByRole('region', { name: 'Timeline' });
/** The timeline's header row: its heading and its zoom and pan buttons. */
const timelineHeader = (page: Page) => [
  timeline(page).getByRole('heading', { name: 'Timeline' }),
  timeline(page).getByRole('group', { name: 'Timeline view' }),
];
/** The fade at the panel's bottom edge: decoration, hidden from assistive technology. */
const fade = (page: Page) => details(page).locator('.fade[aria-hidden="true"]');

/** The page's background, written by hand from src/styles/theme.css (--bg). */
const BG = { light: 'rgb(255, 255, 255)', dark: 'rgb(15, 20, 25)' };

/** All of it but for part of a pixel (boxes have fractional edges; scrolling is in whole pixels). */
const NEARLY = 0.99;

const VIEWPORTS = [
  { name: 'wide', width: 1440, height: 900 },
  { name: 'phone', width: 375, height: 812 },
] as const;

/** Busy actors: Witkoff has 10 statements on the seed, Merkel 60 on the German set. */
const ACTORS = [
  { query: '', name: 'Steve Witkoff' },
  { query: '?dataset=german-nuclear-2011&lang=en', name: 'Angela Merkel' },
] as const;

/** `inner`'s box lies within `outer`'s (to the half pixel). */
async function expectWithin(inner: Locator, outer: Locator): Promise<void> {
  const a = (await inner.boundingBox())!;
  const b = (await outer.boundingBox())!;
  expect(a.y).toBeGreaterThanOrEqual(b.y - 0.5);
  expect(a.y + a.height).toBeLessThanOrEqual(b.y + b.height + 0.5);
}

/**
 * Scrolls the page so that the timeline's header is at the top of the screen (where a
 * reader who looks at the timeline and the graph together has it), then clicks the
 * actor's node where it is, without the page scrolling to it first.
 */
async function clickNodeBelowTimeline(page: Page, name: string): Promise<number> {
  const top = (await timeline(page).getByRole('heading', { name: 'Timeline' }).boundingBox())!.y;
  await page.evaluate((y) => window.scrollTo(0, y), top + (await scrollY(page)) - 8);
  const node = graph(page).getByRole('button', { name: new RegExp(`^${name}`) });
  await expect(node).toBeInViewport({ ratio: NEARLY });
  for (const part of timelineHeader(page)) await expect(part).toBeInViewport({ ratio: 1 });
  const before = await scrollY(page);
  const box = (await node.boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await expect(heading(page)).toHaveText(name);
  return before;
}

const scrollY = (page: Page) => page.evaluate(() => window.scrollY);
const panelMetrics = (page: Page) =>
  details(page).evaluate((el) => ({
    scrollTop: el.scrollTop,
    scrollHeight: el.scrollHeight,
    clientHeight: el.clientHeight,
  }));

for (const scheme of ['light', 'dark'] as const) {
  for (const viewport of VIEWPORTS) {
    for (const { query, name } of ACTORS) {
      test(`${name}, ${viewport.width}x${viewport.height}, ${scheme}: selected in the graph, the page stays and nothing in the panel is cut off without a cue`, async ({
        page,
      }) => {
        await page.setViewportSize(viewport);
        await page.emulateMedia({ colorScheme: scheme });
        await openExplorer(page, query);

        const before = await clickNodeBelowTimeline(page, name);
        // The page did not move: the timeline's header row is still on the screen.
        expect(await scrollY(page)).toBe(before);
        for (const part of timelineHeader(page)) await expect(part).toBeInViewport({ ratio: 1 });

        const panel = details(page);
        if (viewport.name === 'phone') {
          // The panel grows with its content: no inner scroller, no fade.
          const m = await panelMetrics(page);
          expect(m.scrollHeight).toBe(m.clientHeight);
          await expect(fade(page)).toBeHidden();
          expect(await seriousViolations(page, 'section[aria-label="Details"]')).toEqual([]);
          return;
        }

        // Wide: the panel is as tall as the graph beside it and scrolls within
        // itself; these actors have more than fits.
        const m = await panelMetrics(page);
        expect(m.scrollHeight).toBeGreaterThan(m.clientHeight + 200);
        await panel.scrollIntoViewIfNeeded();
        await expect(panel).toBeInViewport({ ratio: NEARLY });
        // The fade shows at the panel's bottom edge, in the page's own background.
        await expect(fade(page)).toHaveCSS('opacity', '1');
        await expect(fade(page)).toBeInViewport();
        const fadeBox = (await fade(page).boundingBox())!;
        const panelBox = (await panel.boundingBox())!;
        expect(Math.abs(fadeBox.y + fadeBox.height - (panelBox.y + panelBox.height))).toBeLessThan(
          6,
        );
        expect(await fade(page).evaluate((el) => getComputedStyle(el).backgroundImage)).toContain(
          BG[scheme],
        );

        // Scrolled halfway by the wheel: text is above and below, both say so;
        // assistive technology finds nothing wrong.
        const box = (await panel.boundingBox())!;
        await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
        await page.mouse.wheel(0, 400);
        await expect.poll(async () => (await panelMetrics(page)).scrollTop).toBeGreaterThan(0);
        await expect(fade(page)).toHaveCSS('opacity', '1');
        expect(
          await panel.evaluate(
            (el) => getComputedStyle(el.querySelector('h2')!.parentElement!, '::after').opacity,
          ),
        ).toBe('1');
        expect(await seriousViolations(page, 'section[aria-label="Details"]')).toEqual([]);

        // To the end: the fade goes, the heading and "Clear selection" are still in view.
        await page.mouse.wheel(0, 20_000);
        await expect
          .poll(async () => {
            const e = await panelMetrics(page);
            return e.scrollHeight - e.clientHeight - e.scrollTop;
          })
          .toBeLessThanOrEqual(1);
        await expect(fade(page)).toHaveCSS('opacity', '0');
        await expectWithin(heading(page), panel);
        await expect(heading(page)).toHaveText(name);
        await expectWithin(panel.getByRole('button', { name: 'Clear selection' }), panel);
        // The page did not scroll along with the panel.
        await expect(panel).toBeInViewport({ ratio: NEARLY });
      });
    }
  }
}

test('wide: the panel is as tall as the graph beside it', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await openExplorer(page, '?actor=witkoff');
  const g = (await page.locator('.graph-area').boundingBox())!;
  const p = (await details(page).boundingBox())!;
  expect(Math.abs(p.y - g.y)).toBeLessThan(1);
  expect(Math.abs(p.height - g.height)).toBeLessThan(1);
});

test('wide: a short panel has no fade', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  // Witkoff about NATO: one statement, which fits.
  await openExplorer(page, '?actor=witkoff&about=nato');
  await expect(heading(page)).toHaveText('Steve Witkoff → NATO');
  const m = await panelMetrics(page);
  expect(m.scrollHeight).toBe(m.clientHeight);
  await expect(fade(page)).toHaveCSS('opacity', '0');
});

for (const viewport of VIEWPORTS) {
  test(`${viewport.width}x${viewport.height}: a button pressed by keyboard deep in the panel moves focus to the new heading, and the page shows it`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await openExplorer(page, '?actor=witkoff');
    // "Alaska summit" under "Events", the last part of Witkoff's panel.
    const button = details(page)
      .locator('section')
      .filter({ has: page.getByRole('heading', { level: 3, name: /^Events/ }) })
      .getByRole('button', { name: 'Alaska summit' });
    // Wide: the reader has the panel on the screen (it is as tall as the graph, which
    // fits); focusing the button then scrolls only the panel. (Without this, focus()
    // centres the button in the window when the page runs on below the graph row, as it
    // does with "Stances over time", and the panel's head is above the screen.)
    if (viewport.name === 'wide') await details(page).scrollIntoViewIfNeeded();
    await button.focus();
    const before = await scrollY(page);
    await page.keyboard.press('Enter');
    await expect(heading(page)).toHaveText('Alaska summit');
    await expect(heading(page)).toBeFocused();
    await expect(heading(page)).toBeInViewport({ ratio: 1 });
    if (viewport.name === 'wide') {
      // The panel went back to its top; the page did not move.
      expect((await panelMetrics(page)).scrollTop).toBe(0);
      expect(await scrollY(page)).toBe(before);
    }
  });
}

test('wide: what Tab reaches in the scrolled panel is not hidden under its head or the fade', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await openExplorer(page, '?actor=witkoff');
  const panel = details(page);
  await panel.getByRole('button', { name: 'Clear selection' }).focus();
  const head = panel.locator('h2');
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    const focused = page.locator(':focus');
    if (!(await panel.evaluate((el) => el.contains(document.activeElement)))) break;
    const f = (await focused.boundingBox())!;
    const h = (await head.boundingBox())!;
    const p = (await panel.boundingBox())!;
    expect(f.y).toBeGreaterThanOrEqual(h.y + h.height);
    // Above the 3rem (48 px) fade at the bottom edge.
    expect(f.y + f.height).toBeLessThanOrEqual(p.y + p.height - 48 + 1);
  }
  // Tab went far enough down for the panel to scroll.
  expect((await panelMetrics(page)).scrollTop).toBeGreaterThan(0);
});
