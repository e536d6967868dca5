// The staff function: actions behind the role-gated staff pages.
import type { StaffApi } from '#types/api/staff';
import { createMain } from '../_shared/create-main';
import { listStaff } from './actions/list-staff';
import { setRoles } from './actions/set-roles';

export const main = createMain<StaffApi>({ listStaff, setRoles });
