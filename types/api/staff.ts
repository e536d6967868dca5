// `staff`: actions for bureau staff only; each one names the roles it needs.
import * as v from 'valibot';
import { STAFF_ROLES, type StaffRole } from '../models/staff';
import { defineAction } from './action';

export interface StaffMember {
  openid: string;
  name: string;
  roles: StaffRole[];
  updatedAt: string;
}

export const staffApi = {
  listStaff: defineAction<{ items: StaffMember[] }>()(v.strictObject({})),
  /** Sets a person's roles (an empty list removes them from staff). Idempotent. */
  setRoles: defineAction<StaffMember | null>()(
    v.strictObject({
      openid: v.pipe(v.string(), v.trim(), v.regex(/^[A-Za-z0-9_-]{6,64}$/)),
      name: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(30)),
      roles: v.pipe(v.array(v.picklist(STAFF_ROLES)), v.maxLength(STAFF_ROLES.length)),
    }),
  ),
};

export type StaffApi = typeof staffApi;
