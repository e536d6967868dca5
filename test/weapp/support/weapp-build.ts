// Builds dist/weapp unless it is newer than everything it is built from. A fresh clone has no dist/, so
// CI always builds; a developer re-running the suite without touching src/ skips the ~30 s webpack run.
import { existsSync, mkdirSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { taroBuild } from '../../../scripts/taro-build';
import { BUILD_INPUTS, BUILD_STAMP, WEAPP_DIR } from './weapp-paths';

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestMtime(join(path, name))), stat.mtimeMs);
}

export function weappBuildIsFresh(): boolean {
  if (!existsSync(BUILD_STAMP) || !existsSync(join(WEAPP_DIR, 'app.json'))) return false;
  const built = statSync(BUILD_STAMP).mtimeMs;
  return BUILD_INPUTS.every((input) => newestMtime(input) < built);
}

/** Returns true when it had to build. */
export function ensureWeappBuild(): boolean {
  if (weappBuildIsFresh()) return false;
  // Stamp the time the build starts from: a source edited during the build makes the next run build again.
  const startedAt = new Date();
  taroBuild('weapp');
  mkdirSync(dirname(BUILD_STAMP), { recursive: true });
  writeFileSync(BUILD_STAMP, `${startedAt.toISOString()}\n`);
  utimesSync(BUILD_STAMP, startedAt, startedAt);
  return true;
}
