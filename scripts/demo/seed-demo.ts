// Seeds the demo data: staff, home-feed entries and the county's township and village list here; policies, Q&A and glossary terms through
// the importer from demo-content.json (see npm start). Idempotent: a document that already exists is left as it is (staff may have
// edited it), so a second start adds nothing twice.
import { FEED_COLLECTION } from '#types/models/feed';
import { PLACE_COLLECTION } from '#types/models/place';
import { STAFF_COLLECTION, type StaffDoc, type StaffRole } from '#types/models/staff';
import { PERSONAS } from '../../emulator/gateway/personas';
import type { Sdk } from '../local-sdk';
import { join } from 'node:path';
import { DEMO_FEED } from './demo-feed';
import { demoPlaceDocs } from './demo-places';

export const DEMO_CONTENT = join(__dirname, 'demo-content.json');

const DEMO_STAFF: Record<string, { name: string; roles: StaffRole[]; villages?: string[] }> = {
  editor: { name: '李编辑', roles: ['editor'] },
  reviewer: { name: '赵审核', roles: ['reviewer'] },
  admin: { name: '张管理', roles: ['admin'] },
  liaison: { name: '王信息员', roles: ['liaison'], villages: ['石门乡/石门村'] },
};

async function addIfMissing(db: Sdk, collection: string, doc: { _id: string }): Promise<boolean> {
  const { total } = await db.collection(collection).where({ _id: doc._id }).count();
  if (total > 0) return false;
  await db.collection(collection).add({ data: doc });
  return true;
}

export async function seedDemo(cloud: Sdk): Promise<number> {
  const db = cloud.database();
  let added = 0;
  for (const item of DEMO_FEED) if (await addIfMissing(db, FEED_COLLECTION, item)) added += 1;
  for (const township of demoPlaceDocs()) if (await addIfMissing(db, PLACE_COLLECTION, township)) added += 1;
  const at = new Date('2026-10-01T00:00:00+08:00');
  for (const persona of PERSONAS) {
    const staff = DEMO_STAFF[persona.key];
    if (!staff || !persona.openid) continue;
    const doc: StaffDoc = { _id: persona.openid, ...staff, createdAt: at, updatedAt: at };
    if (await addIfMissing(db, STAFF_COLLECTION, doc)) added += 1;
  }
  return added;
}
