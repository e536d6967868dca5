// Offline consultation meetings on the built functions and the local cloud, at chosen instants: staff
// arrange them, people register within the capacity (20 at once for 5 seats), reminders only on consent,
// attendance and 会上意见 at the meeting, and the minutes published with the outcome report.
import type { CommentView, ConsultationView } from '#types/api/consultation-views';
import type { MeetingView, MyRegistration, StaffMeetingView, StaffRegistration } from '#types/api/meetings';
import type { MyData } from '#types/api/personal-data';
import type { Paged } from '#types/api/policy-views';
import { AUDIT_COLLECTION } from '#types/models/audit';
import { MEETING_COLLECTION, REGISTRATION_COLLECTION, type MeetingDoc } from '#types/models/meeting';
import { DELIVERY_COLLECTION, NOTICE_SEND_COLLECTION, type NoticeSendDoc } from '#types/models/notice';
import type { Result } from '#types/result';
import type { WxContext } from '../../emulator/functions/function-runner';
import { LOCAL_APPID, openidOf } from '../../emulator/gateway/personas';
import { registrationIdOf } from '../../cloudfunctions/_shared/meetings/registration-id';
import { consultationInput } from '../support/builders';
import { runJobs, runJobsUntilDone } from '../support/run-jobs';
import { type ProductCloud, startProductCloud } from '../support/product-cloud';
import { CONFIDENTIALITY, publish } from '../support/workflow-steps';

// The consultation runs 2026-06-10 to 2026-07-10 (TEST_START and 30 days on).
const MEETING_AT = '2026-06-20T14:30';
const MEETING_INSTANT = new Date('2026-06-20T14:30:00+08:00');

let cloud: ProductCloud;
let consultation: string;
let n = 0;
const request = (): string => `meet-req-${(n += 1).toString().padStart(4, '0')}`;

beforeAll(async () => {
  cloud = await startProductCloud();
  consultation = (await publish(cloud, 'consultation', consultationInput())).targetId;
}, 60_000);
afterAll(() => cloud.emulator.stop());

const meeting = (meetingId: string, overrides: Record<string, unknown> = {}) => ({
  meetingId, consultationId: consultation, startsAt: MEETING_AT, place: '石门乡政府二楼会议室', township: '石门乡', capacity: 30, registration: 'app', phone: '0571-12345678', ...overrides,
});
const save = (payload: Record<string, unknown>, as: 'editor' | 'reviewer' | 'citizenA' = 'editor') => cloud.call<StaffMeetingView>('staff', 'saveMeeting', payload, as);
const person = (openid: string): WxContext => ({ OPENID: openid, APPID: LOCAL_APPID, SOURCE: 'wx_client' });
const callAs = <T>(openid: string, action: string, payload: unknown): Promise<Result<T>> =>
  cloud.emulator.call('public', { action, payload }, person(openid)) as Promise<Result<T>>;
const register = (meetingId: string, as: 'citizenA' | 'citizenB', extra: Record<string, unknown> = {}, requestId = request()) =>
  cloud.call<MyRegistration>('public', 'registerMeeting', { meetingId, requestId, ...extra }, as);
const listed = async (meetingId: string): Promise<MeetingView | undefined> => {
  const res = await cloud.call<{ items: MeetingView[] }>('public', 'listMeetings', { consultationId: consultation }, 'anonymous');
  return res.ok ? res.data.items.find((m) => m.id === meetingId) : undefined;
};
const stored = (collection: string, keep: (doc: Record<string, unknown>) => boolean): Record<string, unknown>[] =>
  [...(cloud.emulator.store.documents(collection)?.values() ?? [])].map((s) => s.doc as Record<string, unknown>).filter(keep);

