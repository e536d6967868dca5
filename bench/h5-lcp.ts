// Home page LCP under Lighthouse's mobile profile (150 ms RTT, 1.6 Mbps down, 750 kbps up, CPU 4x
// slower) in headless Chromium via CDP, with the app's files sent as they are and brotli-compressed,
// the bytes of the first load on the wire, how many times the first feed page was asked for, and the
// main thread's long tasks (Lighthouse is not installed here: blocking time is summed like its TBT, the
// part of each task over 50 ms after the first paint, up to a second after the feed showed).
// Uses the H5 build in dist/h5 (npm run build:h5 first), or LCP_H5_DIR's; LCP_RUNS=n sets the number of runs (default 5).
import type { CDPSession, Page } from 'playwright-core';
import { FEED_COLLECTION, type FeedDoc } from '#types/models/feed';
import { PRODUCT_DATABASE } from '#types/models/product-database';
import { startEmulator } from '../emulator';
import type { Doc } from '../emulator/store/ejson';
import { H5_DIR } from '../scripts/local-paths';
import { FUNCTIONS_BUILD, buildCloudFunctions } from '../scripts/build-cloud';
import { launchBrowser, phoneContext } from '../test/e2e/support/browser';

const RTT_MS = 150;
const DOWN_BYTES_PER_S = (1.6 * 1024 * 1024) / 8;
const UP_BYTES_PER_S = (750 * 1024) / 8;
const CPU_SLOWDOWN = 4;

export interface LcpRun {
  lcpMs: number;
  requests: number;
  /** Bytes on the wire (headers and bodies) until the feed showed. */
  wireBytes: number;
  /** The same responses' bodies decoded. */
  bodyBytes: number;
  /** Requests for the feed's first page (index.html's early one and the app's own). */
  feedCalls: number;
  /** First contentful paint. */
  fcpMs: number;
  /** When the first feed card was in the page (the LCP element may be another: the search line). */
  feedMs: number;
  /** Long tasks (over 50 ms) until a second after the feed showed: their count, total length, and the
   * parts over 50 ms after FCP summed (Lighthouse's total blocking time, measured rather than simulated). */
  longTasks: number;
  longTaskMs: number;
  blockingMs: number;
}

async function throttled(page: Page): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: RTT_MS, downloadThroughput: DOWN_BYTES_PER_S, uploadThroughput: UP_BYTES_PER_S });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  return cdp;
}

export async function loadHome(url: string, compressed: boolean): Promise<LcpRun> {
  const browser = await launchBrowser();
  try {
    const page = await (await phoneContext(browser)).newPage();
    const cdp = await throttled(page);
    if (!compressed) await cdp.send('Network.setExtraHTTPHeaders', { headers: { 'Accept-Encoding': 'identity' } });
    const wire = new Map<string, number>();
    const body = new Map<string, number>();
    let feedCalls = 0;
    cdp.on('Network.requestWillBeSent', (e) => {
      if (e.request.postData?.includes('"listFeed"') && !e.request.postData.includes('cursor')) feedCalls += 1;
    });
    await page.addInitScript(() => {
      const tasks: Array<[number, number]> = [];
      (window as unknown as { __longTasks: typeof tasks }).__longTasks = tasks;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) tasks.push([e.startTime, e.duration]);
      }).observe({ type: 'longtask', buffered: true });
      const seen = new MutationObserver(() => {
        if (!document.querySelector('.card__title')) return;
        (window as unknown as { __feedMs: number }).__feedMs = performance.now();
        seen.disconnect();
      });
      seen.observe(document, { childList: true, subtree: true });
    });
    cdp.on('Network.dataReceived', (e) => body.set(e.requestId, (body.get(e.requestId) ?? 0) + e.dataLength));
    cdp.on('Network.loadingFinished', (e) => wire.set(e.requestId, e.encodedDataLength));
    page.setDefaultTimeout(60_000);
    await page.goto(`${url}/#/pages/index/index`);
    await page.locator('.card__title').first().waitFor();
    await page.waitForTimeout(1_000);
    const lcpMs = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          new PerformanceObserver((list) => {
            const entries = list.getEntries();
            resolve(entries[entries.length - 1]?.startTime ?? NaN);
          }).observe({ type: 'largest-contentful-paint', buffered: true });
        }),
    );
    const { fcpMs, feedMs, tasks } = await page.evaluate(() => ({
      fcpMs: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
      feedMs: (window as unknown as { __feedMs: number }).__feedMs,
      tasks: (window as unknown as { __longTasks: Array<[number, number]> }).__longTasks,
    }));
    const blockingMs = tasks.filter(([start]) => start >= fcpMs).reduce((total, [, duration]) => total + Math.max(0, duration - 50), 0);
    const longTaskMs = tasks.reduce((total, [, duration]) => total + duration, 0);
    const sum = (m: Map<string, number>): number => [...m.values()].reduce((a, b) => a + b, 0);
    return { lcpMs, requests: wire.size, wireBytes: sum(wire), bodyBytes: sum(body), feedCalls, fcpMs, feedMs, longTasks: tasks.length, longTaskMs, blockingMs };
  } finally {
    await browser.close();
  }
}

