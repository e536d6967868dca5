// A simulated WeChat client for the weapp build: the logic layer (app, Taro, React and page code in a vm
// context without window/document), the render layer (WeChat's wcc output rendered by exparser via
// miniprogram-simulate/j-component in jsdom), a page stack, and `wx` answered by the local cloud.
//
// Simulate has no Page(): a page's config becomes a Component whose `attached` runs onLoad and onShow and
// whose `ready` runs onReady, as a page's first render does. Everything `setData` receives is
// JSON-cloned first, as WeChat serialises it across to the render layer.
import type { PersonaKey, ProductCloud } from '../../support/product-cloud';
import { type AppJson, appRoutes, isTabPage, readAppJson } from './app-json';
import { FakeWx, type NavigationApi } from './fake-wx';
import { type Gwx, loadGwx } from './load-gwx';
import { type LogicLayer, type Options, startLogicLayer } from './logic-layer';
import { PageView, type SetDataRecord } from './page-view';
import { simulate } from './render-layer';
import { compileBuildWxml } from './weapp-files';
import { WEAPP_DIR } from './weapp-paths';

export interface LaunchOptions {
  cloud: ProductCloud;
  persona?: PersonaKey;
  root?: string;
  /** Plugins the phone has (WeChat's 同声传译 for 朗读, …); none by default. */
  plugins?: Record<string, unknown>;
}

const MAX_PAGES = 10;

// wcc's runtime adds properties to this realm's built-in prototypes (for WXS), and can do so only once:
// each build is compiled and loaded once per test file, and every simulated client shares it. Render-layer
// warnings go to the client launched last.
const gwxByRoot = new Map<string, Gwx>();
let renderSink: string[] = [];
const renderConsole = {
  log: () => undefined,
  warn: (...args: unknown[]) => void renderSink.push(args.map(String).join(' ')),
  error: (...args: unknown[]) => void renderSink.push(args.map(String).join(' ')),
};

// exparser and j-component report their own failures (an event handler that threw, …) on the test
// file's console.error: those count as render-layer problems too.
const testConsoleError = console.error.bind(console);
console.error = (...args: unknown[]) => {
  renderSink.push(`console.error: ${args.map(String).join(' ')}`);
  testConsoleError(...args);
};

function renderFunctions(root: string, sink: string[]): Gwx {
  renderSink = sink;
  const cached = gwxByRoot.get(root);
  if (cached) return cached;
  const compiled = compileBuildWxml(root);
  if (!compiled.ok) throw new Error(`wcc failed: ${compiled.stderr}`);
  // A window of its own: see load-gwx.ts.
  const gwx = loadGwx(compiled.stdout, {}, renderConsole);
  gwxByRoot.set(root, gwx);
  return gwx;
}

const clone = <T>(value: T): T => (value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T));

/** Logic-realm constructors (String, Object, …) in property definitions become this realm's, which exparser compares against. */
const TYPES: Record<string, unknown> = { String, Number, Boolean, Object, Array, Function };
function localProperties(properties: Options | undefined): Options {
  const out: Options = {};
  for (const [name, definition] of Object.entries(properties ?? {})) {
    if (typeof definition === 'function') out[name] = TYPES[definition.name] ?? null;
    else {
      const d = definition as { type?: { name: string }; value?: unknown };
      out[name] = { ...d, type: d.type ? (TYPES[d.type.name] ?? null) : null, value: clone(d.value) };
    }
  }
  return out;
}

/** Events cross to the logic layer as JSON, like every message between WeChat's two layers. */
function withJsonEvents(methods: Options | undefined): Options {
  const out: Options = { ...methods };
  const handler = out.eh as ((this: unknown, e: unknown) => unknown) | undefined;
  if (typeof handler === 'function') {
    out.eh = function eh(this: unknown, event: unknown) {
      return handler.call(this, clone(event));
    };
  }
  return out;
}

let componentSequence = 0;

