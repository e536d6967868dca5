// Notices: one notice to 50,000 subscribers through the jobs function's timer runs on the emulator,
// with 5 % of people refusing (43101) and one burst of rate limiting (45009) injected.
import { DELIVERY_COLLECTION, type DeliveryDoc } from '#types/models/notice';
import type { RunSummary } from '../cloudfunctions/jobs/run-state';
import { acceptedMessages, fireJobs, noticeToSubscribers, runWasIdle } from './notice-audience';

const SUBSCRIBERS = 50_000;
const REFUSE_EVERY = 20; // 5 %
const BURST = 30;

export interface NoticeBench {
  subscribers: number;
  runs: number;
  rateLimitedRuns: number;
  totalSeconds: number;
  messagesPerSecond: number;
  peakHeapMb: number;
  sent: number;
  refused: number;
  duplicates: number;
  longestRunSeconds: number;
}

export async function noticeBench(): Promise<NoticeBench> {
  const { emulator } = await noticeToSubscribers(SUBSCRIBERS);
  try {
    emulator.openapi.failWhen('subscribeMessage.send', 43101, (p) => Number(String(p.touser).slice(-6)) % REFUSE_EVERY === 0);

    const summaries: RunSummary[] = [];
    const durations: number[] = [];
    const start = Date.now();
    for (let run = 0; run < 100; run++) {
      if (run === 1) emulator.openapi.failNext('subscribeMessage.send', 45009, BURST);
      const runStart = Date.now();
      const s = await fireJobs<RunSummary>(emulator, emulator.clock.now());
      durations.push((Date.now() - runStart) / 1000);
      summaries.push(s);
      if (runWasIdle(s)) break;
    }
    const totalSeconds = (Date.now() - start) / 1000;
    const records = [...(emulator.store.documents(DELIVERY_COLLECTION)?.values() ?? [])].map((r) => r.doc as unknown as DeliveryDoc);
    const sent = records.filter((d) => d.status === 'sent').length;
    return {
      subscribers: SUBSCRIBERS,
      runs: summaries.length,
      rateLimitedRuns: summaries.filter((s) => s.rateLimited).length,
      totalSeconds,
      messagesPerSecond: sent / totalSeconds,
      peakHeapMb: Math.max(...summaries.map((s) => s.peakHeapMb)),
      sent,
      refused: records.filter((d) => d.status === 'refused').length,
      duplicates: acceptedMessages(emulator).duplicates,
      longestRunSeconds: Math.max(...durations),
    };
  } finally {
    await emulator.stop();
  }
}

if (require.main === module) {
  noticeBench().then((r) => console.log(r), (e: unknown) => { console.error(e); process.exit(1); });
}
