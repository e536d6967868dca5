// npm run add-admin -- <OPENID> [姓名]
// Makes a person an admin: the first admin has to come from outside the app. Keeps their other roles.
import { AUDIT_COLLECTION } from '#types/models/audit';
import { STAFF_COLLECTION, type StaffDoc } from '#types/models/staff';
import { connectSdk } from './connect-sdk';

const OPENID = /^[A-Za-z0-9_-]{6,64}$/;

export async function addAdmin(openid: string, name: string): Promise<string> {
  if (!OPENID.test(openid)) throw new Error(`OPENID 格式不正确：${openid}`);
  const { cloud, where, close } = await connectSdk();
  try {
    const db = cloud.database();
    const now = new Date();
    const existing = (await db.collection(STAFF_COLLECTION).where({ _id: openid }).get()).data[0] as StaffDoc | undefined;
    const roles = [...new Set(['admin', ...(existing?.roles ?? [])])];
    const doc = { name: existing?.name ?? name, roles, createdAt: existing?.createdAt ?? now, updatedAt: now };
    await db.collection(STAFF_COLLECTION).doc(openid).set({ data: doc });
    await db.collection(AUDIT_COLLECTION).add({
      data: { actor: 'cli:add-admin', action: 'staff.setRoles', collection: STAFF_COLLECTION, targetId: openid, before: existing ?? null, after: { _id: openid, ...doc }, at: now },
    });
    return where;
  } finally {
    await close();
  }
}

if (require.main === module) {
  const [openid, name = '管理员'] = process.argv.slice(2);
  if (!openid) {
    console.error('用法：npm run add-admin -- <OPENID> [姓名]');
    process.exit(2);
  }
  addAdmin(openid, name).then(
    (where) => console.log(`已将 ${openid} 设为管理员（${where}）`),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
