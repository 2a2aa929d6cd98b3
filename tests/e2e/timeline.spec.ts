import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { openExplorer } from './helpers';

interface RawEvent {
  id: string;
  title: string;
}
const readEvents = (path: string): RawEvent[] =>
  (JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')) as { events: RawEvent[] })
    .events;

const seedEvents = readEvents('../../data/alaska-summit-2025.json');
const antarcticEvents = readEvents('../fixtures/valid/antarctic-treaty.json');

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const startsWith = (text: string) => new RegExp(`^${escape(text)}`);

function timeline(page: Page): Locator {
  return page.getByRole('region', { name: 'Timeline' });
}

function eventButton(page: Page, title: string): Locator {
  return timeline(page).getByRole('button', { name: startsWith(title) });
}

/** The visible window the timeline reports, in ms. */
async function shownWindow(region: Locator): Promise<{ start: number; end: number }> {
  const start = await region.getAttribute('data-window-start');
  const end = await region.getAttribute('data-window-end');
  return { start: Date.parse(start ?? ''), end: Date.parse(end ?? '') };
}

const span = (w: { start: number; end: number }) => w.end - w.start;

test.describe('seed data set', () => {
  test.beforeEach(async ({ page }) => {
    await openExplorer(page);
    await expect(eventButton(page, 'Alaska summit')).toBeVisible();
  });

  test('shows one button per event, named by its title', async ({ page }) => {
    expect(seedEvents).toHaveLength(6);
    for (const event of seedEvents) await expect(eventButton(page, event.title)).toHaveCount(1);
    const anyEvent = new RegExp(`^(${seedEvents.map((e) => escape(e.title)).join('|')})`);
    await expect(timeline(page).getByRole('button', { name: anyEvent })).toHaveCount(
      seedEvents.length,
    );
    // Named by what it shows (title, date, status), then its kind for screen readers.
    await expect(eventButton(page, 'Alaska summit')).toHaveAccessibleName(
      'Alaska summit August 15, 2025 (summit)',
    );
  });

  test('clicking an event selects it', async ({ page }) => {
    await eventButton(page, 'Alaska summit').click();
    await expect(page).toHaveURL(/[?&]event=alaska-summit(&|$)/);
    await expect(
      page.getByRole('region', { name: 'Details' }).getByRole('heading').first(),
    ).toHaveText('Alaska summit');
    await expect(eventButton(page, 'Alaska summit')).toHaveAttribute('aria-current', 'true');
    await expect(eventButton(page, 'Witkoff on CNN')).not.toHaveAttribute('aria-current');
  });

  test('the keyboard moves through events in time order and selects with Enter', async ({
    page,
  }) => {
    await timeline(page).getByRole('button', { name: 'Fit all' }).focus();
    await page.keyboard.press('Tab');
    await expect(eventButton(page, 'Alaska summit')).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(eventButton(page, "Witkoff on CNN's State of the Union")).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(eventButton(page, "Rubio's round of Sunday talk shows")).toBeFocused();
    await page.keyboard.press('End');
    await expect(eventButton(page, 'Washington meeting with Trump')).toBeFocused();
    await page.keyboard.press('ArrowLeft');
    await expect(eventButton(page, 'Von der Leyen and Zelenskyy in Brussels')).toBeFocused();
    await page.keyboard.press('Home');
    await expect(eventButton(page, 'Alaska summit')).toBeFocused();
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/[?&]event=washington-meeting(&|$)/);
    // One tab stop for all events: Tab leaves the events instead of walking through them.
    await expect(eventButton(page, 'Washington meeting with Trump')).toHaveAttribute(
      'tabindex',
      '0',
    );
    await expect(eventButton(page, 'Alaska summit')).toHaveAttribute('tabindex', '-1');
  });

  test('the focused event shows a visible focus ring', async ({ page }) => {
    await timeline(page).getByRole('button', { name: 'Fit all' }).focus();
    await page.keyboard.press('Tab');
    const outline = await eventButton(page, 'Alaska summit').evaluate((el) => {
      const style = getComputedStyle(el);
      return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
    });
    expect(outline.style).toBe('solid');
    expect(outline.width).toBeGreaterThanOrEqual(2);
  });

  test('a planned event carries a "Planned" badge', async ({ page }) => {
    const planned = eventButton(page, 'Washington meeting with Trump');
    await expect(planned).toContainText('Planned');
    await expect(planned).toHaveAccessibleName(/ Planned \(meeting\)$/);
    await expect(eventButton(page, 'Alaska summit')).not.toContainText('Planned');
  });

  test('a date-only statement is a point that selects its speaker', async ({ page }) => {
    // The speaker isolated (U+2068 … U+2069) inside the name.
    const point = timeline(page).getByRole('button', {
      name: /^Statement by \u2068European officials\u2069:/,
    });
    await expect(point).toHaveAccessibleName(
      'Statement by \u2068European officials\u2069: mixed, August 17, 2025',
    );
    await expect(point).toContainText('±');
    await point.click();
    await expect(page).toHaveURL(/[?&]actor=european-officials(&|$)/);
  });

  test('zoom and pan buttons change the visible range', async ({ page }) => {
    // Moves jump instead of gliding, so each click starts from a settled range (on a
    // busy machine a click could otherwise land mid-animation).
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const region = timeline(page);
    await expect(region).toHaveAttribute('data-window-start', /\d{4}-/);
    const fitted = await shownWindow(region);

    await region.getByRole('button', { name: 'Zoom in' }).click();
    await expect
      .poll(async () => span(await shownWindow(region)))
      .toBeLessThan(span(fitted) * 0.75);
    const zoomed = await shownWindow(region);

    await region.getByRole('button', { name: 'Earlier' }).click();
    await expect.poll(async () => (await shownWindow(region)).start).toBeLessThan(zoomed.start);
    const earlier = await shownWindow(region);

    await region.getByRole('button', { name: 'Later' }).click();
    await expect.poll(async () => (await shownWindow(region)).start).toBeGreaterThan(earlier.start);

    await region.getByRole('button', { name: 'Zoom out' }).click();
    await expect
      .poll(async () => span(await shownWindow(region)))
      .toBeGreaterThan(span(zoomed) * 1.5);

    await region.getByRole('button', { name: 'Fit all' }).click();
    await expect
      .poll(async () => Math.abs((await shownWindow(region)).start - fitted.start))
      .toBeLessThan(span(fitted) * 0.02);
  });

  test('the axis labels follow the zoom', async ({ page }) => {
    // Each zoom starts from the window the last one asked for: animated, a click
    // landing mid-glide would zoom from wherever the glide had got to.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const region = timeline(page);
    await expect(region.getByText('August 2025', { exact: true })).toBeVisible();
    const fitted = span(await shownWindow(region));
    for (let i = 0; i < 4; i++) await region.getByRole('button', { name: 'Zoom in' }).click();
    // The window drawn (written after each redraw) is a sixteenth of the fitted one.
    await expect.poll(async () => fitted / span(await shownWindow(region))).toBeCloseTo(16, 3);
    // A few hours wide: the axis names the day and shows times.
    await expect(region.getByText(/^(Saturday|Sunday), August 1[67], 2025$/).first()).toBeVisible();
    // The labels the panel's edges would cut are hidden: look among those shown.
    await expect(
      region
        .getByText(/^\d\d:00$/)
        .locator('visible=true')
        .first(),
    ).toBeVisible();
  });

  test('an event out of view is brought in when the keyboard reaches it', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' }); // each zoom from a settled window
    const region = timeline(page);
    // An eighth of the fitted span, around Sunday: the summit (Friday) is drawn away, and
    // the Sunday events, drawn, hold the events' tab stop.
    for (let i = 0; i < 3; i++) await region.getByRole('button', { name: 'Zoom in' }).click();
    await expect(eventButton(page, 'Alaska summit')).toHaveCount(0);
    await expect(eventButton(page, "Witkoff on CNN's State of the Union")).toHaveAttribute(
      'tabindex',
      '0',
    );
    await region.getByRole('button', { name: 'Fit all' }).focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Home');
    await expect(eventButton(page, 'Alaska summit')).toBeFocused();
    await expect(eventButton(page, 'Alaska summit')).toBeInViewport();
    await page.keyboard.press('End');
    await expect(eventButton(page, 'Washington meeting with Trump')).toBeFocused();
  });

  test('a selection made elsewhere is brought into view', async ({ page }) => {
    await eventButton(page, 'Alaska summit').click();
    await expect(page).toHaveURL(/event=alaska-summit/);
    await eventButton(page, 'Washington meeting with Trump').click();
    await expect(page).toHaveURL(/event=washington-meeting/);
    const region = timeline(page);
    await page.emulateMedia({ reducedMotion: 'reduce' }); // each move from a settled window
    for (let i = 0; i < 4; i++) await region.getByRole('button', { name: 'Zoom in' }).click();
    await region.getByRole('button', { name: 'Later' }).click();
    await expect(eventButton(page, 'Alaska summit')).toHaveCount(0);
    // Back restores the earlier selection through the URL, not through the timeline.
    await page.goBack();
    await expect(page).toHaveURL(/event=alaska-summit/);
    await expect(eventButton(page, 'Alaska summit')).toBeInViewport();
    await expect(eventButton(page, 'Alaska summit')).toHaveAttribute('aria-current', 'true');
  });

  test('vis-timeline arrives as its own chunk, not in the entry file', async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
    });
    await openExplorer(page);
    await expect(eventButton(page, 'Alaska summit')).toBeVisible();
    const entry = await page.evaluate(
      () =>
        new URL((document.querySelector('script[type="module"]') as HTMLScriptElement).src)
          .pathname,
    );
    const vis = scripts.filter((path) => /vis-timeline[^/]*\.js$/.test(path));
    expect(vis).toHaveLength(1);
    expect(vis[0]).not.toBe(entry);
    expect(scripts).toContain(entry);
  });

  test('fits a 360-pixel screen without horizontal scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await expect(eventButton(page, 'Alaska summit')).toBeVisible();
    const box = await timeline(page).boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(360);
    const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scroll).toBeLessThanOrEqual(360);
    // vis-timeline redrew at the new width (not clipped at the old one).
    const center = timeline(page).locator('.vis-panel.vis-center');
    await expect
      .poll(async () => {
        const c = (await center.boundingBox())!;
        return c.x + c.width;
      })
      .toBeLessThanOrEqual(box!.x + box!.width + 2);
    const summit = (await eventButton(page, 'Alaska summit').boundingBox())!;
    expect(summit.x).toBeGreaterThanOrEqual(box!.x);
    expect(summit.x).toBeLessThan(box!.x + box!.width);
  });

  test('has no accessibility violations in light and dark', async ({ page }) => {
    test.slow(); // two loads and two axe runs
    const axePath = new URL('../../node_modules/axe-core/axe.min.js', import.meta.url).pathname;
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await openExplorer(page, '?event=alaska-summit');
      await expect(eventButton(page, 'Alaska summit')).toBeVisible();
      await page.addScriptTag({ path: axePath });
      const violations = await page.evaluate(async () => {
        const axe = (
          window as unknown as {
            axe: {
              run: (el: Element) => Promise<{ violations: { id: string; nodes: unknown[] }[] }>;
            };
          }
        ).axe;
        const region = document.querySelector('section[aria-labelledby]') as Element;
        const result = await axe.run(region);
        return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
      });
      expect(violations, colorScheme).toEqual([]);
    }
  });
});

