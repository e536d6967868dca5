// One registration per person per meeting: its _id a hash of both (reveals neither).
import { caseId as personHash } from '../cases/case-id';

export const registrationIdOf = (openid: string, meetingId: string): string => personHash(openid, `meeting:${meetingId}`);
