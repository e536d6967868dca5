// The local cloud as `npm start` fills it: the product's built functions on an in-memory emulator with
// the demo feed, staff, content (policies, Q&A, terms, projects, services), budgets, notices and bus routes, so the
// weapp pages render real data.
import { demoCheck } from '../../../scripts/demo/demo-confidentiality';
import type { ImportReport } from '#types/api/workflow';
import { seedDemoBudgets } from '../../../scripts/demo/demo-budgets';
import { seedDemoNotices } from '../../../scripts/demo/demo-notices';
import { seedDemoBusRoutes } from '../../../scripts/demo/demo-bus-routes';
import { seedDemoDecisions } from '../../../scripts/demo/demo-decisions';
import { DEMO_CONTENT, seedDemo } from '../../../scripts/demo/seed-demo';
import { readImportFile } from '../../../scripts/import-content';
import { type ProductCloud, startProductCloud } from '../../support/product-cloud';

/** The instant the demo content is imported at. */
export const DEMO_IMPORTED_AT = new Date('2026-10-08T09:00:00+08:00');

/** Fills a started cloud with the demo data, as npm start does. */
export async function seedDemoData(cloud: ProductCloud): Promise<void> {
  // The importers run in this process, like npm start: point the shared cloud module here first.
  Object.assign(process.env, cloud.emulator.sdkEnv);
  await seedDemo(cloud.cloud);
  const { importItems } = (await import('../../../cloudfunctions/_shared/content/import-items')) as {
    importItems(rows: unknown[], actor: string, now: Date, check: ReturnType<typeof demoCheck>): Promise<ImportReport>;
  };
  const report = await importItems(readImportFile(DEMO_CONTENT), 'demo-seed', DEMO_IMPORTED_AT, demoCheck('demo-seed', DEMO_IMPORTED_AT));
  if (report.rejected.length) throw new Error(`demo content rejected: ${JSON.stringify(report.rejected)}`);
  await seedDemoBudgets('demo-seed');
  await seedDemoNotices(cloud.emulator);
  await seedDemoBusRoutes('demo-seed');
  await seedDemoDecisions('demo-seed');
}

export async function startDemoCloud(): Promise<ProductCloud> {
  const cloud = await startProductCloud();
  try {
    await seedDemoData(cloud);
    return cloud;
  } catch (error) {
    await cloud.emulator.stop();
    throw error;
  }
}
