import type { CommentView, ConsultationView } from '#types/api/consultation-views';
import type { Paged } from '#types/api/policy-views';
import { CONFIDENTIALITY_REQUIRED } from '#types/models/confidentiality';
import { CONSULTATION_COLLECTION } from '#types/models/consultation';
import { consultationInput } from '../support/builders';
import { type ProductCloud, startProductCloud } from '../support/product-cloud';
import { runJobsUntilDone } from '../support/run-jobs';
import { CONFIDENTIALITY, publish } from '../support/workflow-steps';

let cloud: ProductCloud;
let draft: string;
let n = 0;
const request = (): string => `cmt-${Date.now()}-${(n += 1)}`;

beforeAll(async () => {
  cloud = await startProductCloud();
  draft = (await publish(cloud, 'consultation', consultationInput())).targetId;
});
afterAll(() => cloud.emulator.stop());

const comment = (section: number, text: string, as: 'citizenA' | 'citizenB' | 'anonymous' = 'citizenA', requestId = request()) =>
  cloud.call<CommentView>('public', 'submitComment', { id: draft, section, text, requestId }, as);

describe('publishing a consultation', () => {
  it('wants 30 days open unless a reason is given', async () => {
    const short = consultationInput({ opensAt: '2026-12-01', closesAt: '2026-12-20' });
    const res = await cloud.call('staff', 'saveDraft', { revisionId: `c-${Date.now()}`, kind: 'consultation', content: short, changeNote: '' }, 'editor');
    expect(res).toMatchObject({ ok: false, code: 'INVALID_ARGUMENT', message: '征求意见一般不少于 30 天；少于 30 天请写明理由' });
    const withReason = await cloud.call('staff', 'saveDraft', { revisionId: `c2-${Date.now()}`, kind: 'consultation', content: { ...short, shortReason: '上级要求年底前出台' }, changeNote: '' }, 'editor');
    expect(withReason.ok).toBe(true);
  });
});

describe('commenting', () => {
  it('takes a comment on a section once per request, shows it masked and unnamed, and counts it', async () => {
    expect(await comment(0, '建议村道也由乡镇统一养护。', 'anonymous')).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
    const requestId = request();
    const first = await comment(0, '建议村道也由乡镇统一养护，我的电话13912345678。', 'citizenA', requestId);
    const again = await comment(0, '建议村道也由乡镇统一养护，我的电话13912345678。', 'citizenA', requestId);
    expect(first.ok && again.ok && first.data.id === again.data.id).toBe(true);
    await comment(-1, '整体赞成，希望资金按时到位。', 'citizenB');
    const list = await cloud.call<Paged<CommentView>>('public', 'listComments', { id: draft, section: 0 }, 'anonymous');
    expect(list.ok && list.data.items.map((c) => c.text)).toEqual(['建议村道也由乡镇统一养护，我的电话[手机号已隐藏]。']);
    expect(JSON.stringify(list)).not.toContain('o-local');
    const view = await cloud.call<ConsultationView>('public', 'getConsultation', { id: draft }, 'anonymous');
    expect(view.ok && [view.data.state, view.data.commentCount, view.data.sections.map((s) => s.comments)]).toEqual(['open', 2, [1, 0]]);
  });

  it('refuses risky words, a missing section, and a closed consultation', async () => {
    expect(await comment(1, '这里有人赌博，请查一查。')).toMatchObject({ ok: false, code: 'INVALID_ARGUMENT' });
    expect(await comment(5, '第六部分写得不清楚。')).toMatchObject({ ok: false, code: 'INVALID_ARGUMENT', message: '没有这一部分' });
    const old = (await publish(cloud, 'consultation', consultationInput({ title: '旧的征求意见稿', opensAt: '2026-01-01', closesAt: '2026-02-10' }))).targetId;
    expect(await cloud.call('public', 'submitComment', { id: old, section: 0, text: '现在提还来得及吗？', requestId: request() }, 'citizenA')).toMatchObject({ ok: false, code: 'FAILED_PRECONDITION', message: '意见征集已截止，谢谢关注' });
  });

  it('lets a reviewer hide a comment with a reason the person sees', async () => {
    const mine = await cloud.call<Paged<CommentView>>('public', 'listMyComments', {}, 'citizenB');
    const target = mine.ok ? mine.data.items[0] : undefined;
    if (!target) throw new Error('no comment');
    expect(await cloud.call('staff', 'moderateComment', { id: target.id, hide: true, reason: '与本稿无关' }, 'editor')).toMatchObject({ ok: false, code: 'PERMISSION_DENIED' });
    expect(await cloud.call('staff', 'moderateComment', { id: target.id, hide: true, reason: '' }, 'reviewer')).toMatchObject({ ok: false, code: 'INVALID_ARGUMENT' });
    expect((await cloud.call('staff', 'moderateComment', { id: target.id, hide: true, reason: '与本稿无关' }, 'reviewer')).ok).toBe(true);
    const after = await cloud.call<Paged<CommentView>>('public', 'listMyComments', {}, 'citizenB');
    expect(after.ok && after.data.items[0]).toMatchObject({ status: 'hidden', hiddenReason: '与本稿无关' });
    const view = await cloud.call<ConsultationView>('public', 'getConsultation', { id: draft }, 'anonymous');
    expect(view.ok && view.data.commentCount).toBe(1);
  });
});

