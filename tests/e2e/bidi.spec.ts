// Mixed-direction text (issue #13, "Right to left" point 4). The test-only Hebrew data
// set (tests/fixtures/valid/hebrew-rtl.json, "language": "he", one English name, Mary
// Jones) shown with ?lang=en: English chrome left to right, its own text right to
// left in Hebrew. The Arabic one (arabic-rtl.json) in its Arabic interface: an English
// name inside an Arabic sentence sits in a <bdi>; in the embed the details sheet is on
// the left of the picture. Names and sentences are written out by hand.
import { expect, test, type Page } from '@playwright/test';
import { openExplorer } from './helpers';

const region = (page: Page, name: string) => page.getByRole('region', { name });

test('a Hebrew data set in English: ltr chrome in English, the data text rtl in Hebrew', async ({
  page,
}) => {
  await openExplorer(page, '?dataset=hebrew-rtl&lang=en&actor=a');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  // The chrome speaks the interface's language: nothing between it and <html> says otherwise.
  const details = region(page, 'Details');
  expect(await details.evaluate((el) => el.closest('[lang]')?.tagName)).toBe('HTML');
  await expect(page.locator('h1')).toHaveAttribute('lang', 'he');
  await expect(page.locator('h1')).toHaveAttribute('dir', 'rtl');
  // Quoted: s1, which שר החוץ said, and s2, which Mary Jones said about him.
  await expect(details.getByRole('heading', { level: 2 })).toHaveText('שר החוץ');
  await expect(details.getByRole('heading', { level: 2 })).toHaveAttribute('dir', 'auto');
  // In Hebrew's marks (CLDR's), whatever the interface speaks.
  await expect(details.locator('blockquote')).toHaveText([
    '”אנו מברכים על ההצעה של Mary Jones.”',
    '”התנאים אינם מקובלים עלינו.”',
  ]);
  const quote = details.locator('blockquote').first();
  await expect(quote).toHaveAttribute('dir', 'rtl');
  await expect(quote).toHaveAttribute('lang', 'he');
  await expect(details.locator('.summary').first()).toHaveAttribute('lang', 'he');
  // The Hebrew name inside an English sentence is isolated, in markup a <bdi>.
  const around = details.getByRole('button', { name: "Only שר החוץ's neighbourhood" });
  await expect(around.locator('bdi')).toHaveText('שר החוץ');
  await expect(
    details.getByRole('heading', { level: 3, name: 'What others said about שר החוץ' }),
  ).toHaveCount(1);
  // The timeline's event titles too.
  const timeline = region(page, 'Timeline');
  const first = timeline.getByRole('button', { name: /^הפגישה הראשונה/ });
  await expect(first.locator('.tl-title')).toHaveAttribute('lang', 'he');
  await expect(first.locator('.tl-title')).toHaveAttribute('dir', 'rtl');
});

test('a Hebrew data set in English: keyboard navigation still works', async ({ page }) => {
  await openExplorer(page, '?dataset=hebrew-rtl&lang=en');
  const graph = region(page, 'Actor graph');
  const details = region(page, 'Details');
  await graph.getByRole('button', { name: /^Mary Jones/ }).focus();
  await page.keyboard.press('Enter');
  await expect(details.getByRole('heading', { level: 2 })).toHaveText('Mary Jones');
  // Arrow keys move to another actor on screen; Enter shows that one.
  await graph.getByRole('button', { name: /^Mary Jones/ }).focus();
  const names = ['שר החוץ', 'האומות המאוחדות'];
  for (const key of ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown']) {
    await page.keyboard.press(key);
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    if (focused && names.some((name) => focused.startsWith(name))) break;
  }
  const focused = (await page.evaluate(() => document.activeElement?.getAttribute('aria-label')))!;
  const other = names.find((name) => focused.startsWith(name));
  expect(other).toBeDefined();
  await page.keyboard.press('Enter');
  await expect(details.getByRole('heading', { level: 2 })).toHaveText(other!);
  // The timeline's events by keyboard: the second one is the Jerusalem conference.
  const timeline = region(page, 'Timeline');
  await timeline.getByRole('button', { name: /^הפגישה הראשונה/ }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(timeline.getByRole('button', { name: /^ועידת ירושלים/ })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(details.getByRole('heading', { level: 2 })).toHaveText('ועידת ירושלים');
});

test('in the Arabic interface an English name inside a sentence sits in a <bdi>', async ({
  page,
}) => {
  await openExplorer(page, '?dataset=arabic-rtl&actor=b');
  const details = region(page, 'التفاصيل');
  await expect(details.getByRole('heading', { level: 2 })).toHaveText('John Smith');
  // "What others said about John Smith", "Only John Smith's neighbourhood", "Showing John Smith".
  const heading = details.getByRole('heading', {
    level: 3,
    name: /^ما قاله الآخرون عن John Smith/,
  });
  await expect(heading.locator('bdi')).toHaveText('John Smith');
  const around = details.getByRole('button', { name: 'محيط John Smith فقط' });
  await expect(around.locator('bdi')).toHaveText('John Smith');
  await expect(details.locator('[aria-live="polite"] bdi')).toHaveText('John Smith');
});

test('the embed in Arabic: the details sheet on the left of the picture', async ({ page }) => {
  await page.setViewportSize({ width: 760, height: 900 });
  await openExplorer(page, '?dataset=arabic-rtl&view=graph', 'embed.html');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  const graph = region(page, 'شبكة الأطراف');
  await graph.getByRole('button', { name: /^John Smith/ }).focus();
  await page.keyboard.press('Enter');
  const details = region(page, 'التفاصيل');
  await expect(details.getByRole('heading', { level: 2 })).toBeFocused();
  const sheet = (await details.boundingBox())!;
  const box = (await graph.boundingBox())!;
  // Beside the picture, on its left edge, and no wider than half of it.
  expect(sheet.x).toBeLessThanOrEqual(box.x + 1);
  expect(sheet.x + sheet.width).toBeLessThan(box.x + box.width / 2);
  expect(sheet.y).toBeLessThanOrEqual(box.y + 1);
});
