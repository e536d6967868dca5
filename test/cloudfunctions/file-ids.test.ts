// File ids: a caller may store only their own uploads, and a stored id that is malformed, missing or
// unreadable never breaks a page or list — that one file shows as unavailable, the rest as usual.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BudgetView } from '#types/api/budget-views';
import type { CaseView, StaffCaseView } from '#types/api/case-views';
import type { PolicyView } from '#types/api/policy-views';
import type { ProjectUpdateView, ProjectView } from '#types/api/project-views';
import { BUDGET_COLLECTION } from '#types/models/budget';
import { CASE_COLLECTION } from '#types/models/case';
import { POLICY_COLLECTION } from '#types/models/policy';
import { PROJECT_COLLECTION, PROJECT_UPDATE_COLLECTION } from '#types/models/project';
import { openidOf } from '../../emulator/gateway/personas';
import { policyInput, projectInput } from '../support/builders';
import { type PersonaKey, type ProductCloud, startProductCloud } from '../support/product-cloud';
import { CONFIDENTIALITY, publish } from '../support/workflow-steps';

let cloud: ProductCloud;
let n = 0;
const request = (): string => `fid-${(n += 1)}-request`;
const ENV = 'cloud://local-env.local-bucket';

/** A file as the client uploads it: into the person's own folder (staff: the staff folder). */
const upload = (as: PersonaKey, name: string, area: 'uploads' | 'staff' = 'uploads'): string =>
  cloud.emulator.storage.put(`${area}/${openidOf(as)}/${name}`, Buffer.from(`file ${name}`));

// Ids stored by some other route (an older release, a console edit, a script): none may break a read.
const BAD_STORED = [
  `${ENV}/a/../../../package.json`,
  `${ENV}/uploads/o-local-citizen-a/missing.jpg`,
  `${ENV}/generated/never-made.png`,
  `${ENV}/uploads/o-local-citizen-a/%2e%2e%2fpackage.json`,
  `${ENV}/uploads\\o-local-citizen-a\\x.jpg`,
  'not-a-file-id',
  `cloud://other-env.other-bucket/uploads/o-local-citizen-a/a.jpg`,
];

beforeAll(async () => {
  cloud = await startProductCloud();
});
afterAll(() => cloud.emulator.stop());

const caseCount = async (): Promise<number> => (await cloud.db.collection(CASE_COLLECTION).count()).total;
const submit = (photos: string[], as: PersonaKey = 'citizenA') =>
  cloud.call<CaseView>('public', 'submitCase', { requestId: request(), category: 'question', text: '村口公交站的站牌掉了，请看照片。', photos }, as);

