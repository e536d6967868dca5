import { AUDIT_COLLECTION } from '#types/models/audit';
import { HISTORY_COLLECTION } from '#types/models/content';
import { FEED_COLLECTION } from '#types/models/feed';
import { POLICY_COLLECTION, QA_COLLECTION } from '#types/models/policy';
import { CONFIDENTIALITY_REQUIRED } from '#types/models/confidentiality';
import { REVISION_COLLECTION } from '#types/models/revision';
import { SEARCH_COLLECTION } from '#types/models/search';
import type { RevisionDetail } from '#types/api/workflow';
import { policyInput, qaInput } from '../support/builders';
import { PERSONA_KEYS, type ProductCloud, startProductCloud, TEST_START } from '../support/product-cloud';
import { approval, CONFIDENTIALITY, publish } from '../support/workflow-steps';

let cloud: ProductCloud;
let n = 0;
const rid = (): string => `r-${Date.now()}-${(n += 1)}`;

beforeAll(async () => {
  cloud = await startProductCloud();
});
afterAll(() => cloud.emulator.stop());

const count = async (collection: string, where: object = {}): Promise<number> =>
  (await cloud.db.collection(collection).where(where).count()).total;

describe('draft -> review -> published', () => {
  it('publishes a new policy with its history, feed entry, search entry and audit trail', async () => {
    const revisionId = rid();
    const saved = await cloud.call<RevisionDetail>('staff', 'saveDraft', { revisionId, kind: 'policy', content: policyInput({ title: '网约车经营许可办理指引' }), changeNote: '' }, 'editor');
    expect(saved).toMatchObject({ ok: true, data: { status: 'draft', mine: true, baseVersion: 0 } });
    if (!saved.ok) return;
    const targetId = saved.data.targetId;
    expect(await count(POLICY_COLLECTION, { _id: targetId })).toBe(0);

    expect(await cloud.call('staff', 'submitRevision', { revisionId }, 'editor')).toMatchObject({ ok: true, data: { status: 'in_review' } });
    expect(await cloud.call('staff', 'reviewRevision', approval(revisionId), 'reviewer')).toMatchObject({ ok: true, data: { status: 'published' } });

    const policy = (await cloud.db.collection(POLICY_COLLECTION).doc(targetId).get()).data;
    expect(policy).toMatchObject({ title: '网约车经营许可办理指引', version: 1, lifecycle: 'published', year: 2026 });
    expect(policy.body[0]).toEqual({ kind: 'heading', text: '第一章 总则' });
    expect(await count(FEED_COLLECTION, { _id: `policy-${targetId}` })).toBe(1);
    expect(await count(HISTORY_COLLECTION, { targetId, note: '首次发布' })).toBe(1);
    const chunks = (await cloud.db.collection(SEARCH_COLLECTION).get()).data as { entries: Record<string, unknown> }[];
    expect(chunks.some((c) => c.entries[`policy:${targetId}`])).toBe(true);
    expect(await count(AUDIT_COLLECTION, { targetId })).toBeGreaterThanOrEqual(1);
  });

  it('publishes only with a 保密审查, recorded on the revision and in the audit entry of the same step', async () => {
    const revisionId = rid();
    const saved = await cloud.call<RevisionDetail>('staff', 'saveDraft', { revisionId, kind: 'qa', content: qaInput(), changeNote: '' }, 'editor');
    if (!saved.ok) throw new Error(saved.message);
    await cloud.call('staff', 'submitRevision', { revisionId }, 'editor');
    const refused = { ok: false, code: 'INVALID_ARGUMENT', message: CONFIDENTIALITY_REQUIRED };
    expect(await cloud.call('staff', 'reviewRevision', { revisionId, decision: 'approve', note: '' }, 'reviewer')).toEqual(refused);
    expect(await cloud.call('staff', 'reviewRevision', { ...approval(revisionId), confidentiality: { basis: '', result: 'not_secret' } }, 'reviewer')).toMatchObject({ ok: false, code: 'INVALID_ARGUMENT', message: expect.stringContaining('「保密审查依据」') });
    expect(await count(QA_COLLECTION, { _id: saved.data.targetId })).toBe(0);
    expect((await cloud.db.collection(REVISION_COLLECTION).doc(revisionId).get()).data.status).toBe('in_review');
    cloud.emulator.clock.set('2026-06-10T15:30:00+08:00');
    expect(await cloud.call('staff', 'reviewRevision', approval(revisionId), 'reviewer')).toMatchObject({ ok: true, data: { status: 'published' } });
    const revision = (await cloud.db.collection(REVISION_COLLECTION).doc(revisionId).get()).data;
    const check = { ...CONFIDENTIALITY, by: 'o-local-reviewer', at: revision.decidedAt };
    expect(revision.confidentiality).toEqual(check);
    // The clock keeps running from the instant set: the check is dated when the approval was made.
    expect(revision.decidedAt.getTime() - Date.parse('2026-06-10T07:30:00Z')).toBeLessThan(60_000);
    const audit = (await cloud.db.collection(AUDIT_COLLECTION).where({ targetId: saved.data.targetId, action: 'qa.publish' }).get()).data;
    expect(audit).toEqual([expect.objectContaining({ actor: 'o-local-reviewer', at: revision.decidedAt, confidentiality: check })]);
    expect(await cloud.call('staff', 'getRevision', { revisionId }, 'editor')).toMatchObject({ ok: true, data: { confidentiality: { ...CONFIDENTIALITY, by: 'o-local-reviewer', at: revision.decidedAt.toISOString() } } });
    expect(await cloud.call('staff', 'importContent', { items: [{ kind: 'term', externalId: 'no-check', content: { term: '治超', aliases: [], plain: '治理货车超限超载。' } }] }, 'admin')).toEqual(refused);
    cloud.emulator.clock.set(TEST_START);
  });

  it('does not let an author approve their own revision', async () => {
    const revisionId = rid();
    await cloud.call('staff', 'saveDraft', { revisionId, kind: 'qa', content: qaInput(), changeNote: '' }, 'admin');
    await cloud.call('staff', 'submitRevision', { revisionId }, 'admin');
    expect(await cloud.call('staff', 'reviewRevision', approval(revisionId), 'admin')).toEqual({
      ok: false,
      code: 'FAILED_PRECONDITION',
      message: '不能审核自己提交的内容，请由其他审核员审核',
    });
    expect((await cloud.db.collection(REVISION_COLLECTION).doc(revisionId).get()).data.status).toBe('in_review');
  });

  it('changes a published item only through a new reviewed revision, keeping a visible history', async () => {
    const first = await publish(cloud, 'policy', policyInput());
    const revisionId = rid();
    await cloud.call('staff', 'saveDraft', { revisionId, kind: 'policy', targetId: first.targetId, content: policyInput({ summary: '新的摘要' }), changeNote: '更新摘要' }, 'editor');
    expect((await cloud.db.collection(POLICY_COLLECTION).doc(first.targetId).get()).data.version).toBe(1);
    await cloud.call('staff', 'submitRevision', { revisionId }, 'editor');
    await cloud.call('staff', 'reviewRevision', approval(revisionId), 'reviewer');
    const policy = (await cloud.db.collection(POLICY_COLLECTION).doc(first.targetId).get()).data;
    expect(policy).toMatchObject({ version: 2, summary: '新的摘要' });
    expect(await count(HISTORY_COLLECTION, { targetId: first.targetId })).toBe(2);
  });

  it('refuses to publish a revision based on an outdated version', async () => {
    const first = await publish(cloud, 'qa', qaInput());
    const stale = rid();
    await cloud.call('staff', 'saveDraft', { revisionId: stale, kind: 'qa', targetId: first.targetId, content: qaInput({ answer: '旧稿' }), changeNote: '' }, 'editor');
    await publish(cloud, 'qa', qaInput({ answer: '新稿' }), first.targetId);
    await cloud.call('staff', 'submitRevision', { revisionId: stale }, 'editor');
    const res = await cloud.call('staff', 'reviewRevision', approval(stale), 'reviewer');
    expect(res).toMatchObject({ ok: false, code: 'FAILED_PRECONDITION' });
  });

  it('returns a revision with a reason, and the author can fix and resubmit it', async () => {
    const revisionId = rid();
    await cloud.call('staff', 'saveDraft', { revisionId, kind: 'qa', content: qaInput(), changeNote: '' }, 'editor');
    await cloud.call('staff', 'submitRevision', { revisionId }, 'editor');
    expect(await cloud.call('staff', 'reviewRevision', { revisionId, decision: 'reject', note: '' }, 'reviewer')).toMatchObject({ ok: false, code: 'INVALID_ARGUMENT' });
    expect(await cloud.call('staff', 'reviewRevision', { revisionId, decision: 'reject', note: '答案太专业，请用大白话' }, 'reviewer')).toMatchObject({ ok: true, data: { status: 'rejected', reviewNote: '答案太专业，请用大白话' } });
    expect(await cloud.call('staff', 'saveDraft', { revisionId, kind: 'qa', content: qaInput(), changeNote: '' }, 'editor')).toMatchObject({ ok: true, data: { status: 'draft' } });
  });

  it('answers a retried save, submit or approval with the same result, never twice', async () => {
    const revisionId = rid();
    const payload = { revisionId, kind: 'term', content: { term: '养护', aliases: [], plain: '让公路保持好用的日常维修。' }, changeNote: '' };
    await cloud.call('staff', 'saveDraft', payload, 'editor');
    await cloud.call('staff', 'saveDraft', payload, 'editor');
    expect(await count(REVISION_COLLECTION, { _id: revisionId })).toBe(1);
    await cloud.call('staff', 'submitRevision', { revisionId }, 'editor');
    expect(await cloud.call('staff', 'submitRevision', { revisionId }, 'editor')).toMatchObject({ ok: true });
    await cloud.call('staff', 'reviewRevision', approval(revisionId), 'reviewer');
    expect(await cloud.call('staff', 'reviewRevision', approval(revisionId), 'reviewer')).toMatchObject({ ok: true, data: { status: 'published' } });
    const targetId = (await cloud.db.collection(REVISION_COLLECTION).doc(revisionId).get()).data.targetId;
    expect(await count(HISTORY_COLLECTION, { targetId })).toBe(1);
  });
});

