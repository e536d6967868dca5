// Retention: an admin sets how long a person's details are kept; the jobs timer erases them from cases
// closed longer ago (the case stays for statistics), exactly once under overlapping runs; the search log
// follows the same settings.
import type { CaseView, StaffCaseView } from '#types/api/case-views';
import { AUDIT_COLLECTION, type AuditDoc } from '#types/models/audit';
import { CASE_COLLECTION, type CaseDoc } from '#types/models/case';
import { RETENTION_DEFAULTS } from '#types/models/retention';
import { SEARCH_LOG_COLLECTION } from '#types/models/search-log';
import { SERVICE_RATING_COLLECTION, type ServiceRatingDoc } from '#types/models/service';
import { openidOf } from '../../emulator/gateway/personas';
import { type ProductCloud, startProductCloud } from '../support/product-cloud';
import { serviceInput } from '../support/builders';
import { runJobs } from '../support/run-jobs';
import { publish } from '../support/workflow-steps';

const DAY = 86_400_000;
const T0 = '2025-03-04T10:00:00+08:00';
let cloud: ProductCloud;
let n = 0;
const request = (): string => `retain-${String((n += 1)).padStart(4, '0')}`;

beforeAll(async () => {
  cloud = await startProductCloud({ at: T0 });
});
afterAll(() => cloud.emulator.stop());

const PHONE = '13812345678';
const ID_NUMBER = '430102198001011234';
const applicant = { type: 'person', name: '王小明', idNumber: ID_NUMBER, organisation: '', phone: '13987654321', address: '清溪县石门乡石门村 12 号', email: 'wangxm@example.com' };
const caseOf = async (id: string): Promise<CaseDoc> => ((await cloud.db.collection(CASE_COLLECTION).doc(id).get()) as { data: CaseDoc }).data;
const at = (days: number): Date => new Date(new Date(T0).getTime() + days * DAY);
/** A timer run at an exact instant (the local cloud's clock keeps running between calls). */
const run = (day: number) => runJobs(cloud.emulator, { at: at(day) });

/** A question with a phone, a photo and a phone number in its words, closed by staff now. */
async function closedQuestion(): Promise<{ id: string; photo: string }> {
  const photo = cloud.emulator.storage.put(`uploads/${openidOf('citizenA')}/photo-${n}.jpg`, Buffer.from('photo'));
  const res = await cloud.call<CaseView>('public', 'submitCase', { requestId: request(), category: 'question', text: `石门村第 ${n} 号路灯坏了，请回电 13800001111。`, phone: PHONE, photos: [photo] }, 'citizenA');
  if (!res.ok) throw new Error(res.message);
  const closed = await cloud.call('staff', 'replyCase', { id: res.data.id, reply: '已修好。', close: true }, 'editor');
  if (!closed.ok) throw new Error(closed.message);
  return { id: res.data.id, photo };
}

async function closedDisclosure(): Promise<string> {
  const res = await cloud.call<CaseView>('public', 'applyDisclosure', { requestId: request(), applicant, description: `请公开第 ${n} 段通村路的中标合同。`, purpose: '了解工程质量', form: 'electronic' }, 'citizenA');
  if (!res.ok) throw new Error(res.message);
  const decided = await cloud.call('staff', 'decideDisclosure', { id: res.data.id, decision: 'disclosed', reply: '予以公开，见附件。', documents: [] }, 'editor');
  if (!decided.ok) throw new Error(decided.message);
  return res.data.id;
}

const fileExists = async (fileId: string): Promise<boolean> => {
  const res = (await cloud.cloud.getTempFileURL({ fileList: [fileId] })) as { fileList: { status: number }[] };
  return res.fileList[0]?.status === 0;
};

describe('retention settings', () => {
  it('start at the defaults and are public to read (for the privacy notices)', async () => {
    expect(await cloud.call('public', 'getRetention', {}, 'anonymous')).toEqual({ ok: true, data: { days: RETENTION_DEFAULTS } });
  });

  it.each([
    ['editor', 'PERMISSION_DENIED'],
    ['reviewer', 'PERMISSION_DENIED'],
    ['citizenA', 'PERMISSION_DENIED'],
    ['anonymous', 'UNAUTHENTICATED'],
  ] as const)('are set by admins only (not %s)', async (as, code) => {
    expect(await cloud.call('staff', 'setRetention', { days: RETENTION_DEFAULTS }, as)).toMatchObject({ ok: false, code });
  });

  it.each([
    [{ cases: 10, disclosures: 1095, searchLog: 180 }, '「提问的回电号码和照片保存天数」不能小于 30'],
    [{ cases: 365, disclosures: 100, searchLog: 180 }, '「依申请公开申请人信息保存天数」不能小于 365'],
    [{ cases: 365, disclosures: 1095, searchLog: 1000 }, '「搜索记录保存天数」不能大于 730'],
  ])('refuses %j with a clear message', async (days, message) => {
    expect(await cloud.call('staff', 'setRetention', { days }, 'admin')).toEqual({ ok: false, code: 'INVALID_ARGUMENT', message });
  });
});

