import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openExplorer, serveWithStrictCsp as strict, violations } from './helpers';

test('the explorer works under the strict CSP with zero violations', async ({ page }) => {
  await strict(page);
  await openExplorer(page);
  const graph = page.getByRole('region', { name: 'Actor graph' });
  await graph.getByRole('button', { name: /^Vladimir Putin/ }).click();
  await expect(
    page.getByRole('region', { name: 'Details' }).getByRole('heading').first(),
  ).toHaveText('Vladimir Putin');
  await page
    .getByRole('region', { name: 'Timeline' })
    .getByRole('button', { name: /^Alaska summit/ })
    .click();
  await expect(
    page.getByRole('region', { name: 'Details' }).getByRole('heading').first(),
  ).toHaveText(/Alaska summit/);
  await page.getByRole('button', { name: 'Table' }).click();
  await expect(page.getByRole('table')).toBeVisible();
  await page.getByRole('button', { name: 'Share' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

test('the embed works under the strict CSP with zero violations', async ({ page }) => {
  await strict(page);
  await openExplorer(page, '?view=both&actor=witkoff', 'embed.html');
  await expect(
    page.getByRole('region', { name: 'Details' }).getByRole('heading').first(),
  ).toHaveText('Steve Witkoff');
  await expect(
    page.getByRole('region', { name: 'Timeline' }).getByRole('button', { name: /^Alaska summit/ }),
  ).toBeVisible();
  await page
    .getByRole('region', { name: 'Actor graph' })
    .getByRole('button', { name: /^Marco Rubio/ })
    .click();
  await expect(
    page.getByRole('region', { name: 'Details' }).getByRole('heading').first(),
  ).toHaveText('Marco Rubio');
  expect(await violations(page)).toEqual([]);
});

test('the built pages have no inline scripts and the built JS no eval or new Function', () => {
  const dist = `dist-e2e/${process.env.PARLEY_E2E_PORT ?? 4317}`;
  const pages = ['index.html', 'embed.html', 'examples/article.html'];
  for (const name of pages) {
    const html = readFileSync(join(dist, name), 'utf8');
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length, name).toBeGreaterThan(0);
    for (const [, attributes, body] of scripts) {
      expect(attributes, `${name}: every script has a src`).toMatch(/\ssrc=/);
      expect(body!.trim(), `${name}: no inline script body`).toBe('');
    }
    expect(html, `${name}: no inline event handlers`).not.toMatch(/\son[a-z]+=/i);
  }
  const js = [
    ...readdirSync(join(dist, 'assets'))
      .filter((f) => f.endsWith('.js'))
      .map((f) => join(dist, 'assets', f)),
    join(dist, 'embed.js'),
  ];
  expect(js.length).toBeGreaterThan(2);
  for (const file of js) {
    const code = readFileSync(file, 'utf8');
    expect(code, file).not.toMatch(/\bnew Function\s*\(/);
    expect(code, file).not.toMatch(/(^|[^.\w$])eval\s*\(/);
  }
});