describe('retiring content keeps it visible', () => {
  it('withdraws a policy: banner reason kept, gone from the feed', async () => {
    const p = await publish(cloud, 'policy', policyInput());
    expect(await cloud.call('staff', 'withdrawItem', { kind: 'policy', targetId: p.targetId, reason: '内容有误，正在更正' }, 'reviewer')).toMatchObject({ ok: true, data: { version: 2 } });
    const policy = (await cloud.db.collection(POLICY_COLLECTION).doc(p.targetId).get()).data;
    expect(policy).toMatchObject({ lifecycle: 'withdrawn', lifecycleNote: '内容有误，正在更正' });
    expect(await count(FEED_COLLECTION, { _id: `policy-${p.targetId}` })).toBe(0);
  });

  it('keeps a withdrawn Q&A readable by its link, with the reason, and out of the topic list', async () => {
    const q = await publish(cloud, 'qa', qaInput({ topic: 'licensing' }));
    await cloud.call('staff', 'withdrawItem', { kind: 'qa', targetId: q.targetId, reason: '办理流程已调整' }, 'reviewer');
    expect(await cloud.call('public', 'getQa', { id: q.targetId }, 'citizenA')).toMatchObject({ ok: true, data: { withdrawnNote: '办理流程已调整' } });
    const list = await cloud.call<{ items: { id: string }[] }>('public', 'listQas', { topic: 'licensing' }, 'citizenA');
    expect(list.ok && list.data.items.map((i) => i.id)).not.toContain(q.targetId);
  });

  it('marks the old policy superseded when its replacement is published', async () => {
    const old = await publish(cloud, 'policy', policyInput({ title: '超限运输车辆行驶公路管理规定（旧）' }));
    const successor = await publish(cloud, 'policy', policyInput({ title: '超限运输车辆行驶公路管理规定', replaces: old.targetId }));
    const oldDoc = (await cloud.db.collection(POLICY_COLLECTION).doc(old.targetId).get()).data;
    expect(oldDoc).toMatchObject({ lifecycle: 'superseded', supersededBy: successor.targetId, status: 'repealed', lifecycleNote: '已被《超限运输车辆行驶公路管理规定》替代' });
  });
});

