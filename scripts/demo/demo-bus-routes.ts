// The demo county's rural bus routes: one CSV file (five routes between the county seat and the
// townships) through the same checked import staff use, published at once. A second start adds nothing.
import { readFileSync } from 'node:fs';
import { demoCheck } from './demo-confidentiality';
import { join } from 'node:path';

export const DEMO_BUS_CSV = join(__dirname, 'bus', 'qingxi-bus-routes.csv');

/** Call after the SDK points at the cloud to fill (the shared cloud module initialises on import). */
export async function seedDemoBusRoutes(actor: string): Promise<number> {
  const { importBusRoutes } = await import('../../cloudfunctions/_shared/bus/import-bus-routes');
  const now = new Date();
  const result = await importBusRoutes({ bytes: readFileSync(DEMO_BUS_CSV) }, actor, now, { publish: demoCheck(actor, now) });
  return result.submitted;
}
