// Home page LCP under Lighthouse's mobile profile (150 ms RTT, 1.6 Mbps down, 750 kbps up, CPU 4x
// slower) in headless Chromium via CDP, with the app's files sent as they are and brotli-compressed,
// and the bytes of the first load on the wire. Uses the H5 build in dist/h5 (npm run build:h5 first).
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
}

async function throttled(page: Page): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: RTT_MS, downloadThroughput: DOWN_BYTES_PER_S, uploadThroughput: UP_BYTES_PER_S });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  return cdp;
}

async function loadHome(url: string, compressed: boolean): Promise<LcpRun> {
  const browser = await launchBrowser();
  try {
    const page = await (await phoneContext(browser)).newPage();
    const cdp = await throttled(page);
    if (!compressed) await cdp.send('Network.setExtraHTTPHeaders', { headers: { 'Accept-Encoding': 'identity' } });
    const wire = new Map<string, number>();
    const body = new Map<string, number>();
    cdp.on('Network.dataReceived', (e) => body.set(e.requestId, (body.get(e.requestId) ?? 0) + e.dataLength));
    cdp.on('Network.loadingFinished', (e) => wire.set(e.requestId, e.encodedDataLength));
    page.setDefaultTimeout(60_000);
    await page.goto(`${url}/#/pages/index/index`);
    await page.locator('.card__title').first().waitFor();
    const lcpMs = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          new PerformanceObserver((list) => {
            const entries = list.getEntries();
            resolve(entries[entries.length - 1]?.startTime ?? NaN);
          }).observe({ type: 'largest-contentful-paint', buffered: true });
        }),
    );
    const sum = (m: Map<string, number>): number => [...m.values()].reduce((a, b) => a + b, 0);
    return { lcpMs, requests: wire.size, wireBytes: sum(wire), bodyBytes: sum(body) };
  } finally {
    await browser.close();
  }
}

const RUNS = 3;

/** The run with the median LCP. */
function median(runs: LcpRun[]): LcpRun {
  return [...runs].sort((a, b) => a.lcpMs - b.lcpMs)[Math.floor(runs.length / 2)] as LcpRun;
}

/** The home page loaded cold (empty browser cache), files sent as they are and compressed, alternately
 * after one untimed load that warms the function and the server's compressed copies; medians of RUNS. */
export async function h5Lcp(): Promise<{ raw: LcpRun; compressed: LcpRun }> {
  await buildCloudFunctions();
  const emulator = await startEmulator({ functionsDir: FUNCTIONS_BUILD, ...PRODUCT_DATABASE, staticDir: H5_DIR });
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
    const line = (name: string, r: LcpRun): string => `${name.padEnd(12)} LCP ${(r.lcpMs / 1000).toFixed(2)} s  ${r.requests} requests  ${(r.wireBytes / 1024).toFixed(0)} KiB on the wire  ${(r.bodyBytes / 1024).toFixed(0)} KiB decoded`;
    console.log(`home under ${RTT_MS} ms RTT, 1.6 Mbps, CPU ${CPU_SLOWDOWN}x (cold browser cache, median of ${RUNS})`);
    console.log(line('as they are', raw));
    console.log(line('compressed', compressed));
    console.log(JSON.stringify({ raw, compressed }));
  });
}
