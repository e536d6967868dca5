// The local WeChat cloud: start it, point wx-server-sdk at it, stop it.
import { mkdtempSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Clock } from './clock/clock';
import { DatabaseService } from './database/database-service';
import type { IndexSpec } from './database/index-coverage';
import { FunctionRunner, type WxContext } from './functions/function-runner';
import { LOCAL_APPID, personaByKey } from './gateway/personas';
import { newAdminSecret } from './http/admin-access';
import { createEmulatorServer } from './http/server';
import { OpenApiService } from './openapi/openapi-service';
import { StorageService } from './storage/storage-service';
import { DocumentStore } from './store/document-store';
import { TimerService } from './timers/timer-service';

export interface EmulatorOptions {
  /** Built functions, one folder each with index.js and config.json. */
  functionsDir: string;
  /** SQLite file; ':memory:' (the default) for tests. */
  dbFile?: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  /** The built H5 app to serve, if any. */
  staticDir?: string;
  storageDir?: string;
  /** Collections created up front, as a deployment creates them in the console. */
  collections?: readonly string[];
  /** Declared indexes per collection: queries no index serves are refused, unique keys enforced. */
  indexes?: Readonly<Record<string, readonly IndexSpec[]>>;
  /** Fire timer triggers on their schedule (off in tests, which fire them by hand). */
  timers?: boolean;
  /** Environment variables every function sees, as a deployment sets them in the console. */
  functionEnv?: Record<string, string>;
  /** Echo what functions print to this process's stderr. */
  echoLogs?: boolean;
}

export interface Emulator {
  url: string;
  /** Where the SDK posts (`/admin/<secret>`): only this process, its functions and whom it tells may use it. */
  adminUrl: string;
  store: DocumentStore;
  runner: FunctionRunner;
  /** What functions and timers take for now; tests set it to the instant they need. */
  clock: Clock;
  openapi: OpenApiService;
  storage: StorageService;
  timers: TimerService;
  /** The environment variables that point wx-server-sdk at this emulator. */
  sdkEnv: Record<string, string>;
  /** Invoke a function as a persona would from the mini-program (or with an explicit context). */
  call(functionName: string, data: Record<string, unknown>, as: string | WxContext): Promise<unknown>;
  stop(): Promise<void>;
}

export type { IndexSpec };

export function sdkEnvFor(adminUrl: string): Record<string, string> {
  return {
    TCB_CONTEXT_CNFG: JSON.stringify({ URL: adminUrl }),
    TENCENTCLOUD_SECRETID: 'local',
    TENCENTCLOUD_SECRETKEY: 'local',
    TENCENTCLOUD: 'true',
    TCB_ENV: 'local-env',
    SILENCE: 'true',
  };
}

export async function startEmulator(options: EmulatorOptions): Promise<Emulator> {
  const store = new DocumentStore(options.dbFile ?? ':memory:');
  for (const name of options.collections ?? []) store.createCollection(name);
  let url = '';
  const sdkEnv: Record<string, string> = {};
  /** What functions see: the SDK's pointers plus the deployment's own variables (never this process's). */
  const functionEnv: Record<string, string> = {};
  const clock = new Clock();
  const runner = new FunctionRunner(options.functionsDir, functionEnv, options.echoLogs ?? false, clock);
  const openapi = new OpenApiService(() => url);
  const storage = new StorageService(options.storageDir ?? mkdtempSync(join(tmpdir(), 'emulator-storage-')), () => url);
  const services = { database: new DatabaseService(store, () => clock.now().getTime(), options.indexes), runner, openapi, storage };
  const adminSecret = newAdminSecret();
  const server = createEmulatorServer({ services, staticDir: options.staticDir, adminSecret });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', resolve);
  });
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const adminUrl = `${url}/admin/${adminSecret}`;
  Object.assign(sdkEnv, sdkEnvFor(adminUrl));
  Object.assign(functionEnv, options.functionEnv, sdkEnv);
  const timers = new TimerService(runner);
  if (options.timers) timers.start((error) => console.error('[emulator] timer run failed:', error));

  return {
    url,
    adminUrl,
    store,
    runner,
    clock,
    openapi,
    storage,
    timers,
    sdkEnv,
    call(functionName, data, as) {
      const context: WxContext =
        typeof as === 'string'
          ? { OPENID: personaByKey(as).openid, APPID: LOCAL_APPID, SOURCE: 'wx_client' }
          : as;
      const event = { ...data, userInfo: { appId: LOCAL_APPID, openId: context.OPENID } };
      return runner.invoke(functionName, event, context);
    },
    async stop() {
      timers.stop();
      await runner.close();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      store.close();
    },
  };
}
