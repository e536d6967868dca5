// Each timer run leaves its time in job_runs/last, so the smoke test (and anyone in the console) can
// tell that the trigger fires. Overlapping runs can finish out of order: an older run never overwrites
// a newer run's record (which would hide that run's failure).
import { JOB_RUN_COLLECTION, type JobRunDoc } from '#types/models/operations';
import { docOrNull, runTransaction } from '../_shared/cloud';

export async function recordRun(runId: string, at: Date, ok: boolean): Promise<void> {
  await runTransaction(async (tx) => {
    const ref = tx.collection(JOB_RUN_COLLECTION).doc('last');
    const stored = await docOrNull<JobRunDoc>(ref);
    if (stored && new Date(stored.at).getTime() > at.getTime()) return;
    const data: Omit<JobRunDoc, '_id'> = { runId, at, ok };
    await ref.set({ data });
  });
}
