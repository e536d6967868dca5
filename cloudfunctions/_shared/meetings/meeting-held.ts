// What may be recorded from a meeting (opinions, minutes): once it has begun, if it was not cancelled,
// and until the consultation's outcome report is published.
import type { ConsultationDoc } from '#types/models/consultation';
import type { MeetingDoc } from '#types/models/meeting';
import { failedPrecondition } from '../app-error';

export function assertRecordable(m: MeetingDoc, c: ConsultationDoc, now: Date): void {
  if (m.status === 'cancelled') throw failedPrecondition('这场会已取消');
  if (m.startsAt > now) throw failedPrecondition('会议开始后才能记录');
  if (c.outcome) throw failedPrecondition('处理结果已经公布，不能再修改');
}
