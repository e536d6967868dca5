// Writing a delivery record: created once, never overwritten. Its id is `${jobId}:${openid}`, so a
// page targeted again (after a crash, or by a run that lost its hold on the job) finds the record
// there and leaves it: a record a run may already hold or have sent is never put back to pending.
import { DELIVERY_COLLECTION, type DeliveryDoc } from '#types/models/notice';
import { db } from '../_shared/cloud';

const deliveryId = (jobId: string, openid: string): string => `${jobId}:${openid}`;

const isDuplicateKey = (error: unknown): boolean => /E11000|duplicate key/i.test(String((error as { errMsg?: unknown })?.errMsg ?? (error as Error)?.message ?? error));

/** True if this call created it; false if the record was already there. */
export async function createDelivery(delivery: Omit<DeliveryDoc, '_id'>): Promise<boolean> {
  try {
    await db.collection(DELIVERY_COLLECTION).add({ data: { _id: deliveryId(delivery.jobId, delivery.openid), ...delivery } });
    return true;
  } catch (error) {
    if (isDuplicateKey(error)) return false;
    throw error;
  }
}
