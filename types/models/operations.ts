// What operations keep about the deployment itself: the timer function's last run (so anyone can tell
// the trigger fires) and a scratch collection the post-deploy smoke test writes to and cleans up.
export const JOB_RUN_COLLECTION = 'job_runs';
export const SMOKE_COLLECTION = 'smoke_canary';

/** The one document `last` in job_runs. */
export interface JobRunDoc {
  _id: 'last';
  runId: string;
  at: Date;
  ok: boolean;
}

/** Whether the subscription template ids a real environment needs are configured on a function. */
export type TemplateIdsState = 'set' | 'missing' | 'incomplete';
