// npm start: build the functions and the H5 app, start the local cloud on .data/cloud.sqlite with
// demo data, serve the app, and print where to open it. Scripts run meanwhile (add-admin, import)
// find the cloud's secret SDK URL in .data/admin-url, readable by this user only.
import { rmSync, writeFileSync } from 'node:fs';
import { LOCAL_IDS } from '../cloudfunctions/_shared/notices/template-ids';
import { PRODUCT_DATABASE } from '#types/models/product-database';
import { startEmulator } from '../emulator';
import { FUNCTIONS_BUILD, buildCloudFunctions } from './build-cloud';
import { seedDemoBudgets } from './demo/demo-budgets';
import { seedDemoBusRoutes } from './demo/demo-bus-routes';
import { seedDemoNotices } from './demo/demo-notices';
import { DEMO_CONTENT, seedDemo } from './demo/seed-demo';
import { describeReport, importRows, readImportFile } from './import-content';
import { demoCheck } from './demo/demo-confidentiality';
import { seedDemoDecisions } from './demo/demo-decisions';
import { seedDemoHandling } from './demo/demo-handling';
import { ADMIN_URL_FILE, DB_FILE, DEFAULT_PORT, H5_DIR, STORAGE_DIR } from './local-paths';
import { localSdk } from './local-sdk';
import { taroBuild } from './taro-build';

async function start(): Promise<void> {
  console.log('构建云函数…');
  await buildCloudFunctions();
  if (!process.argv.includes('--no-h5')) {
    console.log('构建 H5 应用（首次约 20 秒）…');
    taroBuild('h5');
  }
  const emulator = await startEmulator({
    functionsDir: FUNCTIONS_BUILD,
    dbFile: DB_FILE,
    storageDir: STORAGE_DIR,
    staticDir: H5_DIR,
    port: DEFAULT_PORT,
    ...PRODUCT_DATABASE,
    timers: true,
    echoLogs: true,
    // As a deployment sets them in the console (README, 部署 step 2); the local cloud accepts these ids.
    functionEnv: { NOTICE_TEMPLATE_IDS: JSON.stringify(LOCAL_IDS) },
  });
  rmSync(ADMIN_URL_FILE, { force: true });
  writeFileSync(ADMIN_URL_FILE, emulator.adminUrl, { mode: 0o600 });
  process.once('exit', () => rmSync(ADMIN_URL_FILE, { force: true }));
  const added = await seedDemo(localSdk(emulator.sdkEnv));
  const report = await importRows(readImportFile(DEMO_CONTENT), 'demo-seed', demoCheck('demo-seed', new Date()));
  const notices = await seedDemoNotices(emulator);
  const budgets = await seedDemoBudgets('demo-seed');
  const buses = await seedDemoBusRoutes('demo-seed');
  const decisions = await seedDemoDecisions('demo-seed');
  const handling = await seedDemoHandling('demo-seed');
  console.log(added + report.created + report.updated + notices + budgets + buses + decisions + handling ? `已写入演示数据：${describeReport(report)}；通知 ${notices} 条；预决算 ${budgets} 份；城乡公交线路 ${buses} 条；双公示 ${decisions} 条；办件记录 ${handling} 件` : '演示数据已存在，未重复写入');
  console.log(`\n本地云已启动，数据文件：${DB_FILE}`);
  console.log(`打开 ${emulator.url}/ 查看小程序的 H5 版（“我的”页可切换市民、编辑、审核员、管理员、村级信息员身份；门户栏目版在 ${emulator.url}/portal/）`);
  console.log('按 Ctrl+C 停止。');
  const stop = (): void => {
    void emulator.stop().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

start().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
