// The timer-driven jobs function (every minute): each run works on notice sends for up to its time
// budget and leaves the rest to the next run. Only the platform's timer may start it (SOURCE
// wx_trigger): a call from the mini-program, the HTTP access service or a user is refused.
import type { Result } from '#types/result';
import { cloud } from '../_shared/cloud';
import { type CallContext, beginCall } from '../_shared/call-context';
import { logError } from '../_shared/log-error';
import { newId } from '../_shared/new-id';
import { templateIdsState } from '../_shared/notices/template-ids';
import type { HealthView } from '#types/api/health';
import { appliedLimits } from '../_shared/applied-limits';
import { recordRun } from './record-run';
import { recountProvisionalClocks } from '../_shared/cases/recount-provisional';
import { expireRecords } from './expire-records';
import { erasePersonal } from './erase-personal';
import { retentionDays } from '../_shared/personal/retention-days';
import { startDueJobs } from './job-lifecycle';
import { recoverStale } from './recover-stale';
import { type RunSummary, RunState } from './run-state';
import { scheduleDigest } from './schedule-digest';
import { sendPending } from './send-deliveries';
import { targetJobs } from './target-recipients';
import { checkFreshness } from '../_shared/freshness/check-freshness';

/** Well inside the 60 s a function may run, leaving time to record the last results. */
const BUDGET_MS = 45_000;

interface JobsEvent {
  /** Asked by the post-deploy smoke test (a server caller, never a user): how this function is configured. */
  health?: boolean;
  Type?: string;
  Time?: string;
  /** A shorter budget, for tests and benchmarks that need several runs. */
  budgetMs?: number;
}

export async function main(event: JobsEvent, platform?: CallContext): Promise<Result<RunSummary | HealthView>> {
  beginCall(platform);
  const { OPENID, SOURCE } = cloud.getWXContext();
  if (event.health === true && !OPENID) return { ok: true, data: { templateIds: templateIdsState(), limits: appliedLimits() } };
  if (OPENID || SOURCE !== 'wx_trigger') return { ok: false, code: 'PERMISSION_DENIED', message: '这个功能只由系统定时运行' };
  const now = event.Time ? new Date(event.Time) : new Date();
  const budget = Math.min(Math.max(Number(event.budgetMs ?? BUDGET_MS), 100), BUDGET_MS);
  const state = new RunState(newId(), budget, now);
  const deadline = Date.now() + budget;
  try {
    await scheduleDigest(now);
    await recountProvisionalClocks();
    const retention = await retentionDays();
    state.summary.expired = await expireRecords(now, retention);
    state.summary.erased = await erasePersonal(now, retention);
    await startDueJobs(now, state);
    await recoverStale(state);
    await targetJobs(state);
    await sendPending(state);
    // Freshness monitor (#17.3): at most every 15 minutes, in what is left of the budget; its failure is not the run's.
    await checkFreshness(now, deadline - Date.now()).catch((error: unknown) => logError('jobs: freshness', error));
    // The run's work is done whatever happens to its record: a failed write is logged, not reported as a failed run.
    await recordRun(state.runId, now, true).catch((error: unknown) => logError('jobs: run record', error));
    return { ok: true, data: state.summary };
  } catch (error) {
    logError('jobs', error);
    await recordRun(state.runId, now, false).catch(() => undefined);
    return { ok: false, code: 'INTERNAL', message: '定时任务出错，下次运行会继续' };
  }
}