describe('what a caller may attach', () => {
  it.each([
    [`${ENV}/a/../../../package.json`],
    [`${ENV}/uploads/o-local-citizen-a/..`],
    [`${ENV}/uploads/o-local-citizen-a/%2e%2e`],
    [`${ENV}/uploads\\o-local-citizen-a\\x.jpg`],
    [`${ENV}/uploads/o-local-citizen-a/a\u0000.jpg`],
    [`${ENV}/uploads/o-local-citizen-a/a\u202Egpj.exe`],
    [`${ENV}/generated/report.pdf`],
    [`${ENV}/content/2026/old.jpg`],
    ['https://evil.example/x.jpg'],
  ])('refuses a malformed or non-upload id %j and stores nothing', async (fileId) => {
    const before = await caseCount();
    expect(await submit([fileId])).toEqual({ ok: false, code: 'INVALID_ARGUMENT', message: '「照片（第 1 项）」不是有效的上传文件，请重新上传' });
    expect(await caseCount()).toBe(before);
  });

  it('refuses another person’s upload and a staff upload to a citizen, and stores nothing', async () => {
    const before = await caseCount();
    const refused = { ok: false, code: 'PERMISSION_DENIED', message: '只能使用自己上传的文件，请重新上传后再提交' };
    expect(await submit([upload('citizenA', 'mine.jpg'), upload('citizenB', 'theirs.jpg')])).toEqual(refused);
    expect(await submit([upload('editor', 'bureau.pdf', 'staff')])).toEqual(refused);
    expect(await caseCount()).toBe(before);
  });

  it('takes the caller’s own upload and gives them a working link', async () => {
    const res = await submit([upload('citizenA', 'pothole.jpg')]);
    if (!res.ok) throw new Error(res.message);
    const mine = await cloud.call<CaseView>('public', 'getMyCase', { id: res.data.id }, 'citizenA');
    const url = mine.ok ? mine.data.photos[0] : null;
    expect(await (await fetch(url ?? '')).text()).toBe('file pothole.jpg');
  });

  it('lets staff attach the bureau’s uploads, their colleagues’ included, but not a citizen’s', async () => {
    const save = (fileId: string) =>
      cloud.call('staff', 'saveDraft', { revisionId: `fid-draft-${(n += 1)}`, kind: 'policy', content: policyInput({ attachments: [{ name: '全文.pdf', fileId }] }), changeNote: '' }, 'editor');
    expect((await save(upload('reviewer', 'rules.pdf', 'staff'))).ok).toBe(true);
    expect(await save(upload('citizenA', 'private.pdf'))).toMatchObject({ ok: false, code: 'PERMISSION_DENIED' });
    const csv = readFileSync(join(__dirname, '../../scripts/demo/budgets/2023-final.csv'), 'utf8').replace(/project-x-[a-z0-9-]+/g, '').replace(/ +,/g, ',');
    const budget = await cloud.call('staff', 'importBudget', { year: 2023, type: 'final', csv, documents: [{ name: '决算.pdf', fileId: upload('citizenB', 'x.pdf') }], confidentiality: CONFIDENTIALITY }, 'reviewer');
    expect(budget).toMatchObject({ ok: false, code: 'PERMISSION_DENIED' });
    expect((await cloud.db.collection(BUDGET_COLLECTION).where({ _id: '2023-final' }).count()).total).toBe(0);
  });
});

