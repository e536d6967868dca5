// A send job: written when a notice is approved, worked through by the jobs function's timer runs.
import { NOTICE_SEND_COLLECTION, type NoticeSendDoc } from '#types/models/notice';
import type { Tx } from '../cloud';

export const jobIdFor = (noticeId: string): string => `notice-${noticeId}`;

type NewJob = Pick<NoticeSendDoc, 'noticeId' | 'title' | 'template' | 'urgent' | 'sendAt' | 'relatedKey' | 'target' | 'page' | 'fields'>;

export async function createSendJob(tx: Tx, id: string, job: NewJob, now: Date): Promise<void> {
  const doc: Omit<NoticeSendDoc, '_id'> = { ...job, status: 'scheduled', cursor: '', targeted: 0, createdAt: now, startedAt: null, finishedAt: null };
  await tx.collection(NOTICE_SEND_COLLECTION).doc(id).set({ data: doc });
}
