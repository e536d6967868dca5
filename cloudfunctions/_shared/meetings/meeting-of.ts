// A meeting with its consultation, read through the transaction or the database, or NOT_FOUND.
import { CONSULTATION_COLLECTION, type ConsultationDoc } from '#types/models/consultation';
import { MEETING_COLLECTION, type MeetingDoc } from '#types/models/meeting';
import { notFound } from '../app-error';
import { db, docOrNull, type Tx } from '../cloud';

export async function meetingOf(meetingId: string, tx?: Tx): Promise<{ meeting: MeetingDoc; consultation: ConsultationDoc }> {
  const from = tx ?? (db as unknown as Tx);
  const meeting = await docOrNull<MeetingDoc>(from.collection(MEETING_COLLECTION).doc(meetingId));
  if (!meeting) throw notFound('意见征集会');
  const consultation = await docOrNull<ConsultationDoc>(from.collection(CONSULTATION_COLLECTION).doc(meeting.consultationId));
  if (!consultation) throw notFound('意见征集');
  return { meeting, consultation };
}
