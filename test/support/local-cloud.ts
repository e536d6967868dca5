// Starts an in-memory emulator and points this process's wx-server-sdk at it.
import { join } from 'node:path';
import { type Emulator, type EmulatorOptions, startEmulator } from '../../emulator';
import { type Sdk, localSdk } from '../../scripts/local-sdk';

export const FIXTURE_FUNCTIONS = join(__dirname, '..', 'fixtures', 'functions');
export const BUILT_FUNCTIONS = join(__dirname, '..', '..', 'build', 'cloudfunctions');

export type { Sdk };

export async function startLocalCloud(options: Partial<EmulatorOptions> = {}): Promise<{ emulator: Emulator; cloud: Sdk }> {
  const emulator = await startEmulator({ functionsDir: FIXTURE_FUNCTIONS, ...options });
  return { emulator, cloud: localSdk(emulator.sdkEnv) };
}