describe('erasing personal details after the retention period', () => {
  it('erases exactly the expired cases, keeps what statistics count, deletes photos and the audit copies, and runs once under overlap', async () => {
    const expired = await closedQuestion();
    const disclosure = await closedDisclosure();
    const open = await cloud.call<CaseView>('public', 'submitCase', { requestId: request(), category: 'suggestion', text: '建议增设公交站。', phone: PHONE }, 'citizenA');
    if (!open.ok) throw new Error(open.message);
    cloud.emulator.clock.set(at(200));
    const recent = await closedQuestion();
    const before = await caseOf(expired.id);

    // Day 366: the question closed on day 0 is past 365 days; the one closed on day 200, the disclosure
    // (three years) and the open case are not.
    cloud.emulator.clock.set(at(366));
    const first = await run(366);
    expect(first.erased).toBe(1);
    const erased = await caseOf(expired.id);
    expect(erased).toMatchObject({ phone: null, photos: [], personalErasedAt: at(366) });
    expect(erased.text).toMatch(/^石门村第 \d+ 号路灯坏了，请回电 \[手机号已隐藏\]。$/);
    for (const key of ['trackingNo', 'category', 'status', 'createdAt', 'dueAt', 'closedAt', 'firstRepliedAt', 'reply', 'openid'] as const) expect(erased[key]).toEqual(before[key]);
    expect(await fileExists(expired.photo)).toBe(false);
    expect(await fileExists(recent.photo)).toBe(true);
    const copies = ((await cloud.db.collection(AUDIT_COLLECTION).where({ targetId: expired.id }).get()) as { data: AuditDoc[] }).data;
    expect(copies.length).toBeGreaterThan(0);
    expect(JSON.stringify(copies)).not.toContain(PHONE);
    expect(JSON.stringify(copies)).not.toContain('13800001111');
    for (const id of [recent.id, disclosure, open.data.id]) expect((await caseOf(id)).personalErasedAt ?? null).toBeNull();
    expect((await caseOf(recent.id)).phone).toBe(PHONE);

    // Staff see it erased; nothing is left to reveal.
    const closed = await cloud.call<{ items: StaffCaseView[] }>('staff', 'listCases', { status: 'closed' }, 'editor');
    expect(closed.ok && closed.data.items.find((c) => c.id === expired.id)).toMatchObject({ phone: null, personalErased: true, photos: [] });
    expect(await cloud.call('staff', 'revealPersonal', { caseId: expired.id, field: 'phone' }, 'editor')).toMatchObject({ ok: false, code: 'NOT_FOUND' });

    // A second run changes nothing.
    expect((await run(366)).erased).toBe(0);

    // An admin shortens the disclosure period to a year: the next run erases the application's details.
    expect(await cloud.call('staff', 'setRetention', { days: { cases: 365, disclosures: 365, searchLog: 180 } }, 'admin')).toEqual({ ok: true, data: { days: { cases: 365, disclosures: 365, searchLog: 180 } } });
    const audit = ((await cloud.db.collection(AUDIT_COLLECTION).where({ action: 'retention.set' }).get()) as { data: AuditDoc[] }).data;
    expect(audit).toEqual([expect.objectContaining({ actor: openidOf('admin'), after: expect.objectContaining({ days: { cases: 365, disclosures: 365, searchLog: 180 } }) })]);
    expect((await run(366)).erased).toBe(1);
    const application = await caseOf(disclosure);
    expect(application.disclosure?.applicant).toMatchObject({ name: '王**', idNumber: '', phone: '', address: '', email: '' });
    expect(application.disclosure?.decision?.type).toBe('disclosed');
    expect(JSON.stringify(application)).not.toContain(ID_NUMBER);

    // Overlapping runs: several expired cases, two runs at once, each case erased by exactly one.
    cloud.emulator.clock.set(at(400));
    const batch = [];
    for (let i = 0; i < 6; i++) batch.push(await closedQuestion());
    // Two warm instances first, so the two runs start together rather than one after a cold start.
    await Promise.all([run(400), run(400)]);
    cloud.emulator.clock.set(at(800));
    const [a, b] = await Promise.all([run(800), run(800)]);
    expect(a.erased + b.erased).toBe(7); // the six and the one closed on day 200
    for (const c of batch) {
      expect((await caseOf(c.id)).personalErasedAt).toEqual(at(800));
      expect(await fileExists(c.photo)).toBe(false);
    }
    expect((await caseOf(open.data.id)).phone).toBe(PHONE); // never closed: kept
  });

  it('erases a case left 已答复 (nobody closes it) once it has been idle that long, with the reply and its reminder masked', async () => {
    const submitted = await cloud.call<CaseView>('public', 'submitCase', { requestId: request(), category: 'complaint', text: '班车司机态度差，请回电 13800002222。', phone: PHONE }, 'citizenA');
    if (!submitted.ok) throw new Error(submitted.message);
    const id = submitted.data.id;
    cloud.emulator.clock.set(at(1000));
    const replied = await cloud.call('staff', 'replyCase', { id, reply: '已约谈，请拨打 0731-84561234 找车队。', close: false }, 'editor');
    expect(replied.ok).toBe(true);
    const waiting = await cloud.call<CaseView>('public', 'submitCase', { requestId: request(), category: 'question', text: '石门村什么时候通班车？联系 13800003333', phone: PHONE }, 'citizenA');
    if (!waiting.ok) throw new Error(waiting.message);
    const reminder = `case-${id}-${(await caseOf(id)).events.length}`;
    expect(JSON.stringify((await cloud.db.collection('notice_sends').doc(reminder).get()) as object)).toContain('请回电 1380000…'); // cut to the field's length

    // Idle 364 days: kept; 366 days: erased. The case still awaiting a reply is never erased.
    expect((await run(1364)).erased).toBe(0);
    expect((await run(1366)).erased).toBe(1);
    const erased = await caseOf(id);
    expect(erased).toMatchObject({ status: 'replied', phone: null, personalErasedAt: at(1366) });
    expect(erased.text).toBe('班车司机态度差，请回电 [手机号已隐藏]。');
    expect(erased.reply).toBe('已约谈，请拨打 [电话已隐藏] 找车队。');
    const job = JSON.stringify((await cloud.db.collection('notice_sends').doc(reminder).get()) as object);
    expect(job).not.toContain('1380000');
    expect(job).toContain('请回电 [数字已隐藏]…');
    const stillWaiting = await caseOf(waiting.data.id);
    expect([stillWaiting.status, stillWaiting.phone, stillWaiting.personalErasedAt ?? null]).toEqual(['received', PHONE, null]);
  });

  it('masks a service rating comment once the cases period has passed since it was given; the level stays', async () => {
    cloud.emulator.clock.set(at(2000));
    const service = (await publish(cloud, 'service', serviceInput())).targetId;
    const rated = await cloud.call('public', 'rateService', { id: service, level: 1, comment: '窗口让我打 13800004444 自己问，太麻烦', requestId: request() }, 'citizenB');
    expect(rated.ok).toBe(true);
    const ratingOf = async () => ((await cloud.db.collection(SERVICE_RATING_COLLECTION).doc(`${service}:${openidOf('citizenB')}`).get()) as { data: ServiceRatingDoc }).data;
    await run(2364);
    expect((await ratingOf()).comment).toContain('13800004444');
    await run(2366);
    expect(await ratingOf()).toMatchObject({ level: 1, comment: '窗口让我打 [手机号已隐藏] 自己问，太麻烦', personalErasedAt: at(2366) });
  });

  it('removes search log entries after the period an admin set', async () => {
    expect((await cloud.call('staff', 'setRetention', { days: { cases: 365, disclosures: 1095, searchLog: 90 } }, 'admin')).ok).toBe(true);
    const base = { key: 'x', week: '2026-01-05', results: 0, topScore: 0, answered: false, opened: false };
    await cloud.db.collection(SEARCH_LOG_COLLECTION).add({ data: { _id: 'log-91', q: 'x', at: new Date(cloud.now().getTime() - 91 * DAY), ...base } });
    await cloud.db.collection(SEARCH_LOG_COLLECTION).add({ data: { _id: 'log-89', q: 'x', at: new Date(cloud.now().getTime() - 89 * DAY), ...base } });
    await runJobs(cloud.emulator);
    const left = ((await cloud.db.collection(SEARCH_LOG_COLLECTION).where({ week: '2026-01-05' }).get()) as { data: { _id: string }[] }).data.map((d) => d._id);
    expect(left).toEqual(['log-89']);
  });
});
