// The exactly-once records are kept while they can matter and removed by the jobs run after.
import { CASE_FOLD_COLLECTION } from '#types/models/case';
import { QUOTA_COLLECTION } from '#types/models/quota';
import { REQUEST_COLLECTION } from '#types/models/request';
import { type ProductCloud, startProductCloud } from '../support/product-cloud';
import { runJobs } from '../support/run-jobs';

let cloud: ProductCloud;
beforeAll(async () => {
  cloud = await startProductCloud({ at: '2026-06-10T10:00:00+08:00' });
});
afterAll(() => cloud.emulator.stop());

const daysAgo = (days: number): Date => new Date(cloud.now().getTime() - days * 86_400_000);
const ids = async (collection: string): Promise<string[]> => ((await cloud.db.collection(collection).get()) as { data: { _id: string }[] }).data.map((d) => d._id).sort();

it('removes stored answers after 30 days, allowances after 90 and word folds after their week', async () => {
  await cloud.db.collection(REQUEST_COLLECTION).add({ data: { _id: 'answer-old', action: 'submitCase', answer: {}, at: daysAgo(31) } });
  await cloud.db.collection(REQUEST_COLLECTION).add({ data: { _id: 'answer-new', action: 'submitCase', answer: {}, at: daysAgo(29) } });
  await cloud.db.collection(QUOTA_COLLECTION).add({ data: { _id: 'quota-old', used: 3, updatedAt: daysAgo(91) } });
  await cloud.db.collection(QUOTA_COLLECTION).add({ data: { _id: 'quota-new', used: 3, updatedAt: daysAgo(1) } });
  await cloud.db.collection(CASE_FOLD_COLLECTION).add({ data: { _id: 'fold-old', caseId: 'c1', at: daysAgo(9) } });
  await cloud.db.collection(CASE_FOLD_COLLECTION).add({ data: { _id: 'fold-new', caseId: 'c2', at: daysAgo(6) } });
  const summary = await runJobs(cloud.emulator);
  expect(summary.expired).toBe(3);
  expect(await ids(REQUEST_COLLECTION)).toEqual(['answer-new']);
  expect(await ids(QUOTA_COLLECTION)).toEqual(['quota-new']);
  expect(await ids(CASE_FOLD_COLLECTION)).toEqual(['fold-new']);
});
