// 办件 handling times on the local cloud with the real SDK: whole-file checks naming lines, UTF-8 or GBK
// uploads, idempotent re-imports, a later export completing a case, guides linked by item code, the
// figures against hand-counted fixtures at a chosen instant, and unlinked records listed, never dropped.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import type { HandlingImportResult, HandlingOverview, ServiceTimes } from '#types/api/handling-views';
import { AUDIT_COLLECTION } from '#types/models/audit';
import { HANDLING_COLLECTION } from '#types/models/handling';
import { openidOf } from '../../emulator/gateway/personas';
import { serviceInput } from '../support/builders';
import { type PersonaKey, type ProductCloud, startProductCloud } from '../support/product-cloud';
import { publish } from '../support/workflow-steps';

let cloud: ProductCloud;
const RECORDS = readFileSync(join(__dirname, '../fixtures/handling/records.csv'), 'utf8');
/** The fixture with line n (1-based; line 2 is the header) replaced. */
const withLine = (n: number, text: string): string => RECORDS.split('\n').map((l, i) => (i === n - 1 ? text : l)).join('\n');
const importAs = (as: PersonaKey, payload: Record<string, unknown>) => cloud.call<HandlingImportResult>('staff', 'importHandling', payload, as);
const stored = async (): Promise<number> => (await cloud.db.collection(HANDLING_COLLECTION).count()).total;
let guideId: string;
let uncodedId: string;

beforeAll(async () => {
  cloud = await startProductCloud();
  guideId = (await publish(cloud, 'service', serviceInput({ name: '道路货物运输经营许可', itemCode: '330100000001', promisedDays: 5 }))).targetId as string;
  uncodedId = (await publish(cloud, 'service', serviceInput({ name: '出租汽车驾驶员从业资格注册' }))).targetId as string;
});
afterAll(() => cloud.emulator.stop());

describe('a 办件 file refused whole', () => {
  it('names every bad line and stores nothing', async () => {
    const lines = RECORDS.split('\n');
    const bad = [
      lines[0], lines[1],
      lines[2]!.replace('2026-03-04 15:00:00', '2026-02-30 15:00'),
      lines[3]!.replace('2026/3/13 16:30', '2026/3/5 16:30'),
      lines[4]!.replace('不予许可', '差不多'),
      lines[5]!.replace('掌上', '飞鸽传书'),
      lines[6]!.replace(',,,', ',,准予许可,'),
      lines[7]!.replace('330100000001', '3.301E+11'),
      lines[9],
      lines[9],
    ].join('\n');
    const res = await importAs('editor', { csv: bad });
    expect(res).toMatchObject({ ok: false, code: 'INVALID_ARGUMENT', message: expect.stringMatching(/^7 处问题，在第 3、4、5、6、7、8、10 行；第 3 行：办结时间“2026-02-30 15:00”不是有效时间/) });
    if (res.ok) return;
    expect(res.message.length).toBeLessThanOrEqual(200);
    expect(await stored()).toBe(0);
  });

  it('says what is wrong with one line in words staff can act on', async () => {
    const says = async (n: number, text: string): Promise<string> => {
      const res = await importAs('editor', { csv: withLine(n, text) });
      return res.ok ? 'accepted' : res.message;
    };
    expect(await says(4, 'BJ-2026-0002,330100000001,道路货物运输经营许可,2026/3/6 10:00,2026/3/5 16:30,准予许可,浙里办')).toBe('第 4 行：办结时间早于受理时间');
    expect(await says(5, 'BJ-2026-0003,330100000001,道路货物运输经营许可,2026-04-30 16:00,2026-05-12 10:00,差不多,网上')).toMatch(/^第 5 行：办理结果“差不多”不认识，可写：准予、准予许可/);
    expect(await says(6, 'BJ-2026-0004,330100000001,道路货物运输经营许可,2026-06-01 09:00,2026-06-01 11:00,办结,飞鸽传书')).toMatch(/^第 6 行：办理渠道“飞鸽传书”不认识，可写：窗口/);
    expect(await says(7, 'BJ-2026-0005,3.30100E+11,道路货物运输经营许可,2026-06-08 09:00,,,窗口')).toBe('第 7 行：事项编码“3.30100E+11”被 Excel 写成了科学计数法，数字已丢失；请把这一列设为“文本”后重新导出');
    expect(await says(7, 'BJ-2026-0005,330100000001,道路货物运输经营许可,2026-06-08 09:00,,准予许可,窗口')).toBe('第 7 行：办理结果是“准予许可”，但没有办结时间；仍在办理的办件这两格都空着（或办理结果写“在办”）');
    expect(await says(7, 'BJ-2026-0005,330100000001,道路货物运输经营许可,2026-06-11 09:00,,,窗口')).toBe('第 7 行：受理时间晚于现在');
    expect(await says(4, 'BJ-2026-0001,330100000001,道路货物运输经营许可,2026/3/6 10:00,2026/3/13 16:30,准予许可,浙里办')).toBe('第 4 行：办件编号“BJ-2026-0001”与第 3 行重复');
    expect(await says(2, '编号,代码,时间')).toMatch(/^找不到表头/);
    expect(await stored()).toBe(0);
  });

  it('is for staff who edit or review: citizens are refused', async () => {
    expect(await importAs('citizenA', { csv: RECORDS })).toMatchObject({ ok: false, code: 'PERMISSION_DENIED' });
    expect(await cloud.call('staff', 'getHandlingOverview', {}, 'citizenA')).toMatchObject({ ok: false, code: 'PERMISSION_DENIED' });
  });
});

