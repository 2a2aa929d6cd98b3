import { expect, test, type Page } from '@playwright/test';
import { openExplorer, seed, seriousViolations } from './helpers';

const data = seed();
const nameOf = (id: string) => data.actors.find((a) => a.id === id)!.name;
const START = '?dataset=alaska-summit-2025&actor=witkoff';

/** Loads the explorer with Steve Witkoff selected and opens "Share" with the keyboard. */
async function openShare(page: Page) {
  await openExplorer(page, START);
  const heading = page.getByRole('region', { name: 'Details' }).getByRole('heading').first();
  await expect(heading).toHaveText(nameOf('witkoff'));
  const share = page.getByRole('button', { name: 'Share' });
  await share.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Share or embed this view' });
  await expect(dialog).toBeVisible();
  return { share, dialog, heading };
}

/** Where focus is: in the open dialog, outside the document (browser UI), or on the page behind. */
function focusPlace(page: Page) {
  return page.evaluate(() => {
    const active = document.activeElement as HTMLInputElement | null;
    const label = active?.labels?.[0]?.textContent ?? active?.textContent;
    if (active?.closest('dialog[open]')) return `dialog:${active.tagName}:${label?.trim()}`;
    if (!document.hasFocus() && (!active || active === document.body)) return 'browser';
    return `BEHIND:${active?.tagName}:${active?.textContent?.slice(0, 40)}`;
  });
}

/** Parses the embed code the way a CMS page would. */
function parseSnippet(page: Page, code: string) {
  return page.evaluate((html) => {
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const iframe = doc.querySelector('iframe')!;
    const script = doc.querySelector('script')!;
    // Parsed as a page without scripts reads it: the <noscript> holds an element.
    const still = doc.querySelector('noscript > img');
    return {
      still: still && {
        src: still.getAttribute('src'),
        srcset: still.getAttribute('srcset'),
        alt: still.getAttribute('alt'),
        width: still.getAttribute('width'),
        height: still.getAttribute('height'),
      },
      src: iframe.getAttribute('src')!,
      title: iframe.getAttribute('title'),
      parley: iframe.hasAttribute('data-parley'),
      loading: iframe.getAttribute('loading'),
      height: iframe.style.height,
      script: script.getAttribute('src'),
      async: script.hasAttribute('async'),
      elements: doc.body.children.length + doc.head.children.length,
    };
  }, code);
}

test('Enter on "Share" opens a named modal dialog and moves focus into it', async ({ page }) => {
  const { share, dialog } = await openShare(page);
  await expect(share).toHaveAttribute('aria-haspopup', 'dialog');
  expect(await dialog.evaluate((d) => d.matches(':modal'))).toBe(true);
  await expect(dialog.locator(':focus')).toHaveCount(1);
  expect(await focusPlace(page)).toMatch(/^dialog:/);
});

for (const key of ['Tab', 'Shift+Tab']) {
  test(`${key} cycles inside the dialog and never reaches the page behind`, async ({ page }) => {
    const { dialog } = await openShare(page);
    const focusable = await dialog.locator('input, textarea, button').count();
    const seen: string[] = [];
    for (let i = 0; i < focusable + 4; i++) {
      await page.keyboard.press(key);
      seen.push(await focusPlace(page));
    }
    expect(seen.filter((place) => place.startsWith('BEHIND'))).toEqual([]);
    // Chromium lets focus visit its own UI (outside the document) between the last
    // and the first control of a modal dialog, as with any page; then it wraps.
    const inDialog = seen.filter((place) => place.startsWith('dialog:'));
    expect(inDialog.length).toBeGreaterThanOrEqual(seen.length - 2);
    expect(inDialog).toContain('dialog:BUTTON:Close');
    expect(inDialog).toContain('dialog:BUTTON:Copy embed code');
    // It went round: the control focused first had focus again later.
    expect(seen.indexOf(seen[0]!, 1)).toBeGreaterThan(0);
  });
}

test('Escape closes the dialog, returns focus to "Share" and keeps the selection', async ({
  page,
}) => {
  const { share, dialog, heading } = await openShare(page);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(share).toBeFocused();
  await expect(heading).toHaveText(nameOf('witkoff'));
  await expect(page).toHaveURL(/actor=witkoff/);
});

