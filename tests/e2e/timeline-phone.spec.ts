/**
 * The timeline read on a phone (375 × 812) and on a desktop (1440 × 900): axis labels
 * that name the unit, none cut at the edges, rows named, event titles and badges in
 * full, clusters that show their stance mix and the selected actor's share.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { openExplorer, readData, seed, seriousViolations } from './helpers';

const PHONE = { width: 375, height: 812 };
const DESKTOP = { width: 1440, height: 900 };

const timeline = (page: Page): Locator => page.getByRole('region', { name: 'Timeline' });

async function open(page: Page, query: string): Promise<void> {
  await openExplorer(page, query);
  await expect(timeline(page).locator('[data-item-id], [data-cluster]').first()).toBeVisible();
  // The first fit lands after the first draw: wait until the window stops moving.
  let last = '';
  await expect
    .poll(async () => {
      const now = `${await timeline(page).getAttribute('data-window-start')}`;
      const same = now === last;
      last = now;
      return same;
    })
    .toBe(true);
}

/** The minor labels' texts shown (not hidden as cut), each with its text box. */
async function axisLabels(page: Page) {
  return timeline(page).evaluate((region) => {
    const panel = region.querySelector('.vis-panel.vis-top')!.getBoundingClientRect();
    const range = document.createRange();
    return [...region.querySelectorAll<HTMLElement>('.vis-time-axis .vis-text')]
      .filter((el) => !el.classList.contains('vis-measure') && el.textContent)
      .filter((el) => getComputedStyle(el).visibility !== 'hidden')
      .map((el) => {
        range.selectNodeContents(el);
        const r = range.getBoundingClientRect();
        return {
          text: el.textContent!,
          major: el.classList.contains('vis-major'),
          inside: r.left >= panel.left - 0.5 && r.right <= panel.right + 0.5,
        };
      });
  });
}

const cases = [
  {
    query: '',
    minor: /^(1[4-9]|20)( (Thu|Fri|Sat|Sun|Mon|Tue|Wed))?$/,
    major: 'August 2025',
    note: 'days of August 2025',
  },
  {
    query: '?dataset=german-nuclear-2011&lang=en',
    minor: /^(Feb|Mär|Apr|Mai|Jun|Jul|Aug|Sep|Okt)$/,
    major: '2011',
    note: 'months of 2011',
  },
  { query: '?dataset=basin-talks', minor: /^\d{1,2}$/, major: 'March 2024', note: 'days' },
];

for (const [name, viewport] of [
  ['phone', PHONE],
  ['desktop', DESKTOP],
] as const) {
  test.describe(`on a ${name}`, () => {
    test.use({ viewport });

    for (const c of cases) {
      test(`the axis names ${c.note} (${c.query || 'seed'}), no label cut`, async ({ page }) => {
        await open(page, c.query);
        const labels = await axisLabels(page);
        const minor = labels.filter((l) => !l.major);
        expect(minor.length, JSON.stringify(labels)).toBeGreaterThanOrEqual(3);
        for (const l of minor) expect(l.text).toMatch(c.minor);
        expect(labels.filter((l) => l.major).map((l) => l.text)).toContain(c.major);
        expect(labels.filter((l) => !l.inside)).toEqual([]);
      });
    }

    test('the rows keep their labels', async ({ page }) => {
      await open(page, '');
      for (const row of ['Events', 'Statements']) {
        const label = timeline(page).locator('.vis-labelset .vis-label', { hasText: row });
        await expect(label).toBeVisible();
        const box = (await label.boundingBox())!;
        expect(box.width).toBeGreaterThan(8);
      }
    });

    test('a data set without events has no empty Events row', async ({ page }) => {
      expect(readData('data/german-nuclear-2011.json').events ?? []).toHaveLength(0);
      await open(page, '?dataset=german-nuclear-2011&lang=en');
      const labels = timeline(page).locator('.vis-labelset .vis-label');
      await expect(labels).toHaveText(['Statements']);
    });

    test('every event title is shown in full, and badges inside the region', async ({ page }) => {
      await open(page, '');
      const region = (await timeline(page).boundingBox())!;
      const titles = timeline(page).locator('.tl-title');
      const shown = await titles.evaluateAll((els) =>
        els.map((el) => ({
          text: el.textContent,
          cut: el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1,
        })),
      );
      expect(shown.map((t) => t.text).sort()).toEqual(
        (seed().events ?? []).map((e) => e.title).sort(),
      );
      expect(shown.filter((t) => t.cut)).toEqual([]);
      const badge = (await timeline(page).locator('.tl-badge').first().boundingBox())!;
      expect(badge.x).toBeGreaterThanOrEqual(region.x);
      expect(badge.x + badge.width).toBeLessThanOrEqual(region.x + region.width);
    });

    test('has no serious accessibility violations, light and dark', async ({ page }) => {
      test.slow();
      for (const theme of ['light', 'dark']) {
        await open(page, `?theme=${theme}&dataset=basin-talks`);
        expect(await seriousViolations(page, 'section.timeline'), theme).toEqual([]);
      }
    });
  });
}

