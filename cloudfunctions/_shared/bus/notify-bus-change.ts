// A new version of a published bus route is a route change (公交调整): one notice per township the
// route serves, in the notice centre and pushed through the usual send job to that township's
// subscribers of the bus topic, like any approved notice.
import type { BusRouteDoc } from '#types/models/bus-route';
import { NOTICE_COLLECTION, type NoticeDoc } from '#types/models/notice';
import { fitField, noticeFields } from '#types/models/notice-message';
import type { Tx } from '../cloud';
import { createSendJob, jobIdFor } from '../notices/send-job';
import { busRouteSummary } from './bus-route-text';

export const busNoticeId = (routeId: string, version: number, township: number): string => `bus-${routeId}-v${version}-${township}`;

export async function notifyBusChange(tx: Tx, route: BusRouteDoc, now: Date): Promise<void> {
  const title = fitField('thing1', `${route.code}线路调整`);
  const body = `${route.code}（${route.name}）的站点、时刻或票价有调整，自发布之日起按新的执行：${busRouteSummary(route)}`;
  for (const [index, township] of route.townships.entries()) {
    const noticeId = busNoticeId(route._id, route.version, index);
    const notice: Omit<NoticeDoc, '_id'> = {
      kind: 'bus', title, body, township, village: null, validFrom: now, validTo: null, related: null, audience: 'topic', sendAt: null,
      version: 1, publishedAt: now, updatedAt: now, lifecycle: 'published', lifecycleNote: null, votes: { helpful: 0, unhelpful: 0 },
    };
    await tx.collection(NOTICE_COLLECTION).doc(noticeId).set({ data: notice });
    await createSendJob(tx, jobIdFor(noticeId), {
      noticeId, title, template: 'notice', urgent: false, sendAt: now, relatedKey: null,
      target: { topic: 'bus', township, village: null }, page: `pages/notice/index?id=${noticeId}`, fields: noticeFields({ ...notice, title }),
    }, now);
  }
}
