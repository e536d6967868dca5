// What one timer run carries between its steps: its id, its time budget, its lease and its running totals.
import { getHeapStatistics } from 'node:v8';

/**
 * How long whatever a run holds (claimed deliveries, a job it is targeting) stays its own, counted
 * from the moment the run really started: the platform stops a function 60 s after it starts, and
 * 15 s more allow for the clocks of two instances differing. Never counted from the trigger time: a
 * run may start long after its trigger, and would then look dead while it is still sending.
 */
export const LEASE_MS = 75_000;

export interface RunSummary {
  runId: string;
  started: number;
  targeted: number;
  sent: number;
  refused: number;
  failed: number;
  /** Deliveries a dead run left mid-send: not resent, reported as unknown. */
  unknown: number;
  /** Exactly-once records past the time they can matter, removed. */
  expired: number;
  /** Cases whose personal details passed their retention period and were erased by this run. */
  erased: number;
  /** Deliveries a dead run had claimed but not started: back in the queue. */
  requeued: number;
  /** Deliveries this run had claimed but found taken back (its lease lapsed) before sending: left alone. */
  lost: number;
  /** Messages this run saw go out for a delivery another run held: second messages, counted on the job. */
  duplicates: number;
  rateLimited: boolean;
  finishedJobs: number;
  /** The run's largest heap, sampled between batches. */
  peakHeapMb: number;
  /** Tasks that threw (logged; the others ran). */
  failedTasks: string[];
}

export class RunState {
  readonly summary: RunSummary;
  /**
   * When the run started: this instance's clock, or the trigger time if that is later (never on the
   * platform, where a trigger comes before its run; only where runs are fired ahead of the clock, as
   * in tests). What its leases count from, and what it judges other runs' leases by.
   */
  readonly startedAt: Date;
  /** When everything this run holds lapses. */
  readonly leaseUntil: Date;
  private readonly deadline: number;
  /** The task in hand's own deadline (see scheduler.ts); the run's when no task is running. */
  private taskDeadline = Number.POSITIVE_INFINITY;

  constructor(runId: string, budgetMs: number, triggeredAt: Date) {
    const now = Date.now();
    this.deadline = now + budgetMs;
    this.startedAt = new Date(Math.max(now, triggeredAt.getTime()));
    this.leaseUntil = new Date(this.startedAt.getTime() + LEASE_MS);
    this.summary = { runId, started: 0, targeted: 0, sent: 0, refused: 0, failed: 0, unknown: 0, expired: 0, erased: 0, requeued: 0, lost: 0, duplicates: 0, rateLimited: false, finishedJobs: 0, peakHeapMb: 0, failedTasks: [] };
    this.sampleHeap();
  }

  get runId(): string {
    return this.summary.runId;
  }

  /** False once the budget (the run's, or the task in hand's) is spent or the platform asked us to slow down. */
  canContinue(): boolean {
    return !this.summary.rateLimited && Date.now() < Math.min(this.deadline, this.taskDeadline);
  }

  /** What the task in hand may still use, in milliseconds (0 when spent). */
  remainingMs(): number {
    return Math.max(0, Math.min(this.deadline, this.taskDeadline) - Date.now());
  }

  /** Starts a task with its own budget: from now on canContinue answers for it. */
  beginTask(budgetMs: number): void {
    this.taskDeadline = Date.now() + budgetMs;
  }

  endTask(): void {
    this.taskDeadline = Number.POSITIVE_INFINITY;
  }

  sampleHeap(): void {
    const mb = getHeapStatistics().used_heap_size / 1_048_576;
    if (mb > this.summary.peakHeapMb) this.summary.peakHeapMb = Math.round(mb * 10) / 10;
  }
}
