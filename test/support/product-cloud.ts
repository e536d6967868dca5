// The product's built functions on an in-memory emulator, with every collection created, the
// three staff personas holding their roles, and the demo county's township and village list.
import { PRODUCT_DATABASE } from '#types/models/product-database';
import { PLACE_COLLECTION } from '#types/models/place';
import { STAFF_COLLECTION } from '#types/models/staff';
import type { Result } from '#types/result';
import type { Emulator, EmulatorOptions } from '../../emulator';
import { demoPlaceDocs } from '../../scripts/demo/demo-places';
import { staffDoc } from './builders';
import { BUILT_FUNCTIONS, type Sdk, startLocalCloud } from './local-cloud';
import { TEST_START } from './test-start';

export { TEST_START };

export const PERSONA_KEYS = ['anonymous', 'citizenA', 'citizenB', 'editor', 'reviewer', 'admin', 'liaison'] as const;
export type PersonaKey = (typeof PERSONA_KEYS)[number];

export interface ProductCloud {
  emulator: Emulator;
  cloud: Sdk;
  db: Sdk;
  call<T = unknown>(fn: string, action: string, payload: unknown, as: PersonaKey): Promise<Result<T>>;
  /** The instant the functions live at (the local cloud's clock). */
  now(): Date;
}

export async function startProductCloud(options: Partial<EmulatorOptions> & { at?: string } = {}): Promise<ProductCloud> {
  const { at = TEST_START, ...rest } = options;
  const { emulator, cloud } = await startLocalCloud({ functionsDir: BUILT_FUNCTIONS, ...PRODUCT_DATABASE, ...rest });
  emulator.clock.set(at);
  const db = cloud.database();
  for (const persona of ['editor', 'reviewer', 'admin'] as const) {
    await db.collection(STAFF_COLLECTION).add({ data: staffDoc(persona) });
  }
  for (const township of demoPlaceDocs()) await db.collection(PLACE_COLLECTION).add({ data: township });
  return {
    emulator,
    cloud,
    db,
    call: (fn, action, payload, as) => emulator.call(fn, { action, payload }, as) as Promise<Result<never>>,
    now: () => emulator.clock.now(),
  };
}