test.describe('statement clusters', () => {
  test.use({ viewport: PHONE });
  const german = readData('data/german-nuclear-2011.json');
  // The week after Fukushima, 220 statements by the file's dates: few enough to draw
  // as points (clustered on a phone); the German set's four months are counts per period.
  const WEEK = '&from=2011-03-14&to=2011-03-20';
  const inWeek = (german.statements ?? []).filter(
    (s) => s.date && !s.event && s.date >= '2011-03-14' && s.date <= '2011-03-20',
  );

  test('show their stance mix in symbols and counts, and the selected actor', async ({ page }) => {
    expect(inWeek).toHaveLength(220);
    await open(page, `?dataset=german-nuclear-2011&lang=en${WEEK}`);
    const clusters = timeline(page).locator('[data-cluster]');
    const names = await clusters.evaluateAll((els) =>
      els.map((el) => el.getAttribute('aria-label')!),
    );
    expect(names.length).toBeGreaterThan(0);
    let total = 0;
    for (const name of names) {
      // "680 statements, <dates>: 542 positive, 138 negative; zoom in"
      const m = /^(\d+) statements, .+: (.+); zoom in$/.exec(name)!;
      expect(m, name).not.toBeNull();
      const parts = m[2]!.split(', ').map((p) => Number(p.split(' ')[0]));
      expect(parts.reduce((a, b) => a + b, 0)).toBe(Number(m[1]));
      total += Number(m[1]);
    }
    const points = await timeline(page).locator('.tl-statement').count();
    expect(total + points).toBe(inWeek.length);
    // The counts are written next to their symbols, not shown by colour alone.
    await expect(clusters.first().locator('.tl-mix')).toHaveText(/^\+\d+ −\d+/);

    // Select the most frequent speaker: clusters say how many are theirs.
    const counts = new Map<string, number>();
    for (const s of inWeek) counts.set(s.speaker, (counts.get(s.speaker) ?? 0) + 1);
    const [top] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
    const actor = german.actors.find((a) => a.id === top)!;
    await open(page, `?dataset=german-nuclear-2011&lang=en${WEEK}&actor=${top}`);
    const mine = timeline(page).locator('[data-cluster].has-mine');
    await expect(mine.first()).toBeVisible();
    await expect(mine.first()).toHaveAccessibleName(
      // The name isolated (U+2068 … U+2069) inside the cluster's name.
      new RegExp(
        `, \\d+ by \u2068${actor.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\u2069; zoom in$`,
      ),
    );
    await expect(mine.first().locator('.tl-mine')).toHaveText(new RegExp(`^\\d+ by `));
  });
});

test('no horizontal scroll at 360 px, and the time-zone note on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await open(page, '?dataset=basin-talks');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await expect(timeline(page).getByText(/^Times on the axis in UTC/)).toBeVisible();
});
