// npm run deploy's decisions, against an environment held in memory (the management SDK that carries them
// out needs a real account): what a first deploy creates, that a second changes nothing but the code, that
// drift is corrected and extras are named but kept, and that a failure says where and a re-run finishes.
// Also the declared indexes as the database API receives them, and as the README lists them.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FUNCTION_LIMITS } from '#types/api/function-limits';
import { COLLECTIONS } from '#types/models/collections';
import { INDEXES, type IndexSpec } from '#types/models/indexes';
import { FUNCTIONS_SOURCE } from '../../scripts/build-cloud';
import type { CloudTarget, DeployedFunctionState } from '../../scripts/deploy/cloud-target';
import { deployPlan, describePlan, type DeployPlan } from '../../scripts/deploy/deploy-plan';
import { createIndexOf, stateOf } from '../../scripts/deploy/manager-target';
import { runDeploy } from '../../scripts/deploy/run-deploy';

const declared = Object.entries(INDEXES).flatMap(([collection, specs]) => specs.map((spec) => ({ collection, spec })));
const indexCount = declared.length;

/** An environment in memory, with a record of every call that changes it. */
class MemoryCloud implements CloudTarget {
  functions = new Map<string, DeployedFunctionState>();
  collections = new Map<string, string[]>();
  calls: string[] = [];
  failOn: string | null = null;

  private change(call: string): void {
    if (this.failOn && call.startsWith(this.failOn)) throw new Error(`模拟失败 ${call}`);
    this.calls.push(call);
  }

  async describeFunction(name: string) {
    const state = this.functions.get(name);
    return state ? { ...state, env: { ...state.env }, triggerNames: [...state.triggerNames] } : null;
  }
  async createFunction(plan: DeployPlan['functions'][number]) {
    this.change(`createFunction ${plan.name}`);
    this.functions.set(plan.name, { timeoutS: plan.timeoutS, memoryMb: plan.memoryMb, env: { ...plan.env }, triggerNames: [] });
  }
  async updateCode(plan: DeployPlan['functions'][number]) {
    this.change(`updateCode ${plan.name}`);
  }
  async updateConfig(plan: DeployPlan['functions'][number]) {
    this.change(`updateConfig ${plan.name}`);
    const state = this.functions.get(plan.name) as DeployedFunctionState;
    Object.assign(state, { timeoutS: plan.timeoutS, memoryMb: plan.memoryMb, env: { ...plan.env } });
  }
  async createTriggers(name: string, triggers: { name: string }[]) {
    this.change(`createTriggers ${name}`);
    this.functions.get(name)?.triggerNames.push(...triggers.map((t) => t.name));
  }
  async collectionExists(name: string) {
    return this.collections.has(name);
  }
  async createCollection(name: string) {
    this.change(`createCollection ${name}`);
    this.collections.set(name, ['_id_']);
  }
  async indexNames(collection: string) {
    return [...(this.collections.get(collection) ?? [])];
  }
  async createIndex(collection: string, spec: IndexSpec) {
    this.change(`createIndex ${collection}.${spec.name}`);
    this.collections.get(collection)?.push(spec.name);
  }
  access: Record<string, string> = {};
  async accessPaths() {
    return { ...this.access };
  }
  async createAccess(path: string, fn: string) {
    this.change(`createAccess ${path}`);
    this.access[path] = fn;
  }
  site: Record<string, string[]> = {};
  async accessDomain() {
    return 'env-1.service.example.com';
  }
  async uploadSite(localDir: string, cloudDir: string) {
    this.change(`uploadSite ${cloudDir}`);
    this.site[cloudDir] = readdirSync(localDir);
  }
}

const shell = { NOTICE_TEMPLATE_IDS: 'notice=tmpl-1', NOTICE_MINIPROGRAM_STATE: 'formal', HOME: '/root' };

async function deploy(cloud: MemoryCloud, plan: DeployPlan): Promise<string[]> {
  const lines: string[] = [];
  await runDeploy(cloud, plan, (line) => lines.push(line));
  return lines;
}