test('a from/to window in the URL is the first view', async ({ page }) => {
  await openExplorer(page, '?from=2025-08-17&to=2025-08-17');
  const region = timeline(page);
  await expect(region).toHaveAttribute('data-window-start', '2025-08-17T00:00:00.000Z');
  await expect(region).toHaveAttribute('data-window-end', '2025-08-18T00:00:00.000Z');
  await expect(eventButton(page, "Witkoff on CNN's State of the Union")).toBeVisible();
  await expect(eventButton(page, 'Alaska summit')).toHaveCount(0);
});

test('dragging the timeline pans it without selecting what was under the pointer', async ({
  page,
}) => {
  await openExplorer(page);
  const alaska = eventButton(page, 'Alaska summit');
  await expect(alaska).toBeVisible();
  const region = timeline(page);
  await expect
    .poll(async () => (await shownWindow(region)).start)
    .toBeLessThan(Date.UTC(2025, 7, 15));
  const before = await shownWindow(region);
  const box = (await alaska.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 - 200, box.y + box.height / 2, { steps: 8 });
  await page.mouse.up();
  await expect.poll(async () => (await shownWindow(region)).start).toBeGreaterThan(before.start);
  expect(page.url()).not.toContain('event=');
});

test('loading ?event= marks that item selected', async ({ page }) => {
  await openExplorer(page, '?event=alaska-summit');
  const item = eventButton(page, 'Alaska summit');
  await expect(item).toHaveAttribute('aria-current', 'true');
  await expect(item).toHaveAttribute('tabindex', '0');
  await expect(timeline(page).locator('[aria-current="true"]')).toHaveCount(1);
});