describe('importing 办件 records', () => {
  it('stores a GBK file uploaded by the reviewer, counts working days on the holiday calendar, and names unlinked codes', async () => {
    const fileId = cloud.emulator.storage.put(`staff/${openidOf('reviewer')}/banjian.csv`, iconv.encode(RECORDS, 'gbk'));
    const res = await importAs('reviewer', { fileId });
    expect(res).toEqual({ ok: true, data: { rows: 9, created: 9, updated: 0, unchanged: 0, inProgress: 1, encoding: 'gb18030', unlinkedCodes: ['330100000099'] } });
    const docs = ((await cloud.db.collection(HANDLING_COLLECTION).where({ itemCode: '330100000001' }).limit(20).get()).data as { recordNo: string; receivedAt: Date; workingDays: number | null; channel: string; result: string | null }[])
      .sort((a, b) => a.receivedAt.getTime() - b.receivedAt.getTime());
    // Hand-counted: 3-02→3-04 is 2; 3-06 (Fri)→3-13 is 5; 4-30→5-12 skips 5-1…5-5 and counts the 调休 Saturday 5-9: 6;
    // same day 0; 9-01→9-12 is 9; 10-09→10-15 counts the 调休 Saturday 10-11: 5; 2025-05-06→05-09 is 3.
    expect(docs.map((d) => [d.recordNo, d.workingDays])).toEqual([
      ['BJ-2025-0008', 3], ['BJ-2025-0006', 9], ['BJ-2025-0007', 5], ['BJ-2026-0001', 2], ['BJ-2026-0002', 5], ['BJ-2026-0003', 6], ['BJ-2026-0004', 0], ['BJ-2026-0005', null],
    ]);
    expect(docs.map((d) => d.channel)).toEqual(['window', 'window', 'mail', 'window', 'online', 'online', 'mobile', 'window']);
    expect(docs.map((d) => d.result)).toEqual(['granted', 'granted', 'granted', 'granted', 'granted', 'refused', 'granted', null]);
    const audit = (await cloud.db.collection(AUDIT_COLLECTION).where({ action: 'handling.import' }).get()).data;
    expect(audit).toHaveLength(1);
  });

  it('stores nothing twice when the same file comes again, and completes a case a later export says is done', async () => {
    expect(await importAs('editor', { csv: RECORDS })).toMatchObject({ ok: true, data: { rows: 9, created: 0, updated: 0, unchanged: 9 } });
    const later = withLine(7, 'BJ-2026-0005,330100000001,道路货物运输经营许可,2026-06-08 09:00,2026-06-09 17:00,准予许可,窗口');
    expect(await importAs('editor', { csv: later })).toMatchObject({ ok: true, data: { created: 0, updated: 1, unchanged: 8, inProgress: 0 } });
    expect(await stored()).toBe(9);
    // Back to the fixture for the figures below (the case is in progress again).
    expect(await importAs('editor', { csv: RECORDS })).toMatchObject({ ok: true, data: { updated: 1 } });
  });

  it('stores each record once when the same new file is imported several times at once', async () => {
    const file = ['办件编号,事项编码,受理时间,办结时间,办理结果,办理渠道', ...Array.from({ length: 30 }, (_, i) => `C-${i},330100000055,2026-05-06 09:00,2026-05-07 10:00,办结,窗口`)].join('\n');
    const replies = await Promise.all(Array.from({ length: 4 }, () => importAs('editor', { csv: file })));
    expect(replies.map((r) => r.ok)).toEqual([true, true, true, true]);
    const created = replies.reduce((n, r) => n + (r.ok ? r.data.created : 0), 0);
    expect(created).toBe(30);
    expect((await cloud.db.collection(HANDLING_COLLECTION).where({ itemCode: '330100000055' }).count()).total).toBe(30);
    await cloud.db.collection(HANDLING_COLLECTION).where({ itemCode: '330100000055' }).remove();
  });

  it('tells identical rows apart by their order when a file has no record numbers, and still stores nothing twice', async () => {
    const plain = ['事项编码,受理时间,办结时间,办理结果,办理渠道', '330100000077,2026-05-06 09:00,2026-05-06 10:00,办结,窗口', '330100000077,2026-05-06 09:00,2026-05-06 10:00,办结,窗口'].join('\n');
    expect(await importAs('editor', { csv: plain })).toMatchObject({ ok: true, data: { created: 2 } });
    expect(await importAs('editor', { csv: plain })).toMatchObject({ ok: true, data: { created: 0, unchanged: 2 } });
    await cloud.db.collection(HANDLING_COLLECTION).where({ itemCode: '330100000077' }).remove();
  });
});

