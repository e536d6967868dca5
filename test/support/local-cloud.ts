// Starts an in-memory emulator and points this process's wx-server-sdk at it.
import { join } from 'node:path';
import { type Emulator, type EmulatorOptions, startEmulator } from '../../emulator';

export const FIXTURE_FUNCTIONS = join(__dirname, '..', 'fixtures', 'functions');
export const BUILT_FUNCTIONS = join(__dirname, '..', '..', 'build', 'cloudfunctions');

// wx-server-sdk has no type declarations worth the name for these calls; tests use it loosely.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Sdk = any;

export async function startLocalCloud(options: Partial<EmulatorOptions> = {}): Promise<{ emulator: Emulator; cloud: Sdk }> {
  const emulator = await startEmulator({ functionsDir: FIXTURE_FUNCTIONS, ...options });
  Object.assign(process.env, emulator.sdkEnv);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const cloud = require('wx-server-sdk') as Sdk;
  cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV });
  return { emulator, cloud };
}
