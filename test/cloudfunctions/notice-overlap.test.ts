// Overlapping timer runs of the jobs function: a run still sending when a later one starts (it
// started late, or outlived its lease) must not let anyone get a notice twice, and the send report
// must count every second message a run can see. Sends are slowed down so that the runs overlap.
import { DELIVERY_COLLECTION, type DeliveryDoc } from '#types/models/notice';
import type { Doc } from '../../emulator/store/ejson';
import { noticeInput } from '../support/builders';
import { clearSubscribers, deliveryRecords, inBackground, messagesPerPerson, noticeReport, seedSubscribers, until } from '../support/notice-sends';
import { type ProductCloud, startProductCloud } from '../support/product-cloud';
import { runJobs, runJobsUntilDone } from '../support/run-jobs';
import { publish } from '../support/workflow-steps';

let cloud: ProductCloud;

beforeAll(async () => {
  cloud = await startProductCloud();
});
afterAll(() => cloud.emulator.stop());
beforeEach(() => {
  cloud.emulator.openapi.reset();
  clearSubscribers(cloud);
});

/** How long the platform takes to answer each send here: slow enough for a second run to join in. */
const SLOW_SEND_MS = 20;

/** Sets the local cloud's clock to `instant` (Beijing time) and returns it as a Date. */
function clockAt(instant: string): Date {
  cloud.emulator.clock.set(instant);
  return new Date(instant);
}

/** A road closure for the whole county (urgent: sent at once), published at `instant`. */
async function publishClosure(instant: string, title: string): Promise<{ noticeId: string; jobId: string }> {
  clockAt(instant);
  const { targetId } = await publish(cloud, 'notice', noticeInput({ title, township: null, validFrom: '2026-06-12' }));
  return { noticeId: targetId, jobId: `notice-${targetId}` };
}

/** Everyone in `people` got exactly one message: the list of those who did not (with their count). */
function notExactlyOnce(people: string[], prefix: string): [string, number][] {
  const got = messagesPerPerson(cloud, prefix);
  return people.map((p) => [p, got.get(p) ?? 0] as [string, number]).filter(([, n]) => n !== 1);
}

describe('two timer runs sending at once', () => {
  it('a run that started late keeps its claims: the next run sends only what nobody holds, and everyone gets one message', async () => {
    const people = seedSubscribers(cloud, 'o-late-', 300);
    const { noticeId } = await publishClosure('2026-06-10T09:55:00+08:00', 'S205封闭（晚启动）');
    cloud.emulator.openapi.delayWhen('subscribeMessage.send', SLOW_SEND_MS);
    // Triggered at 09:56, started 80 s late: its claims carry the time it really started.
    clockAt('2026-06-10T09:57:20+08:00');
    const first = inBackground(runJobs(cloud.emulator, { at: new Date('2026-06-10T09:56:00+08:00') }));
    await until(() => messagesPerPerson(cloud, 'o-late-').size >= 20);
    // Two timer minutes after the first's trigger, on time, while the first is still sending.
    const second = inBackground(runJobs(cloud.emulator, { at: clockAt('2026-06-10T09:58:00+08:00') }));
    const [a, b] = await Promise.all([first, second]);

    expect({ requeued: b.requeued, unknown: b.unknown, lost: a.lost + b.lost }).toEqual({ requeued: 0, unknown: 0, lost: 0 });
    expect(b.sent).toBeGreaterThan(0); // they did overlap: the second sent what nobody held
    await runJobsUntilDone(cloud.emulator, { at: clockAt('2026-06-10T10:00:00+08:00') });
    expect(notExactlyOnce(people, 'o-late-')).toEqual([]);
    const r = await noticeReport(cloud, noticeId);
    expect(r).toMatchObject({ status: 'done', targeted: 300, duplicates: 0 });
    expect(r.counts).toMatchObject({ sent: 300, unknown: 0, pending: 0, claimed: 0, sending: 0 });
  }, 30_000);

  it('a run that outlives its lease sends nothing it lost, and what it had in flight keeps its true outcome', async () => {
    const people = seedSubscribers(cloud, 'o-fence-', 300);
    const { noticeId, jobId } = await publishClosure('2026-06-10T10:29:00+08:00', 'S205封闭（超时运行）');
    cloud.emulator.openapi.delayWhen('subscribeMessage.send', SLOW_SEND_MS);
    const first = inBackground(runJobs(cloud.emulator, { at: clockAt('2026-06-10T10:30:00+08:00') }));
    await until(() => messagesPerPerson(cloud, 'o-fence-').size >= 20);
    // By the next run's clock the first has been going for two minutes: it should be long stopped
    // (the platform's 60 s), so its lease has lapsed. Here it is still sending.
    const second = inBackground(runJobs(cloud.emulator, { at: clockAt('2026-06-10T10:32:00+08:00') }));
    const [a, b] = await Promise.all([first, second]);

    expect(b.requeued).toBeGreaterThan(0); // the second took back what the first had claimed...
    expect(a.lost).toBeGreaterThan(0); // ...and the first, finding them gone, left them alone
    await runJobsUntilDone(cloud.emulator, { at: clockAt('2026-06-10T10:34:00+08:00') });
    expect(notExactlyOnce(people, 'o-fence-')).toEqual([]);
    // What the second called unknown while the first was sending it, the first recorded as sent.
    expect(deliveryRecords(cloud, jobId).filter((d) => d.status !== 'sent')).toEqual([]);
    const r = await noticeReport(cloud, noticeId);
    expect(r).toMatchObject({ status: 'done', targeted: 300, duplicates: 0 });
    expect(r.counts).toMatchObject({ sent: 300, unknown: 0 });
  }, 30_000);

  it('two runs that find the same notice due start it once, target it once and send it once to each', async () => {
    const people = seedSubscribers(cloud, 'o-twin-', 300);
    const { noticeId, jobId } = await publishClosure('2026-06-10T10:59:00+08:00', 'S205封闭（同时到期）');
    cloud.emulator.openapi.delayWhen('subscribeMessage.send', SLOW_SEND_MS);
    // The 11:00 run started late, at 11:02, together with the 11:02 run.
    clockAt('2026-06-10T11:02:00+08:00');
    const [a, b] = await Promise.all([
      runJobs(cloud.emulator, { at: new Date('2026-06-10T11:00:00+08:00') }),
      runJobs(cloud.emulator, { at: new Date('2026-06-10T11:02:00+08:00') }),
    ]);
    expect({ started: a.started + b.started, targeted: a.targeted + b.targeted }).toEqual({ started: 1, targeted: 300 });
    await runJobsUntilDone(cloud.emulator, { at: clockAt('2026-06-10T11:04:00+08:00') });
    expect(deliveryRecords(cloud, jobId)).toHaveLength(300);
    expect(notExactlyOnce(people, 'o-twin-')).toEqual([]);
    expect((await noticeReport(cloud, noticeId)).counts.sent).toBe(300);
  }, 30_000);
});