describe('arranging a meeting', () => {
  it('lets editors and reviewers arrange one in the future, audited, and refuses what cannot be', async () => {
    expect(await save(meeting('meet-main-01'), 'citizenA')).toMatchObject({ ok: false, code: 'PERMISSION_DENIED' });
    expect(await save(meeting('meet-past-01', { startsAt: '2026-06-09T09:00' }))).toMatchObject({ ok: false, code: 'INVALID_ARGUMENT', message: '「开会时间」须晚于现在' });
    expect(await save(meeting('meet-phone-01', { registration: 'phone', phone: '' }))).toMatchObject({ ok: false, code: 'INVALID_ARGUMENT', message: '电话报名须填写「联系电话」' });
    expect(await save(meeting('meet-town-01', { township: '不存在乡' }))).toMatchObject({ ok: false, code: 'INVALID_ARGUMENT' });
    expect(await save(meeting('meet-lost-01', { consultationId: 'no-such-consultation' }))).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    const created = await save(meeting('meet-main-01'));
    expect(created).toMatchObject({ ok: true, data: { startsAt: MEETING_INSTANT.toISOString(), capacity: 30, seatsLeft: 30, registered: 0, status: 'scheduled', minutes: '' } });
    // Saving again under the same id edits it, never adds a second.
    expect(await save(meeting('meet-main-01', { capacity: 40 }), 'reviewer')).toMatchObject({ ok: true, data: { capacity: 40 } });
    expect(stored(MEETING_COLLECTION, (d) => d.consultationId === consultation)).toHaveLength(1);
    expect(stored(AUDIT_COLLECTION, (d) => d.targetId === 'meet-main-01').map((d) => d.action).sort()).toEqual(['meeting.create', 'meeting.update']);
    expect(await listed('meet-main-01')).toMatchObject({ place: '石门乡政府二楼会议室', township: '石门乡', seatsLeft: 40, minutes: null });
  });

  it('tells people to phone when registration is by phone', async () => {
    expect((await save(meeting('meet-phone-02', { registration: 'phone', phone: '0571-87654321', capacity: 10 }))).ok).toBe(true);
    expect(await register('meet-phone-02', 'citizenA')).toMatchObject({ ok: false, code: 'FAILED_PRECONDITION', message: '这场会请打电话报名：0571-87654321' });
  });
});

