// One scheduler for everything the minute timer does (notice fan-out and sending, digests, clocks,
// retention, and whatever a feature adds): each task registers with a priority, a share of the run's
// budget and how often it runs. Tasks run by priority; each may hold the run only for its own budget
// (RunState.canContinue answers for the task in hand; a task with bounded work, one page, just runs), so
// targeting a large send cannot starve the sending nor the reverse; a task that throws is logged and the
// others still run; the run is recorded failed if any did.
import { logError } from '../_shared/log-error';
import type { RunState } from './run-state';

export interface Task {
  name: string;
  /** Lower runs first. */
  priority: number;
  /** Longest this task may hold the run, in milliseconds (never past the run's own budget). */
  budgetMs: number;
  /** Runs when the trigger's minute (Beijing) is a multiple of this; every run when absent. */
  everyMinutes?: number;
  run(state: RunState, now: Date): Promise<void>;
}

/** Whether a task is due at a trigger time. Beijing is a whole number of hours from UTC, so UTC minutes serve. */
export const isDue = (task: Pick<Task, 'everyMinutes'>, now: Date): boolean =>
  !task.everyMinutes || Math.floor(now.getTime() / 60_000) % task.everyMinutes === 0;

/** Runs the due tasks; returns the names of those that threw. */
export async function runScheduled(tasks: readonly Task[], state: RunState, now: Date): Promise<string[]> {
  const failed: string[] = [];
  for (const task of [...tasks].sort((a, b) => a.priority - b.priority)) {
    if (!isDue(task, now)) continue;
    state.beginTask(task.budgetMs);
    try {
      await task.run(state, now);
    } catch (error) {
      logError(`jobs: task ${task.name} failed; the run went on with the others`, error);
      failed.push(task.name);
    } finally {
      state.endTask();
    }
  }
  return failed;
}
