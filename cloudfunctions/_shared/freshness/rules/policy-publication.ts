// A policy is published within 20 working days of being made (issued): a draft not yet published
// carries the clock from its issue date.
import type { DutyVerdict, WorkingCalendar } from '#types/models/freshness';
import { verdict } from '../verdict';

export const POLICY_PUBLISH_WORKING_DAYS = 20;

export function policyPublicationDuty(draft: { issuedAt: Date }, now: Date, calendar: WorkingCalendar): DutyVerdict {
  return verdict(calendar.addWorkingDays(draft.issuedAt, POLICY_PUBLISH_WORKING_DAYS), now, calendar, `政策文件印发后 ${POLICY_PUBLISH_WORKING_DAYS} 个工作日内公开`);
}
