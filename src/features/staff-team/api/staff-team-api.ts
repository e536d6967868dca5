import type { StaffMember } from '#types/api/staff';
import type { StaffRole } from '#types/models/staff';
import type { Result } from '#types/result';
import { call } from '@/lib/cloud';

export function fetchTeam(): Promise<Result<{ items: StaffMember[] }>> {
  return call('staff', 'listStaff', {}, { retry: true });
}

/** Setting roles is idempotent, so a retry after a lost answer is safe. */
export function saveRoles(openid: string, name: string, roles: StaffRole[], villages: string[] = []): Promise<Result<StaffMember | null>> {
  return call('staff', 'setRoles', { openid, name, roles, villages }, { retry: true });
}
