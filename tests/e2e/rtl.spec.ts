// Right to left (issue #13): the test-only Arabic data set (tests/fixtures/valid/
// arabic-rtl.json) gets the Arabic interface, so the page is right to left. It mirrors
// (the panel left of the graph, the legend right of it, the timeline's time running
// leftwards) and the timeline's arrow keys point the way they move in time. Regions
// and buttons are found by their Arabic names (src/i18n/ar.ts).
import { expect, test, type Page } from '@playwright/test';
import { openExplorer, seriousViolations } from './helpers';

const ARABIC = '?dataset=arabic-rtl';
const region = (page: Page, name: string) => page.getByRole('region', { name });

const GRAPH = 'شبكة الأطراف';
const DETAILS = 'التفاصيل';
const TIMELINE = 'الخط الزمني';

test('the page mirrors: the panel left of the graph, time running leftwards', async ({ page }) => {
  await openExplorer(page, `${ARABIC}&actor=b`);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  const graph = (await region(page, GRAPH).boundingBox())!;
  const details = (await region(page, DETAILS).boundingBox())!;
  const legend = (await page.getByRole('heading', { name: 'دليل الرموز' }).boundingBox())!;
  expect(details.x + details.width).toBeLessThanOrEqual(graph.x + 1);
  expect(legend.x).toBeGreaterThanOrEqual(graph.x + graph.width - 1);
  // The first meeting (March) is right of the third round (June).
  const timeline = region(page, TIMELINE);
  const first = (await timeline.getByRole('button', { name: /^الاجتماع الأول/ }).boundingBox())!;
  const third = (await timeline.getByRole('button', { name: /^الجولة الثالثة/ }).boundingBox())!;
  expect(first.x).toBeGreaterThan(third.x);
});

test('right to left, ArrowLeft steps to the later event and ArrowRight back', async ({ page }) => {
  await openExplorer(page, ARABIC);
  const timeline = region(page, TIMELINE);
  const event = (name: string) => timeline.getByRole('button', { name: new RegExp(`^${name}`) });
  await timeline.getByRole('button', { name: 'عرض الكل' }).focus();
  await page.keyboard.press('Tab');
  await expect(event('الاجتماع الأول')).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(event('مؤتمر القاهرة')).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(event('الجولة الثالثة')).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(event('مؤتمر القاهرة')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(region(page, DETAILS).getByRole('heading', { level: 2 })).toHaveText(
    'مؤتمر القاهرة',
  );
  // The graph's own arrow keys move between the nodes on screen, as ever.
  await region(page, GRAPH)
    .getByRole('button', { name: /^John Smith/ })
    .focus();
  await page.keyboard.press('Enter');
  await expect(region(page, DETAILS).getByRole('heading', { level: 2 })).toHaveText('John Smith');
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe: no serious violations right to left, ${scheme}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await openExplorer(page, `${ARABIC}&actor=a`);
    expect(await seriousViolations(page)).toEqual([]);
  });
}

test('?lang=en gives the Arabic data set an English interface, left to right', async ({ page }) => {
  await openExplorer(page, `${ARABIC}&lang=en`);
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(region(page, 'Actor graph')).toBeVisible();
  await expect(region(page, 'Details')).toBeVisible();
  const graph = (await region(page, 'Actor graph').boundingBox())!;
  const details = (await region(page, 'Details').boundingBox())!;
  expect(details.x).toBeGreaterThanOrEqual(graph.x + graph.width - 1);
});
