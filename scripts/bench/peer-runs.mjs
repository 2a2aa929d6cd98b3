// One measured load of a peer page (scripts/bench/peers.mjs): TimelineJS3 to its
// timeline drawn, vis-network to `stabilized`, both from navigation start.
import { freshPage, heapAfterGc } from './page.mjs';

export const PEERS = {
  timelinejs: {
    label: 'TimelineJS3',
    page: 'timelinejs.html',
    done: (b) => b.drawn !== undefined,
    figure: (b) => b.drawn,
    what: 'timeline drawn',
  },
  visNetwork: {
    label: 'vis-network',
    page: 'vis-network.html',
    done: (b) => b.stabilized !== undefined || b.error !== undefined,
    figure: (b) => b.stabilized,
    what: 'stabilized',
  },
};

/**
 * @param {object} o
 * @param {'timelinejs' | 'visNetwork'} o.peer
 * @param {number} o.capMs  the peer's figure is "not reached" after this long
 */
export async function measurePeer({ browser, base, peer, dataset, gz, capMs, settleMs, problems }) {
  const spec = PEERS[peer];
  const { context, page, scripts } = await freshPage(browser, settleMs, problems);
  const result = { dataset };
  try {
    await page.goto(`${base}peers/${spec.page}?data=${encodeURIComponent(dataset)}`, {
      waitUntil: 'commit',
    });
    const done = `(${spec.done.toString()})(window.__bench ?? {}) || performance.now() > ${capMs}`;
    // The page's clock, not ours: a page that is busy answers late, but its times are its own.
    await page.waitForFunction(done, null, { timeout: capMs + 30_000, polling: 250 });
    const bench = await page.evaluate(() => window.__bench);
    if (bench.error) throw new Error(bench.error);
    const figure = spec.figure(bench);
    result.raw = bench;
    if (figure !== undefined && figure <= capMs) result.time = figure;
    else result.notReached = `not ${spec.what} in ${Math.round(capMs / 1000)} s`;
    result.heap = await heapAfterGc(context, page);
    result.jsTotal = [...scripts].reduce((sum, path) => sum + gz(path), 0);
  } catch (error) {
    const message = error.message.split('\n')[0];
    // A page too busy to answer our polling within the cap has not got there either.
    if (error.name === 'TimeoutError')
      result.notReached = `not ${spec.what} in ${Math.round(capMs / 1000)} s`;
    else result.error = message;
    problems.push(`${dataset}: ${spec.label}: ${message}`);
  } finally {
    await context.close();
  }
  return result;
}
