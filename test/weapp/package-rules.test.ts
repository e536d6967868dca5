// WeChat's package rules, checked on the weapp build: every page and subpackage root there, tab icons
// small enough, custom components resolvable, and the package size limits.
import { existsSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { appRoutes, readAppJson } from './support/app-json';
import { packageSizes, subpackageRoots } from './support/package-sizes';
import { buildFiles, readJsonFile } from './support/weapp-files';
import { WEAPP_DIR } from './support/weapp-paths';

const MB = 1024 * 1024;
const app = readAppJson();
const routes = appRoutes(app);

describe('app.json', () => {
  it('lists pages whose four files exist, main package and subpackages', () => {
    expect(routes.length).toBeGreaterThan(20);
    const missing = routes.flatMap((route) => ['.js', '.json', '.wxml'].map((ext) => `${route}${ext}`)).filter((f) => !existsSync(join(WEAPP_DIR, f)));
    expect(missing).toEqual([]);
  });

  it('has subpackage roots that are folders holding only their own pages and chunks', () => {
    for (const root of subpackageRoots(WEAPP_DIR)) {
      expect(statSync(join(WEAPP_DIR, root)).isDirectory()).toBe(true);
      expect(app.pages.filter((p) => p.startsWith(`${root}/`))).toEqual([]);
    }
  });

  it('has tab pages in the main package, with icons of at most 40 KB', () => {
    const tabs = app.tabBar?.list ?? [];
    expect(tabs.length).toBeGreaterThanOrEqual(2);
    for (const tab of tabs) {
      expect(app.pages).toContain(tab.pagePath);
      for (const icon of [tab.iconPath, tab.selectedIconPath]) {
        expect(icon).toBeDefined();
        expect(statSync(join(WEAPP_DIR, icon as string)).size).toBeLessThanOrEqual(40 * 1024);
      }
    }
  });
});

describe('custom components', () => {
  it('resolve to a component (js, json with component: true, wxml) for every usingComponents entry', () => {
    const broken: string[] = [];
    const jsons = buildFiles(WEAPP_DIR, '.json').filter((f) => f !== 'app.json' && f !== 'project.config.json');
    let entries = 0;
    for (const file of jsons) {
      const using = readJsonFile<{ usingComponents?: Record<string, string> }>(WEAPP_DIR, file)?.usingComponents ?? {};
      for (const [tag, target] of Object.entries(using)) {
        if (target.startsWith('plugin://')) continue;
        entries += 1;
        const base = target.startsWith('/') ? target.slice(1) : posix.join(posix.dirname(file), target);
        const json = readJsonFile<{ component?: boolean }>(WEAPP_DIR, `${base}.json`);
        const ok = json?.component === true && existsSync(join(WEAPP_DIR, `${base}.js`)) && existsSync(join(WEAPP_DIR, `${base}.wxml`));
        if (!ok) broken.push(`${file}: <${tag}> -> ${target}`);
      }
    }
    expect(entries).toBeGreaterThan(0);
    expect(broken).toEqual([]);
  });
});

describe('package sizes', () => {
  const sizes = packageSizes(WEAPP_DIR);

  it('keeps the main package within 2 MB', () => {
    expect(sizes.main).toBeGreaterThan(0);
    expect(sizes.main).toBeLessThanOrEqual(2 * MB);
  });

  // The project's own budget, well inside WeChat's 2 MB: a citizen opening a shared link on a rural
  // network downloads only the main package. New capabilities go to subpackages.
  it('keeps the main package within the project budget of 450 KB', () => {
    expect(sizes.main).toBeLessThanOrEqual(450 * 1024);
  });

  it('keeps each subpackage within 2 MB', () => {
    expect(Object.keys(sizes.subpackages).sort()).toEqual(subpackageRoots(WEAPP_DIR).sort());
    for (const [root, bytes] of Object.entries(sizes.subpackages)) {
      expect([root, bytes > 0 && bytes <= 2 * MB]).toEqual([root, true]);
    }
  });

  it('keeps the whole app within 20 MB', () => {
    expect(sizes.total).toBe(sizes.main + Object.values(sizes.subpackages).reduce((a, b) => a + b, 0));
    expect(sizes.total).toBeLessThanOrEqual(20 * MB);
  });
});
