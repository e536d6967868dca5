// The home list at 10,000 documents: a 20-item page through the real SDK (callFunction -> function ->
// database) on the emulator, beside the same query run directly on the emulator's store.
import { FEED_COLLECTION, type FeedDoc } from '#types/models/feed';
import { PRODUCT_DATABASE } from '#types/models/product-database';
import { startEmulator } from '../emulator';
import { find } from '../emulator/database/query-engine';
import type { Doc } from '../emulator/store/ejson';
import { FUNCTIONS_BUILD, buildCloudFunctions } from '../scripts/build-cloud';
import { localSdk } from '../scripts/local-sdk';
import { percentile, timeMany } from './measure';

const DOCS = 10_000;
const RUNS = 300;

export async function feedRoundTrip(): Promise<{ docs: number; runs: number; sdkP50: number; sdkP95: number; storeP50: number; storeP95: number }> {
  await buildCloudFunctions();
  const emulator = await startEmulator({ functionsDir: FUNCTIONS_BUILD, ...PRODUCT_DATABASE });
  try {
    const base = Date.UTC(2026, 0, 1);
    emulator.store.apply(
      Array.from({ length: DOCS }, (_, i) => {
        const doc: FeedDoc = {
          _id: `bench-${String(i).padStart(6, '0')}`,
          kind: 'notice',
          refId: `ref-${i}`,
          title: `基准测试条目 ${i}`,
          summary: '用于测量首页列表的往返时间。',
          publishedAt: new Date(base + i * 60_000),
        };
        return { kind: 'put' as const, collection: FEED_COLLECTION, id: doc._id, doc: doc as unknown as Doc };
      }),
    );
    const cloud = localSdk(emulator.sdkEnv);
    const callPage = async (): Promise<void> => {
      const { result } = await cloud.callFunction({ name: 'public', data: { action: 'listFeed', payload: { limit: 20 } } });
      if (!result.ok || result.data.items.length !== 20) throw new Error(`unexpected answer ${JSON.stringify(result)}`);
    };
    await timeMany(20, callPage); // warm the instance, as a live function would be
    const sdk = await timeMany(RUNS, callPage);
    const now = new Date();
    const direct = async (): Promise<void> => {
      const docs = [...(emulator.store.documents(FEED_COLLECTION)?.values() ?? [])].map((s) => s.doc);
      const page = find(docs, { query: { publishedAt: { $lte: now } }, order: { publishedAt: -1, _id: -1 }, limit: 21 });
      if (page.length !== 21) throw new Error('direct query found too little');
    };
    await timeMany(20, direct);
    const store = await timeMany(RUNS, direct);
    return {
      docs: DOCS,
      runs: RUNS,
      sdkP50: percentile(sdk, 50),
      sdkP95: percentile(sdk, 95),
      storeP50: percentile(store, 50),
      storeP95: percentile(store, 95),
    };
  } finally {
    await emulator.stop();
  }
}