describe('tonight\'s digest under two timer runs', () => {
  it('is written once per reader and sent once, when the evening runs overlap', async () => {
    const readers = seedSubscribers(cloud, 'o-eve-', 200, { mode: 'digest', topics: ['policy'] });
    clockAt('2026-06-10T14:00:00+08:00');
    for (const title of ['新的客运管理办法施行', '公交票价听证会公告']) {
      await publish(cloud, 'notice', noticeInput({ kind: 'policy', title, township: null, validFrom: '2026-06-12' }));
    }
    await runJobsUntilDone(cloud.emulator, { at: clockAt('2026-06-10T14:01:00+08:00') });
    expect(messagesPerPerson(cloud, 'o-eve-').size).toBe(0); // waiting for the evening
    cloud.emulator.openapi.delayWhen('subscribeMessage.send', SLOW_SEND_MS);
    // The 18:03 run started late, at 18:05, together with the 18:05 run.
    clockAt('2026-06-10T18:05:00+08:00');
    await Promise.all([
      runJobs(cloud.emulator, { at: new Date('2026-06-10T18:03:00+08:00') }),
      runJobs(cloud.emulator, { at: new Date('2026-06-10T18:05:00+08:00') }),
    ]);
    await runJobsUntilDone(cloud.emulator, { at: clockAt('2026-06-10T18:07:00+08:00') });
    expect(notExactlyOnce(readers, 'o-eve-')).toEqual([]);
    expect(deliveryRecords(cloud, 'digest-2026-06-10')).toHaveLength(200);
    const first = cloud.emulator.openapi.outbox.find((e) => e.params.touser === readers[0]);
    expect((first?.params.data as Record<string, { value: string }>).thing1?.value).toBe('今天有2条新通知');
  }, 30_000);
});

describe('a second message the report can see', () => {
  it('counts it when a send goes out for a record another sender took meanwhile, on the record and in the report', async () => {
    const people = seedSubscribers(cloud, 'o-dup-', 5);
    const victim = people[2] as string;
    const { noticeId, jobId } = await publishClosure('2026-06-10T11:29:00+08:00', 'S205封闭（重复可见）');
    cloud.emulator.openapi.delayWhen('subscribeMessage.send', 3000, (p) => p.touser === victim && String(p.page).startsWith('pages/notice/'));
    const run = inBackground(runJobs(cloud.emulator, { at: clockAt('2026-06-10T11:30:00+08:00') }));
    const id = `${jobId}:${victim}`;
    const record = (): DeliveryDoc | undefined => cloud.emulator.store.get(DELIVERY_COLLECTION, id)?.doc as DeliveryDoc | undefined;
    await until(() => record()?.status === 'sending');
    // Meanwhile a sender that ignores the fence (an older version still running during a deploy)
    // writes the record as its own and sends the same person the message.
    const taken = { ...(record() as DeliveryDoc), status: 'sent', runId: 'an-older-sender' };
    cloud.emulator.store.apply([{ kind: 'put', collection: DELIVERY_COLLECTION, id, doc: taken as unknown as Doc }]);
    await cloud.cloud.openapi.subscribeMessage.send({ touser: victim, templateId: 'local-template-notice', page: 'pages/index/index', data: { thing1: { value: 'S205封闭' } } });
    expect(messagesPerPerson(cloud, 'o-dup-').get(victim)).toBe(1); // the run's own send is still waiting for the platform
    const summary = await run;

    expect(summary.duplicates).toBe(1);
    expect([...messagesPerPerson(cloud, 'o-dup-').values()].sort()).toEqual([1, 1, 1, 1, 2]);
    expect(record()).toMatchObject({ status: 'sent', runId: 'an-older-sender', duplicates: 1 });
    const r = await noticeReport(cloud, noticeId);
    expect(r).toMatchObject({ targeted: 5, duplicates: 1 });
    // The report adds up with what the platform accepted: one message per sent record, plus the duplicates.
    const accepted = [...messagesPerPerson(cloud, 'o-dup-').values()].reduce((x, y) => x + y, 0);
    expect(r.counts.sent + r.duplicates).toBe(accepted);
  }, 30_000);
});
