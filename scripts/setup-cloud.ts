// npm run setup:cloud: creates every collection the product uses (cloud databases need collections before
// first use) and, in a real environment, their declared indexes — the database half of `npm run deploy`.
// Safe to run again.
import { COLLECTIONS } from '#types/models/collections';
import { INDEXES } from '#types/models/indexes';
import { FUNCTIONS_BUILD } from './build-cloud';
import { connectSdk } from './connect-sdk';
import { managerTarget } from './deploy/manager-target';
import { deployCollections } from './deploy/run-deploy';

async function setupReal(envId: string, secretId: string, secretKey: string): Promise<void> {
  const target = managerTarget({ envId, secretId, secretKey, buildDir: FUNCTIONS_BUILD });
  await deployCollections(target, { collections: COLLECTIONS, indexes: INDEXES }, (line) => console.log(line));
  console.log(`完成：云开发环境 ${envId}`);
}

async function setupLocal(): Promise<void> {
  const { cloud, where, close } = await connectSdk();
  try {
    const db = cloud.database();
    for (const name of COLLECTIONS) {
      try {
        await db.createCollection(name);
        console.log(`已创建集合 ${name}`);
      } catch (error) {
        if (!/exist/i.test(String((error as Error).message))) throw error;
        console.log(`集合 ${name} 已存在`);
      }
    }
    console.log(`本地云在启动时读取 types/models/indexes.ts 的索引声明，无需建索引。完成：${where}`);
  } finally {
    await close();
  }
}

const { TCB_ENV_ID, TENCENTCLOUD_SECRETID, TENCENTCLOUD_SECRETKEY } = process.env;
(TCB_ENV_ID && TENCENTCLOUD_SECRETID && TENCENTCLOUD_SECRETKEY ? setupReal(TCB_ENV_ID, TENCENTCLOUD_SECRETID, TENCENTCLOUD_SECRETKEY) : setupLocal()).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