test.describe('antarctic data set', () => {
  test.beforeEach(async ({ page }) => {
    await openExplorer(page, '?dataset=antarctic-treaty');
    await expect(eventButton(page, 'International Geophysical Year')).toBeVisible();
  });

  test('shows one button per event', async ({ page }) => {
    expect(antarcticEvents).toHaveLength(10);
    for (const event of antarcticEvents)
      await expect(eventButton(page, event.title)).toHaveCount(1);
    const anyEvent = new RegExp(`^(${antarcticEvents.map((e) => escape(e.title)).join('|')})`);
    await expect(timeline(page).getByRole('button', { name: anyEvent })).toHaveCount(
      antarcticEvents.length,
    );
  });

  test('cancelled, postponed and planned events carry their badges', async ({ page }) => {
    const cancelled = eventButton(page, 'Signature of the minerals convention');
    await expect(cancelled).toContainText('Cancelled');
    await expect(cancelled).toHaveAccessibleName(/ Cancelled \(signature\)$/);
    await expect(eventButton(page, 'Consultative Meeting in Helsinki')).toContainText('Postponed');
    await expect(eventButton(page, 'Review conference on the Madrid Protocol')).toContainText(
      'Planned',
    );
    await expect(eventButton(page, 'Adoption of the Madrid Protocol')).not.toContainText(
      /Planned|Cancelled|Postponed/,
    );
  });

  test('dates read at the precision they were written', async ({ page }) => {
    const cancelled = eventButton(page, 'Signature of the minerals convention');
    await expect(cancelled).toContainText('1989');
    await expect(cancelled).not.toContainText('January');
    await expect(cancelled).toHaveAccessibleName(
      'Signature of the minerals convention by Australia and France 1989 Cancelled (signature)',
    );
    await expect(eventButton(page, 'U.S. proposal for an international regime')).toContainText(
      'c. August 1948',
    );
    await expect(eventButton(page, 'Washington Conference on Antarctica')).toHaveAccessibleName(
      /^Washington Conference on Antarctica October 15, 1959 – December 1, 1959 /,
    );
  });

  test('statements that sit together form a cluster that zooms in', async ({ page }) => {
    const region = timeline(page);
    // Two statements of 1983 (drawn in mid-1983): a cluster named by its count, date
    // and stance mix.
    const cluster = region.getByRole('button', { name: /^2 statements, 1983: / });
    await expect(cluster).toHaveAccessibleName('2 statements, 1983: 2 negative; zoom in');
    await expect(cluster).toContainText('−2');
    // The first view fits all the data: 1948 to 2048.
    await expect
      .poll(async () => (await shownWindow(region)).start)
      .toBeLessThan(Date.UTC(1948, 7, 1));
    await expect
      .poll(async () => (await shownWindow(region)).end)
      .toBeGreaterThan(Date.UTC(2049, 0, 1));
    const point = region.getByRole('button', {
      name: /^Statement by \u2068Soviet Union\u2069: negative, 1957/,
    });
    await expect(point).toHaveAccessibleName(
      'Statement by \u2068Soviet Union\u2069: negative, 1957, alleged, via \u2068Western commentators\u2069',
    );
    await expect(point).toContainText('Alleged');
    await expect(point).not.toContainText('January');
    const before = await shownWindow(region);
    await cluster.click();
    await expect.poll(async () => span(await shownWindow(region))).toBeLessThan(span(before) / 4);
  });

  test('the selected event is marked, related events highlighted and the others dimmed', async ({
    page,
  }) => {
    await eventButton(page, 'Signing of the Antarctic Treaty').click();
    await expect(page).toHaveURL(/event=treaty-signing/);
    const signing = eventButton(page, 'Signing of the Antarctic Treaty');
    await expect(signing).toHaveAttribute('aria-current', 'true');
    // Selected: a ring and a heavier title, not color alone.
    const style = (item: Locator) =>
      item.evaluate((el) => {
        const title = getComputedStyle(el.querySelector('.tl-title')!);
        return {
          weight: Number(title.fontWeight),
          color: title.color,
          ring: getComputedStyle(el).boxShadow,
        };
      });
    await expect.poll(async () => (await style(signing)).weight).toBeGreaterThanOrEqual(800);
    expect((await style(signing)).ring).not.toBe('none');

    // An actor: the Soviet Union took part in the IGY, not in the Helsinki meeting.
    await openExplorer(page, '?dataset=antarctic-treaty&actor=soviet-union');
    await expect(eventButton(page, 'International Geophysical Year')).toBeVisible();
    const related = await style(eventButton(page, 'International Geophysical Year'));
    const dimmed = await style(eventButton(page, 'Consultative Meeting in Helsinki'));
    expect(related.weight).toBeGreaterThanOrEqual(600);
    // The weight stays (titles wrap: a lighter one would rewrap them and move the
    // page); the colour says it instead.
    expect(dimmed.weight).toBe(related.weight);
    expect(dimmed.color).not.toBe(related.color);
    expect(dimmed.color).not.toBe(related.color);
  });
});