describe('registering', () => {
  it('takes exactly 5 of 20 people registering at once for 5 seats, and tells the rest 名额已满', async () => {
    expect((await save(meeting('meet-five-01', { capacity: 5 }))).ok).toBe(true);
    const replies = await Promise.all(Array.from({ length: 20 }, (_, i) => callAs<MyRegistration>(`o-meet-crowd-${i}`, 'registerMeeting', { meetingId: 'meet-five-01', requestId: `crowd-req-${i}-0001` })));
    expect(replies.filter((r) => r.ok)).toHaveLength(5);
    const refused = replies.filter((r) => !r.ok);
    expect(refused).toHaveLength(15);
    expect(new Set(refused.map((r) => (r.ok ? '' : `${r.code} ${r.message}`)))).toEqual(new Set(['RESOURCE_EXHAUSTED 名额已满']));
    expect(stored(REGISTRATION_COLLECTION, (d) => d.meetingId === 'meet-five-01' && d.status === 'registered')).toHaveLength(5);
    const doc = (await cloud.db.collection(MEETING_COLLECTION).doc('meet-five-01').get()).data as MeetingDoc;
    expect(doc.registered).toBe(5);
    expect(await listed('meet-five-01')).toMatchObject({ capacity: 5, seatsLeft: 0 });
  }, 60_000);

  it('registers a person once, answers a retried request the same, and frees the seat when they cancel', async () => {
    const requestId = request();
    const first = await register('meet-main-01', 'citizenA', { name: '王小明', phone: '13912345678' }, requestId);
    expect(first).toMatchObject({ ok: true, data: { status: 'registered', name: '王小明', phone: '13912345678', reminder: false, consultationTitle: '清溪县农村公路养护管理办法（征求意见稿）' } });
    expect(await register('meet-main-01', 'citizenA', { name: '王小明', phone: '13912345678' }, requestId)).toEqual(first);
    expect(await register('meet-main-01', 'citizenA')).toMatchObject({ ok: false, code: 'ALREADY_EXISTS', message: '你已经报名了这场会' });
    expect(await register('meet-main-01', 'citizenA', { phone: '电话号码' })).toMatchObject({ ok: false, code: 'INVALID_ARGUMENT' });
    expect(await cloud.call('public', 'registerMeeting', { meetingId: 'meet-main-01', requestId: request() }, 'anonymous')).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
    expect(await listed('meet-main-01')).toMatchObject({ seatsLeft: 39 });

    expect(await cloud.call('public', 'cancelRegistration', { meetingId: 'meet-main-01' }, 'citizenA')).toMatchObject({ ok: true, data: { status: 'cancelled' } });
    expect(await cloud.call('public', 'cancelRegistration', { meetingId: 'meet-main-01' }, 'citizenA')).toMatchObject({ ok: true, data: { status: 'cancelled' } });
    expect(await listed('meet-main-01')).toMatchObject({ seatsLeft: 40 });
    expect(await cloud.call('public', 'cancelRegistration', { meetingId: 'meet-main-01' }, 'citizenB')).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await register('meet-main-01', 'citizenA', { name: '王小明', phone: '13912345678' })).toMatchObject({ ok: true, data: { status: 'registered' } });
    expect(await listed('meet-main-01')).toMatchObject({ seatsLeft: 39 });
  });

  it('schedules a reminder the day before only for someone who allowed it, and calls it off when they cancel', async () => {
    expect(stored(NOTICE_SEND_COLLECTION, (d) => d._id === `meeting-${registrationIdOf(openidOf('citizenA'), 'meet-main-01')}`)).toHaveLength(0);
    expect((await cloud.call('public', 'recordConsents', { results: [{ key: 'notice', result: 'accept' }] }, 'citizenB')).ok).toBe(true);
    expect(await register('meet-main-01', 'citizenB', { name: '李四' })).toMatchObject({ ok: true, data: { reminder: true } });
    const jobId = `meeting-${registrationIdOf(openidOf('citizenB'), 'meet-main-01')}`;
    const job = (await cloud.db.collection(NOTICE_SEND_COLLECTION).doc(jobId).get()).data as NoticeSendDoc;
    expect(job).toMatchObject({ status: 'scheduled', template: 'notice', target: { person: openidOf('citizenB') }, page: `more/consultation/index?id=${consultation}` });
    expect(new Date(job.sendAt).toISOString()).toBe(new Date('2026-06-19T14:30:00+08:00').toISOString());
    expect(job.fields.map((f) => f.value)).toEqual(['明天14:30开意见征集会', '意见征集', '石门乡政府二楼会议室', '2026年6月20日', '不能参加请在小程序里取消报名']);

    // Moving the meeting moves the reminder.
    expect((await save(meeting('meet-main-01', { capacity: 40, startsAt: '2026-06-21T09:00' }))).ok).toBe(true);
    const moved = (await cloud.db.collection(NOTICE_SEND_COLLECTION).doc(jobId).get()).data as NoticeSendDoc;
    expect(new Date(moved.sendAt).toISOString()).toBe(new Date('2026-06-20T09:00:00+08:00').toISOString());
    expect((await save(meeting('meet-main-01', { capacity: 40 }))).ok).toBe(true);

    expect((await cloud.call('public', 'cancelRegistration', { meetingId: 'meet-main-01' }, 'citizenB')).ok).toBe(true);
    expect(((await cloud.db.collection(NOTICE_SEND_COLLECTION).doc(jobId).get()).data as NoticeSendDoc).status).toBe('cancelled');
    expect(await register('meet-main-01', 'citizenB', { name: '李四', phone: '0571-88886666' })).toMatchObject({ ok: true, data: { reminder: true } });
    expect(((await cloud.db.collection(NOTICE_SEND_COLLECTION).doc(jobId).get()).data as NoticeSendDoc).status).toBe('scheduled');
  });

  it('shows the person their registrations in full and staff the list masked', async () => {
    const mine = await cloud.call<Paged<MyRegistration>>('public', 'listMyRegistrations', { consultationId: consultation }, 'citizenA');
    expect(mine.ok && mine.data.items.map((r) => [r.meetingId, r.status, r.name, r.phone, r.place])).toEqual([['meet-main-01', 'registered', '王小明', '13912345678', '石门乡政府二楼会议室']]);
    expect(await cloud.call('staff', 'listRegistrations', { meetingId: 'meet-main-01' }, 'citizenA')).toMatchObject({ ok: false, code: 'PERMISSION_DENIED' });
    const staff = await cloud.call<{ items: StaffRegistration[] }>('staff', 'listRegistrations', { meetingId: 'meet-main-01' }, 'editor');
    expect(staff.ok && staff.data.items.map((r) => [r.name, r.phone, r.status])).toEqual([['王**', '139****5678', 'registered'], ['李*', '057******6666', 'registered']]);
    expect(JSON.stringify(staff)).not.toContain('13912345678');
  });

  it('calls off reminders when a meeting is cancelled, and takes no registration for it', async () => {
    expect((await save(meeting('meet-gone-01'))).ok).toBe(true);
    expect((await register('meet-gone-01', 'citizenB')).ok).toBe(true);
    const jobId = `meeting-${registrationIdOf(openidOf('citizenB'), 'meet-gone-01')}`;
    expect(await cloud.call('staff', 'cancelMeeting', { meetingId: 'meet-gone-01', reason: '' }, 'editor')).toMatchObject({ ok: false, code: 'INVALID_ARGUMENT' });
    expect(await cloud.call('staff', 'cancelMeeting', { meetingId: 'meet-gone-01', reason: '会场临时检修' }, 'editor')).toMatchObject({ ok: true, data: { status: 'cancelled', cancelReason: '会场临时检修' } });
    expect(((await cloud.db.collection(NOTICE_SEND_COLLECTION).doc(jobId).get()).data as NoticeSendDoc).status).toBe('cancelled');
    // Someone who allowed reminders is told at once.
    const told = (await cloud.db.collection(NOTICE_SEND_COLLECTION).doc(`${jobId}-cancelled`).get()).data as NoticeSendDoc;
    expect([told.status, told.fields[0]?.value, told.fields[4]?.value]).toEqual(['scheduled', '你报名的意见征集会已取消', '会场临时检修']);
    expect(new Date(told.sendAt).getTime()).toBeLessThanOrEqual(cloud.now().getTime());
    expect(await register('meet-gone-01', 'citizenA')).toMatchObject({ ok: false, code: 'FAILED_PRECONDITION', message: '这场会已取消：会场临时检修' });
    const mine = await cloud.call<Paged<MyRegistration>>('public', 'listMyRegistrations', {}, 'citizenB');
    expect(mine.ok && mine.data.items.find((r) => r.meetingId === 'meet-gone-01')).toMatchObject({ status: 'registered', meetingStatus: 'cancelled' });
  });
});

