import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectSnug, seed, statementsOn } from './helpers';

const data = seed();
const total = data.statements!.length;
const nameOf = (id: string) => data.actors.find((a) => a.id === id)!.name;
const ARTICLE = 'examples/article.html';

/**
 * The three graphics of examples/article.html, with the height each is written with;
 * the scrollytelling one has none: it is as tall as the screen.
 */
const GRAPHICS = [
  { title: /^Who said what about whom/, initial: '860px' },
  { title: /^Timeline of the Alaska summit/, initial: '600px' },
  { title: /^Actor graph that follows the text/, initial: undefined },
];
const STEP = '[data-parley-step]';

/** Scrolls with the mouse wheel, as a reader does, until `step` is just past the middle of the screen. */
async function scrollPastMiddle(page: Page, step: Locator): Promise<void> {
  const box = (await step.boundingBox())!;
  const { height } = page.viewportSize()!;
  await page.mouse.move(5, height / 2); // the page's margin, not a graphic
  await page.mouse.wheel(0, box.y - height / 2 + 40);
}

/** The first heading of the Details region inside an embed: what it has selected. */
function details(iframe: Locator) {
  return iframe
    .contentFrame()
    .getByRole('region', { name: 'Details' })
    .getByRole('heading')
    .first();
}

test('each graphic loads and the host script sizes its iframe to the content', async ({ page }) => {
  await page.goto(ARTICLE);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'After Alaska: what was agreed, and who says so',
  );
  const iframes = page.locator('iframe[data-parley]');
  await expect(iframes).toHaveCount(GRAPHICS.length);
  for (const [i, { title, initial }] of GRAPHICS.entries()) {
    const iframe = iframes.nth(i);
    await expect(iframe).toHaveAttribute('title', title);
    await iframe.scrollIntoViewIfNeeded();
    await expect(iframe.contentFrame().locator('h1')).toHaveCount(1);
    if (initial === undefined) {
      // The sticky graphic keeps the viewport's height, whatever the embed reports.
      const box = (await iframe.boundingBox())!;
      expect(Math.round(box.height)).toBe(page.viewportSize()!.height);
      continue;
    }
    // Resized from the embed's height message, not left at the written height.
    await expect
      .poll(() => iframe.evaluate((el) => (el as HTMLElement).style.height))
      .not.toBe(initial);
    await expectSnug(iframe);
  }
  // The first graphic opens on the envoy, as the text says; the second is a timeline.
  await expect(details(iframes.nth(0))).toHaveText(nameOf('witkoff'));
  const timeline = iframes.nth(1).contentFrame();
  await expect(
    timeline
      .getByRole('region', { name: 'Timeline' })
      .getByRole('button', { name: /^Washington meeting with Trump/ }),
  ).toBeVisible();
  await expect(timeline.getByRole('region', { name: 'Actor graph' })).toHaveCount(0);
});

test('scrolling through the steps drives the sticky graphic', async ({ page }) => {
  await page.goto(ARTICLE);
  const scrolly = page.locator('#scrolly-graphic');
  const heading = details(scrolly);
  const status = scrolly.contentFrame().getByText(/^Showing \d+ of \d+ statements/);
  // Before any step is reached nothing is selected: no details sheet.
  await scrolly.scrollIntoViewIfNeeded();
  await expect(scrolly.contentFrame().locator('#app[data-ready~="graph"]')).toBeAttached();
  await expect(heading).toHaveCount(0);

  const sunday = statementsOn(data, '2025-08-17');
  expect(sunday).toBeGreaterThan(0);
  expect(sunday).toBeLessThan(total);
  const steps = [
    { text: 'Start with the Russian president', heading: nameOf('putin'), shown: total },
    {
      text: 'What the envoy said about Ukraine',
      heading: `${nameOf('witkoff')} → ${nameOf('ukraine')}`,
      shown: total,
    },
    { text: "Ukraine's president welcomed", heading: nameOf('zelenskyy'), shown: total },
    { text: 'The Secretary of State', heading: nameOf('rubio'), shown: total },
    // No selection: the sheet closes; the embed says when the picture is filtered.
    { text: 'Narrow the view to Sunday 17 August', heading: undefined, shown: sunday },
    { text: 'Step back, and the whole weekend', heading: undefined, shown: total },
  ];
  for (const step of steps) {
    const section = page.locator(STEP, { hasText: step.text });
    await scrollPastMiddle(page, section);
    await expect(section).toHaveAttribute('aria-current', 'step');
    if (step.heading) await expect(heading).toHaveText(step.heading);
    else await expect(heading).toHaveCount(0);
    if (step.shown === total) await expect(status).toHaveCount(0);
    else
      await expect(status).toHaveText(
        new RegExp(`^Showing ${step.shown} of ${total} statements · `),
      );
  }
  await expect(page.locator(`${STEP}[aria-current]`)).toHaveCount(1);

  // Scrolling back up (with the mouse wheel) returns to an earlier step.
  const rubio = page.locator(STEP, { hasText: steps[3]!.text });
  const box = (await rubio.boundingBox())!;
  const viewport = page.viewportSize()!;
  await page.mouse.move(5, viewport.height / 2);
  await page.mouse.wheel(0, box.y + box.height / 2 - viewport.height / 2);
  await expect(rubio).toHaveAttribute('aria-current', 'step');
  await expect(heading).toHaveText(nameOf('rubio'));
  await expect(status).toHaveCount(0);
});

test('no request leaves the page origin while the whole article is read', async ({
  page,
  baseURL,
}) => {
  const origins = new Set<string>();
  page.on('request', (request) => origins.add(new URL(request.url()).origin));
  await page.goto(ARTICLE);
  const iframes = page.locator('iframe[data-parley]');
  for (let i = 0; i < GRAPHICS.length; i++) {
    await iframes.nth(i).scrollIntoViewIfNeeded();
    await expect(iframes.nth(i).contentFrame().locator('#app[data-ready]')).toBeAttached();
  }
  await scrollPastMiddle(page, page.locator(STEP).first());
  await expect(details(page.locator('#scrolly-graphic'))).toHaveText(nameOf('putin'));
  await page.getByRole('contentinfo').scrollIntoViewIfNeeded();
  expect([...origins]).toEqual([new URL(baseURL!).origin]);
});