describe('a guide’s handling times', () => {
  it('are the hand-counted figures for the last half-year and the one before, on 2026-06-10', async () => {
    const res = await cloud.call<ServiceTimes>('public', 'getServiceTimes', { id: guideId }, 'anonymous');
    // Current (2025-12-11…2026-06-10): 2, 5, 6, 0 → median 3.5, mean 3.25 → 3.3, within 5: 3 of 4.
    // Previous (2025-06-12…2025-12-10): 9, 5 → median 7, mean 7; change (3.3 − 7) / 7 = −0.529. 2025-05-09 is in neither.
    expect(res).toEqual({
      ok: true,
      data: {
        itemCode: '330100000001',
        promisedDays: 5,
        current: { from: '2025-12-11', to: '2026-06-10', completed: 4, medianDays: 3.5, meanDays: 3.3, withinPromisedShare: 0.75 },
        previous: { from: '2025-06-12', to: '2025-12-10', completed: 2, medianDays: 7, meanDays: 7, withinPromisedShare: 0.5 },
        meanChange: -0.529,
      },
    });
  });

  it('are null for a guide with no item code, and not found for an unknown guide', async () => {
    expect(await cloud.call('public', 'getServiceTimes', { id: uncodedId }, 'anonymous')).toEqual({ ok: true, data: null });
    expect(await cloud.call('public', 'getServiceTimes', { id: 'no-such-guide' }, 'anonymous')).toMatchObject({ ok: false, code: 'NOT_FOUND' });
  });

  it('leave no record out unseen: staff see unlinked codes first, and guides with no code', async () => {
    const res = await cloud.call<HandlingOverview>('staff', 'getHandlingOverview', {}, 'editor');
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    // Received 2025-06-11…2026-06-10: seven of the eight 001 records (one in progress), and the 099 record.
    expect(res.data).toMatchObject({ from: '2025-06-11', to: '2026-06-10', total: 8 });
    expect(res.data.codes).toEqual([
      { itemCode: '330100000099', itemName: '公路超限运输许可（跨省）', records: 1, inProgress: 0, guides: [] },
      { itemCode: '330100000001', itemName: '道路货物运输经营许可', records: 7, inProgress: 1, guides: [{ id: guideId, name: '道路货物运输经营许可', promisedDays: 5 }] },
    ]);
    expect(res.data.guidesWithoutCode).toEqual([{ id: uncodedId, name: '出租汽车驾驶员从业资格注册' }]);
  });
});