test.describe('first view and time (a week of talks, one item of 2016, a review planned for 2029)', () => {
  test.beforeEach(async ({ page }) => {
    await openExplorer(page, '?dataset=basin-talks');
    await expect(eventButton(page, 'Opening session of the basin talks')).toBeVisible();
  });

  test('the first view fits the week; "Fit all" reaches 2016 and 2029', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const region = timeline(page);
    await expect(region).toHaveAttribute('data-window-start', /^2024-03-0[34]T/);
    const first = await shownWindow(region);
    expect(first.end).toBeLessThan(Date.UTC(2024, 2, 14));
    await expect(eventButton(page, 'Drought report on the shared basin')).toHaveCount(0);
    await region.getByRole('button', { name: 'Fit all' }).click();
    await expect
      .poll(async () => (await shownWindow(region)).start)
      .toBeLessThan(Date.UTC(2016, 0, 1));
    await expect
      .poll(async () => (await shownWindow(region)).end)
      .toBeGreaterThan(Date.UTC(2029, 3, 1));
  });

  test('a date without a time is drawn over its whole day', async ({ page }) => {
    const bar = timeline(page)
      .locator('.vis-item.vis-range')
      .filter({
        has: page.getByRole('button', { name: startsWith('Technical experts compare river') }),
      });
    const axis = timeline(page).locator('.vis-panel.vis-center');
    const w = await shownWindow(timeline(page));
    const box = (await bar.boundingBox())!;
    const panel = (await axis.boundingBox())!;
    const px = (t: number) => panel.x + ((t - w.start) / (w.end - w.start)) * panel.width;
    expect(Math.abs(box.x - px(Date.UTC(2024, 2, 5)))).toBeLessThan(3);
    expect(Math.abs(box.x + box.width - px(Date.UTC(2024, 2, 6)))).toBeLessThan(3);
  });

  test('says that the axis shows UTC when items have times, and not otherwise', async ({
    page,
  }) => {
    await expect(
      timeline(page).getByText('Times on the axis in UTC; each item shows its own.'),
    ).toBeVisible();
    await openExplorer(page);
    await expect(eventButton(page, 'Alaska summit')).toBeVisible();
    await expect(timeline(page).getByText(/UTC/)).toHaveCount(0);
  });
});

test('"Covers" reads at the precision written, with shared parts once', async ({ page }) => {
  await page.goto('index.html');
  const details = page.getByRole('region', { name: 'Details' });
  await expect(details.getByText(/^Covers \S/)).toHaveText('Covers August 15 – 18, 2025');
  await page.goto('index.html?dataset=antarctic-treaty');
  await expect(details.getByText(/^Covers \S/)).toHaveText('Covers August 1948 – 2048');
});
