// Carries a deploy plan out against a cloud environment and says what it changed. Safe to run again: code is
// always uploaded (the build is the source of truth), while limits, variables, triggers, collections and
// indexes are changed only where the environment differs. Nothing is ever deleted: an index or trigger the
// environment has beyond the declarations is left and named, for a person to decide.
import type { CloudTarget, DeployedFunctionState } from './cloud-target';
import type { DeployPlan, FunctionPlan } from './deploy-plan';
import { PORTAL_PREFIX } from '#types/api/http-access';

const sameEnv = (a: Record<string, string>, b: Record<string, string>): boolean =>
  Object.keys(a).length === Object.keys(b).length && Object.entries(a).every(([k, v]) => b[k] === v);

function configDiffers(plan: FunctionPlan, state: DeployedFunctionState): string[] {
  const diffs: string[] = [];
  if (state.timeoutS !== plan.timeoutS) diffs.push(`超时 ${state.timeoutS} → ${plan.timeoutS} 秒`);
  if (state.memoryMb !== plan.memoryMb) diffs.push(`内存 ${state.memoryMb} → ${plan.memoryMb} MB`);
  if (!sameEnv(state.env, plan.env)) diffs.push('环境变量');
  return diffs;
}

type Log = (line: string) => void;

async function deployFunction(target: CloudTarget, plan: FunctionPlan, log: Log): Promise<void> {
  const state = await target.describeFunction(plan.name);
  if (!state) {
    await target.createFunction(plan);
    log(`新建云函数 ${plan.name}（超时 ${plan.timeoutS} 秒，内存 ${plan.memoryMb} MB）`);
    if (plan.triggers.length) {
      await target.createTriggers(plan.name, plan.triggers);
      log(`已建云函数 ${plan.name} 的触发器 ${plan.triggers.map((t) => t.name).join('、')}`);
    }
    return;
  }
  await target.updateCode(plan);
  log(`已上传云函数 ${plan.name} 的代码`);
  const diffs = configDiffers(plan, state);
  if (diffs.length) {
    await target.updateConfig(plan);
    log(`已改云函数 ${plan.name} 的配置：${diffs.join('，')}`);
  }
  const missing = plan.triggers.filter((t) => !state.triggerNames.includes(t.name));
  if (missing.length) {
    await target.createTriggers(plan.name, missing);
    log(`已建云函数 ${plan.name} 的触发器 ${missing.map((t) => t.name).join('、')}`);
  }
  const extra = state.triggerNames.filter((n) => !plan.triggers.some((t) => t.name === n));
  if (extra.length) log(`云函数 ${plan.name} 另有未声明的触发器 ${extra.join('、')}（未删除，请确认是否需要）`);
}

export async function deployCollections(target: CloudTarget, plan: Pick<DeployPlan, 'collections' | 'indexes'>, log: Log): Promise<void> {
  for (const name of plan.collections) {
    if (await target.collectionExists(name)) continue;
    await target.createCollection(name);
    log(`新建集合 ${name}`);
  }
  for (const [collection, specs] of Object.entries(plan.indexes)) {
    const present = await target.indexNames(collection);
    for (const spec of specs) {
      if (present.includes(spec.name)) continue;
      await target.createIndex(collection, spec);
      log(`新建索引 ${collection}.${spec.name}${spec.unique ? '（唯一）' : ''}`);
    }
    const extra = present.filter((n) => n !== '_id_' && !specs.some((s) => s.name === n));
    if (extra.length) log(`集合 ${collection} 另有未声明的索引 ${extra.join('、')}（未删除，请确认是否需要）`);
  }
}

async function deployAccess(target: CloudTarget, plan: DeployPlan, log: Log): Promise<void> {
  const present = await target.accessPaths();
  for (const [path, fn] of Object.entries(plan.access)) {
    if (present[path] === fn) continue;
    if (present[path]) {
      log(`云接入路径 ${path} 现在指向 ${present[path]}，应指向 ${fn}：请在控制台删除后重跑（未自动改动）`);
      continue;
    }
    await target.createAccess(path, fn);
    log(`已建云接入路径 ${path} → 云函数 ${fn}`);
  }
  for (const [path, fn] of Object.entries(present)) {
    if (!(path in plan.access)) log(`另有未声明的云接入路径 ${path} → ${fn}（未删除，请确认是否需要）`);
  }
}

/** Builds the H5 app calling the given API base; returns the folder to upload. */
export type SiteBuilder = (apiBase: string) => string;

/** The H5 build as the county portal's column: static hosting under portal/, calling the access paths. */
async function deploySite(target: CloudTarget, build: SiteBuilder, log: Log): Promise<void> {
  const apiBase = `https://${await target.accessDomain()}${PORTAL_PREFIX}`;
  await target.uploadSite(build(apiBase), PORTAL_PREFIX.slice(1));
  log(`已上传 H5 版到静态网站托管 ${PORTAL_PREFIX}/（调用 ${apiBase}/api/…）`);
}

/** Runs the plan; calls `log` with each change as it happens. Stops at the first failure, naming the step.
 * With `site`, the H5 build goes to static hosting last. */
export async function runDeploy(target: CloudTarget, plan: DeployPlan, log: Log, site?: SiteBuilder): Promise<void> {
  // Collections and indexes first: a function that starts answering must find its indexes in place.
  await step('集合与索引', () => deployCollections(target, plan, log));
  for (const f of plan.functions) await step(`云函数 ${f.name}`, () => deployFunction(target, f, log));
  // Paths last: they must reach a function that exists.
  await step('云接入路径', () => deployAccess(target, plan, log));
  if (site) await step('门户栏目 H5 版', () => deploySite(target, site, log));
}

async function step(what: string, body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } catch (error) {
    throw new Error(`部署${what}时失败：${error instanceof Error ? error.message : String(error)}。已完成的部分保留，修正后重跑 npm run deploy 即可`);
  }
}
