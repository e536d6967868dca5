// What one timer run carries between its steps: its id, its time budget and its running totals.
import { getHeapStatistics } from 'node:v8';

export interface RunSummary {
  runId: string;
  started: number;
  targeted: number;
  sent: number;
  refused: number;
  failed: number;
  /** Deliveries a dead run left mid-send: not resent, reported as unknown. */
  unknown: number;
  /** Deliveries a dead run had claimed but not started: back in the queue. */
  requeued: number;
  rateLimited: boolean;
  finishedJobs: number;
  /** The run's largest heap, sampled between batches. */
  peakHeapMb: number;
}

export class RunState {
  readonly summary: RunSummary;

  constructor(runId: string, private readonly deadline: number) {
    this.summary = { runId, started: 0, targeted: 0, sent: 0, refused: 0, failed: 0, unknown: 0, requeued: 0, rateLimited: false, finishedJobs: 0, peakHeapMb: 0 };
    this.sampleHeap();
  }

  /** False once the budget is spent or the platform asked us to slow down. */
  canContinue(): boolean {
    return !this.summary.rateLimited && Date.now() < this.deadline;
  }

  sampleHeap(): void {
    const mb = getHeapStatistics().used_heap_size / 1_048_576;
    if (mb > this.summary.peakHeapMb) this.summary.peakHeapMb = Math.round(mb * 10) / 10;
  }
}
