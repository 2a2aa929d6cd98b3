/**
 * The timeline of a large data set (the generated synthetic-10000: 2,000 events, 5,000
 * date-only statements at day, month and year precision): statements as counts per
 * period, events near the window only, and vis-timeline holding tens of items, not
 * thousands. Expected counts are counted here from the file by the dates' text.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { openExplorer } from './helpers';

interface RawStatement {
  id: string;
  speaker: string;
  stance: 'positive' | 'negative' | 'neutral' | 'mixed';
  date?: string;
  event?: string;
}
const PORT = Number(process.env.PARLEY_E2E_PORT ?? 4317);
const data = JSON.parse(
  readFileSync(`dist-e2e/${PORT}-synthetic/synthetic-10000.json`, 'utf8'),
) as { statements: RawStatement[]; events: { id: string; start: string }[] };
const dated = data.statements.filter((s) => !s.event);

/** "N statements, PERIOD: a positive, b negative, …; zoom in" for `list`, zeros left out. */
/** A count as the English interface writes it ("1,032"; issue #13). */
const en = (n: number) => n.toLocaleString('en-US');

function binName(list: RawStatement[], period: string): string {
  const parts = (['positive', 'negative', 'neutral', 'mixed'] as const)
    .map((stance) => [stance, list.filter((s) => s.stance === stance).length] as const)
    .filter(([, n]) => n > 0)
    .map(([stance, n]) => `${en(n)} ${stance}`);
  return `${en(list.length)} statements, ${period}: ${parts.join(', ')}; zoom in`;
}

const timeline = (page: Page): Locator => page.getByRole('region', { name: 'Timeline' });
/** Bound on the items vis-timeline draws: 150 events at most, plus a few counts. */
const MOST_ITEMS = 160;

test.use({ viewport: { width: 1440, height: 900 } });

test.beforeEach(async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openExplorer(page, '?dataset=synthetic-10000');
});

test('statements are counts per year, named by their counts per stance', async ({ page }) => {
  const region = timeline(page);
  // About half of the 10,000 are dated on their own (the rest are said at events).
  expect(dated.length).toBeGreaterThan(4000);
  // The whole 20 years in view: a bin per year.
  const in2005 = dated.filter((s) => s.date!.startsWith('2005'));
  await expect(
    region.getByRole('button', { name: binName(in2005, '2005'), exact: true }),
  ).toHaveCount(1);
  // No statement is drawn as a point of its own, and vis-timeline holds few items.
  await expect(region.locator('.tl-statement')).toHaveCount(0);
  expect(await page.locator('.vis-item').count()).toBeLessThanOrEqual(MOST_ITEMS);
  // Events too many to draw each are counts per period that say so.
  await expect(region.getByRole('button', { name: /^\d+ events, 2010; zoom in$/ })).toHaveCount(1);
});

test('a bin is reached by keyboard and zooms to its period; year-only dates keep a band', async ({
  page,
}) => {
  const region = timeline(page);
  const in2006 = dated.filter((s) => s.date!.startsWith('2006'));
  const bin2006 = region.getByRole('button', { name: binName(in2006, '2006'), exact: true });
  // Tab from the toolbar to the Statements row's one stop, then along the row.
  await region.getByRole('button', { name: 'Fit all' }).focus();
  let onBin = false;
  for (let i = 0; i < 6 && !onBin; i++) {
    await page.keyboard.press('Tab');
    onBin = await page.evaluate(() => !!document.activeElement?.matches('.tl-bin'));
  }
  expect(onBin).toBe(true);
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowRight');
  await expect(bin2006).toBeFocused();
  await page.keyboard.press('Enter');

  // The window is 2006 (with a little room, well under two years); the bins are months now.
  await expect
    .poll(async () => {
      const start = Date.parse((await region.getAttribute('data-window-start')) ?? '');
      const end = Date.parse((await region.getAttribute('data-window-end')) ?? '');
      return (
        start <= Date.UTC(2006, 0, 1) &&
        end >= Date.UTC(2007, 0, 1) &&
        end - start < 2 * 365 * 864e5
      );
    })
    .toBe(true);
  const march = in2006.filter((s) => s.date!.startsWith('2006-03'));
  await expect(
    region.getByRole('button', { name: binName(march, 'March 2006'), exact: true }),
  ).toHaveCount(1);
  // Statements written as "2006" are not in January: they are a band of their own.
  const yearOnly = in2006.filter((s) => s.date === '2006');
  expect(yearOnly.length).toBeGreaterThan(0);
  await expect(
    region.getByRole('button', {
      name: binName(yearOnly, '2006 (dated to the year only)'),
      exact: true,
    }),
  ).toHaveCount(1);
  expect(await page.locator('.vis-item').count()).toBeLessThanOrEqual(MOST_ITEMS);
});

