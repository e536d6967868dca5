// Each timer run leaves its time in job_runs/last, so the smoke test (and anyone in the console) can
// tell that the trigger fires.
import { JOB_RUN_COLLECTION, type JobRunDoc } from '#types/models/operations';
import { db } from '../_shared/cloud';

export async function recordRun(runId: string, at: Date, ok: boolean): Promise<void> {
  const { _id, ...data }: JobRunDoc = { _id: 'last', runId, at, ok };
  await db.collection(JOB_RUN_COLLECTION).doc(_id).set({ data });
}
