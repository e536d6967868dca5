// 政府信息公开目录 at scale: the first screen (every category's first items), one more page of a
// category, and the whole CSV export, through the real SDK on the emulator, with POLICIES published
// policies and PROPOSALS proposal replies beside a few of every other kind (npx tsx bench/catalogue-bench.ts).
import { PRODUCT_DATABASE } from '#types/models/product-database';
import { POLICY_COLLECTION } from '#types/models/policy';
import { PROPOSAL_COLLECTION } from '#types/models/proposal';
import { startEmulator } from '../emulator';
import type { Doc } from '../emulator/store/ejson';
import { FUNCTIONS_BUILD, buildCloudFunctions } from '../scripts/build-cloud';
import { localSdk } from '../scripts/local-sdk';
import { percentile, timeMany } from './measure';

const POLICIES = 5_000;
const PROPOSALS = 1_000;
const RUNS = 20;

const meta = (i: number) => ({ version: 1, publishedAt: new Date(Date.UTC(2020, 0, 1) + i * 3_600_000), updatedAt: new Date(Date.UTC(2020, 0, 1) + i * 3_600_000), lifecycle: i % 50 === 0 ? 'withdrawn' : 'published', lifecycleNote: null, votes: { helpful: 0, unhelpful: 0 } });

function put(collection: string, id: string, doc: Record<string, unknown>) {
  return { kind: 'put' as const, collection, id, doc: doc as unknown as Doc };
}

export async function catalogueBench(): Promise<Record<string, number>> {
  await buildCloudFunctions();
  const emulator = await startEmulator({ functionsDir: FUNCTIONS_BUILD, ...PRODUCT_DATABASE });
  try {
    emulator.store.apply([
      ...Array.from({ length: POLICIES }, (_, i) =>
        put(POLICY_COLLECTION, `bench-policy-${i}`, { ...meta(i), title: `基准测试政策文件 ${i}`, docNumber: `清交〔2026〕${i}号`, issuedAt: new Date(Date.UTC(2020, 0, 1) + i * 86_400_000), year: 2020 + Math.floor(i / 365), category: 'rural_road', status: 'in_force', summary: '用于测量公开目录。', body: [{ kind: 'paragraph', text: '正文'.repeat(500) }] }),
      ),
      ...Array.from({ length: PROPOSALS }, (_, i) =>
        put(PROPOSAL_COLLECTION, `bench-proposal-${i}`, { ...meta(i), number: `建议第${i}号`, title: `基准测试建议 ${i}`, proposerType: i % 2 ? 'deputy' : 'member', year: 2020 + (i % 7), session: '', replySummary: '答复'.repeat(200), attachments: [], repliedAt: new Date(Date.UTC(2020, 0, 1) + i * 86_400_000) }),
      ),
    ]);
    const cloud = localSdk(emulator.sdkEnv);
    const call = async (action: string, payload: object): Promise<{ ok: boolean; data: Record<string, unknown> }> => {
      const { result } = await cloud.callFunction({ name: 'public', data: { action, payload } });
      if (!result.ok) throw new Error(`${action}: ${JSON.stringify(result)}`);
      return result;
    };
    await timeMany(3, () => call('getCatalogue', {}));
    const first = await timeMany(RUNS, () => call('getCatalogue', {}));
    const page = await timeMany(RUNS, () => call('listCatalogue', { category: 'policy', cursor: '500', limit: 20 }));
    const exported = await call('exportCatalogue', {});
    const whole = await timeMany(5, () => call('exportCatalogue', {}));
    return {
      items: Number(exported.data.count),
      csvKB: Math.round(Buffer.byteLength(String(exported.data.csv)) / 1024),
      firstScreenP50: percentile(first, 50),
      pageP50: percentile(page, 50),
      exportP50: percentile(whole, 50),
    };
  } finally {
    await emulator.stop();
  }
}

if (require.main === module) void catalogueBench().then((figures) => console.log(JSON.stringify(figures)));
