// SMS links for carriers: one WeChat URL link and SMS text per area for a published item, within one SMS,
// opens counted per area when the app is opened through a link, and the carrier's file.
import type { SmsLinkSet } from '#types/api/reach';
import { SMS_MAX_CHARS } from '#types/models/reach';
import { noticeInput, policyInput } from '../support/builders';
import { type ProductCloud, startProductCloud } from '../support/product-cloud';
import { publish } from '../support/workflow-steps';

const T0 = '2026-06-01T10:00:00+08:00';
let cloud: ProductCloud;
let noticeId: string;
let n = 0;
const request = (): string => `sms-links-${String((n += 1)).padStart(4, '0')}`;

beforeAll(async () => {
  cloud = await startProductCloud({ at: T0 });
  noticeId = (await publish(cloud, 'notice', noticeInput({ title: 'G235清溪段夜间半幅封闭施工，请绕行' }))).targetId;
});
afterAll(() => cloud.emulator.stop());

async function make(segments: string[], requestId = request()): Promise<SmsLinkSet> {
  const res = await cloud.call<SmsLinkSet>('staff', 'makeSmsLinks', { requestId, refId: noticeId, segments }, 'editor');
  if (!res.ok) throw new Error(res.message);
  return res.data;
}

/** Opens a link as a phone would: follows it to the page, and the page reports its source. */
async function open(url: string): Promise<unknown> {
  const res = await fetch(url, { redirect: 'manual' });
  const src = new URL((res.headers.get('location') ?? '').replace('/#/', '/')).searchParams.get('src') ?? '';
  return cloud.call('public', 'recordOpen', { src }, 'anonymous');
}

describe('SMS links', () => {
  it('give each area its own link and an SMS within one message, signed by the bureau', async () => {
    const set = await make(['全县', '石门乡']);
    expect(set.segments.map((s) => s.label)).toEqual(['全县', '石门乡']);
    for (const s of set.segments) {
      expect([...s.sms].length).toBeLessThanOrEqual(SMS_MAX_CHARS);
      expect(s.sms.startsWith('【县交通运输局】G235清溪段夜间半幅封闭施工')).toBe(true);
      expect(s.sms.endsWith(`，详见${s.url}`)).toBe(true);
    }
    expect(new Set(set.segments.map((s) => s.url)).size).toBe(2);
    expect(set.expiresAt).toBe('2026-07-01T02:00:00.000Z'.slice(0, 10) + set.expiresAt.slice(10));
    expect(set.csv.split('\r\n')[0]).toBe('\uFEFF区域,短信内容,链接有效期至');
    expect(set.csv).toContain('石门乡,');
  });

  it('count opens per area, and the staff list shows them', async () => {
    cloud.emulator.clock.set(new Date(Date.parse(T0) + 60_000));
    const set = await make(['城关镇', '石门乡']);
    expect(await open(set.segments[1]?.url as string)).toEqual({ ok: true, data: { counted: true } });
    expect(await open(set.segments[1]?.url as string)).toEqual({ ok: true, data: { counted: true } });
    expect(await open(set.segments[0]?.url as string)).toEqual({ ok: true, data: { counted: true } });
    const listed = await cloud.call<{ items: SmsLinkSet[] }>('staff', 'listSmsLinks', { refId: noticeId }, 'reviewer');
    const same = listed.ok ? listed.data.items.find((s) => s.id === set.id) : undefined;
    expect(same?.segments.map((s) => [s.label, s.opens])).toEqual([['城关镇', 1], ['石门乡', 2]]);
    expect(listed.ok && listed.data.items[0]?.id).toBe(set.id); // newest first
  });

  it('make one set however often the same request is retried', async () => {
    const requestId = request();
    const [a, b] = await Promise.all([make(['全县'], requestId), make(['全县'], requestId)]);
    expect(a.id).toBe(b.id);
    expect((await make(['全县'], requestId)).segments[0]?.url).toBe(a.segments[0]?.url);
  });

  it('cut a long title so the SMS stays one message', async () => {
    const long = (await publish(cloud, 'policy', policyInput({ title: '关于清溪县农村公路养护管理与石门乡至白沙村段路面改造施工期间交通组织的通告' }))).targetId;
    const res = await cloud.call<SmsLinkSet>('staff', 'makeSmsLinks', { requestId: request(), refId: long, segments: ['全县'] }, 'editor');
    const sms = res.ok ? (res.data.segments[0]?.sms ?? '') : '';
    expect([...sms].length).toBeLessThanOrEqual(SMS_MAX_CHARS);
    expect(sms).toMatch(/…，详见/);
  });

  it.each([
    [{ segments: ['火星乡'] }, 'INVALID_ARGUMENT', '「火星乡」不在乡镇名单里'],
    [{ segments: [] }, 'INVALID_ARGUMENT', '「区域」不能为空'],
    [{ refId: 'notice-not-there' }, 'FAILED_PRECONDITION', '只能为已发布的内容生成短信链接'],
  ])('refuse %j with a clear message', async (overrides, code, message) => {
    const res = await cloud.call('staff', 'makeSmsLinks', { requestId: request(), refId: noticeId, segments: ['全县'], ...overrides }, 'editor');
    expect(res).toMatchObject({ ok: false, code, message: expect.stringContaining(message) });
  });

  it.each([
    ['citizenA', 'PERMISSION_DENIED'],
    ['anonymous', 'UNAUTHENTICATED'],
  ] as const)('are made by staff only (not %s)', async (as, code) => {
    expect(await cloud.call('staff', 'makeSmsLinks', { requestId: request(), refId: noticeId, segments: ['全县'] }, as)).toMatchObject({ ok: false, code });
  });

  it('count nothing for an unknown link, an unknown area, or after the link expired', async () => {
    const set = await make(['全县']);
    const src = `sms.${set.id}.0`;
    expect(await cloud.call('public', 'recordOpen', { src: `sms.${set.id}.7` }, 'anonymous')).toEqual({ ok: true, data: { counted: false } });
    expect(await cloud.call('public', 'recordOpen', { src: 'sms.nothere.0' }, 'anonymous')).toEqual({ ok: true, data: { counted: false } });
    expect(await cloud.call('public', 'recordOpen', { src: 'not-a-source' }, 'anonymous')).toMatchObject({ ok: false, code: 'INVALID_ARGUMENT' });
    cloud.emulator.clock.set(new Date(Date.parse(T0) + 31 * 86_400_000));
    expect(await cloud.call('public', 'recordOpen', { src }, 'anonymous')).toEqual({ ok: true, data: { counted: false } });
  });
});