describe('the outcome', () => {
  it('needs the consultation closed and every visible comment answered, then tells the commenters', async () => {
    const staffList = await cloud.call<{ items: CommentView[] }>('staff', 'listConsultationComments', { id: draft, status: 'visible' }, 'editor');
    const visible = staffList.ok ? staffList.data.items : [];
    expect(visible).toHaveLength(1);
    expect(await cloud.call('staff', 'recordOutcome', { id: visible[0]?.id, decision: 'partly', reason: '村道仍由村里养护，乡镇负责督促检查。' }, 'editor')).toMatchObject({ ok: false, code: 'FAILED_PRECONDITION' });

    await cloud.db.collection(CONSULTATION_COLLECTION).doc(draft).update({ data: { closesAt: new Date('2026-01-31T00:00:00Z'), opensAt: new Date('2026-01-01T00:00:00Z') } });
    expect(await cloud.call('staff', 'publishOutcome', { id: draft, summary: '共收到意见 2 条，公开 1 条。', confidentiality: CONFIDENTIALITY }, 'reviewer')).toMatchObject({ ok: false, code: 'FAILED_PRECONDITION', message: '还有 1 条意见没有记录处理结果' });
    expect((await cloud.call('staff', 'recordOutcome', { id: visible[0]?.id, decision: 'partly', reason: '村道仍由村里养护，乡镇负责督促检查。' }, 'editor')).ok).toBe(true);

    await cloud.call('public', 'recordConsents', { results: [{ key: 'case', result: 'accept' }] }, 'citizenA');
    cloud.emulator.openapi.reset();
    const outcome = { id: draft, summary: '共收到意见 2 条，部分采纳 1 条，1 条与本稿无关未公开。' };
    expect(await cloud.call('staff', 'publishOutcome', outcome, 'reviewer')).toEqual({ ok: false, code: 'INVALID_ARGUMENT', message: CONFIDENTIALITY_REQUIRED });
    expect(await cloud.call('staff', 'publishOutcome', { ...outcome, confidentiality: CONFIDENTIALITY }, 'reviewer')).toMatchObject({ ok: true, data: { counts: { adopted: 0, partly: 1, not_adopted: 0 } } });
    expect((await cloud.db.collection(CONSULTATION_COLLECTION).doc(draft).get()).data.outcome.confidentiality).toMatchObject({ ...CONFIDENTIALITY, by: 'o-local-reviewer' });
    const view = await cloud.call<ConsultationView>('public', 'getConsultation', { id: draft }, 'anonymous');
    expect(view.ok && [view.data.state, view.data.outcome?.counts.partly]).toEqual(['closed', 1]);
    const mine = await cloud.call<Paged<CommentView>>('public', 'listMyComments', {}, 'citizenA');
    expect(mine.ok && mine.data.items[0]?.outcome).toEqual({ decision: 'partly', reason: '村道仍由村里养护，乡镇负责督促检查。' });

    await runJobsUntilDone(cloud.emulator);
    const told = cloud.emulator.openapi.outbox.filter((e) => e.api === 'subscribeMessage.send' && e.errcode === 0).map((e) => e.params.touser);
    expect(told).toEqual(['o-local-citizen-a']); // B gave no consent: B sees it in the app
  });
});
