// Who the local gateway says you are. In WeChat every user has an OPENID; in the browser a developer
// picks one of these, and the demo data grants the staff personas their roles. A browser that has
// picked nobody is anonymous, as a page opened outside WeChat is.

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
  { key: 'liaison', label: '村级信息员（石门村）', openid: 'o-local-liaison' },
];

export const ANONYMOUS = PERSONAS[0] as Persona;
export const LOCAL_APPID = 'wx-local-app';

export function findPersona(key: string | undefined): Persona | undefined {
  return PERSONAS.find((p) => p.key === key);
}

/** The persona a test or script names; a key that names nobody is a mistake in the caller. */
export function personaByKey(key: string): Persona {
  const persona = findPersona(key);
  if (!persona) throw new Error(`no persona ${key}`);
  return persona;
}

export function openidOf(key: string): string {
  const openid = personaByKey(key).openid;
  if (!openid) throw new Error(`persona ${key} has no OPENID`);
  return openid;
}