describe('at and after the meeting', () => {
  it('sends the reminder the day before, not earlier', async () => {
    const jobId = `meeting-${registrationIdOf(openidOf('citizenB'), 'meet-main-01')}`;
    const delivered = (): Record<string, unknown>[] => stored(DELIVERY_COLLECTION, (d) => d.jobId === jobId);
    await runJobsUntilDone(cloud.emulator, { at: new Date('2026-06-19T14:00:00+08:00') });
    expect(delivered()).toHaveLength(0);
    await runJobsUntilDone(cloud.emulator, { at: new Date('2026-06-19T14:31:00+08:00') });
    expect(delivered().map((d) => [d.openid, d.status])).toEqual([[openidOf('citizenB'), 'sent']]);
  });

  it('records attendance and 会上意见 only once the meeting has begun', async () => {
    const regA = registrationIdOf(openidOf('citizenA'), 'meet-main-01');
    expect(await cloud.call('staff', 'markAttendance', { id: regA, attended: true }, 'editor')).toMatchObject({ ok: false, code: 'FAILED_PRECONDITION', message: '会议开始后才能登记到会情况' });
    const opinion = { meetingId: 'meet-main-01', section: 1, text: '建议养护资金按村道里程分配，每年公布。', requestId: request() };
    expect(await cloud.call('staff', 'recordMeetingOpinion', opinion, 'editor')).toMatchObject({ ok: false, code: 'FAILED_PRECONDITION', message: '会议开始后才能记录' });

    cloud.emulator.clock.set('2026-06-20T15:00:00+08:00');
    expect(await register('meet-main-01', 'citizenA')).toMatchObject({ ok: false, code: 'FAILED_PRECONDITION', message: '这场会已经开始，不能再报名' });
    expect(await cloud.call('public', 'cancelRegistration', { meetingId: 'meet-main-01' }, 'citizenA')).toMatchObject({ ok: false, code: 'FAILED_PRECONDITION' });
    expect(await cloud.call('staff', 'markAttendance', { id: regA, attended: true }, 'editor')).toMatchObject({ ok: true, data: { attended: true, name: '王**' } });

    const first = await cloud.call<CommentView>('staff', 'recordMeetingOpinion', opinion, 'editor');
    expect(first).toMatchObject({ ok: true, data: { meetingId: 'meet-main-01', section: 1, status: 'visible' } });
    expect(await cloud.call('staff', 'recordMeetingOpinion', opinion, 'editor')).toEqual(first);
    expect(await cloud.call('staff', 'recordMeetingOpinion', { ...opinion, section: 7, requestId: request() }, 'editor')).toMatchObject({ ok: false, code: 'INVALID_ARGUMENT', message: '没有这一部分' });
    const publicList = await cloud.call<Paged<CommentView>>('public', 'listComments', { id: consultation, section: 1 }, 'anonymous');
    expect(publicList.ok && publicList.data.items.map((c) => [c.text, c.meetingId])).toEqual([['建议养护资金按村道里程分配，每年公布。', 'meet-main-01']]);
    const view = await cloud.call<ConsultationView>('public', 'getConsultation', { id: consultation }, 'anonymous');
    expect(view.ok && view.data.commentCount).toBe(1);
    expect(await save(meeting('meet-late-01', { startsAt: '2026-06-20T09:00' }))).toMatchObject({ ok: false, code: 'INVALID_ARGUMENT' });
  });

  it('publishes the minutes with the outcome report, and fixes them from then on', async () => {
    cloud.emulator.clock.set('2026-07-12T10:00:00+08:00');
    const comments = await cloud.call<{ items: CommentView[] }>('staff', 'listConsultationComments', { id: consultation, status: 'visible' }, 'editor');
    for (const c of comments.ok ? comments.data.items : []) {
      expect((await cloud.call('staff', 'recordOutcome', { id: c.id, decision: 'adopted', reason: '已在第二章写明按里程分配并每年公布。' }, 'editor')).ok).toBe(true);
    }
    const report = { id: consultation, summary: '共收到意见 1 条（意见征集会上 1 条），已全部采纳。', confidentiality: CONFIDENTIALITY };
    expect(await cloud.call('staff', 'publishOutcome', report, 'reviewer')).toMatchObject({ ok: false, code: 'FAILED_PRECONDITION', message: '还有 3 场意见征集会没有填写会议纪要' });
    for (const id of ['meet-main-01', 'meet-five-01', 'meet-phone-02']) {
      expect((await cloud.call('staff', 'saveMinutes', { meetingId: id, minutes: '到会 1 人，讨论了村道养护资金分配，意见已逐条记录。' }, 'editor')).ok).toBe(true);
    }
    expect(await listed('meet-main-01')).toMatchObject({ minutes: null });
    expect(await cloud.call('staff', 'publishOutcome', report, 'reviewer')).toMatchObject({ ok: true, data: { counts: { adopted: 1 } } });
    // The commenters are told; the opinion voiced at the meeting names nobody to tell.
    await runJobsUntilDone(cloud.emulator);
    expect(stored(DELIVERY_COLLECTION, (d) => d.jobId === `outcome-${consultation}`)).toEqual([]);
    expect(await listed('meet-main-01')).toMatchObject({ minutes: '到会 1 人，讨论了村道养护资金分配，意见已逐条记录。' });
    expect(await listed('meet-gone-01')).toMatchObject({ status: 'cancelled', minutes: null });
    expect(await cloud.call('staff', 'saveMinutes', { meetingId: 'meet-main-01', minutes: '改一下纪要的内容，补充到会人数。' }, 'editor')).toMatchObject({ ok: false, code: 'FAILED_PRECONDITION', message: '处理结果已经公布，不能再修改' });
    expect(await save(meeting('meet-after-01', { startsAt: '2026-08-01T09:00' }))).toMatchObject({ ok: false, code: 'FAILED_PRECONDITION', message: '处理结果已经公布，不能再安排意见征集会' });
  });
});

describe('personal data', () => {
  it('gives the person their registrations in their export, and clears name and phone after the retention period', async () => {
    const exported = await cloud.call<MyData>('public', 'exportMyData', {}, 'citizenA');
    expect(exported.ok && exported.data.meetingRegistrations.map((r) => [r.meetingId, r.name, r.phone])).toEqual([['meet-main-01', '王小明', '13912345678']]);
    // The cases' period (365 days by default) after the last change to the registration.
    await runJobs(cloud.emulator, { at: new Date('2027-06-25T10:00:00+08:00') });
    const kept = stored(REGISTRATION_COLLECTION, (d) => d.meetingId === 'meet-main-01');
    expect(kept.map((d) => [d.name, d.phone, d.status, d.attended === true || d.attended === null])).toEqual([['', '', 'registered', true], ['', '', 'registered', true]]);
    expect(kept.every((d) => d.personalErasedAt instanceof Date || typeof d.personalErasedAt === 'string')).toBe(true);
    expect(JSON.stringify(stored(AUDIT_COLLECTION, (d) => d.collection === REGISTRATION_COLLECTION))).not.toContain('13912345678');
  });
});
