// Builds what the browser tests drive: the H5 app (as `npm start` serves it) and the functions.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { buildCloudFunctions } from '../../../scripts/build-cloud';

export default async function setup(): Promise<void> {
  await buildCloudFunctions();
  const root = join(__dirname, '..', '..', '..');
  execFileSync(process.execPath, [require.resolve('@tarojs/cli/bin/taro'), 'build', '--type', 'h5'], {
    cwd: root,
    stdio: 'pipe',
    env: { ...process.env, NODE_ENV: 'production' },
  });
}
