// Demo notices, written and approved through the staff workflow (notices are pushed, so they are
// never imported). Idempotent: a notice whose demo revision exists is left alone.
import { DEMO_CONFIDENTIALITY } from './demo-confidentiality';
import { REVISION_COLLECTION } from '#types/models/revision';
import type { Result } from '#types/result';
import type { Emulator } from '../../emulator';

const day = (offset: number): string => new Date(Date.now() + offset * 86_400_000 + 8 * 3600_000).toISOString().slice(0, 10);

const DEMO_NOTICES = [
  { kind: 'closure', title: 'G235清溪段夜间半幅封闭', body: '因路面改造，G235清溪段（城关镇东门至园前村）每晚22点至次日6点半幅封闭，单向放行。大车请绕行S318线。白天正常通行。', township: '城关镇', village: null, validFrom: day(1), validTo: day(30), related: { kind: 'project', id: 'project-x-g235-upgrade' }, audience: 'topic', sendAt: null },
  { kind: 'bus', title: '3路公交改走新建枢纽', body: '高铁站公交枢纽启用后，3路公交起点由老汽车站改到高铁站枢纽，途经站点不变，首末班时间不变。', township: null, village: null, validFrom: day(7), validTo: null, related: { kind: 'project', id: 'project-x-hsr-bus-hub' }, audience: 'topic', sendAt: null },
  { kind: 'consultation', title: '农村公路养护办法征求意见', body: '《清溪县农村公路养护管理办法（征求意见稿）》公开征求意见，欢迎在小程序“我要提问”留言，或拨打 12328。', township: null, village: null, validFrom: day(0), validTo: day(30), related: null, audience: 'topic', sendAt: null },
  { kind: 'closure', title: '石门村通村路铺油封路', body: '石门乡通村路铺设沥青，施工期间石门村段全封闭3天，请从岭口方向绕行，急救车辆可通行。', township: '石门乡', village: '石门村', validFrom: day(2), validTo: day(5), related: { kind: 'project', id: 'project-x-shimen-village-road' }, audience: 'topic', sendAt: null },
];

export async function seedDemoNotices(emulator: Emulator): Promise<number> {
  let added = 0;
  for (const [index, content] of DEMO_NOTICES.entries()) {
    const revisionId = `demo-notice-${index + 1}`;
    if (emulator.store.get(REVISION_COLLECTION, revisionId)) continue;
    const steps: [string, object, string][] = [
      ['saveDraft', { revisionId, kind: 'notice', targetId: null, content, changeNote: '' }, 'editor'],
      ['submitRevision', { revisionId }, 'editor'],
      ['reviewRevision', { revisionId, decision: 'approve', note: '', confidentiality: DEMO_CONFIDENTIALITY }, 'reviewer'],
    ];
    for (const [action, payload, persona] of steps) {
      const res = (await emulator.call('staff', { action, payload }, persona)) as Result<unknown>;
      if (!res.ok) throw new Error(`demo notice ${revisionId}: ${action}: ${res.message}`);
    }
    added += 1;
  }
  return added;
}
