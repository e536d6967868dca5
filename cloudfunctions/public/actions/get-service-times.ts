// Anyone may call; a published guide's measured handling times, kept per instance for 5 minutes.
import { publicApi } from '#types/api/public';
import type { ServiceTimes } from '#types/api/handling-views';
import { SERVICE_COLLECTION, type ServiceDoc } from '#types/models/service';
import { notFound } from '../../_shared/app-error';
import { db, docOrNull } from '../../_shared/cloud';
import { defineHandler } from '../../_shared/define-handler';
import { serviceTimes } from '../../_shared/handling/service-times';

const KEEP_MS = 5 * 60_000;
const cache = new Map<string, { at: number; times: ServiceTimes | null }>();

export const getServiceTimes = defineHandler(publicApi.getServiceTimes, 'anyone', async ({ id }, { now }) => {
  const kept = cache.get(id);
  if (kept && Math.abs(now.getTime() - kept.at) < KEEP_MS) return kept.times;
  const guide = await docOrNull<Pick<ServiceDoc, 'lifecycle' | 'itemCode' | 'promisedDays'>>(db.collection(SERVICE_COLLECTION).doc(id).field({ lifecycle: true, itemCode: true, promisedDays: true }));
  if (!guide || guide.lifecycle !== 'published') throw notFound('办事指南');
  const times = guide.itemCode ? await serviceTimes({ itemCode: guide.itemCode, promisedDays: guide.promisedDays }, now) : null;
  if (cache.size > 500) cache.clear();
  cache.set(id, { at: now.getTime(), times });
  return times;
});
