import type { CaseView, StaffCaseView } from '#types/api/case-views';
import type { Paged } from '#types/api/policy-views';
import type { ServiceGap, ServiceListItem, ServiceView } from '#types/api/service-views';
import { addWorkingDays } from '../../cloudfunctions/_shared/time/working-days';
import { serviceInput } from '../support/builders';
import { type ProductCloud, startProductCloud } from '../support/product-cloud';
import { publish } from '../support/workflow-steps';

let cloud: ProductCloud;
let rideHailing: string;
let freight: string;
let n = 0;
const request = (): string => `rate-${Date.now()}-${(n += 1)}`;

beforeAll(async () => {
  cloud = await startProductCloud();
  rideHailing = (await publish(cloud, 'service', serviceInput())).targetId;
  freight = (await publish(cloud, 'service', serviceInput({ name: '道路货物运输经营许可', kind: 'licensing', lifeEvents: ['跑货运'], places: [], hotline: '', promisedDays: null }))).targetId;
});
afterAll(() => cloud.emulator.stop());

describe('service guides', () => {
  it.each([
    [{ statutoryDays: 5, promisedDays: 10 }, '承诺时限不能长于法定时限'],
    [{ onlineUrl: 'http://example.com' }, '网上办理地址须以 https:// 开头'],
    [{ hotline: '拨打电话<script>' }, '电话只能填数字、空格、括号、“-”或“转”'],
    [{ kind: 'gossip' }, '「事项类别」的取值不在允许范围内'],
  ])('refuses %j with a clear message', async (override, message) => {
    const res = await cloud.call('staff', 'saveDraft', { revisionId: `svc-${Date.now()}-${Math.random()}`.replace('.', ''), kind: 'service', content: serviceInput(override), changeNote: '' }, 'editor');
    expect(res).toEqual({ ok: false, code: 'INVALID_ARGUMENT', message });
  });

  it('lists guides by kind and by life event, and shows one with its checklist and steps', async () => {
    const byEvent = await cloud.call<Paged<ServiceListItem>>('public', 'listServices', { lifeEvent: '开网约车' }, 'anonymous');
    expect(byEvent.ok && byEvent.data.items.map((s) => s.id)).toEqual([rideHailing]);
    const events = await cloud.call<{ items: { name: string; count: number }[] }>('public', 'listLifeEvents', {}, 'anonymous');
    expect(events.ok && events.data.items.map((e) => e.name).sort()).toEqual(['开网约车', '跑货运']);
    const view = await cloud.call<ServiceView>('public', 'getService', { id: rideHailing }, 'anonymous');
    expect(view.ok && view.data).toMatchObject({ promisedDays: 5, statutoryDays: 20, hotline: '12328', myRating: null, rating: { count: 0, average: null } });
    expect(view.ok && view.data.materials.map((m) => m.name)).toEqual(['身份证', '机动车驾驶证']);
  });

  it('lists for staff the guides that still lack required elements', async () => {
    const gaps = await cloud.call<{ items: ServiceGap[] }>('staff', 'listServiceGaps', {}, 'editor');
    expect(gaps.ok && gaps.data.items).toEqual([{ id: freight, name: '道路货物运输经营许可', gaps: ['承诺办结时限', '办理地点和时间', '咨询电话'] }]);
    expect(await cloud.call('staff', 'listServiceGaps', {}, 'citizenA')).toMatchObject({ ok: false, code: 'PERMISSION_DENIED' });
  });
});

describe('好差评', () => {
  it('keeps one rating per person, moving the public summary when it changes', async () => {
    expect(await cloud.call('public', 'rateService', { id: rideHailing, level: 5, requestId: request() }, 'anonymous')).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
    await cloud.call('public', 'rateService', { id: rideHailing, level: 5, requestId: request() }, 'citizenA');
    await cloud.call('public', 'rateService', { id: rideHailing, level: 4, requestId: request() }, 'citizenA');
    await cloud.call('public', 'rateService', { id: rideHailing, level: 3, requestId: request() }, 'citizenB');
    const view = await cloud.call<ServiceView>('public', 'getService', { id: rideHailing }, 'citizenA');
    expect(view.ok && view.data.ratings).toEqual({ count: 2, levels: [0, 0, 1, 1, 0] });
    expect(view.ok && [view.data.rating.average, view.data.myRating]).toEqual([3.5, { level: 4, comment: '' }]);
  });

  it('opens a follow-up case on a poor rating, due in 15 working days, in the staff queue', async () => {
    const before = cloud.now().getTime();
    const res = await cloud.call<{ caseTrackingNo: string | null }>('public', 'rateService', { id: freight, level: 1, comment: '窗口让我跑了三趟', requestId: request() }, 'citizenB');
    expect(res.ok && res.data.caseTrackingNo).toMatch(/^\d{8}-/);
    const mine = await cloud.call<{ items: CaseView[] }>('public', 'listMyCases', {}, 'citizenB');
    const followUp = mine.ok ? mine.data.items.find((c) => c.category === 'rating') : undefined;
    expect(followUp?.text).toBe('对“道路货物运输经营许可”的评价：非常不满意。窗口让我跑了三趟');
    expect([addWorkingDays(new Date(before - 60_000), 15).toISOString(), addWorkingDays(cloud.now(), 15).toISOString()]).toContain(followUp?.dueAt);
    const queue = await cloud.call<{ items: StaffCaseView[] }>('staff', 'listCases', {}, 'editor');
    expect(queue.ok && queue.data.items.some((c) => c.id === followUp?.id)).toBe(true);
  });

  it('refuses a rating with risky words and writes nothing', async () => {
    const res = await cloud.call('public', 'rateService', { id: freight, level: 2, comment: '窗口有人搞赌博', requestId: request() }, 'citizenA');
    expect(res).toMatchObject({ ok: false, code: 'INVALID_ARGUMENT' });
    const view = await cloud.call<ServiceView>('public', 'getService', { id: freight }, 'citizenA');
    expect(view.ok && view.data.myRating).toBeNull();
  });
});
