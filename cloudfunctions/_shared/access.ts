// Who may call an action. Checked on every call, before the action runs.
import type { StaffRole } from '#types/models/staff';
import { permissionDenied, unauthenticated } from './app-error';
import type { Caller } from './caller';

/** 'anyone' includes callers with no OPENID; 'user' needs a WeChat user; a role list needs staff. */
export type Access = 'anyone' | 'user' | readonly StaffRole[];

export function authorise(access: Access, caller: Caller): void {
  if (access === 'anyone') return;
  if (!caller.openid) throw unauthenticated();
  if (access === 'user') return;
  // An admin may act in every staff role.
  if (caller.roles.includes('admin') || access.some((role) => caller.roles.includes(role))) return;
  throw permissionDenied();
}