test('clicking an actor highlights their statements and events in the timeline', async ({
  page,
}) => {
  const region = timeline(page);
  await page
    .getByRole('region', { name: 'Actor graph' })
    .getByRole('button', { name: /^Actor 1(?!\d)/ })
    .click();
  await expect(
    page.getByRole('region', { name: 'Details' }).getByRole('heading').first(),
  ).toHaveText('Actor 1');
  // Bins holding some of theirs say how many: e.g. the 2005 bin.
  const theirs2005 = dated.filter((s) => s.speaker === 'a0' && s.date!.startsWith('2005')).length;
  expect(theirs2005).toBeGreaterThan(0);
  await expect(
    region.getByRole('button', {
      // The name isolated (U+2068 … U+2069) inside the bin's name.
      name: new RegExp(
        `^[\\d,]+ statements, 2005: .*, ${theirs2005} by \u2068Actor 1\u2069; zoom in$`,
      ),
    }),
  ).toHaveCount(1);
  await expect(page.locator('.parley-timeline.tl-highlighting')).toHaveCount(1);
  await expect(region.locator('.vis-item.is-related').first()).toBeVisible();
  expect(await page.locator('.vis-item').count()).toBeLessThanOrEqual(MOST_ITEMS);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 812 } });

  test('twenty years are counts per decade, not twenty stacked years', async ({ page }) => {
    const region = timeline(page);
    // Counted from the file: events and date-only statements of 2010 to 2019.
    const decade = (date: string) => date >= '2010' && date < '2020';
    const events = data.events.filter((e) => decade(e.start)).length;
    expect(events).toBeGreaterThan(150);
    await expect(
      region.getByRole('button', {
        name: `${en(events)} events, 2010 – 2019; zoom in`,
        exact: true,
      }),
    ).toHaveCount(1);
    await expect(
      region.getByRole('button', {
        name: binName(
          dated.filter((s) => decade(s.date!)),
          '2010 – 2019',
        ),
        exact: true,
      }),
    ).toHaveCount(1);
    await expect(
      region.getByRole('button', { name: /^[\d,]+ events, 2011; zoom in$/ }),
    ).toHaveCount(0);
  });
});

test.describe('the German set (1,164 statements with dates of their own)', () => {
  const german = JSON.parse(readFileSync('data/german-nuclear-2011.json', 'utf8')) as {
    statements: RawStatement[];
    actors: { id: string; name: string }[];
  };
  const between = (from: string, to: string) =>
    german.statements.filter((s) => s.date && !s.event && s.date >= from && s.date <= to);
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  /** A bin of `list` whatever its period's wording (the data set's language is German). */
  const binOf = (list: RawStatement[]) => {
    const [head, tail] = binName(list, '\u0000').split('\u0000');
    return new RegExp(`^${escape(head!)}.+${escape(tail!)}$`);
  };

  test.beforeEach(async ({ page }) => {
    await openExplorer(page, '?dataset=german-nuclear-2011&lang=en');
  });

  test('opens as counts per week, and zoomed to a few days its statements are points', async ({
    page,
  }) => {
    const region = timeline(page);
    // Monday 14 to Sunday 20 March 2011, counted from the file: 220 statements.
    const week = between('2011-03-14', '2011-03-20');
    expect(week).toHaveLength(220);
    const weekBin = region.getByRole('button', { name: binOf(week) });
    await expect(weekBin).toHaveCount(1);
    await expect(region.locator('.tl-statement')).toHaveCount(0);

    // A week and a week either side hold more than 250: the bins are days now.
    await weekBin.click();
    const day = between('2011-03-15', '2011-03-15');
    expect(day).toHaveLength(55);
    const dayBin = region.getByRole('button', { name: binOf(day) });
    await expect(dayBin).toHaveCount(1);

    // A day and a day either side: 154 statements, each a point of its own.
    expect(between('2011-03-14', '2011-03-16')).toHaveLength(154);
    await dayBin.click();
    const points = region.locator('.tl-statement');
    await expect(points.first()).toBeVisible();
    await expect(region.locator('.tl-bin')).toHaveCount(0);
    // A point (or a cluster of them, if they sit together) is what a reader clicks.
    // The speaker's name is isolated (U+2068 … U+2069) in the point's name.
    const point = region.getByRole('button', { name: /^Statement by \u2068.+?\u2069: / }).first();
    const name = (await point.getAttribute('aria-label'))!;
    const speaker = /^Statement by \u2068(.+?)\u2069: /.exec(name)![1]!;
    await point.click();
    await expect(
      page.getByRole('region', { name: 'Details' }).getByRole('heading').first(),
    ).toHaveText(speaker);
  });
});
