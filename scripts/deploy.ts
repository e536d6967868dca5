// npm run deploy: builds the cloud functions and puts the product into a real cloud environment in one go,
// from TCB_ENV_ID and the API secret pair (TENCENTCLOUD_SECRETID, TENCENTCLOUD_SECRETKEY): collections and
// declared indexes, then each function with its limits, environment variables and timer trigger, the HTTP
// access paths, and the H5 build as the county portal's column on static hosting (skip it with
// `-- --no-portal`). Prints what it changed; safe to run again. `npm run deploy -- --plan` prints what it
// would put there, needing no credentials. Afterwards, `npm run smoke` checks the environment works.
import { join } from 'node:path';
import { buildCloudFunctions, FUNCTIONS_BUILD } from './build-cloud';
import { deployPlan, describePlan } from './deploy/deploy-plan';
import { managerTarget } from './deploy/manager-target';
import { runDeploy, type SiteBuilder } from './deploy/run-deploy';
import { ROOT } from './local-paths';
import { taroBuild } from './taro-build';

const buildSite: SiteBuilder = (apiBase) => {
  console.log('构建门户栏目的 H5 版…');
  taroBuild('h5', { TARO_APP_API_BASE: apiBase });
  return join(ROOT, 'dist', 'h5');
};

async function deploy(): Promise<void> {
  await buildCloudFunctions();
  const plan = deployPlan(FUNCTIONS_BUILD, process.env);
  for (const line of describePlan(plan)) console.log(line);
  if (process.argv.includes('--plan')) return;
  const { TCB_ENV_ID, TENCENTCLOUD_SECRETID, TENCENTCLOUD_SECRETKEY } = process.env;
  if (!TCB_ENV_ID || !TENCENTCLOUD_SECRETID || !TENCENTCLOUD_SECRETKEY) {
    console.error('需要 TCB_ENV_ID（云开发环境 id）、TENCENTCLOUD_SECRETID 和 TENCENTCLOUD_SECRETKEY（该环境所属账号的 API 密钥）。只看计划：npm run deploy -- --plan');
    process.exitCode = 1;
    return;
  }
  const target = managerTarget({ envId: TCB_ENV_ID, secretId: TENCENTCLOUD_SECRETID, secretKey: TENCENTCLOUD_SECRETKEY, buildDir: FUNCTIONS_BUILD });
  let changes = 0;
  const log = (line: string): void => {
    changes += 1;
    console.log(line);
  };
  await runDeploy(target, plan, log, process.argv.includes('--no-portal') ? undefined : buildSite);
  console.log(`部署完成（${changes} 项）。等定时触发器跑过一次（约 1 分钟）后运行 npm run smoke 检查环境`);
}

deploy().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
