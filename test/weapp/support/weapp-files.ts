// The files of a weapp build as WeChat sees them (paths relative to the build root, with /), and the
// whole build run through wcc and wcsc.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { type CompileOutcome, compileWxml, compileWxss } from './wechat-compilers';

export function buildFiles(root: string, extension?: string): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path) : [relative(root, path).split(sep).join('/')];
    });
  return walk(root)
    .filter((file) => !extension || file.endsWith(extension))
    .sort();
}

export function readJsonFile<T = Record<string, unknown>>(root: string, file: string): T | undefined {
  const path = join(root, file);
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as T) : undefined;
}

/** usingComponents of the page or component that owns each WXML file. */
export function componentTags(root: string, wxml: string[]): Record<string, string[]> {
  const tags: Record<string, string[]> = {};
  for (const file of wxml) {
    const json = readJsonFile<{ usingComponents?: Record<string, string> }>(root, file.replace(/\.wxml$/, '.json'));
    if (json?.usingComponents) tags[file] = Object.keys(json.usingComponents);
  }
  return tags;
}

export function compileBuildWxml(root: string): CompileOutcome {
  const wxml = buildFiles(root, '.wxml');
  return compileWxml(root, wxml, buildFiles(root, '.wxs'), componentTags(root, wxml));
}

export function compileBuildWxss(root: string): CompileOutcome {
  const wxss = buildFiles(root, '.wxss');
  // Page and component styles (those with a .json beside them) first, as the WeChat tools order them.
  const owned = wxss.filter((f) => existsSync(join(root, f.replace(/\.wxss$/, '.json'))));
  const shared = wxss.filter((f) => !owned.includes(f));
  return compileWxss(root, [...owned, ...shared], owned.length);
}