test('the embed code and link follow the selection, view, theme and header choices', async ({
  page,
  baseURL,
}) => {
  const { dialog } = await openShare(page);
  const code = dialog.getByRole('textbox', { name: 'Embed code' });
  const link = dialog.getByRole('textbox', { name: 'Direct link' });
  const before = await parseSnippet(page, await code.inputValue());
  expect(before).toEqual({
    still: {
      src: `${baseURL}stills/alaska-summit-2025-graph.png`,
      srcset: `${baseURL}stills/alaska-summit-2025-graph@2x.png 2x`,
      alt: `Actor graph: ${data.title}. Most active: Steve Witkoff, Volodymyr Zelenskyy and Donald Trump.`,
      width: '960',
      height: expect.stringMatching(/^[1-9]\d{2,3}$/),
    },
    src: `${baseURL}embed.html?dataset=alaska-summit-2025&actor=witkoff`,
    title: `${data.title} (interactive graphic)`,
    parley: true,
    loading: 'lazy',
    height: expect.stringMatching(/^[1-9]\d+px$/),
    script: `${baseURL}embed.js`,
    async: true,
    elements: 3,
  });
  // The still is there, as big as the code says, at 1× and 2×.
  for (const [url, scale] of [
    [before.still!.src!, 1],
    [before.still!.srcset!.replace(/ 2x$/, ''), 2],
  ] as const) {
    const size = await page.evaluate(async (src) => {
      const image = new Image();
      image.src = src;
      await image.decode();
      return `${image.naturalWidth}x${image.naturalHeight}`;
    }, url);
    expect(size).toBe(`${960 * scale}x${Number(before.still!.height) * scale}`);
  }
  await expect(link).toHaveValue(`${baseURL}index.html?dataset=alaska-summit-2025&actor=witkoff`);

  // Arrow keys move within the "Show" radio group; the theme is picked with a click.
  const both = dialog.getByRole('radio', { name: 'Timeline and graph' });
  await expect(both).toBeChecked();
  await both.focus();
  await page.keyboard.press('ArrowRight');
  await expect(dialog.getByRole('radio', { name: 'Graph', exact: true })).toBeChecked();
  await dialog.getByRole('radio', { name: 'Dark' }).click();
  await dialog.getByRole('checkbox', { name: 'Show title and description' }).uncheck();
  await expect(code).toHaveValue(/view=graph/);
  const after = await parseSnippet(page, await code.inputValue());
  const params = new URL(after.src).searchParams;
  expect(Object.fromEntries(params)).toEqual({
    dataset: 'alaska-summit-2025',
    actor: 'witkoff',
    view: 'graph',
    theme: 'dark',
    header: '0',
  });
  // The graph alone starts shorter than timeline and graph together.
  expect(parseInt(after.height)).toBeLessThan(parseInt(before.height));
  // The full page takes no embed-only parameters: the link keeps only the state.
  await expect(link).toHaveValue(`${baseURL}index.html?dataset=alaska-summit-2025&actor=witkoff`);

  // The embed code's address shows that view.
  await page.goto(after.src);
  const details = page.getByRole('region', { name: 'Details' });
  await expect(details.getByRole('heading').first()).toHaveText(nameOf('witkoff'));
  await expect(page.getByRole('region', { name: 'Actor graph' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Timeline' })).toHaveCount(0);
});

test('a new selection shows up the next time the dialog opens', async ({ page, baseURL }) => {
  const { dialog } = await openShare(page);
  await page.keyboard.press('Escape');
  await page
    .getByRole('region', { name: 'Actor graph' })
    .getByRole('button', { name: new RegExp(`^${nameOf('rubio')}`) })
    .click();
  await page.getByRole('button', { name: 'Share' }).click();
  await expect(dialog.getByRole('textbox', { name: 'Embed code' })).toHaveValue(
    new RegExp(`embed\\.html\\?dataset=alaska-summit-2025&amp;actor=rubio"`),
  );
  await expect(dialog.getByRole('textbox', { name: 'Direct link' })).toHaveValue(
    `${baseURL}index.html?dataset=alaska-summit-2025&actor=rubio`,
  );
});

test('an edge selection is in the embed code, and the embed opens on it', async ({ page }) => {
  const { dialog } = await openShare(page);
  await page.keyboard.press('Escape');
  await page
    .getByRole('region', { name: 'Actor graph' })
    .locator('.edge[data-source="witkoff"][data-target="ukraine"] path.hit')
    .click({ force: true });
  await page.getByRole('button', { name: 'Share' }).click();
  const code = dialog.getByRole('textbox', { name: 'Embed code' });
  await expect(code).toHaveValue(/actor=witkoff&amp;about=ukraine"/);
  const { src } = await parseSnippet(page, await code.inputValue());
  await page.goto(src);
  await expect(
    page.getByRole('region', { name: 'Details' }).getByRole('heading').first(),
  ).toHaveText(`${nameOf('witkoff')} → ${nameOf('ukraine')}`);
});

test('the copy buttons put the code and the link on the clipboard and say so', async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: new URL(baseURL!).origin,
  });
  const { dialog } = await openShare(page);
  const status = dialog.getByRole('status');
  await expect(status).toHaveText('');
  const clipboard = () => page.evaluate(() => navigator.clipboard.readText());

  await dialog.getByRole('button', { name: 'Copy embed code' }).click();
  await expect(status).toHaveText('Embed code copied to the clipboard.');
  const code = dialog.getByRole('textbox', { name: 'Embed code' });
  expect(await clipboard()).toBe(await code.inputValue());

  await dialog.getByRole('button', { name: 'Copy link' }).click();
  await expect(status).toHaveText('Link copied to the clipboard.');
  expect(await clipboard()).toBe(
    await dialog.getByRole('textbox', { name: 'Direct link' }).inputValue(),
  );

  // Reopened, the dialog no longer claims an earlier copy.
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Share' }).click();
  await expect(status).toHaveText('');
});

test('when the clipboard refuses, the dialog says how to copy by hand', async ({ page }) => {
  await page.addInitScript(() => {
    navigator.clipboard.writeText = () => Promise.reject(new DOMException('Denied'));
  });
  const { dialog } = await openShare(page);
  await dialog.getByRole('button', { name: 'Copy embed code' }).click();
  await expect(dialog.getByRole('status')).toHaveText(
    'Could not copy automatically: select the embed code and copy it.',
  );
  // Focusing the code selects all of it, ready for Ctrl+C.
  const code = dialog.getByRole('textbox', { name: 'Embed code' });
  await code.focus();
  const [start, end, length] = await code.evaluate((t: HTMLTextAreaElement) => [
    t.selectionStart,
    t.selectionEnd,
    t.value.length,
  ]);
  expect(length).toBeGreaterThan(0);
  expect([start, end]).toEqual([0, length]);
});

test('the page with the dialog open is clean under axe', async ({ page }) => {
  await openShare(page);
  expect(await seriousViolations(page)).toEqual([]);
});
