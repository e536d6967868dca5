// wx-server-sdk for scripts (add-admin, setup, seeding), aimed at one of three places:
// - a real cloud environment, when TCB_ENV_ID, TENCENTCLOUD_SECRETID and TENCENTCLOUD_SECRETKEY are set;
// - the running local cloud (`npm start`), when it answers, through the secret URL it left in .data;
// - otherwise the local SQLite file, through an emulator started in this process.
import { existsSync, readFileSync } from 'node:fs';
import { PRODUCT_DATABASE } from '#types/models/product-database';
import { sdkEnvFor, startEmulator } from '../emulator';
import { FUNCTIONS_BUILD } from './build-cloud';
import { ADMIN_URL_FILE, DB_FILE, DEFAULT_PORT, STORAGE_DIR } from './local-paths';
import { type Sdk, localSdk } from './local-sdk';

export type { Sdk };

export interface Connection {
  cloud: Sdk;
  where: string;
  close(): Promise<void>;
}

async function localCloudAnswers(url: string): Promise<boolean> {
  try {
    const res = await fetch(`${url}/api/_dev`, { method: 'POST', body: '{}', signal: AbortSignal.timeout(1000) });
    return res.ok;
  } catch {
    return false;
  }
}

export async function connectSdk(): Promise<Connection> {
  const { TCB_ENV_ID, TENCENTCLOUD_SECRETID, TENCENTCLOUD_SECRETKEY } = process.env;
  if (TCB_ENV_ID && TENCENTCLOUD_SECRETID && TENCENTCLOUD_SECRETKEY) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const cloud = require('wx-server-sdk') as Sdk;
    cloud.init({ env: TCB_ENV_ID, secretId: TENCENTCLOUD_SECRETID, secretKey: TENCENTCLOUD_SECRETKEY });
    return { cloud, where: `云开发环境 ${TCB_ENV_ID}`, close: async () => undefined };
  }
  const url = `http://127.0.0.1:${DEFAULT_PORT}`;
  if (await localCloudAnswers(url)) {
    const adminUrl = existsSync(ADMIN_URL_FILE) ? readFileSync(ADMIN_URL_FILE, 'utf8').trim() : '';
    if (!adminUrl.startsWith(`${url}/admin/`)) throw new Error(`本地云正在 ${url} 运行，但找不到它的管理地址（${ADMIN_URL_FILE}）：请重启 npm start 后再试`);
    const cloud = localSdk(sdkEnvFor(adminUrl));
    return { cloud, where: `正在运行的本地云 ${url}`, close: async () => undefined };
  }
  const emulator = await startEmulator({ functionsDir: FUNCTIONS_BUILD, dbFile: DB_FILE, storageDir: STORAGE_DIR, ...PRODUCT_DATABASE });
  const cloud = localSdk(emulator.sdkEnv);
  return { cloud, where: `本地数据文件 ${DB_FILE}`, close: () => emulator.stop() };
}
