// Demand signals at county scale: the freshness bench's 10,000 published items and 50,000 cases (a
// third about a project, a third about a policy), 100,000 search-log records all within the 4-week
// window (3,000 distinct questions; a harsher load than a county's) and 5,000 project follows; the jobs timer computes the update-next list
// through the real SDK on the local cloud; then the staff page's payloads (freshness first, demand tab).
import { PRODUCT_DATABASE } from '#types/models/product-database';
import { CASE_COLLECTION } from '#types/models/case';
import { DEMAND_REPORT_ID } from '#types/models/demand';
import { FRESHNESS_COLLECTION } from '#types/models/freshness';
import { FOLLOW_COLLECTION } from '#types/models/project';
import { SEARCH_LOG_COLLECTION } from '#types/models/search-log';
import { weekOf } from '../cloudfunctions/_shared/search/search-log';
import { startEmulator } from '../emulator';
import { FUNCTIONS_BUILD, buildCloudFunctions } from '../scripts/build-cloud';
import { NOW, type Put, put, seed } from './freshness';

const SEARCHES = 100_000;
const QUESTIONS = 3_000;
const FOLLOWS = 5_000;
/** The searches spread over the last 9 days: all counted. */
const WINDOW_MS = 9 * 86_400_000;

export interface DemandFigures {
  items: number;
  cases: number;
  searches: number;
  jobsRunMs: number;
  freshnessMs: number;
  demandMs: number;
  phases: Record<string, number>;
  scanned: { searches: number; cases: number };
  rows: number;
  townships: number;
  freshnessPayloadBytes: number;
  demandPayloadBytes: number;
}

function demandSeed(): Put[] {
  const puts = seed().map((p) => {
    if (p.collection !== CASE_COLLECTION) return p;
    const i = Number(p.id.slice('case-'.length));
    const related = i % 3 === 0 ? { kind: 'project', id: `project-${i % 2_000}`, title: `基准项目${i % 2_000}` } : i % 3 === 1 ? { kind: 'policy', id: `policy-${i % 4_000}`, title: `基准政策${i % 4_000}` } : null;
    return { ...p, doc: { ...p.doc, related, category: (['question', 'suggestion', 'complaint'] as const)[i % 3] } } as Put;
  });
  for (let i = 0; i < SEARCHES; i++) {
    const at = new Date(NOW.getTime() - ((i * 7919) % WINDOW_MS));
    const q = `基准问题${i % QUESTIONS}`;
    const outcome = i % 10 < 2 ? { answered: false, topScore: 0.1 } : i % 10 < 3 ? { answered: true, topScore: 0.38 } : { answered: true, topScore: 0.8 };
    puts.push(put(SEARCH_LOG_COLLECTION, { _id: `search-${i}`, q, key: q, week: weekOf(at), at, results: outcome.answered ? 5 : 0, opened: i % 7 === 0, ...outcome } as { _id: string }));
  }
  for (let i = 0; i < FOLLOWS; i++) puts.push(put(FOLLOW_COLLECTION, { _id: `o-${i}:project:project-${i % 300}`, openid: `o-${i}`, kind: 'project', targetId: `project-${i % 300}`, at: NOW } as { _id: string }));
  return puts;
}

export async function demandBench(): Promise<DemandFigures> {
  await buildCloudFunctions();
  const emulator = await startEmulator({ functionsDir: FUNCTIONS_BUILD, ...PRODUCT_DATABASE });
  try {
    emulator.store.apply(demandSeed());
    emulator.clock.set(NOW.toISOString());
    const started = Date.now();
    const run = (await emulator.runner.invoke('jobs', { Type: 'Timer', Time: NOW.toISOString() }, { SOURCE: 'wx_trigger' })) as { ok: boolean; message?: string };
    const jobsRunMs = Date.now() - started;
    if (!run.ok) throw new Error(`jobs: ${run.message}`);
    const freshness = emulator.store.get(FRESHNESS_COLLECTION, 'report')?.doc as unknown as { tookMs: number } | undefined;
    const demand = emulator.store.get(FRESHNESS_COLLECTION, DEMAND_REPORT_ID)?.doc as unknown as { tookMs: number; phases: Record<string, number>; scanned: { searches: number; cases: number }; rows: unknown[]; truncated: number; townships: unknown[] } | undefined;
    if (!freshness || !demand) throw new Error('the timer wrote no freshness or demand report (out of budget?)');
    const bytes = async (action: string): Promise<number> => Buffer.byteLength(JSON.stringify(await emulator.call('staff', { action, payload: {} }, 'editor')));
    return {
      items: 10_000, cases: 50_000, searches: SEARCHES, jobsRunMs, freshnessMs: freshness.tookMs, demandMs: demand.tookMs, phases: demand.phases, scanned: demand.scanned,
      rows: demand.rows.length + demand.truncated, townships: demand.townships.length,
      freshnessPayloadBytes: await bytes('getFreshness'), demandPayloadBytes: await bytes('getDemandSignals'),
    };
  } finally {
    await emulator.stop();
  }
}

if (require.main === module) {
  demandBench().then((r) => console.log(r), (e: unknown) => { console.error(e); process.exit(1); });
}
