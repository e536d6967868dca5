// The freshness monitor and content health on the local cloud, at chosen instants around the 2026
// National Day holiday: the jobs timer writes one report; staff read it grouped by owner (by default
// the last editor); admins reassign and see what stayed overdue; reminders count the reader's own.
import type { FreshnessView } from '#types/api/freshness';
import type { StaffReminder } from '#types/api/holiday-calendar';
import { AUDIT_COLLECTION } from '#types/models/audit';
import { CASE_COLLECTION } from '#types/models/case';
import { FRESHNESS_COLLECTION } from '#types/models/freshness';
import { openidOf } from '../../emulator/gateway/personas';
import { policyInput, projectInput, serviceInput } from '../support/builders';
import { type ProductCloud, startProductCloud } from '../support/product-cloud';
import { runJobs } from '../support/run-jobs';
import { publish } from '../support/workflow-steps';

const cst = (text: string): Date => new Date(`${text}+08:00`);

let cloud: ProductCloud;
const ids = { project: '', expiring: '', basis: '', service: '' };

beforeAll(async () => {
  cloud = await startProductCloud({ at: '2026-09-18T10:00:00+08:00' });
  ids.project = (await publish(cloud, 'project', projectInput({
    disclosures: [{ category: 'bidding', title: '施工招标中标结果', formedAt: '2026-09-18', disclosedAt: null }],
  }))).targetId;
  const { fileID } = await cloud.cloud.uploadFile({ cloudPath: 'staff/o-local-editor/expiring.pdf', fileContent: Buffer.from('%PDF-1.4') });
  ids.expiring = (await publish(cloud, 'policy', policyInput({ title: '临时交通管制办法', expiresAt: '2026-09-30', attachments: [{ name: '办法全文.pdf', fileId: fileID }] }))).targetId;
  await cloud.cloud.deleteFile({ fileList: [fileID] });
  ids.basis = (await publish(cloud, 'policy', policyInput({ title: '网约车管理实施细则' }))).targetId;
  ids.service = (await publish(cloud, 'service', serviceInput({ basisPolicyIds: [ids.basis] }))).targetId;
  // A newer policy replaces the guide's basis: the old one is marked repealed.
  await publish(cloud, 'policy', policyInput({ title: '网约车管理实施细则（2026 年修订）', replaces: ids.basis }));
  // A new policy issued Sep 18 and still a draft (the admin wrote it): 20 working days end Oct 22.
  const draft = await cloud.call('staff', 'saveDraft', { revisionId: 'draft-issued-0918', kind: 'policy', targetId: null, content: policyInput({ title: '农村客运补贴办法', issuedAt: '2026-09-18' }), changeNote: '' }, 'admin');
  if (!draft.ok) throw new Error(draft.message);
  await cloud.db.collection(CASE_COLLECTION).add({
    data: { _id: 'case-late', trackingNo: 'Q20260921001', category: 'complaint', status: 'assigned', createdAt: cst('2026-09-21T09:00:00'), dueAt: cst('2026-09-28T23:59:59.999'), assignee: { openid: openidOf('reviewer'), name: 'reviewer' } },
  });
});
afterAll(() => cloud.emulator.stop());

const report = async (as: 'editor' | 'reviewer' | 'admin'): Promise<FreshnessView> => {
  const res = await cloud.call<FreshnessView>('staff', 'getFreshness', {}, as);
  if (!res.ok) throw new Error(res.message);
  return res.data;
};
const row = (view: FreshnessView, kind: string, itemId: string) => view.rows.find((r) => r.kind === kind && r.itemId === itemId);

