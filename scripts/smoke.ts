// npm run smoke: after a deploy, checks the environment actually works and prints a checklist (exit code
// 1 when anything fails). Aimed like the other scripts: a real environment when TCB_ENV_ID and the secret
// pair are set, else the running local cloud (npm start).
import { connectSdk } from './connect-sdk';
import { checklist, runSmoke } from './smoke-checks';

async function smoke(): Promise<void> {
  const { cloud, where, close } = await connectSdk();
  try {
    const started = performance.now();
    const checks = await runSmoke(cloud, new Date());
    console.log(`检查 ${where}（${Math.round(performance.now() - started)} 毫秒）\n${checklist(checks)}`);
    if (checks.some((c) => !c.ok)) process.exitCode = 1;
  } finally {
    await close();
  }
}

smoke().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
