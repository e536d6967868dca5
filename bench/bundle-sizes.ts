// Package sizes: the weapp main package (everything outside subpackage roots) and total, and the H5
// first load (index.html plus the scripts and styles it pulls in before any page chunk).
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT } from '../scripts/local-paths';
import { taroBuild } from '../scripts/taro-build';
import { filesUnder, sizes } from './measure';

export function weappSizes(): { main: number; total: number; mainGzipJs: number } {
  taroBuild('weapp');
  const dir = join(ROOT, 'dist', 'weapp');
  const app = JSON.parse(readFileSync(join(dir, 'app.json'), 'utf8')) as { subPackages?: { root: string }[] };
  const subRoots = (app.subPackages ?? []).map((s) => s.root.replace(/\/$/, '') + '/');
  const files = filesUnder(dir).filter((f) => !f.endsWith('.LICENSE.txt') && !f.endsWith('project.config.json'));
  const main = files.filter((f) => !subRoots.some((root) => relative(dir, f).startsWith(root)));
  return {
    main: sizes(main).raw,
    total: sizes(files).raw,
    mainGzipJs: sizes(main.filter((f) => f.endsWith('.js'))).gzip,
  };
}

export function h5FirstLoad(): { raw: number; gzip: number; files: number } {
  taroBuild('h5');
  return h5FirstLoadOf(join(ROOT, 'dist', 'h5'));
}

/** The same for an H5 build already in `dir` (say, two builds compared). */
export function h5FirstLoadOf(dir: string): { raw: number; gzip: number; files: number } {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const assets = [...html.matchAll(/(?:src|href)="\/?([^"]+\.(?:js|css))"/g)].map((m) => join(dir, m[1] as string));
  const files = [join(dir, 'index.html'), ...assets];
  return { ...sizes(files), files: files.length };
}
