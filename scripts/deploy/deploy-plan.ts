// What `npm run deploy` puts in a cloud environment, read from the same declarations the local cloud and
// the tests use: each built function with its time limit and memory (types/api/function-limits.ts), its
// timer triggers (its config.json) and the environment variables it reads; every collection; every
// declared index. Pure: no credentials, no network, so `npm run deploy -- --plan` can print it anywhere.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FUNCTION_LIMITS, type DeployedFunction } from '#types/api/function-limits';
import { HTTP_ACCESS_ROUTES } from '#types/api/http-access';
import { COLLECTIONS } from '#types/models/collections';
import { INDEXES, type IndexSpec } from '#types/models/indexes';

export interface Trigger {
  name: string;
  type: string;
  config: string;
}

export interface FunctionPlan {
  name: DeployedFunction;
  timeoutS: number;
  memoryMb: number;
  /** Environment variables the functions read, taken from the deploying shell. */
  env: Record<string, string>;
  triggers: Trigger[];
}

export interface DeployPlan {
  functions: FunctionPlan[];
  collections: readonly string[];
  indexes: Readonly<Record<string, readonly IndexSpec[]>>;
  /** HTTP access paths and the function each reaches. */
  access: Readonly<Record<string, string>>;
  /** What the deploying shell lacks that the functions need, in Chinese. */
  warnings: string[];
}

/** The variables functions read (process.env in cloudfunctions/): set from the deploying shell. */
export const FUNCTION_ENV: Record<string, string> = {
  NOTICE_TEMPLATE_IDS: '订阅消息模板 id（通知推送需要；格式见 README）',
  NOTICE_MINIPROGRAM_STATE: '订阅消息打开的小程序版本（formal / trial / developer，不设为 formal）',
  PORTAL_BASE_URL: '县门户网站上 H5 版所在的地址（订阅源里的链接用它；不设时用订阅源自己的地址）',
  PORTAL_TITLE: '县门户网站栏目和订阅源的标题（不设为“交通政务公开”）',
};

const REQUIRED_ENV = ['NOTICE_TEMPLATE_IDS'];

export function deployPlan(buildDir: string, shellEnv: Record<string, string | undefined>): DeployPlan {
  const env = Object.fromEntries(Object.keys(FUNCTION_ENV).flatMap((key) => (shellEnv[key] ? [[key, shellEnv[key] as string]] : [])));
  const functions = (Object.keys(FUNCTION_LIMITS) as DeployedFunction[]).map((name) => {
    const config = JSON.parse(readFileSync(join(buildDir, name, 'config.json'), 'utf8')) as { triggers?: Trigger[] };
    const { timeoutS, memoryMb } = FUNCTION_LIMITS[name];
    return { name, timeoutS, memoryMb, env, triggers: config.triggers ?? [] };
  });
  const warnings = REQUIRED_ENV.filter((key) => !shellEnv[key]).map((key) => `未设置 ${key}：${FUNCTION_ENV[key]}。函数照常部署，但在设置并重跑部署之前不会推送通知`);
  return { functions, collections: COLLECTIONS, indexes: INDEXES, access: HTTP_ACCESS_ROUTES, warnings };
}

/** The plan as lines to print. */
export function describePlan(plan: DeployPlan): string[] {
  const indexCount = Object.values(plan.indexes).reduce((n, specs) => n + specs.length, 0);
  return [
    ...plan.functions.map((f) => `云函数 ${f.name}：超时 ${f.timeoutS} 秒，内存 ${f.memoryMb} MB${f.triggers.length ? `，定时触发器 ${f.triggers.map((t) => `${t.name}（${t.config}）`).join('、')}` : ''}${Object.keys(f.env).length ? `，环境变量 ${Object.keys(f.env).join('、')}` : ''}`),
    `集合 ${plan.collections.length} 个，索引 ${indexCount} 个`,
    ...Object.entries(plan.access).map(([path, fn]) => `云接入路径 ${path} → 云函数 ${fn}`),
    ...plan.warnings.map((w) => `注意：${w}`),
  ];
}