describe('bad input and access', () => {
  it('refuses script in rich text with a clear error and writes nothing', async () => {
    const revisionId = rid();
    const content = policyInput({ body: { format: 'html', source: '<p>正文</p><img src=x onerror="alert(1)">' } });
    expect(await cloud.call('staff', 'saveDraft', { revisionId, kind: 'policy', content, changeNote: '' }, 'editor')).toEqual({
      ok: false,
      code: 'INVALID_ARGUMENT',
      message: '正文含有脚本等不允许的内容，请删除后再提交',
    });
    expect(await count(REVISION_COLLECTION, { _id: revisionId })).toBe(0);
  });

  it.each([
    [{ title: 'x'.repeat(65) }, '「标题」最多 64 个字'],
    [{ issuedAt: '2026/03/01' }, '「发文日期」应为日期，格式如 2026-01-31'],
    [{ level: 'galactic' }, '「层级」的取值不在允许范围内'],
    [{ body: { format: 'text', source: '' } }, '正文不能为空'],
  ])('rejects a policy with %j', async (override, message) => {
    const res = await cloud.call('staff', 'saveDraft', { revisionId: rid(), kind: 'policy', content: policyInput(override), changeNote: '' }, 'editor');
    expect(res).toEqual({ ok: false, code: 'INVALID_ARGUMENT', message });
  });

  it('reports unknown ids as NOT_FOUND', async () => {
    expect(await cloud.call('staff', 'submitRevision', { revisionId: 'nope' }, 'editor')).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await cloud.call('staff', 'saveDraft', { revisionId: rid(), kind: 'qa', targetId: 'no-such-item', content: qaInput(), changeNote: '' }, 'editor')).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await cloud.call('staff', 'withdrawItem', { kind: 'qa', targetId: 'no-such-item', reason: '测试撤回' }, 'reviewer')).toMatchObject({ ok: false, code: 'NOT_FOUND' });
  });

  const staffCalls: [string, Record<string, unknown>][] = [
    ['saveDraft', { revisionId: 'r-x', kind: 'qa', content: {}, changeNote: '' }],
    ['submitRevision', { revisionId: 'r-x' }],
    ['reviewRevision', { revisionId: 'r-x', decision: 'approve', note: '' }],
    ['listRevisions', {}],
    ['getRevision', { revisionId: 'r-x' }],
    ['getEditable', { kind: 'qa', targetId: 'x' }],
    ['withdrawItem', { kind: 'qa', targetId: 'x', reason: '测试撤回' }],
    ['importContent', { items: [{}] }],
  ];
  it.each(PERSONA_KEYS.filter((p) => p === 'anonymous' || p.startsWith('citizen')))('refuses %s every workflow action', async (persona) => {
    for (const [action, payload] of staffCalls) {
      const res = await cloud.call('staff', action, payload, persona);
      expect(res).toMatchObject({ ok: false, code: persona === 'anonymous' ? 'UNAUTHENTICATED' : 'PERMISSION_DENIED' });
    }
  });

  it('keeps roles apart: reviewers do not draft, editors do not approve or withdraw, only admins import', async () => {
    expect(await cloud.call('staff', 'saveDraft', { revisionId: rid(), kind: 'qa', content: qaInput(), changeNote: '' }, 'reviewer')).toMatchObject({ code: 'PERMISSION_DENIED' });
    expect(await cloud.call('staff', 'reviewRevision', { revisionId: 'r-x', decision: 'approve', note: '' }, 'editor')).toMatchObject({ code: 'PERMISSION_DENIED' });
    expect(await cloud.call('staff', 'withdrawItem', { kind: 'qa', targetId: 'x', reason: '测试撤回' }, 'editor')).toMatchObject({ code: 'PERMISSION_DENIED' });
    expect(await cloud.call('staff', 'importContent', { items: [{}] }, 'reviewer')).toMatchObject({ code: 'PERMISSION_DENIED' });
  });

  it('does not let an editor change someone else’s draft', async () => {
    const revisionId = rid();
    await cloud.call('staff', 'saveDraft', { revisionId, kind: 'qa', content: qaInput(), changeNote: '' }, 'admin');
    expect(await cloud.call('staff', 'saveDraft', { revisionId, kind: 'qa', content: qaInput(), changeNote: '' }, 'editor')).toMatchObject({ code: 'PERMISSION_DENIED' });
    expect(await cloud.call('staff', 'submitRevision', { revisionId }, 'editor')).toMatchObject({ code: 'PERMISSION_DENIED' });
  });
});

