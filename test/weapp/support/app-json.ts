// The weapp build's app.json: its pages (main package and subpackages) and tab bar.
import { readJsonFile } from './weapp-files';
import { WEAPP_DIR } from './weapp-paths';

export interface AppJson {
  pages: string[];
  subPackages?: { root: string; pages: string[] }[];
  tabBar?: { list: { pagePath: string; iconPath?: string; selectedIconPath?: string }[] };
}

export function readAppJson(root = WEAPP_DIR): AppJson {
  const app = readJsonFile<AppJson>(root, 'app.json');
  if (!app) throw new Error(`no app.json in ${root}: build the weapp first`);
  return app;
}

/** Every page route, subpackage pages with their root: 'pages/index/index', 'more/services/index', … */
export function appRoutes(app: AppJson): string[] {
  return [...app.pages, ...(app.subPackages ?? []).flatMap((s) => s.pages.map((p) => `${s.root.replace(/\/$/, '')}/${p}`))];
}

export function isTabPage(app: AppJson, route: string): boolean {
  return (app.tabBar?.list ?? []).some((t) => t.pagePath === route);
}
