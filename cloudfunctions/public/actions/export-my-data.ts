// WeChat users only; everything the bureau holds keyed to the caller's OPENID, in full (it is their own):
// notice preferences and consents, cases with disclosure applications, consultation comments, service
// ratings, votes, follows, notices read, messages sent and meeting registrations. Nothing of anyone else.
import type { MyData } from '#types/api/personal-data';
import { publicApi } from '#types/api/public';
import { CASE_COLLECTION, type CaseDoc } from '#types/models/case';
import { COMMENT_COLLECTION, CONSULTATION_COLLECTION, type CommentDoc } from '#types/models/consultation';
import { DELIVERY_COLLECTION, NOTICE_COLLECTION, NOTICE_PREFS_COLLECTION, NOTICE_READ_COLLECTION, type DeliveryDoc, type NoticePrefsDoc } from '#types/models/notice';
import { FOLLOW_COLLECTION, type FollowDoc } from '#types/models/project';
import { SERVICE_COLLECTION, SERVICE_RATING_COLLECTION, type ServiceRatingDoc } from '#types/models/service';
import { VOTE_COLLECTION, type VoteDoc } from '#types/models/vote';
import { allDocs } from '../../_shared/all-docs';
import { photoUrlsOf, toCaseView } from '../../_shared/cases/case-view';
import { _, db, docOrNull } from '../../_shared/cloud';
import { toCommentView } from '../../_shared/consultations/consultation-view';
import { myRegistrations } from '../../_shared/meetings/my-registrations';
import { defineHandler } from '../../_shared/define-handler';

/** A field of the documents with these ids, by id (for titles and names beside the person's records). */
async function fieldById(collection: string, ids: string[], field: 'title' | 'name'): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (!unique.length) return new Map();
  const rows = await allDocs<{ _id: string } & Record<string, string>>((offset, limit) => db.collection(collection).where({ _id: _.in(unique) }).skip(offset).limit(limit).field({ [field]: true }));
  return new Map(rows.map((row) => [row._id, row[field] as string]));
}

const iso = (at: Date | null | undefined): string | null => (at ? at.toISOString() : null);

export const exportMyData = defineHandler(publicApi.exportMyData, 'user', async (_input, { caller, now }): Promise<MyData> => {
  const openid = (await caller()).openid as string;
  const mine = { openid };
  const [prefs, cases, comments, ratings, votes, follows, reads, messages] = await Promise.all([
    docOrNull<NoticePrefsDoc>(db.collection(NOTICE_PREFS_COLLECTION).doc(openid)),
    allDocs<CaseDoc>((offset, limit) => db.collection(CASE_COLLECTION).where(mine).orderBy('createdAt', 'desc').orderBy('_id', 'desc').skip(offset).limit(limit)),
    allDocs<CommentDoc>((offset, limit) => db.collection(COMMENT_COLLECTION).where(mine).orderBy('createdAt', 'desc').orderBy('_id', 'desc').skip(offset).limit(limit)),
    allDocs<ServiceRatingDoc>((offset, limit) => db.collection(SERVICE_RATING_COLLECTION).where(mine).skip(offset).limit(limit)),
    allDocs<VoteDoc>((offset, limit) => db.collection(VOTE_COLLECTION).where(mine).skip(offset).limit(limit)),
    allDocs<FollowDoc>((offset, limit) => db.collection(FOLLOW_COLLECTION).where(mine).skip(offset).limit(limit)),
    allDocs<{ noticeId: string; at: Date }>((offset, limit) => db.collection(NOTICE_READ_COLLECTION).where(mine).skip(offset).limit(limit)),
    allDocs<DeliveryDoc>((offset, limit) => db.collection(DELIVERY_COLLECTION).where(mine).orderBy('at', 'desc').skip(offset).limit(limit)),
  ]);
  const [urls, noticeTitles, titles, serviceNames] = await Promise.all([
    photoUrlsOf(cases),
    fieldById(NOTICE_COLLECTION, reads.map((r) => r.noticeId), 'title'),
    fieldById(CONSULTATION_COLLECTION, comments.map((c) => c.consultationId), 'title'),
    fieldById(SERVICE_COLLECTION, ratings.map((r) => r.serviceId), 'name'),
  ]);
  const newestFirst = <T extends { at: Date }>(rows: T[]): T[] => [...rows].sort((a, b) => b.at.getTime() - a.at.getTime());
  return {
    exportedAt: now.toISOString(),
    noticePrefs: prefs
      ? {
          topics: prefs.topics, areas: prefs.areas, mode: prefs.mode, updatedAt: prefs.updatedAt.toISOString(),
          consents: Object.fromEntries(Object.entries(prefs.consents).map(([key, c]) => [key, { type: c.type, accepted: c.accepted, remaining: c.remaining, at: c.at.toISOString() }])),
        }
      : null,
    cases: cases.map((c) => ({ ...toCaseView(c, now, urls), phone: c.phone, personalErasedAt: iso(c.personalErasedAt) })),
    comments: comments.map((c) => toCommentView(c, true, titles.get(c.consultationId))),
    ratings: newestFirst(ratings).map((r) => ({ serviceId: r.serviceId, serviceName: serviceNames.get(r.serviceId) ?? null, level: r.level, comment: r.comment, at: r.at.toISOString(), caseId: r.caseId })),
    votes: newestFirst(votes).map((v) => ({ kind: v.kind, targetId: v.targetId, helpful: v.helpful, at: v.at.toISOString() })),
    follows: newestFirst(follows).map((f) => ({ kind: f.kind, targetId: f.targetId, at: f.at.toISOString() })),
    noticeReads: newestFirst(reads).map((r) => ({ noticeId: r.noticeId, title: noticeTitles.get(r.noticeId) ?? null, at: r.at.toISOString() })),
    messages: messages.map((m) => ({ template: m.template, status: m.status, at: m.at.toISOString() })),
    meetingRegistrations: await myRegistrations(openid),
  };
});
