// The demo county's (清溪县, fictional) townships and villages, consistent with the townships the demo
// projects and notices name. One 已撤并 village shows how a merged place is kept.
import type { Township, TownshipDoc } from '#types/models/place';

const village = (name: string, retired = false) => ({ name, retired });

const TOWNSHIPS: (Township & { id: string })[] = [
  { id: 'town-chengguan', name: '城关镇', order: 1, retired: false, villages: ['东门社区', '西街社区', '南湖社区', '园前村', '岭下村', '溪口村', '新塘村'].map((n) => village(n)) },
  { id: 'town-shimen', name: '石门乡', order: 2, retired: false, villages: [...['石门村', '上坪村', '下坪村', '枫树村', '竹林村'].map((n) => village(n)), village('黄泥村', true)] },
  { id: 'town-lingkou', name: '岭口乡', order: 3, retired: false, villages: ['岭口村', '高岭村', '茶园村', '白沙村'].map((n) => village(n)) },
  { id: 'town-xiayang', name: '下洋镇', order: 4, retired: false, villages: ['下洋村', '洋头村', '湖边村', '青山村', '新桥村'].map((n) => village(n)) },
  { id: 'town-daping', name: '大坪乡', order: 5, retired: false, villages: ['大坪村', '凤凰村', '梅溪村'].map((n) => village(n)) },
];

/** The documents as stored, entered by the demo admin on a fixed day. */
export function demoPlaceDocs(): TownshipDoc[] {
  const at = new Date('2026-10-01T00:00:00+08:00');
  return TOWNSHIPS.map(({ id, ...t }) => ({ _id: id, ...t, updatedAt: at, updatedBy: 'demo-seed' }));
}
