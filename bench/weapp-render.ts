// The weapp build rendered page by page in the simulated WeChat client the weapp tests use (wcc output
// in exparser, the app's code in a logic-layer vm, the local cloud with the demo data), measuring what
// WeChat's performance audit looks at: WXML nodes once the page has loaded (the audit wants < 1,000 on
// a page, our goal is < 600), the largest single setData payload (limit 256 KB, goal <= 64 KB), and
// setData calls in the first second.
//
// The renderer installs a jsdom window as globals, so it runs in a process of its own:
// `npx tsx bench/weapp-render.ts` prints the table; npm run bench calls weappRenderFigures().
import { execFileSync } from 'node:child_process';

export interface PageRenderFigures {
  route: string;
  persona: string;
  /** Element nodes rendered once the page settled (no layout here: the whole page, not just the first screen). */
  nodes: number;
  largestSetDataBytes: number;
  setDataCalls: number;
  setDataCallsFirstSecond: number;
  /** The page's key text appeared (it rendered real data) and nothing complained (console.error, WXMLRT). */
  rendered: boolean;
}

export const NODE_AUDIT = 1000;
export const NODE_GOAL = 600;
export const SETDATA_LIMIT = 256 * 1024;
export const SETDATA_GOAL = 64 * 1024;

/** Runs the measurement in a child process and returns its figures. */
export function weappRenderFigures(): PageRenderFigures[] {
  const out = execFileSync(process.execPath, [require.resolve('tsx/cli'), __filename, '--json'], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024, stdio: ['ignore', 'pipe', 'inherit'] });
  const line = out.split('\n').find((l) => l.startsWith('{"pages":'));
  if (!line) throw new Error(`weapp render bench printed no figures:\n${out.slice(-2000)}`);
  return (JSON.parse(line) as { pages: PageRenderFigures[] }).pages;
}

async function measure(): Promise<PageRenderFigures[]> {
  // Loaded here only: importing the renderer installs the jsdom globals.
  const { buildCloudFunctions } = await import('../scripts/build-cloud');
  const { ensureWeappBuild } = await import('../test/weapp/support/weapp-build');
  const { startDemoCloud } = await import('../test/weapp/support/demo-cloud');
  const { MiniProgram } = await import('../test/weapp/support/mini-program');
  const { PAGES, demoIds, pageUrl } = await import('../test/weapp/support/page-cases');
  await buildCloudFunctions();
  ensureWeappBuild();
  const cloud = await startDemoCloud();
  try {
    const ids = await demoIds(cloud);
    const figures: PageRenderFigures[] = [];
    const states = [
      ...Object.entries(PAGES).map(([route, spec]) => ({ route, url: pageUrl(route, ids), persona: spec.as ?? 'citizenA', shows: spec.shows })),
      // The other policy tabs: the original text (the longest demo one) and the Q&A list.
      { route: 'pages/policy/index (原文)', url: '/pages/policy/index?id=policy-x-national-highway-law&tab=original', persona: 'citizenA' as const, shows: ['中华人民共和国公路法'] },
      { route: 'pages/policy/index (一问一答)', url: '/pages/policy/index?id=policy-x-county-rural-road-2026&tab=qa', persona: 'citizenA' as const, shows: ['村道坏了找谁修'] },
    ];
    for (const { route, url, persona, shows } of states) {
      // A fresh phone per page: nothing cached from an earlier page.
      const mp = MiniProgram.launch({ cloud, persona });
      const started = performance.now();
      const page = await mp.open(url);
      const rendered = await Promise.all(shows.map((text) => page.waitForText(text, 5000))).then(
        () => true,
        () => false,
      );
      await mp.idle();
      const left = 1000 - (performance.now() - started);
      if (left > 0) await new Promise((resolve) => setTimeout(resolve, left));
      figures.push({
        route,
        persona,
        nodes: page.nodeCount(),
        largestSetDataBytes: Math.max(0, ...page.setData.map((r) => r.bytes)),
        setDataCalls: page.setData.length,
        setDataCallsFirstSecond: page.setData.filter((r) => r.atMs <= 1000).length,
        rendered: rendered && mp.takeProblems().length === 0,
      });
      mp.close();
    }
    return figures;
  } finally {
    await cloud.emulator.stop();
  }
}

export function printFigures(pages: PageRenderFigures[]): void {
  const width = Math.max(...pages.map((p) => p.route.length));
  console.log(`${'page'.padEnd(width)}  WXML nodes  largest setData  setData calls (first 1 s)`);
  for (const p of pages) {
    const flags = [p.nodes >= NODE_AUDIT ? 'OVER AUDIT' : p.nodes >= NODE_GOAL ? 'over goal' : '', p.largestSetDataBytes > SETDATA_LIMIT ? 'OVER 256 KB' : p.largestSetDataBytes > SETDATA_GOAL ? 'over 64 KB' : '', p.rendered ? '' : 'KEY TEXT MISSING'].filter(Boolean);
    console.log(`${p.route.padEnd(width)}  ${String(p.nodes).padStart(10)}  ${`${(p.largestSetDataBytes / 1024).toFixed(1)} KB`.padStart(15)}  ${String(p.setDataCalls).padStart(6)} (${p.setDataCallsFirstSecond})  ${flags.join(', ')}`);
  }
  const most = pages.reduce((a, b) => (b.nodes > a.nodes ? b : a));
  const largest = pages.reduce((a, b) => (b.largestSetDataBytes > a.largestSetDataBytes ? b : a));
  console.log(`most nodes: ${most.route} ${most.nodes} (audit < ${NODE_AUDIT}, goal < ${NODE_GOAL}); largest setData: ${largest.route} ${(largest.largestSetDataBytes / 1024).toFixed(1)} KB (limit 256 KB, goal 64 KB)`);
}

if (require.main === module) {
  measure().then(
    (pages) => {
      if (process.argv.includes('--json')) console.log(JSON.stringify({ pages }));
      else printFigures(pages);
      process.exit(0);
    },
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
