// What `npm run smoke` checks after a deploy, through the same SDK the functions use: every collection
// is there, each function answers (reads only), the functions were given the template ids, the timer
// trigger has run lately, and one canary write to a scratch collection and one file round-trip work and
// are cleaned up. Each check says, in Chinese, what to do when it fails.
import { FUNCTION_LIMITS } from '#types/api/function-limits';
import { COLLECTIONS } from '#types/models/collections';
import { JOB_RUN_COLLECTION, type JobRunDoc, SMOKE_COLLECTION } from '#types/models/operations';
import type { Sdk } from './local-sdk';

export interface SmokeCheck {
  name: string;
  ok: boolean;
  /** What was found, or what to do about it. */
  detail: string;
}

/** The timer fires every minute; a run older than this means the trigger is not firing. */
export const RUN_FRESH_MS = 5 * 60_000;

type Answer = { ok: boolean; code?: string; message?: string; data?: Record<string, unknown> };

async function callOf(cloud: Sdk, name: string, data: object): Promise<Answer> {
  const { result } = (await cloud.callFunction({ name, data })) as { result: Answer };
  return result;
}

async function check(name: string, body: () => Promise<string>): Promise<SmokeCheck> {
  try {
    return { name, ok: true, detail: await body() };
  } catch (error) {
    return { name, ok: false, detail: error instanceof Error ? error.message : String(error) };
  }
}

function must(condition: unknown, advice: string): asserts condition {
  if (!condition) throw new Error(advice);
}

