// Notices under overlapping timer runs: one notice to N subscribers, where in every cycle a run that
// started 80 s after its trigger is still sending when the run two timer minutes later starts on
// time (what an outside reliability run found). Prints how many people got the notice twice, as the
// platform saw it, and what the staff send report says. Sends are slowed to a platform-like pace so
// the two runs really overlap. Usage: tsx bench/notice-overlap-bench.ts [subscribers]
import type { NoticeReport } from '#types/api/notice-views';
import type { Result } from '#types/result';
import type { RunSummary } from '../cloudfunctions/jobs/run-state';
import { acceptedMessages, fireJobs, noticeToSubscribers, runWasIdle } from './notice-audience';

const SEND_LATENCY_MS = 20;
const STARTED_LATE_MS = 80_000;
const TIMER_MINUTES_APART_MS = 120_000;

export interface NoticeOverlapBench {
  subscribers: number;
  cycles: number;
  totalSeconds: number;
  /** Messages the platform accepted, the people they reached, and the difference: second messages. */
  messages: number;
  people: number;
  duplicates: number;
  /** What the staff send report says. */
  reportSent: number;
  reportDuplicates: number;
  reportUnknown: number;
  /** Claims the on-time runs took back from a live run, and claims the late runs then found gone. */
  requeued: number;
  lost: number;
}

export async function noticeOverlapBench(subscribers: number): Promise<NoticeOverlapBench> {
  const { emulator, noticeId } = await noticeToSubscribers(subscribers);
  try {
    emulator.openapi.delayWhen('subscribeMessage.send', SEND_LATENCY_MS);
    const start = Date.now();
    let trigger = Math.ceil(emulator.clock.now().getTime() / 60_000) * 60_000;
    const summaries: RunSummary[] = [];
    let cycles = 0;
    for (; cycles < 60; cycles++) {
      emulator.clock.set(new Date(trigger + STARTED_LATE_MS));
      const sentBefore = emulator.openapi.outbox.length;
      let lateEnded = false;
      const late = fireJobs<RunSummary>(emulator, new Date(trigger)).finally(() => (lateEnded = true));
      // Once the late run is sending (or has stopped), the on-time run two timer minutes on starts.
      while (!lateEnded && emulator.openapi.outbox.length < sentBefore + 100) await new Promise((resolve) => setTimeout(resolve, 20));
      emulator.clock.set(new Date(trigger + TIMER_MINUTES_APART_MS));
      const onTime = fireJobs<RunSummary>(emulator, new Date(trigger + TIMER_MINUTES_APART_MS));
      const pair = await Promise.all([late, onTime]);
      summaries.push(...pair);
      trigger += TIMER_MINUTES_APART_MS + 60_000;
      if (pair.every(runWasIdle)) break;
    }
    const totalSeconds = (Date.now() - start) / 1000;
    const report = (await emulator.call('staff', { action: 'getNoticeReport', payload: { id: noticeId } }, 'reviewer')) as Result<NoticeReport>;
    if (!report.ok) throw new Error(report.message);
    const sum = (key: 'requeued' | 'lost'): number => summaries.reduce((n, s) => n + (s[key] ?? 0), 0);
    return {
      subscribers,
      cycles: cycles + 1,
      totalSeconds,
      ...acceptedMessages(emulator),
      reportSent: report.data.counts.sent,
      reportDuplicates: report.data.duplicates ?? 0,
      reportUnknown: report.data.counts.unknown,
      requeued: sum('requeued'),
      lost: sum('lost'),
    };
  } finally {
    await emulator.stop();
  }
}

if (require.main === module) {
  const subscribers = Number(process.argv[2] ?? 5000);
  noticeOverlapBench(subscribers).then((r) => console.log(r), (e: unknown) => { console.error(e); process.exit(1); });
}
