// Freshness owners reminded by subscription message (#17.3) on the local cloud, at chosen instants
// around the 2026 National Day holiday: once per item and due state (due soon, overdue), admins once
// for what stayed overdue more than 5 working days, only to staff who allowed WeChat reminders, and
// exactly once when timer runs overlap.
import { CASE_COLLECTION } from '#types/models/case';
import { NOTICE_SEND_COLLECTION } from '#types/models/notice';
import { openidOf } from '../../emulator/gateway/personas';
import { projectInput } from '../support/builders';
import { type PersonaKey, type ProductCloud, startProductCloud } from '../support/product-cloud';
import { runJobs } from '../support/run-jobs';
import { publish } from '../support/workflow-steps';

const cst = (text: string): Date => new Date(`${text}+08:00`);

let cloud: ProductCloud;

const allow = async (as: PersonaKey): Promise<void> => {
  expect(await cloud.call('public', 'recordConsents', { results: [{ key: 'notice', result: 'accept' }] }, as)).toMatchObject({ ok: true });
};
/** Freshness send jobs as stored, and the messages that went out, per person. */
const jobs = (): { _id: string; target: { person: string }; fields: { key: string; value: string }[]; page: string }[] =>
  [...(cloud.emulator.store.documents(NOTICE_SEND_COLLECTION)?.values() ?? [])].map((d) => d.doc as never).filter((d: { _id: string }) => d._id.startsWith('staff-freshness-'));
const messagesTo = (as: PersonaKey) =>
  cloud.emulator.openapi.outbox.filter((e) => e.api === 'subscribeMessage.send' && e.errcode === 0 && e.params.touser === openidOf(as) && e.params.page === 'staff/freshness/index');
/** A check at `at`, then runs until its messages are out. */
const checkAt = async (at: string): Promise<void> => {
  cloud.emulator.clock.set(`${at}+08:00`);
  await runJobs(cloud.emulator, { at: cst(at) });
  for (let i = 1; i <= 3; i++) await runJobs(cloud.emulator, { at: new Date(cst(at).getTime() + i * 60_000) });
};

beforeAll(async () => {
  cloud = await startProductCloud({ at: '2026-09-18T10:00:00+08:00' });
  // Formed Sep 18 and not yet disclosed: 20 working days end Thursday Oct 22 (the 调休 Saturday Oct 10 counts). The editor owns it.
  await publish(cloud, 'project', projectInput({ status: 'completed', disclosures: [{ category: 'bidding', title: '施工招标中标结果', formedAt: '2026-09-18', disclosedAt: null }] }));
  // A complaint the reviewer handles, due Sep 28: overdue from then on.
  await cloud.db.collection(CASE_COLLECTION).add({
    data: { _id: 'case-late', trackingNo: 'Q20260921001', category: 'complaint', status: 'assigned', createdAt: cst('2026-09-21T09:00:00'), dueAt: cst('2026-09-28T23:59:59.999'), assignee: { openid: openidOf('reviewer'), name: 'reviewer' } },
  });
  await allow('editor');
  await allow('admin');
});
afterAll(() => cloud.emulator.stop());

describe('reminding owners of freshness duties', () => {
  it('tells nobody on Sep 30: the disclosure is not due within 10 working days, and the reviewer has not allowed reminders', async () => {
    await checkAt('2026-09-30T10:00:00');
    expect(jobs()).toEqual([]);
    expect(messagesTo('reviewer')).toEqual([]);
  });

  it('tells the editor once on Oct 9 that it falls due, even when three timer runs overlap', async () => {
    cloud.emulator.clock.set('2026-10-09T10:00:00+08:00');
    // Fired for the same minute (a retried trigger): each run checks, writes the report and decides what to push.
    await Promise.all([1, 2, 3].map(() => runJobs(cloud.emulator, { at: cst('2026-10-09T10:00:00') })));
    await checkAt('2026-10-09T10:02:00');
    expect(jobs().map((j) => j.target.person)).toEqual([openidOf('editor')]);
    const sent = messagesTo('editor');
    expect(sent).toHaveLength(1);
    expect(JSON.stringify(sent[0]?.params.data)).toContain('1项将到期');
    expect(JSON.stringify(sent[0]?.params.data)).toContain('2026年10月22日');
  });

  it('does not tell again while the state is the same; admins hear once of what stayed overdue (the case, by Oct 16)', async () => {
    await checkAt('2026-10-09T10:30:00');
    expect(messagesTo('admin')).toHaveLength(0);
    await checkAt('2026-10-16T10:00:00');
    await checkAt('2026-10-16T10:20:00');
    expect(messagesTo('editor')).toHaveLength(1);
    // Sep 29, 30, Oct 9, 10 (调休), 12-16: the case is 8 working days late.
    const admin = messagesTo('admin');
    expect(admin).toHaveLength(1);
    expect(admin[0]?.params.data).toMatchObject({ thing3: { value: '投诉 Q20260921001' }, date4: { value: '2026年9月28日' } });
  });

  it('tells the editor once when it becomes overdue (Oct 23), and admins once after 5 more working days (Oct 30)', async () => {
    await Promise.all(['10:00:00', '10:00:30'].map((t) => runJobs(cloud.emulator, { at: cst(`2026-10-23T${t}`) })));
    await checkAt('2026-10-23T10:20:00');
    expect(messagesTo('editor')).toHaveLength(2);
    expect(JSON.stringify(messagesTo('editor')[1]?.params.data)).toContain('1项已超期');
    expect(messagesTo('admin')).toHaveLength(1);
    // Oct 23, 26-30: 6 working days late.
    await checkAt('2026-10-30T10:00:00');
    await checkAt('2026-10-30T10:20:00');
    expect(messagesTo('editor')).toHaveLength(2);
    const admin = messagesTo('admin');
    expect(admin).toHaveLength(2);
    expect(admin[1]?.params.data).toMatchObject({ thing1: { value: '公开内容1项超期逾5个工作日' }, date4: { value: '2026年10月22日' } });
  });

  it('tells a staff member who allows reminders later of what is due now, once', async () => {
    expect(messagesTo('reviewer')).toEqual([]);
    await allow('reviewer');
    await checkAt('2026-10-30T10:40:00');
    await checkAt('2026-10-30T11:00:00');
    const sent = messagesTo('reviewer');
    expect(sent).toHaveLength(1);
    expect(JSON.stringify(sent[0]?.params.data)).toContain('1项已超期');
  });
});
