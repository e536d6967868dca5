// npm run setup:cloud: creates every collection the product uses in the target environment
// (cloud databases need collections before first use) and, in a real environment, their declared
// indexes. Safe to run again.
import { COLLECTIONS } from '#types/models/collections';
import { connectSdk } from './connect-sdk';
import { createIndexes } from './create-indexes';

async function setup(): Promise<void> {
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
    const env = process.env.TCB_ENV_ID;
    if (env && process.env.TENCENTCLOUD_SECRETID) for (const line of await createIndexes(env)) console.log(line);
    else console.log('本地云在启动时读取 types/models/indexes.ts 的索引声明，无需建索引');
    console.log(`完成：${where}`);
  } finally {
    await close();
  }
}

setup().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
