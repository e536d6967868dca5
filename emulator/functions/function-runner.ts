// Runs built cloud functions like cloud instances do: warm workers per function, each serving one
// invocation at a time, with the caller's context private to that invocation.
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { Clock } from '../clock/clock';

export interface WxContext {
  OPENID?: string;
  APPID?: string;
  UNIONID?: string;
  /** wx_client (a user's tap), wx_trigger (timer), wx_http, or wx_server (another function / admin). */
  SOURCE: string;
  CLIENTIP?: string;
}

export interface TimerTrigger {
  name: string;
  type: 'timer';
  config: string;
}

export interface FunctionConfig {
  timeout?: number;
  memorySize?: number;
  permissions?: { openapi?: string[] };
  triggers?: TimerTrigger[];
}

export class FunctionError extends Error {
  constructor(
    readonly code: 'FUNCTION_NOT_FOUND' | 'FUNCTIONS_EXECUTE_FAIL' | 'FUNCTIONS_TIME_LIMIT_EXCEEDED',
    message: string,
    readonly functionStack?: string,
  ) {
    super(message);
  }
}

interface Instance {
  worker: Worker;
  busy: boolean;
  /** Settles once the bundle is loaded (or the worker died trying). */
  ready: Promise<void>;
}

interface Reply {
  id: string;
  ok: boolean;
  json?: string;
  error?: { message: string; stack?: string };
}

const DEFAULT_TIMEOUT_S = 3;
const MAX_INSTANCES = 8;
const WORKER_FILE = join(__dirname, 'worker.cjs');

export class FunctionRunner {
  private readonly pools = new Map<string, Instance[]>();
  private readonly waiting = new Map<string, (() => void)[]>();
  private readonly configs = new Map<string, FunctionConfig>();
  /** Lines the functions printed, newest last, for tests that check what was logged. */
  readonly logs: string[] = [];

  constructor(
    private readonly functionsDir: string,
    private readonly env: Record<string, string>,
    private readonly echoLogs: boolean,
    /** What `new Date()` reads inside the functions. */
    readonly clock: Clock = new Clock(),
  ) {}

  names(): string[] {
    if (!existsSync(this.functionsDir)) return [];
    return readdirSync(this.functionsDir).filter((name) => existsSync(join(this.functionsDir, name, 'index.js')));
  }

