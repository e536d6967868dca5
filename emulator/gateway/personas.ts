// Who the local gateway says you are. In WeChat every user has an OPENID; in the browser a developer
// picks one of these, and the demo data grants the staff personas their roles.

export interface Persona {
  key: string;
  label: string;
  openid?: string;
}

export const PERSONAS: Persona[] = [
  { key: 'anonymous', label: '未登录访客' },
  { key: 'citizenA', label: '市民甲', openid: 'o-local-citizen-a' },
  { key: 'citizenB', label: '市民乙', openid: 'o-local-citizen-b' },
  { key: 'editor', label: '编辑（工作人员）', openid: 'o-local-editor' },
  { key: 'reviewer', label: '审核员（工作人员）', openid: 'o-local-reviewer' },
  { key: 'admin', label: '管理员（工作人员）', openid: 'o-local-admin' },
];

export const DEFAULT_PERSONA = 'citizenA';
export const LOCAL_APPID = 'wx-local-app';

export function personaByKey(key: string | undefined): Persona {
  return PERSONAS.find((p) => p.key === key) ?? (PERSONAS.find((p) => p.key === DEFAULT_PERSONA) as Persona);
}

export function openidOf(key: string): string {
  const openid = personaByKey(key).openid;
  if (!openid) throw new Error(`persona ${key} has no OPENID`);
  return openid;
}