describe('the freshness report, checked by the jobs timer on Friday Oct 9 (after National Day)', () => {
  beforeAll(async () => {
    cloud.emulator.clock.set('2026-10-09T10:00:00+08:00');
    await runJobs(cloud.emulator, { at: cst('2026-10-09T10:00:00') });
  });

  it('lists what is overdue and what falls due in 10 working days (the 调休 Saturday counted), owned by the last editor', async () => {
    const view = await report('editor');
    expect(view.checkedAt).toBe(cst('2026-10-09T10:00:00').toISOString());
    // Formed Sep 18: 20 working days end Thursday Oct 22 — within 10 working days of Oct 9 only because Saturday Oct 10 is a working day.
    expect(row(view, 'disclosure', ids.project)).toMatchObject({ state: 'due_soon', dueAt: cst('2026-10-22T23:59:59.999').toISOString(), owner: openidOf('editor'), ownerName: 'editor' });
    // Expired Sep 30 (end of day), still in force: overdue by Oct 8 and Oct 9.
    expect(row(view, 'policy', ids.expiring)).toMatchObject({ state: 'overdue', overdueDays: 2, owner: openidOf('editor') });
    const draft = view.rows.find((r) => r.title === '农村客运补贴办法');
    expect(draft).toMatchObject({ kind: 'policy', state: 'due_soon', dueAt: cst('2026-10-22T23:59:59.999').toISOString(), owner: openidOf('admin'), page: '/staff/edit/index?kind=policy&revisionId=draft-issued-0918' });
    expect(row(view, 'case', 'case-late')).toMatchObject({ state: 'overdue', owner: openidOf('reviewer'), page: '/staff/cases/index' });
    expect(view.groups[0]).toMatchObject({ owner: openidOf('editor'), name: 'editor' });
    expect(view.isAdmin).toBe(false);
  });

  it('lists content health: expired but in force, a guide whose basis was superseded, a missing attachment', async () => {
    const view = await report('reviewer');
    const problems = view.health.map((h) => [h.problem, h.itemId]);
    expect(problems).toEqual(expect.arrayContaining([['expired_in_force', ids.expiring], ['basis_repealed', ids.service], ['missing_file', ids.expiring]]));
    expect(view.health.find((h) => h.problem === 'basis_repealed')?.detail).toContain('已废止');
    expect(view.health.filter((h) => h.problem === 'missing_file')).toHaveLength(1);
  });

  it('counts the reader’s own duties on the staff reminder list', async () => {
    const res = await cloud.call<{ items: StaffReminder[] }>('staff', 'listStaffReminders', {}, 'editor');
    const items = res.ok ? res.data.items : [];
    expect(items.find((r) => r.key === 'freshness-overdue')).toMatchObject({ level: 'urgent', page: '/staff/freshness/index' });
    expect(items.find((r) => r.key === 'freshness-due-soon')?.text).toMatch(/^\d+ 项由你负责/);
  });

  it('does not check again within 15 minutes, and an earlier-dated overlapping run never replaces a later report', async () => {
    await runJobs(cloud.emulator, { at: cst('2026-10-09T10:05:00') });
    expect((await report('editor')).checkedAt).toBe(cst('2026-10-09T10:00:00').toISOString());
    await runJobs(cloud.emulator, { at: cst('2026-10-09T09:00:00') });
    expect((await report('editor')).checkedAt).toBe(cst('2026-10-09T10:00:00').toISOString());
  });
});

describe('escalation and reassignment', () => {
  it('shows admins what stayed overdue more than 5 working days', async () => {
    cloud.emulator.clock.set('2026-10-16T10:00:00+08:00');
    await runJobs(cloud.emulator, { at: cst('2026-10-16T10:00:00') });
    const admin = await report('admin');
    // Oct 8, 9, 10 (调休), 12-16: 8 working days past Sep 30.
    expect(admin.rows.find((r) => r.itemId === ids.expiring)).toMatchObject({ overdueDays: 8 });
    expect(admin.staff.map((s) => s.name)).toEqual(expect.arrayContaining(['editor', 'reviewer', 'admin']));
    const reminders = await cloud.call<{ items: StaffReminder[] }>('staff', 'listStaffReminders', {}, 'admin');
    expect(reminders.ok && reminders.data.items.map((r) => r.key)).toContain('freshness-escalated');
    expect((await report('editor')).staff).toEqual([]);
  });

  it('lets only an admin give an item to a staff member, audited, shown from the next check', async () => {
    const input = { kind: 'policy', itemId: ids.expiring, owner: openidOf('reviewer') };
    expect(await cloud.call('staff', 'setContentOwner', input, 'editor')).toMatchObject({ ok: false, code: 'PERMISSION_DENIED' });
    const stranger = await cloud.call('staff', 'setContentOwner', { ...input, owner: 'o-not-staff-1' }, 'admin');
    expect(stranger).toMatchObject({ ok: false, code: 'INVALID_ARGUMENT' });
    expect(!stranger.ok && stranger.message).toContain('负责人');
    expect(await cloud.call('staff', 'setContentOwner', input, 'admin')).toMatchObject({ ok: true });
    expect(await cloud.call('staff', 'setContentOwner', input, 'admin')).toMatchObject({ ok: true });
    const audit = await cloud.db.collection(AUDIT_COLLECTION).where({ targetId: `policy:${ids.expiring}`, action: 'freshness.owner' }).get();
    expect(audit.data).toHaveLength(1);
    await runJobs(cloud.emulator, { at: cst('2026-10-16T10:20:00') });
    const view = await report('reviewer');
    expect(row(view, 'policy', ids.expiring)).toMatchObject({ owner: openidOf('reviewer'), ownerName: 'reviewer' });
    expect(view.groups[0]?.owner).toBe(openidOf('reviewer'));
    // A whole kind: services go to the admin; an item's own assignment still wins over it.
    expect(await cloud.call('staff', 'setContentOwner', { kind: 'service', itemId: '*', owner: openidOf('admin') }, 'admin')).toMatchObject({ ok: true });
    expect(await cloud.call('staff', 'setContentOwner', { kind: 'policy', itemId: ids.expiring, owner: null }, 'admin')).toMatchObject({ ok: true });
    await runJobs(cloud.emulator, { at: cst('2026-10-16T10:40:00') });
    const after = await report('admin');
    expect(row(after, 'policy', ids.expiring)?.owner).toBe(openidOf('editor'));
    expect((await cloud.db.collection(FRESHNESS_COLLECTION).doc('report').get()).data.health.find((h: { problem: string }) => h.problem === 'basis_repealed')?.owner).toBe(openidOf('editor'));
  });
});
