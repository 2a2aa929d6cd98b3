// What the bench puts in every page it measures, and the few steps it takes in all of
// them: a fresh context per load, a settled tab, the heap after a garbage collection,
// the JavaScript a page fetched, gzipped.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * Installed with addInitScript, so it runs before the page's own scripts: the first
 * time each `data-ready` token appears on #app, every Event Timing entry of 16 ms or
 * more, every long task and every layout shift without input before it, all as
 * performance.now() (from navigation start).
 */
export function initScript() {
  const bench = (window.__bench = { tokens: {}, events: [], longtasks: [], shifts: [] });
  const seen = (target) => {
    if (!(target instanceof Element) || target.id !== 'app') return;
    for (const token of (target.getAttribute('data-ready') ?? '').split(/\s+/))
      if (token && bench.tokens[token] === undefined) bench.tokens[token] = performance.now();
  };
  new MutationObserver((records) => {
    for (const record of records) seen(record.target);
  }).observe(document, { attributes: true, attributeFilter: ['data-ready'], subtree: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      bench.events.push({
        name: e.name,
        startTime: e.startTime,
        duration: e.duration,
        interactionId: e.interactionId ?? 0,
      });
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      bench.longtasks.push({ startTime: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  // Layout shifts not caused by the reader's input (as CLS counts them).
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      if (!e.hadRecentInput) bench.shifts.push({ startTime: e.startTime, value: e.value });
  }).observe({ type: 'layout-shift', buffered: true });
}

const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A new context (empty cache) with one tab that has shown about:blank for `settleMs`:
 * Chromium starts a new window's own interface alongside the first tab, about 0.8 s
 * of CPU, which a reader who follows a link does not pay (see the README).
 */
export async function freshPage(browser, settleMs, problems) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => {
    // Requests the page drops itself (an aborted prefetch) are not failures.
    if (request.failure()?.errorText !== 'net::ERR_ABORTED')
      problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  const scripts = new Set();
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'http:' && url.hostname !== '127.0.0.1')
      problems.push(`request off the origin: ${request.url()}`);
    if (/\.m?js$/.test(url.pathname)) scripts.add(url.pathname);
  });
  await page.addInitScript(initScript);
  await page.goto('about:blank');
  if (settleMs > 0) await wait(settleMs);
  return { context, page, scripts };
}

/** performance.memory.usedJSHeapSize after a full garbage collection, in bytes. */
export async function heapAfterGc(context, page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.detach();
  return page.evaluate(() => performance.memory?.usedJSHeapSize ?? null);
}

/** Gzipped (level 9) size of files served from `root`, by URL path; memoized. */
export function gzipper(root) {
  const sizes = new Map();
  return (path) => {
    if (!sizes.has(path)) {
      const bytes = readFileSync(join(root, decodeURIComponent(path)));
      sizes.set(path, gzipSync(bytes, { level: 9 }).length);
    }
    return sizes.get(path);
  };
}

/** Script paths the page fetched (Resource Timing) that started before `time`. */
export async function scriptsBefore(page, time) {
  return page.evaluate(
    (t) =>
      performance
        .getEntriesByType('resource')
        .filter((e) => e.startTime <= t && /\.m?js$/.test(new URL(e.name).pathname))
        .map((e) => new URL(e.name).pathname),
    time,
  );
}

/**
 * Waits in the page until no long task has ended for `quietMs` (at most `capMs`);
 * returns whether it got quiet and when (performance.now()).
 */
export async function untilQuiet(page, quietMs, capMs) {
  return page.evaluate(
    async ([quiet, cap]) => {
      const start = performance.now();
      for (;;) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        const now = performance.now();
        const ends = window.__bench.longtasks.map((t) => t.startTime + t.duration);
        const last = Math.max(start, ...ends);
        if (now - last >= quiet) return { quiet: true, at: now };
        if (now - start >= cap) return { quiet: false, at: now };
      }
    },
    [quietMs, capMs],
  );
}

/** Two animation frames and a task: observers have delivered what came before. */
export async function flush(page) {
  await page.evaluate(
    () =>
      new Promise((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 50))),
      ),
  );
}

export const now = (page) => page.evaluate(() => performance.now());

/**
 * Event Timing between `from` and `to`: per interaction (interactionId), the longest
 * entry, as INP counts it; the longest of those; and the longest entry of any kind
 * (pointermove has no interactionId).
 */
export async function eventsBetween(page, from, to) {
  const entries = await page.evaluate(
    ([a, b]) => window.__bench.events.filter((e) => e.startTime >= a && e.startTime <= b),
    [from, to],
  );
  const byInteraction = new Map();
  for (const e of entries)
    if (e.interactionId)
      byInteraction.set(
        e.interactionId,
        Math.max(byInteraction.get(e.interactionId) ?? 0, e.duration),
      );
  const interactions = [...byInteraction.values()];
  return {
    interactions,
    worst: interactions.length ? Math.max(...interactions) : null,
    anyEvent: entries.length ? Math.max(...entries.map((e) => e.duration)) : null,
  };
}

/** Long tasks that end after `from` (and start before `to`, when given): count and longest. */
export async function longTasks(page, from, to = Infinity) {
  const tasks = await page.evaluate(() => window.__bench.longtasks);
  const within = tasks.filter(
    (t) => t.startTime + t.duration > from && t.startTime < (to ?? Infinity),
  );
  return {
    count: within.length,
    longest: within.length ? Math.max(...within.map((t) => t.duration)) : 0,
  };
}

/** Runs one interaction phase; returns its Event Timing and long tasks. */
export async function phase(page, capMs, act) {
  await untilQuiet(page, 300, capMs);
  const from = await now(page);
  let extra;
  try {
    extra = await act();
  } catch (error) {
    // The page took the input and did not answer within the cap: that is the figure.
    if (error.name === 'TimeoutError') return { overCap: true };
    throw error;
  }
  await flush(page);
  const to = await now(page);
  if (extra?.skipped) return { skipped: extra.skipped };
  const events = await eventsBetween(page, from, to);
  return { ...events, ...extra, longTasks: await longTasks(page, from, to), took: to - from };
}

/** The Details panel's first heading (the selection's name), as the page shows it. */
export function detailsHeading(page) {
  return page.evaluate(
    () =>
      document.querySelector('[aria-label="Details"]')?.querySelector('h1, h2, h3, h4, h5, h6')
        ?.textContent ?? '',
  );
}

/** Waits until the Details panel's first heading is no longer `before` (a click has answered). */
export function untilDetailsHeadingChanges(page, before, capMs) {
  return page.waitForFunction(
    (old) =>
      (document.querySelector('[aria-label="Details"]')?.querySelector('h1, h2, h3, h4, h5, h6')
        ?.textContent ?? '') !== old,
    before,
    { timeout: capMs, polling: 'raf' },
  );
}

/** The layout-shift score of the load up to `to` (the sum of the shifts without input before them). */
export async function layoutShift(page, to) {
  const shifts = await page.evaluate(() => window.__bench.shifts);
  return shifts.filter((s) => s.startTime <= to).reduce((sum, s) => sum + s.value, 0);
}
