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
const STANCES = 'المواقف عبر الزمن';

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
  // John Smith's quote in Arabic guillemets, in the panel and in the table.
  await expect(region(page, DETAILS).locator('blockquote').first()).toHaveText(
    '«John Smith يرفض الشروط.»',
  );
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

// "Stances over time" mirrored: the data runs from 1 March to 10 June 2024, more than
// 60 days, so it counts by ISO week: 16 weeks, Monday 26 February to Monday 10 June.
// Right to left the earliest week is at the right, and the arrow keys step the way they
// point: ArrowLeft to the later week, ArrowRight to the earlier one (as in the timeline).
test('"Stances over time" runs right to left: the first week at the right, ArrowLeft later', async ({
  page,
}) => {
  await openExplorer(page, ARABIC);
  const stances = region(page, STANCES);
  const periods = stances.getByRole('slider', { name: /^الفترة؛/ });
  await expect(periods).toHaveAttribute('aria-valuemax', '15');
  await periods.focus();
  // The focused period is outlined (rect.cursor): where is it?
  const cursor = async () => (await stances.locator('rect.cursor').boundingBox())!;
  await page.keyboard.press('Home');
  await expect(periods).toHaveAttribute('aria-valuenow', '0');
  // s1 (positive) and s2 (negative) of 1 and 2 March.
  await expect(periods).toHaveAttribute(
    'aria-valuetext',
    '26 فبراير 2024 – 3 مارس 2024: تصريحان (إيجابي (1)، سلبي (1))',
  );
  const first = await cursor();
  await page.keyboard.press('End');
  await expect(periods).toHaveAttribute('aria-valuenow', '15');
  const last = await cursor();
  expect(first.x).toBeGreaterThan(last.x + last.width);
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowLeft');
  await expect(periods).toHaveAttribute('aria-valuenow', '1');
  await expect(periods).toHaveAttribute('aria-valuetext', /^4 مارس 2024 – 10 مارس 2024: 0 تصريح$/);
  const second = await cursor();
  expect(second.x).toBeLessThan(first.x);
  await page.keyboard.press('ArrowRight');
  await expect(periods).toHaveAttribute('aria-valuenow', '0');
  // The axis: the first day at the right end, the last at the left.
  const start = (await stances.locator('text.tick', { hasText: '26 فبراير 2024' }).boundingBox())!;
  const end = (await stances.locator('text.tick', { hasText: '16 يونيو 2024' }).boundingBox())!;
  expect(start.x).toBeGreaterThan(end.x + end.width);
  // Play's triangle points left, the way time runs.
  const play = stances.getByRole('button', { name: 'تشغيل', exact: true });
  const icon = play.locator('svg');
  await expect(icon).toHaveCSS('transform', 'matrix(-1, 0, 0, 1, 0, 0)');
  await expect(stances).toContainText('16 أسبوعًا');
});

test('"Stances over time" right to left: a click on the rightmost bar shows the first week', async ({
  page,
}) => {
  await openExplorer(page, ARABIC);
  const surface = region(page, STANCES).getByRole('slider', { name: /^الفترة؛/ });
  await surface.scrollIntoViewIfNeeded();
  const box = (await surface.boundingBox())!;
  // The bars run from 30 px inside the right edge (the count ticks) to 8 px inside the left.
  const band = (box.width - 38) / 16;
  await page.mouse.click(box.x + box.width - 30 - band / 2, box.y + 50);
  await expect.poll(() => new URL(page.url()).searchParams.get('from')).toBe('2024-02-26');
  expect(new URL(page.url()).searchParams.get('to')).toBe('2024-03-03');
});

test('"Stances over time" in Arabic: an actor’s reversal and the table, columns right to left', async ({
  page,
}) => {
  await openExplorer(page, `${ARABIC}&actor=b`);
  const stances = region(page, STANCES);
  // John Smith: s2 (2 March, ceasefire, negative) and s6 (10 June, ceasefire, neutral).
  await expect(stances).toContainText('John Smith: تصريحان هنا (الصف السفلي)، تبدّل واحد في الموقف');
  const reversal = stances
    .getByRole('list', { name: 'تبدّلات موقف \u2068John Smith\u2069' })
    .getByRole('listitem');
  await expect(reversal).toHaveText(
    /^10 يونيو 2024 · وقف إطلاق النار:\s*−\s*سلبي\s*←\s*○\s*محايد\s*\(منذ 2 مارس 2024\)$/,
  );
  const toggle = stances.getByRole('button', { name: 'عرض الأعداد' });
  await toggle.click();
  const table = stances
    .getByRole('region', { name: 'المواقف حسب الفترة في جدول' })
    .getByRole('table', { name: 'التصريحات حسب الأسبوع وفق الموقف' });
  await expect(table).toBeVisible();
  // The period column (the first) is the rightmost, the total (the last) the leftmost.
  const period = (await table.getByRole('columnheader', { name: 'الفترة' }).boundingBox())!;
  const total = (await table.getByRole('columnheader', { name: 'المجموع' }).boundingBox())!;
  expect(period.x).toBeGreaterThan(total.x + total.width);
  await expect(table.getByRole('rowheader', { name: 'كل الفترات' })).toBeVisible();
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe: "Stances over time" right to left, ${scheme}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await openExplorer(page, `${ARABIC}&actor=b`);
    const stances = region(page, STANCES);
    await stances.getByRole('button', { name: 'عرض الأعداد' }).click();
    await expect(stances.getByRole('table')).toBeVisible();
    await expect(stances.getByRole('list', { name: /^تبدّلات موقف/ })).toBeVisible();
    expect(await seriousViolations(page, 'section.stances')).toEqual([]);
  });
}

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
