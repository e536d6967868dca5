// Cases: submitting through the real SDK with the content check on the emulator, and the staff queue's
// first page at 20,000 cases.
import { PRODUCT_DATABASE } from '#types/models/product-database';
import { CASE_COLLECTION } from '#types/models/case';
import { startEmulator } from '../emulator';
import type { Doc } from '../emulator/store/ejson';
import { FUNCTIONS_BUILD, buildCloudFunctions } from '../scripts/build-cloud';
import { percentile, timeMany } from './measure';

const CASES = 20_000;
const RUNS = 200;

export async function caseBench(): Promise<{ submitP50: number; submitP95: number; cases: number; queueP50: number; queueP95: number }> {
  await buildCloudFunctions();
  const emulator = await startEmulator({ functionsDir: FUNCTIONS_BUILD, ...PRODUCT_DATABASE });
  try {
    // Submissions come from many people (the daily limit is per person), as from the mini-program.
    let n = 0;
    const submit = async (): Promise<void> => {
      n += 1;
      const res = (await emulator.call('public', { action: 'submitCase', payload: { requestId: `bench-${n}-request`, category: 'question', text: `第${n}个问题：村口站牌什么时候修？` } }, { OPENID: `o-bench-${n}`, SOURCE: 'wx_client' })) as { ok: boolean };
      if (!res.ok) throw new Error(JSON.stringify(res));
    };
    await timeMany(20, submit);
    const submits = await timeMany(RUNS, submit);

    const base = Date.UTC(2026, 0, 1);
    emulator.store.apply(
      Array.from({ length: CASES }, (_, i) => {
        const at = new Date(base + i * 600_000);
        const doc = { _id: `case-${i}`, trackingNo: `20260101-B${i}`, openid: `o-${i % 500}`, category: 'question', text: '基准测试问题', phone: null, related: null, status: (['received', 'replied', 'closed'] as const)[i % 3], events: [{ status: 'received', note: '已收到', at, by: 'citizen' }], reply: null, held: false, createdAt: at, dueAt: new Date(at.getTime() + 7 * 86_400_000), updatedAt: at };
        return { kind: 'put' as const, collection: CASE_COLLECTION, id: doc._id, doc: doc as unknown as Doc };
      }),
    );
    const queue = async (): Promise<void> => {
      const res = (await emulator.call('staff', { action: 'listCases', payload: {} }, 'editor')) as { ok: boolean; data?: { items: unknown[] } };
      if (!res.ok || res.data?.items.length !== 20) throw new Error(JSON.stringify(res).slice(0, 200));
    };
    // The editor persona needs its staff role in this fresh database.
    emulator.store.apply([{ kind: 'put', collection: 'staff', id: 'o-local-editor', doc: { _id: 'o-local-editor', name: 'bench', roles: ['editor'], createdAt: new Date(), updatedAt: new Date() } }]);
    await timeMany(20, queue);
    const queues = await timeMany(RUNS, queue);
    return { submitP50: percentile(submits, 50), submitP95: percentile(submits, 95), cases: CASES, queueP50: percentile(queues, 50), queueP95: percentile(queues, 95) };
  } finally {
    await emulator.stop();
  }
}

if (require.main === module) {
  caseBench().then((r) => console.log(r), (e: unknown) => { console.error(e); process.exit(1); });
}
