// Who is calling: the OPENID from the platform's context (never from the event) and their staff roles.
import type { StaffDoc, StaffRole } from '#types/models/staff';
import { STAFF_COLLECTION } from '#types/models/staff';
import { cloud, db, docsOf } from './cloud';

export interface Caller {
  openid: string | null;
  roles: StaffRole[];
  name: string | null;
  /** A village liaison's villages ('乡镇/村'); empty for everyone else. */
  villages: string[];
}

export async function loadCaller(): Promise<Caller> {
  const { OPENID } = cloud.getWXContext();
  const openid = typeof OPENID === 'string' && OPENID ? OPENID : null;
  if (!openid) return { openid: null, roles: [], name: null, villages: [] };
  const [staff] = await docsOf<StaffDoc>(db.collection(STAFF_COLLECTION).where({ _id: openid }).limit(1));
  return { openid, roles: staff?.roles ?? [], name: staff?.name ?? null, villages: staff?.villages ?? [] };
}
