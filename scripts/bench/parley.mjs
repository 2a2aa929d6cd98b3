// One measured load of Parley's explorer, then the interactions a reader makes.
// Selectors are the app's stable contracts only (regions and their labels, roles and
// names, #app[data-ready]), so the bench outlives changes to how the views draw.
import { measureNetwork } from './network-phase.mjs';
import {
  detailsHeading,
  eventsBetween,
  flush,
  freshPage,
  heapAfterGc,
  layoutShift,
  longTasks,
  now,
  phase,
  scriptsBefore,
  untilDetailsHeadingChanges,
  untilQuiet,
} from './page.mjs';

// The actors' buttons on either renderer: SVG groups with role="button", or the canvas
// renderer's <button> elements over its drawing; both carry data-node.
const GRAPH_NODES = 'section[aria-label="Actor graph"] [data-node]';

/**
 * @param {object} o
 * @param {import('@playwright/test').Browser} o.browser
 * @param {string} o.base  the server's address
 * @param {string} o.dataset  the data set id
 * @param {(path: string) => number} o.gz  gzipped size by URL path
 * @param {number} o.capMs  how long a load or one interaction may take before it is given up
 * @param {number} o.settleMs
 * @param {string[]} o.problems  what could not be measured (smoke mode fails on these)
 * @param {number} [o.quietMs]  how long the page must be free of long tasks after ready
 * @param {string} [o.query]  more of the page's query (`renderer=canvas`), for timing one choice against another
 * @param {string[]} [o.months]  two months with statements, for the network's window change
 */
export async function measureParley({
  browser,
  base,
  dataset,
  gz,
  capMs,
  settleMs,
  problems,
  quietMs = 1000,
  query = '',
  months = [],
}) {
  const { context, page, scripts } = await freshPage(browser, settleMs, problems);
  const result = { dataset };
  try {
    await page.goto(
      // lang=en: the interface the figures were always taken in (the German set would
      // otherwise speak German and load its catalogue as one more chunk).
      `${base}index.html?dataset=${encodeURIComponent(dataset)}&lang=en${query && `&${query}`}`,
      {
        waitUntil: 'commit',
      },
    );
    try {
      await page.waitForSelector('#app[data-ready~="graph"][data-ready~="timeline"]', {
        state: 'attached',
        timeout: capMs,
      });
    } catch {
      result.notReady = `not interactive in ${Math.round(capMs / 1000)} s`;
      problems.push(`${dataset}: Parley ${result.notReady}`);
      return result;
    }
    const tokens = await page.evaluate(() => window.__bench.tokens);
    result.graphPainted = tokens.graph;
    result.timelineReady = tokens.timeline;
    result.interactive = Math.max(tokens.graph, tokens.timeline);

    result.scriptsBeforeGraph = await scriptsBefore(page, tokens.graph);
    result.jsBeforeGraph = result.scriptsBeforeGraph.reduce((sum, path) => sum + gz(path), 0);

    // Long tasks after ready: until the page has been quiet for a second (`quietMs`).
    const quiet = await untilQuiet(page, quietMs, capMs);
    result.quietAfterReady = quiet.quiet ? quiet.at - result.interactive : null;
    result.longTasksAfterReady = await longTasks(page, result.interactive, quiet.at);
    // Everything that moved while the page loaded, up to its first interaction.
    result.layoutShift = await layoutShift(page, quiet.at);
    result.heap = await heapAfterGc(context, page);

    // The topic toggle last: on big sets going back to "All" has frozen the page for
    // longer than the cap, and nothing can be measured after that.
    const phases = [
      ['actorClicks', () => clickActors(page, capMs, result)],
      ['timelineDrag', () => dragTimeline(page)],
      ['windowChange', () => changeWindow(page, capMs)],
      ['topicToggle', () => toggleTopic(page, capMs)],
    ];
    let busy = false;
    for (const [key, act] of phases) {
      result[key] = busy ? { skipped: 'page still busy' } : await phase(page, capMs, act);
      busy ||= result[key].overCap === true;
    }
    // The network modes after the rest: they leave the page in another mode.
    if (!busy) result.network = await measureNetwork(page, capMs, { months });
  } catch (error) {
    problems.push(`${dataset}: Parley: ${error.message.split('\n')[0]}`);
    result.error = error.message.split('\n')[0];
  } finally {
    // Every script the page (and its workers) fetched, whatever stopped the run.
    result.jsTotal = [...scripts].reduce((sum, path) => sum + gz(path), 0);
    await context.close();
  }
  return result;
}

