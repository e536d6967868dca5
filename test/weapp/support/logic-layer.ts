// The WeChat logic layer (AppService) for the built weapp code: a vm context with the globals WeChat gives
// it (wx, App, Page, Component, getApp, getCurrentPages, require, timers, console) and, as on a phone, no
// window, document, fetch or localStorage. Code that reaches for one of those throws here as it would there.
import { readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import vm from 'node:vm';

export type Options = Record<string, unknown>;
export interface ConsoleEntry {
  level: 'log' | 'info' | 'warn' | 'error' | 'debug';
  text: string;
}

export interface LogicLayer {
  /** What App() received; WeChat's app instance is this object. */
  readonly app: Options;
  /** Runs a page's (or component's) code once and returns what it passed to Page() (or Component()). */
  pageConfig(route: string): Options;
  componentConfig(path: string): Options;
  readonly console: ConsoleEntry[];
  /** Evaluates an expression inside the logic layer (for checks such as "is window defined there"). */
  evaluate(expression: string): unknown;
}

export interface LogicLayerHost {
  wx: object;
  getCurrentPages(): unknown[];
  /** Mini-program plugins by the name app.json declares them under; without it there is no requirePlugin, as in a simulator. */
  plugins?: Record<string, unknown>;
}

const format = (args: unknown[]): string =>
  args
    .map((arg) => {
      if (typeof arg === 'string') return arg;
      if (arg instanceof Error || (arg && typeof arg === 'object' && 'stack' in arg)) return String((arg as Error).stack);
      try {
        return JSON.stringify(arg);
      } catch {
        return String(arg);
      }
    })
    .join(' ');

export function startLogicLayer(root: string, host: LogicLayerHost): LogicLayer {
  const entries: ConsoleEntry[] = [];
  const log = (level: ConsoleEntry['level']) => (...args: unknown[]) => entries.push({ level, text: format(args) });
  const modules = new Map<string, { exports: unknown }>();
  const registered = new Map<string, Options>();
  let loading: string | undefined;
  let app: Options | undefined;

  const register = (kind: string) => (config: Options) => {
    if (!loading) throw new Error(`${kind}() called outside a page or component file`);
    registered.set(loading, config);
  };

  const sandbox: Record<string, unknown> = {
    wx: host.wx,
    console: { log: log('log'), info: log('info'), warn: log('warn'), error: log('error'), debug: log('debug') },
    setTimeout,
    clearTimeout,
    setInterval,
    clearInterval,
    App: (config: Options) => {
      app = config;
    },
    getApp: () => app,
    Page: register('Page'),
    Component: register('Component'),
    Behavior: (definition: Options) => definition,
    getCurrentPages: () => host.getCurrentPages(),
  };
  const plugins = host.plugins;
  if (plugins) {
    sandbox.requirePlugin = (name: string) => {
      if (!(name in plugins)) throw new Error(`plugin ${name} is not declared in app.json`);
      return plugins[name];
    };
  }
  const context = vm.createContext(sandbox, { name: 'weapp logic layer' });

  function load(file: string): unknown {
    const cached = modules.get(file);
    if (cached) return cached.exports;
    const module = { exports: {} as unknown };
    modules.set(file, module);
    const source = readFileSync(join(root, file), 'utf8');
    const wrapper = new vm.Script(`(function (require, module, exports) {${source}\n})`, { filename: join(root, file) });
    const requireFrom = (request: string): unknown => {
      const target = normalize(join(dirname(file), request.endsWith('.js') ? request : `${request}.js`));
      if (target.startsWith('..')) throw new Error(`require outside the package: ${request} from ${file}`);
      return load(target);
    };
    (wrapper.runInContext(context) as (r: unknown, m: unknown, e: unknown) => void)(requireFrom, module, module.exports);
    return module.exports;
  }

  function configOf(path: string): Options {
    const file = `${relative('.', normalize(path.replace(/^\//, '')))}.js`;
    if (!registered.has(file)) {
      loading = file;
      try {
        load(file);
      } catch (error) {
        // webpack's runtime failing to find a module: the build references code no file defines.
        // (Errors thrown in the logic layer belong to its realm: no instanceof Error here.)
        const e = error as { stack?: string; message?: string };
        if (/at r \(.*runtime\.js/.test(e.stack ?? '')) {
          e.message += ` (loading ${file}: the build requires a module no file of it defines; Taro's persistent webpack cache has produced such builds: remove node_modules/.cache/webpack/production-weapp and build again)`;
        }
        throw error;
      } finally {
        loading = undefined;
      }
    }
    const config = registered.get(file);
    if (!config) throw new Error(`${file} did not call Page() or Component()`);
    return config;
  }

  load('app.js');
  if (!app) throw new Error('app.js did not call App()');
  return {
    app,
    pageConfig: configOf,
    componentConfig: configOf,
    console: entries,
    evaluate: (expression) => vm.runInContext(expression, context),
  };
}