describe('import', () => {
  const file = [
    { kind: 'policy', externalId: 'old-rules', content: policyInput({ title: '旧办法' }) },
    { kind: 'policy', externalId: 'new-rules', content: policyInput({ title: '新办法', replaces: 'old-rules' }) },
    { kind: 'qa', externalId: 'q1', content: qaInput({ policyId: 'new-rules' }) },
    { kind: 'term', externalId: 't1', content: { term: '路政', aliases: [], plain: '保护公路和公路用地的管理工作。' } },
    { kind: 'qa', externalId: 'bad-1', content: qaInput({ question: '' }) },
    { kind: 'qa', externalId: 'bad-2', content: qaInput({ policyId: 'missing' }) },
    { kind: 'video', externalId: 'bad-3', content: {} },
  ];

  it('imports valid rows, reports rejected ones, and is idempotent', async () => {
    const first = await cloud.call('staff', 'importContent', { items: file, confidentiality: CONFIDENTIALITY }, 'admin');
    expect(first).toEqual({
      ok: true,
      data: {
        created: 4,
        updated: 0,
        unchanged: 0,
        rejected: [
          { index: 4, externalId: 'bad-1', message: '「问题」不能为空' },
          { index: 5, externalId: 'bad-2', message: '关联的政策不存在或已删除' },
          { index: 6, externalId: 'bad-3', message: '「kind」的取值不在允许范围内' },
        ],
      },
    });
    expect((await cloud.db.collection(POLICY_COLLECTION).doc('policy-x-old-rules').get()).data).toMatchObject({ lifecycle: 'superseded', supersededBy: 'policy-x-new-rules' });
    const again = await cloud.call('staff', 'importContent', { items: file.slice(0, 4), confidentiality: CONFIDENTIALITY }, 'admin');
    expect(again).toMatchObject({ ok: true, data: { created: 0, updated: 0, unchanged: 4 } });
    const changed = await cloud.call('staff', 'importContent', { items: [{ ...file[3], content: { term: '路政', aliases: [], plain: '新的解释。' } }], confidentiality: CONFIDENTIALITY }, 'admin');
    expect(changed).toMatchObject({ ok: true, data: { updated: 1 } });
    const noted = await cloud.call('staff', 'importContent', { items: [{ ...file[3], content: { term: '路政', aliases: [], plain: '再次修改的解释。' }, changeNote: '按新版公路法修改解释' }], confidentiality: CONFIDENTIALITY }, 'admin');
    expect(noted).toMatchObject({ ok: true, data: { updated: 1 } });
    // 更新记录 says what happened to each item, never the bare word 批量导入.
    const history = await cloud.call<{ items: { note: string }[] }>('public', 'listHistory', { kind: 'term', id: 'term-x-t1' }, 'anonymous');
    expect(history.ok && history.data.items.map((h) => h.note)).toEqual(['按新版公路法修改解释', '内容更新', '首次发布']);
  });
});
