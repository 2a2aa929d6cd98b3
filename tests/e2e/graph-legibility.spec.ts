import { expect, test, type Page } from '@playwright/test';
import { readData, seed, seriousViolations, statementsOn } from './helpers';

// The graph says in words why it is empty and offers the way back, and its labels
// stay legible. Everything expected is counted by hand from the data files' text.
const data = seed();
const german = readData('data/german-nuclear-2011.json');

const graph = (page: Page) => page.getByRole('region', { name: 'Actor graph' });
const nodeButtons = (page: Page) => graph(page).locator('svg').getByRole('button');
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
      await page.goto('index.html');
      await expect(nodeButtons(page)).toHaveCount(data.actors.length);
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
      await page.goto('index.html?dataset=german-nuclear-2011');
      await expect(graph(page).getByRole('button', { name: 'Who on what' })).toHaveAttribute(
        'aria-pressed',
        'true',
      );
      await page.goto('index.html?dataset=german-nuclear-2011&graph=actors');
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
      await expect(page).not.toHaveURL(/graph=/);
      const topics = german.topics ?? [];
      await expect(nodeButtons(page)).toHaveCount(german.actors.length + topics.length);
    });
  });
}
