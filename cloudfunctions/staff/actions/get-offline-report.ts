// Editors and reviewers: a notice's offline delivery, beside its push report: for each village it concerns
// that has a liaison, whether it was confirmed posted or broadcast, whether that is overdue, and the scans
// of the posters made for it; scans of all its posters.
import { posterStaffApi } from '#types/api/posters';
import { NOTICE_COLLECTION, type NoticeDoc } from '#types/models/notice';
import { POSTER_COLLECTION, type PosterDoc } from '#types/models/poster';
import { STAFF_COLLECTION, type StaffDoc } from '#types/models/staff';
import { confirmationOverdue, confirmDueAt, VILLAGE_CONFIRMATION_COLLECTION, type VillageConfirmationDoc } from '#types/models/village-confirmation';
import { notFound } from '../../_shared/app-error';
import { db, docOrNull, docsOf } from '../../_shared/cloud';
import { defineHandler } from '../../_shared/define-handler';
import { loadPlaces } from '../../_shared/places/load-places';
import { noticeVillages } from '../../_shared/posters/notice-villages';

export const getOfflineReport = defineHandler(posterStaffApi.getOfflineReport, ['editor', 'reviewer'], async ({ noticeId }, { now }) => {
  const notice = await docOrNull<NoticeDoc>(db.collection(NOTICE_COLLECTION).doc(noticeId));
  if (!notice) throw notFound('通知');
  const [places, staff, confirmations, posters] = await Promise.all([
    loadPlaces('view'),
    docsOf<StaffDoc>(db.collection(STAFF_COLLECTION).orderBy('name', 'asc').limit(1000)),
    docsOf<VillageConfirmationDoc>(db.collection(VILLAGE_CONFIRMATION_COLLECTION).where({ refId: noticeId }).limit(1000)),
    docsOf<PosterDoc>(db.collection(POSTER_COLLECTION).where({ refId: noticeId }).orderBy('createdAt', 'desc').limit(1000)),
  ]);
  const covered = new Set(staff.filter((s) => s.roles.includes('liaison')).flatMap((s) => s.villages ?? []));
  const dueAt = confirmDueAt(notice.publishedAt);
  const villages = noticeVillages(notice, places)
    .filter((area) => covered.has(area))
    .map((area) => {
      const at = (action: string): string | null => confirmations.find((c) => c.area === area && c.action === action)?.doneAt.toISOString() ?? null;
      const mine = posters.filter((p) => p.area === area);
      const posted = at('posted');
      const broadcast = at('broadcast');
      return { area, posted, broadcast, overdue: confirmationOverdue(dueAt, Number(Boolean(posted)) + Number(Boolean(broadcast)), now), posters: mine.length, scans: mine.reduce((n, p) => n + p.scans, 0) };
    });
  return {
    villages,
    confirmed: villages.filter((v) => v.posted || v.broadcast).length,
    overdue: villages.filter((v) => v.overdue).length,
    dueAt: dueAt.toISOString(),
    scans: posters.reduce((n, p) => n + p.scans, 0),
  };
});
