// Runs a production Taro build quietly, printing Taro's output only when it fails.
import { execFileSync } from 'node:child_process';
import { ROOT } from './local-paths';

/** `env` adds build-time variables (TARO_APP_API_BASE for a build served on another origin). */
export function taroBuild(type: 'weapp' | 'h5', env: Record<string, string> = {}): void {
  try {
    execFileSync(process.execPath, [require.resolve('@tarojs/cli/bin/taro'), 'build', '--type', type], {
      cwd: ROOT,
      stdio: 'pipe',
      env: { ...process.env, ...env, NODE_ENV: 'production' },
    });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: Buffer; stderr?: Buffer };
    console.error(String(stdout ?? ''), String(stderr ?? ''));
    throw new Error(`Taro ${type} 构建失败`);
  }
}