describe('a bad stored file id never breaks a read', () => {
  it('keeps the case queue, the person’s case views and a disclosure decision working, marking the bad files unavailable', async () => {
    const good = upload('citizenA', 'good.jpg');
    const opened = await submit([good]);
    if (!opened.ok) throw new Error(opened.message);
    await cloud.db.collection(CASE_COLLECTION).doc(opened.data.id).update({ data: { photos: [good, ...BAD_STORED] } });
    const expected = [expect.stringContaining('/storage/file/uploads/o-local-citizen-a/good.jpg'), ...BAD_STORED.map(() => null)];

    for (const as of ['editor', 'reviewer', 'admin'] as const) {
      const queue = await cloud.call<{ items: StaffCaseView[] }>('staff', 'listCases', {}, as);
      if (!queue.ok) throw new Error(queue.message);
      expect(queue.data.items.find((c) => c.id === opened.data.id)?.photos).toEqual(expected);
    }
    const mine = await cloud.call<{ items: CaseView[] }>('public', 'listMyCases', {}, 'citizenA');
    expect(mine.ok && mine.data.items.find((c) => c.id === opened.data.id)?.photos).toEqual(expected);
    const one = await cloud.call<CaseView>('public', 'getMyCase', { id: opened.data.id }, 'citizenA');
    expect(one.ok && one.data.photos).toEqual(expected);

    const applied = await cloud.call<CaseView>('public', 'applyDisclosure', {
      requestId: request(),
      applicant: { type: 'person', name: '王小明', idNumber: '33012219800101123X', organisation: '', phone: '13912345678', address: '清溪县石门乡石门村 12 号', email: '' },
      description: '请公开石门乡通村路硬化工程的招标文件和中标合同。',
      purpose: '了解村道工程质量要求',
      form: 'electronic',
    }, 'citizenA');
    if (!applied.ok) throw new Error(applied.message);
    await cloud.db.collection(CASE_COLLECTION).doc(applied.data.id).update({ data: { photos: BAD_STORED } });
    const document = upload('editor', 'decision.pdf', 'staff');
    const decided = await cloud.call<StaffCaseView>('staff', 'decideDisclosure', { id: applied.data.id, decision: 'disclosed', reply: '予以公开，见附件。', documents: [{ name: '决定书.pdf', fileId: document }] }, 'editor');
    if (!decided.ok) throw new Error(decided.message);
    expect(decided.data.photos).toEqual(BAD_STORED.map(() => null));
    expect(decided.data.disclosure?.decision?.documents).toEqual([{ name: '决定书.pdf', url: expect.stringContaining('/storage/file/staff/o-local-editor/decision.pdf') }]);
    await cloud.db.collection(CASE_COLLECTION).doc(applied.data.id).update({ data: { 'disclosure.decision.documents': [{ name: '决定书.pdf', fileId: document }, ...BAD_STORED.map((fileId) => ({ name: '坏文件', fileId }))] } });
    const read = await cloud.call<CaseView>('public', 'getMyCase', { id: applied.data.id }, 'citizenA');
    expect(read.ok && read.data.disclosure?.decision?.documents.map((d) => d.url === null)).toEqual([false, ...BAD_STORED.map(() => true)]);
  });

  it('keeps the budget page, a policy and a project working for anyone', async () => {
    const csv = readFileSync(join(__dirname, '../../scripts/demo/budgets/2024-final.csv'), 'utf8').replace(/project-x-[a-z0-9-]+/g, '').replace(/ +,/g, ',');
    const good = upload('reviewer', 'final-2024.pdf', 'staff');
    const imported = await cloud.call('staff', 'importBudget', { year: 2024, type: 'final', csv, documents: [{ name: '2024 年决算.pdf', fileId: good }], confidentiality: CONFIDENTIALITY }, 'reviewer');
    if (!imported.ok) throw new Error(imported.message);
    await cloud.db.collection(BUDGET_COLLECTION).doc('2024-final').update({ data: { documents: [{ name: '2024 年决算.pdf', fileId: good }, ...BAD_STORED.map((fileId) => ({ name: '坏文件', fileId }))] } });
    const budget = await cloud.call<BudgetView>('public', 'getBudget', { year: 2024, type: 'final' }, 'anonymous');
    if (!budget.ok) throw new Error(budget.message);
    expect(budget.data.documents.map((d) => d.url === null)).toEqual([false, ...BAD_STORED.map(() => true)]);

    const policy = await publish(cloud, 'policy', policyInput({ attachments: [{ name: '全文.pdf', fileId: upload('editor', 'p.pdf', 'staff') }] }));
    await cloud.db.collection(POLICY_COLLECTION).doc(policy.targetId).update({ data: { attachments: BAD_STORED.map((fileId) => ({ name: '坏文件', fileId })) } });
    const view = await cloud.call<PolicyView>('public', 'getPolicy', { id: policy.targetId }, 'anonymous');
    expect(view.ok && view.data.attachments.every((a) => a.url === null)).toBe(true);

    const project = await publish(cloud, 'project', projectInput());
    await publish(cloud, 'projectUpdate', { projectId: project.targetId, text: '桥墩浇筑完成。', photos: [upload('editor', 'site.jpg', 'staff')] });
    await cloud.db.collection(PROJECT_UPDATE_COLLECTION).where({ projectId: project.targetId }).update({ data: { photos: BAD_STORED } });
    const disclosures = (await cloud.db.collection(PROJECT_COLLECTION).doc(project.targetId).get()).data.disclosures as { fileId?: string | null }[];
    await cloud.db.collection(PROJECT_COLLECTION).doc(project.targetId).update({ data: { disclosures: disclosures.map((d, i) => ({ ...d, fileId: i === 0 ? BAD_STORED[0] : null })) } });
    const shown = await cloud.call<ProjectView>('public', 'getProject', { id: project.targetId }, 'anonymous');
    if (!shown.ok) throw new Error(shown.message);
    const items = shown.data.disclosure.flatMap((c) => c.items);
    expect(items.filter((i) => i.fileUnavailable)).toHaveLength(1);
    expect(items.every((i) => i.url === null)).toBe(true);
    const updates = await cloud.call<{ items: ProjectUpdateView[] }>('public', 'listProjectUpdates', { projectId: project.targetId }, 'anonymous');
    expect(updates.ok && updates.data.items[0]?.photos).toEqual(BAD_STORED.map(() => null));
    expect(cloud.emulator.runner.logs.filter((line) => line.includes('unexpected error'))).toEqual([]);
  });
});
