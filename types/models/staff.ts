// Bureau staff: who may publish, review and administer. One document per person, keyed by OPENID.

export const STAFF_COLLECTION = 'staff';

export const STAFF_ROLES = ['admin', 'editor', 'reviewer', 'liaison'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export const STAFF_ROLE_LABELS: Record<StaffRole, string> = {
  admin: '管理员',
  editor: '编辑',
  reviewer: '审核员',
  liaison: '村级信息员',
};

/** Villages one liaison may look after. */
export const LIAISON_VILLAGES_MAX = 20;

export interface StaffDoc {
  /** The person's OPENID. */
  _id: string;
  name: string;
  roles: StaffRole[];
  /** A village liaison's villages ('乡镇/村', from `places`); absent for everyone else. */
  villages?: string[];
  createdAt: Date;
  updatedAt: Date;
}