function parseUrl(url: string, from = ''): { route: string; query: Record<string, string> } {
  const [path = '', search = ''] = url.split('?');
  const base = from.split('/').slice(0, -1);
  const parts = path.startsWith('/') ? path.slice(1).split('/') : [...base, ...path.split('/')];
  const route: string[] = [];
  for (const part of parts) {
    if (part === '..') route.pop();
    else if (part !== '.' && part !== '') route.push(part);
  }
  const query: Record<string, string> = {};
  for (const pair of search.split('&').filter(Boolean)) {
    const [key = '', value = ''] = pair.split('=');
    query[key] = value;
  }
  return { route: route.join('/'), query };
}

export class MiniProgram {
  readonly wx: FakeWx;
  readonly logic: LogicLayer;
  readonly pages: PageView[] = [];
  /** Render-layer problems: WXMLRT warnings from wcc's runtime, errors from exparser. */
  readonly renderConsole: string[] = [];
  readonly appJson: AppJson;
  private readonly gwx: Gwx;
  private readonly compId: string;
  private inFlight = 0;
  private activity = 0;

  private constructor(private readonly options: LaunchOptions) {
    const root = options.root ?? WEAPP_DIR;
    this.appJson = readAppJson(root);
    this.gwx = renderFunctions(root, this.renderConsole);
    this.wx = new FakeWx({
      callFunction: (name, data) => this.callFunction(name, data),
      navigate: (api, o) => this.navigate(api, o),
    });
    this.logic = startLogicLayer(root, { wx: this.wx.api, getCurrentPages: () => this.pages.map((p) => p.instance), plugins: options.plugins });
    this.compId = this.registerComp();
  }

  static launch(options: LaunchOptions): MiniProgram {
    const mp = new MiniProgram(options);
    const app = mp.logic.app as { onLaunch?: (o: object) => void; onShow?: (o: object) => void };
    const launch = { path: 'pages/index/index', query: {}, scene: 1001, referrerInfo: {} };
    app.onLaunch?.call(app, launch);
    app.onShow?.call(app, launch);
    return mp;
  }

  get current(): PageView {
    const page = this.pages[this.pages.length - 1];
    if (!page) throw new Error('no page is open');
    return page;
  }

  /** Every route in app.json, subpackages included. */
  routes(): string[] {
    return appRoutes(this.appJson);
  }

  /** Opens a page as WeChat does for a share card or a scanned code: the stack becomes just this page. */
  async open(url: string): Promise<PageView> {
    await this.navigate('reLaunch', { url });
    await this.idle();
    return this.current;
  }

  /** Waits until no cloud call is pending and nothing changed for a few timer turns. */
  async idle(): Promise<void> {
    let seen = -1;
    let quiet = 0;
    for (let turns = 0; quiet < 3; turns += 1) {
      // A page that never settles (a timer that keeps calling setData, a call that never returns) fails loudly.
      if (turns > 1000) throw new Error(`the page never settled: ${this.inFlight} cloud calls pending, ${this.current.setData.length} setData calls`);
      await new Promise((resolve) => setTimeout(resolve, 15));
      if (this.inFlight === 0 && seen === this.activity) quiet += 1;
      else quiet = 0;
      seen = this.activity;
    }
  }

  /**
   * Everything that should fail a test since the last call: logic-layer errors, "小程序暂不支持" warnings
   * (an API this simulator lacks) and render-layer warnings such as WXMLRT "Template … not found".
   */
  takeProblems(): string[] {
    const problems = this.problems();
    this.logic.console.splice(0);
    this.renderConsole.splice(0);
    return problems;
  }

  /** The same, without clearing them. */
  problems(): string[] {
    const logic = this.logic.console
      .filter((e) => e.level === 'error' || (e.level === 'warn' && /暂不支持|WXMLRT/.test(e.text)))
      .map((e) => `[logic ${e.level}] ${e.text}`);
    return [...logic, ...this.renderConsole.map((t) => `[render] ${t}`)];
  }

  close(): void {
    while (this.pages.length) this.pages.pop()?.unload();
  }

  /** No network: every cloud call fails as WeChat fails it when the phone has no signal. */
  offline = false;