  /** Read once per function: a deployed function's config does not change while it runs. */
  config(name: string): FunctionConfig {
    let config = this.configs.get(name);
    if (!config) {
      const file = join(this.functionsDir, name, 'config.json');
      config = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as FunctionConfig) : {};
      this.configs.set(name, config);
    }
    return config;
  }

  async invoke(name: string, event: unknown, wxContext: WxContext): Promise<unknown> {
    // A warm instance proves the function exists; otherwise look for its bundle (not the whole folder).
    // The name must be a plain folder name, so no call can reach a file outside the functions.
    const known = /^[A-Za-z0-9_-]{1,64}$/.test(name) && (Boolean(this.pools.get(name)?.length) || existsSync(join(this.functionsDir, name, 'index.js')));
    if (!known) throw new FunctionError('FUNCTION_NOT_FOUND', `function ${name} not found`);
    const instance = await this.acquire(name);
    const id = randomUUID();
    const timeoutMs = (this.config(name).timeout ?? DEFAULT_TIMEOUT_S) * 1000;
    const context = { request_id: id, function_name: name, time_limit_in_ms: timeoutMs, memory_limit_in_mb: this.config(name).memorySize ?? 256 };
    try {
      const reply = await new Promise<Reply>((resolve, reject) => {
        // Every way the call ends comes through here, so no timer or listener outlives it (a stray
        // timer would later kill this instance in the middle of someone else's call).
        const finish = (outcome: Reply | FunctionError, discard = false): void => {
          clearTimeout(timer);
          instance.worker.off('message', onMessage);
          instance.worker.off('exit', onExit);
          if (discard) this.discard(name, instance);
          if (outcome instanceof FunctionError) reject(outcome);
          else resolve(outcome);
        };
        const timer = setTimeout(
          () => finish(new FunctionError('FUNCTIONS_TIME_LIMIT_EXCEEDED', `Task timed out after ${timeoutMs / 1000} seconds`), true),
          timeoutMs,
        );
        const onMessage = (message: Reply): void => {
          if (message.id === id) finish(message);
        };
        // The instance died mid-call (killed, or crashed outside the handler).
        const onExit = (): void => finish(new FunctionError('FUNCTIONS_EXECUTE_FAIL', 'the function instance stopped during the call'), true);
        instance.worker.on('message', onMessage);
        instance.worker.once('exit', onExit);
        try {
          instance.worker.postMessage({ id, event, context, wxContext, clockOffsetMs: this.clock.offset });
        } catch (error) {
          // The event cannot be copied to the instance (too deep, or not cloneable): nothing was sent.
          finish(new FunctionError('FUNCTIONS_EXECUTE_FAIL', `the event cannot be passed to the function: ${error instanceof Error ? error.message : String(error)}`));
        }
      });
      if (!reply.ok) {
        throw new FunctionError('FUNCTIONS_EXECUTE_FAIL', reply.error?.message ?? 'function failed', reply.error?.stack);
      }
      return JSON.parse(reply.json ?? 'null');
    } finally {
      this.release(name, instance);
    }
  }

  /** Kills every instance of a function at once, as a crashed or recycled cloud instance would be. */
  async kill(name: string): Promise<void> {
    const pool = this.pools.get(name) ?? [];
    this.pools.set(name, []);
    await Promise.all(pool.map((instance) => instance.worker.terminate()));
  }

  private async acquire(name: string): Promise<Instance> {
    const pool = this.pools.get(name) ?? [];
    this.pools.set(name, pool);
    for (;;) {
      const idle = pool.find((i) => !i.busy);
      if (idle) {
        idle.busy = true;
        return idle;
      }
      if (pool.length < MAX_INSTANCES) {
        const worker = this.spawn(name);
        const ready = new Promise<void>((resolve) => {
          const done = (): void => resolve();
          worker.once('exit', done);
          worker.on('message', function onReady(message: { ready?: boolean }) {
            if (!message.ready) return;
            worker.off('message', onReady);
            worker.off('exit', done);
            resolve();
          });
        });
        const instance = { worker, busy: true, ready };
        pool.push(instance);
        await ready;
        return instance;
      }
      await new Promise<void>((resolve) => {
        const queue = this.waiting.get(name) ?? [];
        queue.push(resolve);
        this.waiting.set(name, queue);
      });
    }
  }

  private release(name: string, instance: Instance): void {
    instance.busy = false;
    this.waiting.get(name)?.shift()?.();
  }

  private discard(name: string, instance: Instance): void {
    void instance.worker.terminate();
    const pool = this.pools.get(name) ?? [];
    const index = pool.indexOf(instance);
    if (index !== -1) pool.splice(index, 1);
  }

  private spawn(name: string): Worker {
    const worker = new Worker(WORKER_FILE, {
      workerData: { entry: join(this.functionsDir, name, 'index.js') },
      env: { ...process.env, ...this.env },
      stdout: true,
      stderr: true,
    });
    for (const stream of [worker.stdout, worker.stderr]) {
      stream.setEncoding('utf8');
      stream.on('data', (chunk: string) => {
        for (const line of chunk.split('\n').filter(Boolean)) {
          this.logs.push(`[${name}] ${line}`);
          if (this.logs.length > 2000) this.logs.shift();
        }
        if (this.echoLogs) process.stderr.write(chunk);
      });
    }
    worker.on('error', (error) => {
      this.logs.push(`[${name}] worker crashed: ${error.message}`);
      const pool = this.pools.get(name) ?? [];
      const index = pool.findIndex((i) => i.worker === worker);
      if (index !== -1) pool.splice(index, 1);
    });
    worker.unref();
    return worker;
  }

  async close(): Promise<void> {
    const all = [...this.pools.values()].flat();
    this.pools.clear();
    await Promise.all(all.map((i) => i.worker.terminate()));
  }
}
