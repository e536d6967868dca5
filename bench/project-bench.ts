// Projects: the list's 20-item page at 2,000 projects through the real SDK, and a project page's payload.
import { PRODUCT_DATABASE } from '#types/models/product-database';
import { INSPECTION_COLLECTION, PROJECT_COLLECTION, PROJECT_UPDATE_COLLECTION, type ProjectDoc } from '#types/models/project';
import { startEmulator } from '../emulator';
import type { Doc } from '../emulator/store/ejson';
import { FUNCTIONS_BUILD, buildCloudFunctions } from '../scripts/build-cloud';
import { localSdk } from '../scripts/local-sdk';
import { percentile, timeMany } from './measure';

const PROJECTS = 2_000;
const RUNS = 300;

function project(i: number): ProjectDoc {
  const at = new Date(Date.UTC(2024, 0, 1) + i * 3_600_000);
  return {
    _id: `bench-project-${i}`,
    name: `农村公路提升工程第${i}标段`,
    type: (['highway', 'rural_road', 'bridge', 'public_transport', 'station', 'other'] as const)[i % 6] ?? 'other',
    township: `第${i % 12}乡镇`,
    location: '县道',
    owner: '县交通运输局',
    builder: '路桥公司',
    supervisor: '监理公司',
    startAt: at,
    plannedEndAt: new Date(at.getTime() + 400 * 86_400_000),
    status: (['planned', 'under_construction', 'completed', 'suspended'] as const)[i % 4] ?? 'planned',
    summary: '基准测试用项目。',
    investment: [{ year: 2025, planned: 1000, completed: 500 }, { year: 2026, planned: 800, completed: 100 }],
    milestones: Array.from({ length: 50 }, (_, m) => ({ name: `节点${m}`, weight: 2, percent: (i + m) % 101, plannedAt: at, actualAt: null })),
    disclosures: Array.from({ length: 40 }, (_, d) => ({ category: 'construction' as const, title: `施工管理公开第${d}项`, formedAt: at, disclosedAt: at, fileId: null })),
    percent: i % 101,
    lastUpdateAt: at,
    version: 1,
    publishedAt: at,
    updatedAt: at,
    lifecycle: 'published',
    lifecycleNote: null,
    votes: { helpful: 0, unhelpful: 0 },
  };
}

export async function projectBench(): Promise<{ projects: number; listP50: number; listP95: number; progressP95: number; pagePayloadBytes: number }> {
  await buildCloudFunctions();
  const emulator = await startEmulator({ functionsDir: FUNCTIONS_BUILD, ...PRODUCT_DATABASE });
  try {
    emulator.store.apply(Array.from({ length: PROJECTS }, (_, i) => ({ kind: 'put' as const, collection: PROJECT_COLLECTION, id: `bench-project-${i}`, doc: project(i) as unknown as Doc })));
    // The measured project carries 200 progress updates and 50 inspections.
    const meta = (i: number) => ({ version: 1, lifecycle: 'published', lifecycleNote: null, votes: { helpful: 0, unhelpful: 0 }, publishedAt: new Date(Date.UTC(2025, 0, 1) + i * 86_400_000), updatedAt: new Date() });
    emulator.store.apply([
      ...Array.from({ length: 200 }, (_, i) => ({ kind: 'put' as const, collection: PROJECT_UPDATE_COLLECTION, id: `u-${i}`, doc: { _id: `u-${i}`, projectId: 'bench-project-7', text: `第${i}次进展：${'路面铺筑、养生和交通组织情况说明。'.repeat(5)}`, milestones: [], reason: '', photos: [], ...meta(i) } as Doc })),
      ...Array.from({ length: 50 }, (_, i) => ({ kind: 'put' as const, collection: INSPECTION_COLLECTION, id: `i-${i}`, doc: { _id: `i-${i}`, projectId: 'bench-project-7', checkedAt: new Date(Date.UTC(2025, 0, 1) + i * 7 * 86_400_000), inspector: '县交通工程质量监督站', result: 'rectify', problems: ['压实度不足', '警示标志缺失'], rectification: '已整改', rectifiedAt: null, ...meta(i) } as Doc })),
    ]);
    const cloud = localSdk(emulator.sdkEnv);
    const list = (sort: string) => async (): Promise<void> => {
      const { result } = await cloud.callFunction({ name: 'public', data: { action: 'listProjects', payload: { sort, status: 'under_construction' } } });
      if (!result.ok || result.data.items.length !== 20) throw new Error(JSON.stringify(result));
    };
    await timeMany(20, list('updated'));
    const updated = await timeMany(RUNS, list('updated'));
    const progress = await timeMany(RUNS, list('progress'));
    const { result } = await cloud.callFunction({ name: 'public', data: { action: 'getProject', payload: { id: 'bench-project-7' } } });
    return {
      projects: PROJECTS,
      listP50: percentile(updated, 50),
      listP95: percentile(updated, 95),
      progressP95: percentile(progress, 95),
      pagePayloadBytes: Buffer.byteLength(JSON.stringify(result)),
    };
  } finally {
    await emulator.stop();
  }
}

if (require.main === module) {
  projectBench().then((r) => console.log(r), (e: unknown) => { console.error(e); process.exit(1); });
}