describe('npm run deploy', () => {
  const plan = deployPlan(FUNCTIONS_SOURCE, shell);

  it('plans every function with its limits, the timer trigger from config.json and only the variables functions read', () => {
    expect(plan.functions.map((f) => f.name).sort()).toEqual(Object.keys(FUNCTION_LIMITS).sort());
    for (const f of plan.functions) {
      expect([f.timeoutS, f.memoryMb]).toEqual([FUNCTION_LIMITS[f.name].timeoutS, FUNCTION_LIMITS[f.name].memoryMb]);
      expect(f.env).toEqual({ NOTICE_TEMPLATE_IDS: 'notice=tmpl-1', NOTICE_MINIPROGRAM_STATE: 'formal' });
    }
    expect(plan.access).toEqual({ '/portal/feed.json': 'public', '/portal/feed.rss': 'public', '/portal/api/public': 'public', '/portal/api/search': 'search' });
    expect(plan.functions.find((f) => f.name === 'jobs')?.triggers).toEqual([{ name: 'every-minute', type: 'timer', config: '0 * * * * * *' }]);
    expect(plan.functions.filter((f) => f.triggers.length).map((f) => f.name)).toEqual(['jobs']);
    expect(plan.warnings).toEqual([]);
    expect(describePlan(plan).join('\n')).toMatch(/云函数 search：超时 60 秒，内存 1024 MB/);
  });

  it('warns, without stopping, when the template ids are not set', () => {
    const bare = deployPlan(FUNCTIONS_SOURCE, {});
    expect(bare.warnings).toEqual([expect.stringContaining('未设置 NOTICE_TEMPLATE_IDS')]);
    expect(bare.functions.every((f) => Object.keys(f.env).length === 0)).toBe(true);
  });

  it('creates everything on an empty environment, and a second run changes nothing but the code', async () => {
    const cloud = new MemoryCloud();
    const first = await deploy(cloud, plan);
    expect(cloud.calls.filter((c) => c.startsWith('createCollection'))).toHaveLength(COLLECTIONS.length);
    expect(cloud.calls.filter((c) => c.startsWith('createIndex'))).toHaveLength(indexCount);
    expect(cloud.calls.filter((c) => c.startsWith('createFunction'))).toHaveLength(plan.functions.length);
    expect(cloud.calls).toContain('createTriggers jobs');
    expect(cloud.calls.at(-1)).toBe('createAccess /portal/api/search'); // after the functions they reach
    expect(first).toContain('已建云接入路径 /portal/api/public → 云函数 public');
    expect(first).toContain('已建云接入路径 /portal/api/search → 云函数 search');
    // Indexes are in place before any function can answer.
    const lastIndex = cloud.calls.map((c) => c.startsWith('createIndex')).lastIndexOf(true);
    expect(cloud.calls.findIndex((c) => c.startsWith('createFunction'))).toBeGreaterThan(lastIndex);
    expect(first).toContain('新建索引 places.name（唯一）');

    cloud.calls = [];
    const second = await deploy(cloud, plan);
    expect(cloud.calls.sort()).toEqual(plan.functions.map((f) => `updateCode ${f.name}`).sort());
    expect(second).toEqual(plan.functions.map((f) => `已上传云函数 ${f.name} 的代码`));
  });

  it('puts drifted limits and variables back, adds a missing trigger, and names what it does not own without deleting it', async () => {
    const cloud = new MemoryCloud();
    await deploy(cloud, plan);
    Object.assign(cloud.functions.get('public') as DeployedFunctionState, { timeoutS: 3, env: {} });
    (cloud.functions.get('jobs') as DeployedFunctionState).triggerNames = ['hand-made'];
    cloud.collections.get('cases')?.push('by_hand');
    cloud.access['/portal/api/public'] = 'staff';
    cloud.access['/portal'] = 'public';
    cloud.calls = [];
    const lines = await deploy(cloud, plan);
    expect(lines).toContain('已改云函数 public 的配置：超时 3 → 10 秒，环境变量');
    expect(lines).toContain('已建云函数 jobs 的触发器 every-minute');
    expect(lines).toContain('云函数 jobs 另有未声明的触发器 hand-made（未删除，请确认是否需要）');
    expect(lines).toContain('集合 cases 另有未声明的索引 by_hand（未删除，请确认是否需要）');
    expect(cloud.functions.get('public')?.timeoutS).toBe(10);
    expect(cloud.collections.get('cases')).toContain('by_hand');
    expect(lines).toContain('云接入路径 /portal/api/public 现在指向 staff，应指向 public：请在控制台删除后重跑（未自动改动）');
    expect(cloud.access['/portal/api/public']).toBe('staff');
    expect(lines).toContain('另有未声明的云接入路径 /portal → public（未删除，请确认是否需要）');
    expect(cloud.access['/portal']).toBe('public');
  });

  it('stops at a failure naming the step, keeps what was done, and a re-run finishes the rest', async () => {
    const cloud = new MemoryCloud();
    const lines: string[] = [];
    const [victim] = declared.slice(-1);
    cloud.failOn = `createIndex ${victim?.collection}.${victim?.spec.name}`;
    await expect(runDeploy(cloud, plan, (l) => lines.push(l))).rejects.toThrow(/部署集合与索引时失败：模拟失败.*重跑 npm run deploy/);
    expect(lines.filter((l) => l.startsWith('新建索引'))).toHaveLength(indexCount - 1);
    expect(cloud.functions.size).toBe(0);
    cloud.failOn = null;
    cloud.calls = [];
    await deploy(cloud, plan);
    expect(cloud.calls.filter((c) => c.startsWith('createIndex'))).toEqual([`createIndex ${victim?.collection}.${victim?.spec.name}`]);
    expect(cloud.functions.size).toBe(plan.functions.length);
  });

  it('builds the H5 app for the portal calling the access domain’s /portal paths, and uploads it to static hosting under portal/ last', async () => {
    const cloud = new MemoryCloud();
    const built: string[] = [];
    const dir = mkdtempSync(join(tmpdir(), 'portal-site-'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html>');
    const lines: string[] = [];
    await runDeploy(cloud, plan, (l) => lines.push(l), (apiBase) => {
      built.push(apiBase);
      return dir;
    });
    expect(built).toEqual(['https://env-1.service.example.com/portal']);
    expect(cloud.calls.at(-1)).toBe('uploadSite portal');
    expect(cloud.site.portal).toEqual(['index.html']);
    expect(lines.at(-1)).toBe('已上传 H5 版到静态网站托管 /portal/（调用 https://env-1.service.example.com/portal/api/…）');
  });

  it('reads a function as the SCF API describes it, and sends indexes as the database API takes them', () => {
    const info = { Timeout: 20, MemorySize: 256, Environment: { Variables: [{ Key: 'NOTICE_TEMPLATE_IDS', Value: 'x' }] }, Triggers: [{ TriggerName: 'every-minute' }] };
    expect(stateOf(info)).toEqual({ timeoutS: 20, memoryMb: 256, env: { NOTICE_TEMPLATE_IDS: 'x' }, triggerNames: ['every-minute'] });
    expect(stateOf({ Timeout: 3, MemorySize: 128 })).toEqual({ timeoutS: 3, memoryMb: 128, env: {}, triggerNames: [] });
    const feed = INDEXES.feed?.find((s) => s.name === 'published') as IndexSpec;
    expect(createIndexOf(feed)).toEqual({ IndexName: 'published', MgoKeySchema: { MgoIndexKeys: [{ Name: 'publishedAt', Direction: '-1' }, { Name: '_id', Direction: '-1' }], MgoIsUnique: false } });
    const place = INDEXES.places?.find((s) => s.name === 'name') as IndexSpec;
    expect(createIndexOf(place).MgoKeySchema.MgoIsUnique).toBe(true);
  });
});

describe('declared indexes', () => {
  it('name each index once per collection, on collections the product has, with at least one key', () => {
    for (const [collection, specs] of Object.entries(INDEXES)) {
      expect(COLLECTIONS).toContain(collection);
      expect(new Set(specs.map((s) => s.name)).size).toBe(specs.length);
      for (const spec of specs) expect(spec.keys.length).toBeGreaterThan(0);
    }
  });

  it('are all listed in the README', () => {
    const readme = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');
    const missing = declared.filter(({ collection, spec }) => !readme.includes(`\`${collection}.${spec.name}\``)).map(({ collection, spec }) => `${collection}.${spec.name}`);
    expect(missing).toEqual([]);
  });
});