const RUNS = Number(process.env.LCP_RUNS ?? 5);

const middle = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

/** The run with the median LCP, its feed time and blocking time replaced by their own medians, and every run's LCP. */
function median(runs: LcpRun[]): LcpRun & { lcpRunsMs: number[] } {
  const run = [...runs].sort((a, b) => a.lcpMs - b.lcpMs)[Math.floor(runs.length / 2)] as LcpRun;
  return { ...run, feedMs: middle(runs.map((r) => r.feedMs)), blockingMs: middle(runs.map((r) => r.blockingMs)), lcpRunsMs: runs.map((r) => Math.round(r.lcpMs)) };
}

/** The home page loaded cold (empty browser cache), files sent as they are and compressed, alternately
 * after one untimed load that warms the function and the server's compressed copies; medians of RUNS. */
export async function h5Lcp(): Promise<{ raw: ReturnType<typeof median>; compressed: ReturnType<typeof median> }> {
  await buildCloudFunctions();
  const emulator = await startEmulator({ functionsDir: FUNCTIONS_BUILD, ...PRODUCT_DATABASE, staticDir: process.env.LCP_H5_DIR ?? H5_DIR });
  try {
    emulator.store.apply(
      Array.from({ length: 20 }, (_, i) => {
        const doc: FeedDoc = { _id: `lcp-${i}`, kind: 'notice', refId: `ref-${i}`, title: `城区道路养护公告第${i + 1}期`, summary: '施工期间请绕行，公交线路临时调整。', publishedAt: new Date(Date.UTC(2026, 5, 1) + i * 60_000) };
        return { kind: 'put' as const, collection: FEED_COLLECTION, id: doc._id, doc: doc as unknown as Doc };
      }),
    );
    await loadHome(emulator.url, true);
    const raw: LcpRun[] = [];
    const compressed: LcpRun[] = [];
    for (let i = 0; i < RUNS; i += 1) {
      raw.push(await loadHome(emulator.url, false));
      compressed.push(await loadHome(emulator.url, true));
    }
    return { raw: median(raw), compressed: median(compressed) };
  } finally {
    await emulator.stop();
  }
}

if (require.main === module) {
  void h5Lcp().then(({ raw, compressed }) => {
    const line = (name: string, r: LcpRun): string =>
      `${name.padEnd(12)} LCP ${(r.lcpMs / 1000).toFixed(2)} s  feed ${(r.feedMs / 1000).toFixed(2)} s  FCP ${(r.fcpMs / 1000).toFixed(2)} s  ${r.requests} requests (${r.feedCalls} for the feed)  ${(r.wireBytes / 1024).toFixed(0)} KiB on the wire  ${(r.bodyBytes / 1024).toFixed(0)} KiB decoded  ` +
      `${r.longTasks} long tasks ${r.longTaskMs.toFixed(0)} ms, blocking ${r.blockingMs.toFixed(0)} ms`;
    console.log(`home under ${RTT_MS} ms RTT, 1.6 Mbps, CPU ${CPU_SLOWDOWN}x (cold browser cache, median of ${RUNS})`);
    console.log(line('as they are', raw));
    console.log(line('compressed', compressed));
    console.log(JSON.stringify({ raw, compressed }));
  });
}
