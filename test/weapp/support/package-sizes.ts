// What WeChat counts against its package limits: the main package (everything outside subpackage
// roots) and each subpackage, in bytes. The build's *.LICENSE.txt files are not uploaded (not a file
// type WeChat packs) and project.config.json belongs to the DevTools project, not the package.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { buildFiles, readJsonFile } from './weapp-files';

export interface PackageSizes {
  main: number;
  subpackages: Record<string, number>;
  total: number;
}

export const uploaded = (file: string): boolean => !file.endsWith('.LICENSE.txt') && file !== 'project.config.json';

export function subpackageRoots(root: string): string[] {
  const app = readJsonFile<{ subPackages?: { root: string }[]; subpackages?: { root: string }[] }>(root, 'app.json') ?? {};
  return (app.subPackages ?? app.subpackages ?? []).map((s) => s.root.replace(/\/$/, ''));
}

export function packageSizes(root: string): PackageSizes {
  const roots = subpackageRoots(root);
  const sizes: PackageSizes = { main: 0, subpackages: Object.fromEntries(roots.map((r) => [r, 0])), total: 0 };
  for (const file of buildFiles(root).filter(uploaded)) {
    const bytes = statSync(join(root, file)).size;
    const sub = roots.find((r) => file.startsWith(`${r}/`));
    if (sub) sizes.subpackages[sub] = (sizes.subpackages[sub] ?? 0) + bytes;
    else sizes.main += bytes;
    sizes.total += bytes;
  }
  return sizes;
}
