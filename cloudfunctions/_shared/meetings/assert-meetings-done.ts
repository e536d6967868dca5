// Before an outcome report is published: every meeting of the consultation has taken place (or was
// cancelled) and each one held has its minutes, which are published with the report.
import { failedPrecondition } from '../app-error';
import { meetingsOf } from './meetings-of';

export async function assertMeetingsDone(consultationId: string, now: Date): Promise<void> {
  const live = (await meetingsOf(consultationId)).filter((m) => m.status === 'scheduled');
  const coming = live.filter((m) => m.startsAt > now).length;
  if (coming) throw failedPrecondition(`还有 ${coming} 场意见征集会没有开，开完或取消后才能公布`);
  const missing = live.filter((m) => !m.minutes).length;
  if (missing) throw failedPrecondition(`还有 ${missing} 场意见征集会没有填写会议纪要`);
}