/** Real clicks on six actors in the graph, each waited for in the Details heading. */
async function clickActors(page, capMs, result) {
  const nodes = page.locator(GRAPH_NODES);
  const count = Math.min(6, await nodes.count());
  result.actors = await nodes.count();
  const methods = [];
  for (let i = 0; i < count; i++) {
    const node = nodes.nth(i);
    const before = await detailsHeading(page);
    try {
      await node.click({ timeout: 5000 });
      methods.push('click');
    } catch {
      // A renderer may keep its buttons out of the pointer's way (an overlay that
      // takes no hits): then the reader's other way in, the keyboard.
      await node.focus();
      await page.keyboard.press('Enter');
      methods.push('Enter');
    }
    await untilDetailsHeadingChanges(page, before, capMs);
    await flush(page);
  }
  if (count < 6) throw new Error(`only ${count} actors in the graph`);
  return { performed: count, methods: [...new Set(methods)].join('/') };
}

/** One topic chip in the Filters, then "All" again. */
async function toggleTopic(page, capMs) {
  const toggle = page.getByRole('button', { name: /^Filters/ });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true')
    await toggle.click({ timeout: capMs });
  const topics = page.getByRole('group', { name: 'Topics' });
  if ((await topics.count()) === 0) return { skipped: 'no topics' };
  // "All" comes first (exact name matching misses it in Playwright 1.65, so: the first match).
  const all = await topics.getByRole('button', { name: 'All' }).first().elementHandle();
  // The first topic chip that is not pressed (with all topics shown, the first topic).
  const chip = await topics
    .getByRole('button')
    .and(page.locator(':not([aria-pressed="true"])'))
    .first()
    .elementHandle();
  const pressed = (el) => el.getAttribute('aria-pressed') === 'true';
  await untilQuiet(page, 300, capMs);
  const from = await now(page);
  await chip.click({ timeout: capMs });
  await page.waitForFunction(pressed, chip, { timeout: capMs });
  await untilQuiet(page, 300, capMs);
  await all.click({ timeout: capMs });
  await page.waitForFunction(pressed, all, { timeout: capMs });
  await flush(page);
  const events = await eventsBetween(page, from, await now(page));
  await toggle.click({ timeout: capMs });
  return { performed: 2, ...events };
}

/** Pointer down on the timeline's centre, 30 moves 300 px to the left, up; frames by rAF. */
async function dragTimeline(page) {
  const region = page.getByRole('region', { name: 'Timeline' });
  await region.scrollIntoViewIfNeeded();
  const box = await region.boundingBox();
  if (!box) throw new Error('the Timeline region has no box');
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.evaluate(() => {
    const frames = (window.__frames = []);
    const tick = (t) => {
      frames.push(t);
      if (window.__frames === frames) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x - 300, y, { steps: 30 });
  await page.mouse.up();
  await flush(page);
  const frames = await page.evaluate(() => {
    const f = window.__frames;
    window.__frames = null;
    return f;
  });
  let longestFrame = 0;
  for (let i = 1; i < frames.length; i++)
    longestFrame = Math.max(longestFrame, frames[i] - frames[i - 1]);
  return { performed: 1, longestFrame, frames: frames.length };
}

/** The timeline toolbar's "Zoom out", then "Zoom in". */
async function changeWindow(page, capMs) {
  // In the toolbar's group: a cluster of items may be named "…; zoom in to see them".
  const tools = page
    .getByRole('region', { name: 'Timeline' })
    .getByRole('group', { name: 'Timeline view' });
  await tools.getByRole('button', { name: 'Zoom out' }).click({ timeout: capMs });
  await untilQuiet(page, 300, capMs);
  await tools.getByRole('button', { name: 'Zoom in' }).click({ timeout: capMs });
  return { performed: 2 };
}
