// npm start loads this demo data: it must import whole, every time.
import type { ImportReport } from '#types/api/workflow';
import { seedDemoBudgets } from '../../scripts/demo/demo-budgets';
import { seedDemoBusRoutes } from '../../scripts/demo/demo-bus-routes';
import { seedDemoNotices } from '../../scripts/demo/demo-notices';
import { DEMO_CONTENT } from '../../scripts/demo/seed-demo';
import { demoCheck } from '../../scripts/demo/demo-confidentiality';
import { readImportFile } from '../../scripts/import-content';
import { type ProductCloud, startProductCloud } from '../support/product-cloud';

let cloud: ProductCloud;
let report: ImportReport;
let again: ImportReport;

beforeAll(async () => {
  cloud = await startProductCloud();
  // The importer runs in this process, like npm start: point the shared cloud module here first.
  Object.assign(process.env, cloud.emulator.sdkEnv);
  const { importItems } = await import('../../cloudfunctions/_shared/content/import-items');
  report = await importItems(readImportFile(DEMO_CONTENT), 'demo-test', new Date(), demoCheck('demo-test', new Date()));
  again = await importItems(readImportFile(DEMO_CONTENT), 'demo-test', new Date(), demoCheck('demo-test', new Date()));
}, 120_000);
afterAll(() => cloud.emulator.stop());

describe('the demo data', () => {
  it('imports with nothing rejected, and a second import changes nothing', async () => {
    expect(report.rejected).toEqual([]);
    const kinds = readImportFile(DEMO_CONTENT).map((i) => (i as { kind: string }).kind);
    expect(kinds.filter((k) => k === 'service')).toHaveLength(30);
    expect(report.created).toBe(kinds.length);
    expect(again).toEqual({ created: 0, updated: 0, unchanged: kinds.length, rejected: [] });
  });

  it('adds six years of budgets and final accounts through the checked import, once', async () => {
    expect(await seedDemoBudgets('demo-test')).toBe(6);
    expect(await seedDemoBudgets('demo-test')).toBe(0);
  });

  it('adds its notices through the staff workflow, once', async () => {
    expect(await seedDemoNotices(cloud.emulator)).toBe(4);
    expect(await seedDemoNotices(cloud.emulator)).toBe(0);
  });

  it('adds its rural bus routes through the checked CSV import, published, once', async () => {
    expect(await seedDemoBusRoutes('demo-test')).toBe(5);
    expect(await seedDemoBusRoutes('demo-test')).toBe(0);
  });
});
