// The browser tests need Chromium. `npm test` after `npm ci` must need nothing else: where it is
// missing and this is root on Debian/Ubuntu, install the distribution's package; otherwise stop at once
// with one line that says what to run (never a stack trace per test).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const INSTALL_HINT = 'sudo apt-get update && sudo apt-get install -y chromium';

export class MissingBrowser extends Error {}

function canInstall(): boolean {
  return process.platform === 'linux' && typeof process.getuid === 'function' && process.getuid() === 0 && existsSync('/usr/bin/apt-get');
}

export function ensureChromium(): void {
  if (existsSync(CHROMIUM_PATH)) return;
  if (!canInstall()) throw new MissingBrowser(`端到端测试需要 Chromium（${CHROMIUM_PATH} 不存在）。请先运行：${INSTALL_HINT}，或用 CHROMIUM_PATH 指定浏览器路径。`);
  process.stderr.write('Chromium is missing: installing the distribution package (apt-get install chromium)…\n');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  try {
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
  } catch {
    throw new MissingBrowser(`安装 Chromium 失败。请手动运行：${INSTALL_HINT}`);
  }
  if (!existsSync(CHROMIUM_PATH)) throw new MissingBrowser(`安装后仍找不到 ${CHROMIUM_PATH}。请手动运行：${INSTALL_HINT}`);
}
