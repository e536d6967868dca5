// npm run bench: prints the figures the issues ask for, as a table and as JSON (also saved to
// bench/results/latest.json). Not a test: nothing here passes or fails.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { h5FirstLoad, weappSizes } from './bundle-sizes';
import { h5Lcp } from './h5-lcp';
import { feedRoundTrip } from './feed-round-trip';
import { kb } from './measure';
import { caseBench } from './case-bench';
import { burstBench } from './burst-bench';
import { noticeBench } from './notice-bench';
import { noticeOverlapBench } from './notice-overlap-bench';
import { budgetBench } from './budget-bench';
import { projectBench } from './project-bench';
import { busLookupBench } from './bus-lookup';
import { describeRelevance, searchBench } from './search-bench';
import { printFigures, weappRenderFigures } from './weapp-render';
import { dualPublicityBench } from './dual-publicity';
import { freshnessBench } from './freshness';
import { demandBench } from './demand-signals';
import { annualReportBench } from './annual-report';
import { handlingBench } from './handling-bench';

async function run(): Promise<void> {
  console.log('构建并测量（约 8 分钟，其中 5 万人通知约 5 分钟，重叠运行的 5 千人通知约 1 分钟）…');
  const weapp = weappSizes();
  const weappRender = weappRenderFigures();
  const mostNodes = weappRender.reduce((a, b) => (b.nodes > a.nodes ? b : a));
  const largestSetData = weappRender.reduce((a, b) => (b.largestSetDataBytes > a.largestSetDataBytes ? b : a));
  const busiest = weappRender.reduce((a, b) => (b.setDataCallsFirstSecond > a.setDataCallsFirstSecond ? b : a));
  const h5 = h5FirstLoad();
  const lcp = await h5Lcp();
  const feed = await feedRoundTrip();
  const search = await searchBench();
  const projects = await projectBench();
  const cases = await caseBench();
  const budgets = await budgetBench();
  const notices = await noticeBench();
  const burst = await burstBench();
  const overlap = await noticeOverlapBench(5000);
  const bus = await busLookupBench();
  const decisions = await dualPublicityBench();
  const freshness = await freshnessBench();
  const demand = await demandBench();
  const annualReport = await annualReportBench();
  const handling = await handlingBench();
  const ms = (n: number): string => `${n.toFixed(2)} ms`;
  const rows: [string, string, string][] = [
    ['weapp main package', kb(weapp.main), 'target <= 450 KB'],
    ['weapp total', kb(weapp.total), 'limit 2 MB per package'],
    ['weapp main JS gzip', kb(weapp.mainGzipJs), ''],
    [`weapp WXML nodes after load, most (${mostNodes.route})`, `${mostNodes.nodes}`, `${weappRender.length} pages on demo data; audit < 1,000, goal < 600`],
    [`weapp largest setData (${largestSetData.route})`, kb(largestSetData.largestSetDataBytes), 'limit 256 KB, goal <= 64 KB'],
    [`weapp setData calls in the first second, most (${busiest.route})`, `${busiest.setDataCallsFirstSecond}`, 'per page table below'],
    ['H5 first load raw', kb(h5.raw), `${h5.files} files`],
    ['H5 first load gzip', kb(h5.gzip), ''],
    ['H5 home LCP, files as they are', `${(lcp.raw.lcpMs / 1000).toFixed(2)} s`, `${lcp.raw.requests} requests, ${kb(lcp.raw.wireBytes)} on the wire; 150 ms RTT, 1.6 Mbps, CPU 4x`],
    ['H5 home LCP, brotli from the local server', `${(lcp.compressed.lcpMs / 1000).toFixed(2)} s`, `${kb(lcp.compressed.wireBytes)} on the wire; target <= 2.5 s`],
    [`home list via SDK p50 (${feed.docs} docs)`, ms(feed.sdkP50), `${feed.runs} runs`],
    [`home list via SDK p95 (${feed.docs} docs)`, ms(feed.sdkP95), 'target <= 30 ms'],
    ['same query on the store p50', ms(feed.storeP50), ''],
    ['same query on the store p95', ms(feed.storeP95), ''],
    ['emulator overhead (p50 ratio)', `${(feed.sdkP50 / feed.storeP50).toFixed(1)}x`, 'SDK round trip / direct'],
    [`search, demo content (${search.demoDocs} docs), own ${search.queries - search.heldOutQueries - search.heldOut2Queries} questions`, search.demo.top3.toFixed(3), `${describeRelevance(search.demo)}; target top-3 >= 0.95, no answer P >= 0.9 R >= 0.8`],
    [`search, demo content, ${search.heldOutQueries} held-out questions`, search.demoHeldOut.top3.toFixed(3), describeRelevance(search.demoHeldOut)],
    [`search at ${search.docs} docs, own questions`, search.full.top3.toFixed(3), describeRelevance(search.full)],
    [`search at ${search.docs} docs, held-out questions`, search.fullHeldOut.top3.toFixed(3), describeRelevance(search.fullHeldOut)],
    [`naive db.RegExp at ${search.docs} docs, own / held out`, search.naive.top3.toFixed(3), `${describeRelevance(search.naive)} / held out top-3 ${search.naiveHeldOut.top3.toFixed(3)}`],
    [`search p50 via SDK (${search.docs} docs)`, ms(search.smartP50), `naive db.RegExp: ${ms(search.naiveP50)}`],
    [`search p95 via SDK (${search.docs} docs)`, ms(search.smartP95), `naive db.RegExp: ${ms(search.naiveP95)}; target <= 50 ms`],
    [`search index alone, ${search.scale.docs} real-looking docs, p95`, ms(search.scale.p95), `p50 ${ms(search.scale.p50)}; cold build ${(search.scale.buildMs / 1000).toFixed(1)} s, heap ${search.scale.heapMb.toFixed(0)} MB`],
    ['policy page first payload', kb(search.policyPayloadBytes), 'target <= 64 KB'],
    [`project list p50 via SDK (${projects.projects} projects)`, ms(projects.listP50), ''],
    [`project list p95 via SDK (${projects.projects} projects)`, ms(projects.listP95), `by progress: ${ms(projects.progressP95)}; target <= 30 ms`],
    ['project page payload (200 updates, 50 inspections, 50 milestones, 40 disclosures)', kb(projects.pagePayloadBytes), 'target <= 64 KB'],
    ['case submit p50 (with msgSecCheck)', ms(cases.submitP50), 'caller invokes the function; inside, the real SDK'],
    ['case submit p95 (with msgSecCheck)', ms(cases.submitP95), ''],
    [`staff case queue p95 (${cases.cases} cases)`, ms(cases.queueP95), `p50 ${ms(cases.queueP50)}`],
    [`cold burst: ${burst.calls} writes at once, p95`, `${(burst.noRetry.p95 / 1000).toFixed(1)} s`, `p50 ${(burst.noRetry.p50 / 1000).toFixed(1)} s; ${burst.instances} instances per function; machine load ${burst.load.toFixed(1)}`],
    [`cold burst: share past the ${burst.clientTimeoutMs / 1000} s client timeout`, `${(burst.noRetry.pastTimeout * 100).toFixed(0)} %`, `lost or refused: ${JSON.stringify(burst.noRetry.refused)}`],
    ['cold burst with client retries: p95 to an answer', `${(burst.withRetry.p95 / 1000).toFixed(1)} s`, `${burst.withRetry.retried} sent again; lost or refused: ${JSON.stringify(burst.withRetry.refused)}`],
    ['differing answers to one request', String(burst.noRetry.differingAnswers + burst.withRetry.differingAnswers), `cases ${burst.withRetry.casesStored}/${burst.withRetry.casesExpected}, votes ${burst.withRetry.votesCounted}, ratings ${burst.withRetry.ratingsCounted} of ${burst.calls / 3} each`],
    [`one notice to ${notices.subscribers} subscribers: total`, `${notices.totalSeconds.toFixed(0)} s`, `${notices.runs} timer runs (${notices.rateLimitedRuns} cut short by 45009), longest ${notices.longestRunSeconds.toFixed(1)} s`],
    ['notice fan-out rate', `${notices.messagesPerSecond.toFixed(0)} msg/s`, `sent ${notices.sent}, refused (43101) ${notices.refused}, duplicates ${notices.duplicates}`],
    ['notice run peak heap', `${notices.peakHeapMb.toFixed(1)} MB`, 'largest heap of any run'],
    [`overlapping runs, ${overlap.subscribers} subscribers: second messages`, `${overlap.duplicates}`, `report: sent ${overlap.reportSent}, duplicates ${overlap.reportDuplicates}; a run started 80 s late overlaps the next, ${overlap.cycles} cycles, ${overlap.totalSeconds.toFixed(0)} s`],
    ['chart code (BarChart, minified)', `${budgets.chartRaw} B`, `${budgets.chartGzip} B gzip; in the main package; no chart library`],
    [`budget page payload (largest demo year, ${budgets.largestId})`, kb(budgets.largestPayload), 'target <= 64 KB'],
    [`bus: village -> county seat lookup p95 via SDK (${bus.routes} routes)`, ms(bus.lookupP95), `p50 ${ms(bus.lookupP50)}; ${bus.optionsPerLookup.toFixed(1)} routes per answer; a village's route list p95 ${ms(bus.listP95)}; route page p95 ${ms(bus.routePageP95)}, ${kb(bus.routePageBytes)}`],
    [`双公示 list p95 via SDK (${decisions.decisions} decisions), first page`, ms(decisions.firstPageP95), `p50 ${ms(decisions.firstPageP50)}; keyword ${ms(decisions.keywordP95)}, keyword with no hit ${ms(decisions.keywordMissP95)}, year + authority + type ${ms(decisions.filteredP95)}`],
    [`freshness check, ${freshness.items} items + ${freshness.cases} cases (jobs timer)`, `${(freshness.checkMs / 1000).toFixed(1)} s`, `whole timer run ${(freshness.jobsRunMs / 1000).toFixed(1)} s of its 45 s budget; phases ${JSON.stringify(freshness.phases)}; ${freshness.casesRead} cases near their clock read, ${freshness.rows} duties`],
    ['freshness staff page first payload', kb(freshness.payloadBytes), `admin ${kb(freshness.adminPayloadBytes)}; p95 ${ms(freshness.pageP95)}, p50 ${ms(freshness.pageP50)}`],
    [`demand signals, ${demand.items} items + ${demand.cases} cases + ${demand.searches} searches (jobs timer)`, `${(demand.demandMs / 1000).toFixed(1)} s`, `phases ${JSON.stringify(demand.phases)}; read ${demand.scanned.searches} searches and ${demand.scanned.cases} cases in their windows; ${demand.rows} rows ranked; the freshness check in the same run ${(demand.freshnessMs / 1000).toFixed(1)} s, whole run ${(demand.jobsRunMs / 1000).toFixed(1)} s`],
    ['freshness page: demand tab payload', kb(demand.demandPayloadBytes), `read when the tab is opened; the first payload (getFreshness) stays ${kb(demand.freshnessPayloadBytes)}`],
    [`annual report draft over ${annualReport.applications} applications, p50`, `${(annualReport.draftP50 / 1000).toFixed(2)} s`, `p95 ${(annualReport.draftP95 / 1000).toFixed(2)} s; Word export ${annualReport.exportMs} ms, ${kb(annualReport.docxBytes)}`],
    [`办件 import, ${handling.records} records in ${handling.files} monthly files`, `${(handling.importMs / 1000).toFixed(1)} s`, `${kb(handling.fileBytes)}; slowest file ${(handling.slowestFileMs / 1000).toFixed(1)} s of the 20 s limit; a month again ${(handling.reimportFileMs / 1000).toFixed(1)} s`],
    [`half-year work summary over ${handling.records} records`, `${(handling.summaryMs / 1000).toFixed(1)} s`, `guide page times ${ms(handling.guideTimesMs)}`],
  ];
  const width = Math.max(...rows.map((r) => r[0].length));
  for (const [name, value, note] of rows) console.log(`${name.padEnd(width)}  ${value.padStart(10)}  ${note}`);
  printFigures(weappRender);
  if (search.demo.misses.length) console.log(`search misses (demo content): ${search.demo.misses.join(' / ')}`);
  if (search.demoHeldOut.misses.length) console.log(`search misses (demo content, held out): ${search.demoHeldOut.misses.join(' / ')}`);
  if (search.full.misses.length) console.log(`search misses (${search.docs} docs): ${search.full.misses.join(' / ')}`);
  const json = { at: new Date().toISOString(), weapp, weappRender, h5, lcp, feed, search, projects, cases, notices, overlap, budgets, burst, bus, decisions, freshness, demand, annualReport, handling };
  console.log(JSON.stringify(json));
  const dir = join(__dirname, 'results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'latest.json'), `${JSON.stringify(json, null, 2)}\n`);
}

run().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
