// Every meeting of one consultation, soonest first.
import { MEETING_COLLECTION, type MeetingDoc } from '#types/models/meeting';
import { allDocs } from '../all-docs';
import { db } from '../cloud';

export const meetingsOf = (consultationId: string): Promise<MeetingDoc[]> =>
  allDocs<MeetingDoc>((offset, limit) => db.collection(MEETING_COLLECTION).where({ consultationId }).orderBy('startsAt', 'asc').orderBy('_id', 'asc').skip(offset).limit(limit));
