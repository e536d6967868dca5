// Fires the jobs function's timer as the platform would, optionally at another time or with a
// shorter budget, and returns the run's summary.
import type { Result } from '#types/result';
import type { RunSummary } from '../../cloudfunctions/jobs/run-state';
import type { Emulator } from '../../emulator';


export async function runJobs(emulator: Emulator, options: { at?: Date; budgetMs?: number } = {}): Promise<RunSummary> {
  const at = options.at ?? emulator.clock.now();
  const event = { Type: 'Timer', TriggerName: 'every-minute', Time: at.toISOString(), Message: '', ...(options.budgetMs ? { budgetMs: options.budgetMs } : {}) };
  const result = (await emulator.runner.invoke('jobs', event, { SOURCE: 'wx_trigger' })) as Result<RunSummary>;
  if (!result.ok) throw new Error(`jobs run failed: ${result.message}`);
  return result.data;
}

/** Runs until nothing is left to send (or `maxRuns`), returning every run's summary. */
export async function runJobsUntilDone(emulator: Emulator, options: { at?: Date; budgetMs?: number; maxRuns?: number } = {}): Promise<RunSummary[]> {
  const runs: RunSummary[] = [];
  for (let i = 0; i < (options.maxRuns ?? 50); i++) {
    const summary = await runJobs(emulator, options);
    runs.push(summary);
    if (!summary.rateLimited && summary.sent + summary.refused + summary.failed + summary.targeted + summary.started === 0) break;
  }
  return runs;
}
