// Each function's config.json as the real cloud reads it: the time limit and memory written once in
// types/api/function-limits.ts, and exactly the openapi permissions the built function calls (read
// from the bundle, so a new cloud call without its permission, or a permission nothing uses, fails here).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { FUNCTION_LIMITS } from '#types/api/function-limits';
import { attemptTimeoutMs, retryTimeoutMs } from '@/lib/call-policy';
import { BUILT_FUNCTIONS } from '../support/local-cloud';

const SOURCE = join(__dirname, '..', '..', 'cloudfunctions');
const FUNCTIONS = readdirSync(SOURCE).filter((name) => existsSync(join(SOURCE, name, 'config.json')));

interface FunctionConfig {
  timeout?: number;
  memorySize?: number;
  permissions?: { openapi?: string[] };
}

const configOf = (name: string): FunctionConfig => JSON.parse(readFileSync(join(SOURCE, name, 'config.json'), 'utf8')) as FunctionConfig;

/** The openapi calls a built bundle makes, as `namespace.method`; any other use of `openapi` is reported as such. */
function openapiCalls(bundle: string): { calls: string[]; other: string[] } {
  const calls = new Set<string>();
  const other: string[] = [];
  for (const match of bundle.matchAll(/openapi(\s*\.\s*[A-Za-z_$][\w$]*\s*\.\s*[A-Za-z_$][\w$]*|[^\w$].{0,30})/g)) {
    const dotted = /^\s*\.\s*([\w$]+)\s*\.\s*([\w$]+)/.exec(match[1] ?? '');
    if (dotted) calls.add(`${dotted[1]}.${dotted[2]}`);
    else other.push(match[0]);
  }
  return { calls: [...calls].sort(), other };
}

describe('function config', () => {
  it('covers every deployed function, and only those', () => {
    expect(FUNCTIONS.sort()).toEqual(Object.keys(FUNCTION_LIMITS).sort());
  });

  it.each(FUNCTIONS)('%s: time limit and memory as function-limits says, within what the platform allows', (name) => {
    const limits = FUNCTION_LIMITS[name as keyof typeof FUNCTION_LIMITS];
    const config = configOf(name);
    expect({ timeout: config.timeout, memorySize: config.memorySize }).toEqual({ timeout: limits.timeoutS, memorySize: limits.memoryMb });
    expect(config.timeout).toBeGreaterThanOrEqual(1);
    expect(config.timeout).toBeLessThanOrEqual(60);
    expect([128, 256, 512, 1024, 2048]).toContain(config.memorySize);
  });

  it.each(FUNCTIONS)('%s: declares exactly the openapi calls its built bundle makes', (name) => {
    const bundle = readFileSync(join(BUILT_FUNCTIONS, name, 'index.js'), 'utf8');
    const { calls, other } = openapiCalls(bundle);
    expect(other).toEqual([]);
    expect([...(configOf(name).permissions?.openapi ?? [])].sort()).toEqual(calls);
  });

  it('reads calls the way a bundle writes them, and flags any other shape', () => {
    expect(openapiCalls('a.openapi.security.msgSecCheck({}); b.openapi . wxacode . getUnlimited(x)')).toEqual({ calls: ['security.msgSecCheck', 'wxacode.getUnlimited'], other: [] });
    expect(openapiCalls('const { openapi } = cloud;').other).toHaveLength(1);
    expect(openapiCalls("cloud['openapi']").other).toHaveLength(1);
  });

  it.each(['public', 'staff'] as const)('the app waits for %s longer than the function may run, on the first try and the retry', (name) => {
    const limitMs = FUNCTION_LIMITS[name].timeoutS * 1000;
    expect(attemptTimeoutMs(name)).toBeGreaterThan(limitMs);
    expect(retryTimeoutMs(name)).toBeGreaterThan(attemptTimeoutMs(name));
  });
});