export async function runSmoke(cloud: Sdk, now: Date): Promise<SmokeCheck[]> {
  const db = cloud.database();
  const checks: SmokeCheck[] = [];

  checks.push(
    await check('数据库集合齐全', async () => {
      const missing: string[] = [];
      for (const name of COLLECTIONS) {
        await db.collection(name).limit(1).get().catch(() => missing.push(name));
      }
      must(missing.length === 0, `缺少集合 ${missing.join('、')}：运行 npm run setup:cloud`);
      return `${COLLECTIONS.length} 个集合`;
    }),
  );

  checks.push(
    await check('public 函数能读', async () => {
      const feed = await callOf(cloud, 'public', { action: 'listFeed', payload: { limit: 1 } });
      must(feed?.ok, `首页列表读取失败：${feed?.code ?? ''} ${feed?.message ?? '没有回答'}；看 public 函数的日志`);
      return '首页列表可读';
    }),
  );

  checks.push(
    await check('public 函数已配置订阅消息模板', async () => {
      const health = await callOf(cloud, 'public', { action: 'checkHealth', payload: {} });
      must(health?.ok, `public 没有回答健康检查：${health?.message ?? ''}`);
      must(health.data?.templateIds === 'set', `public 的环境变量 NOTICE_TEMPLATE_IDS ${health.data?.templateIds === 'missing' ? '未设置' : '不完整'}：见 README 部署第 2 步`);
      return '模板 ID 已设置';
    }),
  );

  checks.push(
    await check('search 函数已部署', async () => {
      // Marking a search that does not exist: answers without building the index and writes nothing.
      const answer = await callOf(cloud, 'search', { action: 'markSearchOpened', payload: { logId: 'smoke-check' } });
      must(answer?.ok && answer.data?.marked === false, `search 函数的回答不对：${JSON.stringify(answer).slice(0, 120)}`);
      return '能应答';
    }),
  );

  checks.push(
    await check('各函数的时限和内存与设计一致', async () => {
      const wrong: string[] = [];
      for (const fn of Object.keys(FUNCTION_LIMITS) as (keyof typeof FUNCTION_LIMITS)[]) {
        const answer = await callOf(cloud, fn, fn === 'jobs' ? { health: true } : { action: 'checkHealth', payload: {} });
        const limits = answer?.data?.limits as { timeoutS: number | null; memoryMb: number | null } | undefined;
        const want = FUNCTION_LIMITS[fn];
        if (!answer?.ok || !limits) wrong.push(`${fn} 没有回答健康检查`);
        else if (limits.timeoutS !== want.timeoutS || limits.memoryMb !== want.memoryMb) {
          wrong.push(`${fn} 为 ${limits.timeoutS ?? '?'} 秒、${limits.memoryMb ?? '?'} MB，应为 ${want.timeoutS} 秒、${want.memoryMb} MB`);
        }
      }
      must(wrong.length === 0, `${wrong.join('；')}：在云开发控制台的函数配置里改正（或重新上传 config.json）`);
      return Object.entries(FUNCTION_LIMITS).map(([fn, l]) => `${fn} ${l.timeoutS} 秒 ${l.memoryMb} MB`).join('，');
    }),
  );

  checks.push(
    await check('staff 函数已部署', async () => {
      const staff = await callOf(cloud, 'staff', { action: 'listStaff', payload: {} });
      // Called without a WeChat user, a deployed staff function refuses with a proper answer.
      must(staff && staff.ok === false && (staff.code === 'UNAUTHENTICATED' || staff.code === 'PERMISSION_DENIED'), `staff 函数的回答不对：${JSON.stringify(staff).slice(0, 120)}`);
      return '未登录的调用被正确拒绝';
    }),
  );

  checks.push(
    await check('jobs 函数已部署并配置模板', async () => {
      const health = await callOf(cloud, 'jobs', { health: true });
      must(health?.ok, `jobs 没有回答健康检查：${health?.message ?? ''}`);
      must(health.data?.templateIds === 'set', `jobs 的环境变量 NOTICE_TEMPLATE_IDS ${health.data?.templateIds === 'missing' ? '未设置' : '不完整'}：见 README 部署第 2 步`);
      return '模板 ID 已设置';
    }),
  );

  checks.push(
    await check('定时触发器在运行', async () => {
      const { data } = (await db.collection(JOB_RUN_COLLECTION).where({ _id: 'last' }).get()) as { data: JobRunDoc[] };
      const last = data[0];
      must(last, 'jobs 从未运行：在开发者工具里右键 jobs 函数“上传触发器”');
      const ageMs = now.getTime() - new Date(last.at).getTime();
      must(ageMs <= RUN_FRESH_MS, `jobs 最近一次运行在 ${Math.round(ageMs / 60_000)} 分钟前：检查触发器是否还在，再看 jobs 的日志`);
      must(last.ok, 'jobs 最近一次运行出错：看 jobs 函数的日志（每条错误日志带 request id）');
      return `最近一次运行在 ${Math.max(0, Math.round(ageMs / 1000))} 秒前`;
    }),
  );

  checks.push(
    await check('数据库可写（写入后清理）', async () => {
      const id = `smoke-${now.getTime().toString(36)}`;
      await db.collection(SMOKE_COLLECTION).doc(id).set({ data: { at: now } });
      const { data } = (await db.collection(SMOKE_COLLECTION).where({ _id: id }).get()) as { data: unknown[] };
      await db.collection(SMOKE_COLLECTION).doc(id).remove();
      must(data.length === 1, '写入的测试记录读不回来');
      return '写入、读回、删除都成功';
    }),
  );

  checks.push(
    await check('云存储可用（上传后删除）', async () => {
      const { fileID } = (await cloud.uploadFile({ cloudPath: `generated/smoke/${now.getTime().toString(36)}.txt`, fileContent: Buffer.from('smoke') })) as { fileID: string };
      const { fileList } = (await cloud.deleteFile({ fileList: [fileID] })) as { fileList: { status: number }[] };
      must(fileList[0]?.status === 0, '测试文件删除失败');
      return '上传、删除都成功';
    }),
  );

  return checks;
}

export function checklist(checks: readonly SmokeCheck[]): string {
  const lines = checks.map((c) => `${c.ok ? '✓' : '✗'} ${c.name}：${c.detail}`);
  const failed = checks.filter((c) => !c.ok).length;
  lines.push(failed ? `有 ${failed} 项不通过` : '全部通过');
  return lines.join('\n');
}