  /** wx.cloud.callFunction, answered as the H5 build is: POST /api/<function> on the local cloud's gateway. */
  private async callFunction(name: string, data: unknown): Promise<unknown> {
    this.inFlight += 1;
    this.activity += 1;
    try {
      if (this.offline) throw { errMsg: 'cloud.callFunction:fail request:fail timeout', errCode: -1 };
      const res = await fetch(`${this.options.cloud.emulator.url}/api/${name}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: `persona=${this.options.persona ?? 'citizenA'}` },
        body: JSON.stringify(data ?? {}),
      });
      const parsed = (await res.json()) as { errCode?: number; errMsg?: string };
      if (!res.ok) throw { errMsg: `cloud.callFunction:fail ${parsed.errMsg ?? res.status}`, errCode: parsed.errCode };
      return parsed;
    } finally {
      this.inFlight -= 1;
      this.activity += 1;
    }
  }

  private async navigate(api: NavigationApi, options: { url?: string; delta?: number }): Promise<void> {
    if (api === 'navigateBack') {
      const delta = Math.max(1, options.delta ?? 1);
      for (let i = 0; i < delta && this.pages.length > 1; i += 1) this.pages.pop()?.unload();
      this.current.show();
      return;
    }
    const { route, query } = parseUrl(options.url ?? '', this.pages[this.pages.length - 1]?.route);
    if (!this.routes().includes(route)) throw { errMsg: `${api}:fail page "${route}" is not found` };
    if ((api === 'navigateTo' || api === 'redirectTo') && isTabPage(this.appJson, route)) throw { errMsg: `${api}:fail can not ${api} a tabbar page` };
    if (api === 'switchTab' && !isTabPage(this.appJson, route)) throw { errMsg: 'switchTab:fail can not switch to no-tabBar page' };
    if (api === 'navigateTo' && this.pages.length >= MAX_PAGES) throw { errMsg: 'navigateTo:fail webview count limit exceed' };
    if (api === 'navigateTo') this.pages[this.pages.length - 1]?.hide();
    if (api === 'redirectTo') this.pages.pop()?.unload();
    if (api === 'reLaunch' || api === 'switchTab') while (this.pages.length) this.pages.pop()?.unload();
    const page = this.mount(route, query);
    this.pages.push(page);
    page.attach();
  }

  private registerComp(): string {
    const config = this.logic.componentConfig('comp') as Options & { properties?: Options; options?: Options; methods?: Options };
    componentSequence += 1;
    const id = `taro-comp-${componentSequence}`;
    return simulate.load({
      id,
      tagName: 'comp',
      template: this.gwx('comp.wxml'),
      usingComponents: { comp: id },
      properties: localProperties(config.properties),
      methods: withJsonEvents(config.methods),
      // Taro makes its recursive `comp` a virtual host; exparser in jsdom only renders it as a real node.
      options: { ...config.options, virtualHost: false },
    });
  }

  private mount(route: string, query: Record<string, string>): PageView {
    const config = this.logic.pageConfig(route);
    const template = this.gwx(`${route}.wxml`);
    if (!template) throw new Error(`no compiled WXML for ${route}`);
    const methods: Options = {};
    for (const [key, value] of Object.entries(config)) if (typeof value === 'function') methods[key] = value;
    const records: SetDataRecord[] = [];
    const started = performance.now();
    const mp = this;
    const id = simulate.load({
      template,
      usingComponents: { comp: this.compId },
      data: clone(config.data ?? {}),
      methods: withJsonEvents(methods),
      lifetimes: {
        created(this: Record<string, unknown>) {
          const setData = this.setData as (data: object, callback?: () => void) => void;
          this.setData = (data: object, callback?: () => void) => {
            const json = JSON.stringify(data);
            records.push({ bytes: Buffer.byteLength(json), atMs: performance.now() - started });
            mp.activity += 1;
            setData(JSON.parse(json) as object, callback);
          };
          this.route = route;
          this.__route__ = route;
          this.options = { ...query };
        },
        attached(this: Record<string, (o?: object) => void>) {
          this.onLoad?.({ ...query });
          this.onShow?.();
        },
        ready(this: Record<string, () => void>) {
          this.onReady?.();
        },
      },
    });
    return new PageView(route, query, simulate.render(id), records, { idle: () => this.idle(), problems: () => this.problems() });
  }
}
