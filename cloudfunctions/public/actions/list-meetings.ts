// Anyone may call; a consultation's meetings, soonest first, with seats left; the minutes once the
// outcome report is published.
import { publicApi } from '#types/api/public';
import { CONSULTATION_COLLECTION, type ConsultationDoc } from '#types/models/consultation';
import { notFound } from '../../_shared/app-error';
import { db, docOrNull } from '../../_shared/cloud';
import { defineHandler } from '../../_shared/define-handler';
import { meetingsOf } from '../../_shared/meetings/meetings-of';
import { toMeetingView } from '../../_shared/meetings/meeting-view';

export const listMeetings = defineHandler(publicApi.listMeetings, 'anyone', async ({ consultationId }) => {
  const c = await docOrNull<ConsultationDoc>(db.collection(CONSULTATION_COLLECTION).doc(consultationId));
  if (!c) throw notFound('意见征集');
  const meetings = await meetingsOf(consultationId);
  return { items: meetings.map((m) => toMeetingView(m, c.outcome !== null)) };
});
