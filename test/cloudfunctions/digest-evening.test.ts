// The evening digest at chosen instants: published in the evening after 18:00 Beijing, a non-urgent
// notice reaches digest readers that evening in one digest; one published after that evening's digest
// went out waits for the next evening. Nothing here reads the wall clock.
import { NOTICE_PREFS_COLLECTION } from '#types/models/notice';
import type { Doc } from '../../emulator/store/ejson';
import { noticeInput, prefsDoc } from '../support/builders';
import { type ProductCloud, startProductCloud } from '../support/product-cloud';
import { runJobsUntilDone } from '../support/run-jobs';
import { publish } from '../support/workflow-steps';

let cloud: ProductCloud;

beforeAll(async () => {
  // 20:30 on Wednesday 10 June 2026, Beijing: after the digest hour.
  cloud = await startProductCloud({ at: '2026-06-10T20:30:00+08:00' });
  const reader = prefsDoc('o-evening-reader', { mode: 'digest', topics: ['policy'] }) as Doc;
  cloud.emulator.store.apply([{ kind: 'put', collection: NOTICE_PREFS_COLLECTION, id: 'o-evening-reader', doc: reader }]);
});
afterAll(() => cloud.emulator.stop());

const digests = () => cloud.emulator.openapi.outbox.filter((e) => e.api === 'subscribeMessage.send' && e.errcode === 0 && e.params.touser === 'o-evening-reader');
const firstLine = (i: number): string | undefined => (digests()[i]?.params.data as Record<string, { value: string }> | undefined)?.thing1?.value;

describe('the evening digest after 18:00', () => {
  it('gathers notices published in the evening into one digest that evening', async () => {
    await publish(cloud, 'notice', noticeInput({ kind: 'policy', title: '客运站夜班车调整', township: null }));
    await publish(cloud, 'notice', noticeInput({ kind: 'policy', title: '公交票价听证会公告', township: null }));
    await runJobsUntilDone(cloud.emulator, { at: new Date('2026-06-10T20:31:00+08:00') });
    expect(digests()).toHaveLength(1);
    expect(firstLine(0)).toBe('今天有2条新通知');
  });

  it('keeps a later notice for the next evening, not a second digest the same day', async () => {
    await publish(cloud, 'notice', noticeInput({ kind: 'policy', title: '新的网约车管理细则施行', township: null }));
    await runJobsUntilDone(cloud.emulator, { at: new Date('2026-06-10T22:00:00+08:00') });
    await runJobsUntilDone(cloud.emulator, { at: new Date('2026-06-11T09:00:00+08:00') });
    expect(digests()).toHaveLength(1);
    await runJobsUntilDone(cloud.emulator, { at: new Date('2026-06-11T18:01:00+08:00') });
    expect(digests()).toHaveLength(2);
    expect(firstLine(1)).toBe('今天有1条新通知');
  });
});
