// A policy past its expiry date must not stay marked in force: due when it expires.
import type { DutyVerdict, WorkingCalendar } from '#types/models/freshness';
import type { PolicyStatus } from '#types/models/policy';
import { verdict } from '../verdict';

export function policyExpiryDuty(policy: { status: PolicyStatus; expiresAt: Date | null }, now: Date, calendar: WorkingCalendar): DutyVerdict | null {
  if (policy.status !== 'in_force' || policy.expiresAt === null) return null;
  return verdict(policy.expiresAt, now, calendar, '有效期届满：改为已废止，或发布延续有效的新文件');
}
