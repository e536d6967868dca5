// 办件 handling times at a busy county's scale: a year of about 50,000 records (the demo generator, scaled),
// uploaded as twelve monthly files, as staff import the provincial export, each through the staff action
// (UTF-8, checked whole, working days counted); one month again (nothing new to store); and a guide page's
// figures and the half-year work summary over them. Run: npx tsx bench/handling-bench.ts
import { PRODUCT_DATABASE } from '#types/models/product-database';
import { SERVICE_COLLECTION } from '#types/models/service';
import { STAFF_COLLECTION } from '#types/models/staff';
import type { HandlingImportResult } from '#types/api/handling-views';
import type { Result } from '#types/result';
import { startEmulator } from '../emulator';
import { openidOf } from '../emulator/gateway/personas';
import { FUNCTIONS_BUILD, buildCloudFunctions } from '../scripts/build-cloud';
import { demoHandlingCsv } from '../scripts/demo/demo-handling-csv';
import { localSdk } from '../scripts/local-sdk';

/** The demo's ~3,200 cases a year times this is about 50,000. */
const SCALE = 15.6;
const AT = '2026-11-02T10:00:00+08:00';

export interface HandlingFigures {
  records: number;
  files: number;
  fileBytes: number;
  importMs: number;
  slowestFileMs: number;
  reimportFileMs: number;
  guideTimesMs: number;
  /** getWorkSummary for 2026 下半年 (to the bench instant) and 上半年 before it, over all those records. */
  summaryMs: number;
}

const timed = async <T>(run: () => Promise<T>): Promise<{ ms: number; value: T }> => {
  const start = process.hrtime.bigint();
  const value = await run();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, value };
};

/** The year's rows split by the month they were received, each file with the header. */
export function monthlyFiles(csv: string): string[] {
  const [header, ...rows] = csv.trim().split('\n');
  const months = new Map<string, string[]>();
  for (const row of rows) {
    const month = (row.split(',')[3] ?? '').slice(0, 7);
    months.set(month, [...(months.get(month) ?? []), row]);
  }
  return [...months.keys()].sort().map((m) => [header, ...(months.get(m) ?? [])].join('\n'));
}

export async function handlingBench(): Promise<HandlingFigures> {
  await buildCloudFunctions();
  const emulator = await startEmulator({ functionsDir: FUNCTIONS_BUILD, ...PRODUCT_DATABASE });
  try {
    emulator.clock.set(AT);
    const db = localSdk(emulator.sdkEnv).database();
    const at = new Date(AT);
    await db.collection(STAFF_COLLECTION).add({ data: { _id: openidOf('editor'), name: '基准', roles: ['editor'], createdAt: at, updatedAt: at } });
    await db.collection(SERVICE_COLLECTION).add({ data: { _id: 'bench-guide', name: '营运车辆年度审验', itemCode: '331122000113', promisedDays: 1, lifecycle: 'published' } });
    const texts = monthlyFiles(demoHandlingCsv(SCALE));
    const fileBytes = texts.reduce((n, text) => n + Buffer.byteLength(text), 0);
    const files = texts.map((text, i) => emulator.storage.put(`staff/${openidOf('editor')}/banjian-${i}.csv`, Buffer.from(text, 'utf8')));
    const importFile = async (fileId: string): Promise<HandlingImportResult> => {
      const res = (await emulator.call('staff', { action: 'importHandling', payload: { fileId } }, 'editor')) as Result<HandlingImportResult>;
      if (!res.ok) throw new Error(res.message);
      return res.data;
    };
    let records = 0;
    let importMs = 0;
    let slowestFileMs = 0;
    for (const fileId of files) {
      const { ms, value } = await timed(() => importFile(fileId));
      records += value.created;
      importMs += ms;
      slowestFileMs = Math.max(slowestFileMs, ms);
    }
    const again = await timed(() => importFile(files[files.length - 2] as string));
    if (again.value.created !== 0) throw new Error('re-import stored records twice');
    await emulator.call('public', { action: 'getMe', payload: {} }, 'anonymous'); // a warm instance: cold starts are cold-start.ts's
    const guide = await timed(() => emulator.call('public', { action: 'getServiceTimes', payload: { id: 'bench-guide' } }, 'anonymous'));
    const summary = await timed(async () => {
      const res = (await emulator.call('staff', { action: 'getWorkSummary', payload: { year: 2026, half: 2 } }, 'editor')) as Result<unknown>;
      if (!res.ok) throw new Error(res.message);
    });
    return { records, files: files.length, fileBytes, importMs, slowestFileMs, reimportFileMs: again.ms, guideTimesMs: guide.ms, summaryMs: summary.ms };
  } finally {
    await emulator.stop();
  }
}

if (require.main === module) {
  handlingBench().then((r) => console.log(r), (e: unknown) => { console.error(e); process.exit(1); });
}
