// The post-deploy smoke test against the local cloud: a deployment done right passes every check; each
// thing a deploy can miss (template ids, the timer trigger, a collection) is named with what to do.
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checklist, runSmoke, RUN_FRESH_MS } from '../../scripts/smoke-checks';
import { BUILT_FUNCTIONS } from '../support/local-cloud';
import { type ProductCloud, startProductCloud } from '../support/product-cloud';

const TEMPLATE_IDS = JSON.stringify({ notice: 't-notice', digest: 't-digest', project: 't-project', case: 't-case' });

describe('npm run smoke', () => {
  let cloud: ProductCloud;
  afterEach(() => cloud?.emulator.stop());

  it('passes every check on a deployment done right, and leaves nothing behind', async () => {
    cloud = await startProductCloud({ functionEnv: { NOTICE_TEMPLATE_IDS: TEMPLATE_IDS } });
    await cloud.emulator.timers.fire('jobs');
    const started = performance.now();
    const checks = await runSmoke(cloud.cloud, cloud.now());
    const ms = performance.now() - started;
    expect(checks.filter((c) => !c.ok)).toEqual([]);
    expect(checks.map((c) => c.name)).toHaveLength(10);
    expect(checklist(checks)).toMatch(/全部通过$/);
    expect((await cloud.db.collection('smoke_canary').count()).total).toBe(0);
    console.log(`smoke on the local cloud: ${Math.round(ms)} ms`);
  });

  it('names what a deploy missed: template ids, a trigger that never ran or stopped, a collection', async () => {
    cloud = await startProductCloud();
    let failed = (await runSmoke(cloud.cloud, cloud.now())).filter((c) => !c.ok);
    expect(failed.map((c) => c.name)).toEqual(['public 函数已配置订阅消息模板', 'jobs 函数已部署并配置模板', '定时触发器在运行']);
    expect(failed.map((c) => c.detail)).toEqual([
      expect.stringContaining('NOTICE_TEMPLATE_IDS 未设置'),
      expect.stringContaining('NOTICE_TEMPLATE_IDS 未设置'),
      expect.stringContaining('上传触发器'),
    ]);

    await cloud.emulator.timers.fire('jobs');
    cloud.emulator.clock.advance(RUN_FRESH_MS + 60_000);
    failed = (await runSmoke(cloud.cloud, cloud.now())).filter((c) => !c.ok);
    expect(failed.find((c) => c.name === '定时触发器在运行')?.detail).toMatch(/分钟前/);
  });

  it('keeps the newest run in job_runs when overlapping runs finish out of order', async () => {
    cloud = await startProductCloud();
    const later = new Date(cloud.now().getTime() + 120_000);
    await cloud.emulator.timers.fire('jobs', undefined, later);
    await cloud.emulator.timers.fire('jobs', undefined, cloud.now());
    const { data } = await cloud.db.collection('job_runs').where({ _id: 'last' }).get();
    expect(new Date(data[0].at).toISOString()).toBe(later.toISOString());
  });

  it('names a function deployed with another time limit or memory than designed', async () => {
    // A copy of the built functions (beside them, so they still find node_modules) whose search config differs.
    const copy = `${BUILT_FUNCTIONS}-smoke-${process.pid}`;
    cpSync(BUILT_FUNCTIONS, copy, { recursive: true });
    try {
      const configFile = join(copy, 'search', 'config.json');
      writeFileSync(configFile, JSON.stringify({ ...JSON.parse(readFileSync(configFile, 'utf8')), timeout: 3, memorySize: 256 }));
      cloud = await startProductCloud({ functionsDir: copy, functionEnv: { NOTICE_TEMPLATE_IDS: TEMPLATE_IDS } });
      const failed = (await runSmoke(cloud.cloud, cloud.now())).filter((c) => !c.ok);
      expect(failed.map((c) => c.name)).toEqual(['各函数的时限和内存与设计一致', '定时触发器在运行']);
      expect(failed[0]?.detail).toContain('search 为 3 秒、256 MB，应为 60 秒、1024 MB');
    } finally {
      await cloud?.emulator.stop();
      rmSync(copy, { recursive: true, force: true });
    }
  });

  it('names a missing collection', async () => {
    cloud = await startProductCloud();
    cloud.emulator.store.dropCollection('feed');
    const failed = (await runSmoke(cloud.cloud, cloud.now())).filter((c) => !c.ok);
    expect(failed[0]).toMatchObject({ name: '数据库集合齐全', detail: expect.stringContaining('缺少集合 feed') });
  });
});
