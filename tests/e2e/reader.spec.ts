// The reader's first screen (issue: "Reader's page", hierarchy): the picture starts
// on the first screen, the description is shown once and clamped with a "More"
// control, and the filters are one step away with their state said in one line.
import { expect, test, type Page } from '@playwright/test';
import { openExplorer, openFilters, readData, seed, seriousViolations } from './helpers';

const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

for (const [label, viewport, share] of [
  ['desktop 1440×900', { width: 1440, height: 900 }, 0.75],
  ['phone 375×812', { width: 375, height: 812 }, 0.6],
] as const) {
  for (const dataset of ['alaska-summit-2025', 'antarctic-treaty'] as const) {
    test(`${label}, ${dataset}: a view starts within the first ${share * 100}% of the screen`, async ({
      page,
    }) => {
      await page.setViewportSize(viewport);
      await openExplorer(page, `?dataset=${dataset}`);
      const tops = await Promise.all(
        ['Timeline', 'Actor graph'].map(
          async (name) => (await region(page, name).boundingBox())!.y,
        ),
      );
      expect(Math.min(...tops)).toBeLessThan(viewport.height * share);
      if (label.startsWith('desktop')) {
        // On wide screens both do.
        expect(Math.max(...tops)).toBeLessThan(viewport.height * share);
      }
    });
  }
}

test('the description is shown once, clamped, and "More" opens it by keyboard', async ({
  page,
}) => {
  const description = seed().description!;
  await page.setViewportSize({ width: 1440, height: 900 });
  await openExplorer(page);
  // Once on the page: the overview panel no longer repeats it.
  await expect(page.getByText(description, { exact: true })).toHaveCount(1);
  const text = page.getByText(description, { exact: true });
  const clamped = (await text.boundingBox())!.height;
  const more = page.getByRole('button', { name: 'More', exact: true });
  await expect(more).toHaveAttribute('aria-expanded', 'false');
  await more.focus();
  await page.keyboard.press('Enter');
  const less = page.getByRole('button', { name: 'Less', exact: true });
  await expect(less).toHaveAttribute('aria-expanded', 'true');
  await expect.poll(async () => (await text.boundingBox())!.height).toBeGreaterThan(clamped * 1.5);
  await page.keyboard.press('Enter');
  await expect(more).toHaveAttribute('aria-expanded', 'false');
  await expect.poll(async () => (await text.boundingBox())!.height).toBe(clamped);
});

test('a data set without a description has no standfirst and no "More"', async ({ page }) => {
  expect(readData('tests/fixtures/valid/minimal.json').description).toBeUndefined();
  await openExplorer(page, '?dataset=example');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('button', { name: 'More', exact: true })).toHaveCount(0);
});

test('the filters are one step away and the bar says what is shown', async ({ page }) => {
  await openExplorer(page);
  const toggle = page.getByRole('button', { name: /^Filters/ });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByRole('group', { name: 'Topics' })).toBeHidden();
  await expect(page.getByText('All topics · All dates', { exact: true })).toBeVisible();
  await openFilters(page);
  const chips = page.getByRole('group', { name: 'Topics' });
  await chips.getByRole('button', { name: 'Ceasefire' }).click();
  await chips.getByRole('button', { name: 'Sanctions on Russia' }).click();
  await page.getByRole('textbox', { name: 'From' }).fill('2025-08-17');
  await page.getByRole('button', { name: 'Apply' }).click();
  // Closed again, the state is still said in one line, and the button counts what is set.
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(
    page.getByText('2 of 8 topics · From August 17, 2025', { exact: true }),
  ).toBeVisible();
  await expect(toggle).toHaveAccessibleName('Filters (2 set)');
  expect(await seriousViolations(page)).toEqual([]);
});
