// npm start's demo 办件 records: a year for the demo guides, imported whole through the staff import,
// the same every time (no wall clock), once; one code no guide carries is listed, and the guide page's words.
import type { HandlingOverview, ServiceTimes } from '#types/api/handling-views';
import { handlingHeadline } from '#types/text/handling-words';
import { DEMO_CONTENT } from '../../scripts/demo/seed-demo';
import { demoCheck } from '../../scripts/demo/demo-confidentiality';
import { demoHandlingCsv } from '../../scripts/demo/demo-handling-csv';
import { readImportFile } from '../../scripts/import-content';
import { type ProductCloud, startProductCloud } from '../support/product-cloud';

let cloud: ProductCloud;

beforeAll(async () => {
  cloud = await startProductCloud({ at: '2026-11-02T10:00:00+08:00' });
  Object.assign(process.env, cloud.emulator.sdkEnv);
  const { importItems } = await import('../../cloudfunctions/_shared/content/import-items');
  await importItems(readImportFile(DEMO_CONTENT), 'demo-test', cloud.now(), demoCheck('demo-test', cloud.now()));
}, 120_000);
afterAll(() => cloud.emulator.stop());

describe('the demo 办件 records', () => {
  it('are the same file every time', () => {
    expect(demoHandlingCsv()).toBe(demoHandlingCsv());
  });

  it('import whole, and a second start adds nothing', async () => {
    const { seedDemoHandling } = await import('../../scripts/demo/demo-handling');
    const rows = demoHandlingCsv().trim().split('\n').length - 1;
    expect(rows).toBeGreaterThan(3000);
    expect(await seedDemoHandling('demo-test')).toBe(rows);
    expect(await seedDemoHandling('demo-test')).toBe(0);
  }, 120_000);

  it('link to the demo guides but one code, which staff see listed', async () => {
    const res = await cloud.call<HandlingOverview>('staff', 'getHandlingOverview', {}, 'editor');
    if (!res.ok) throw new Error(res.message);
    expect(res.data.codes.filter((c) => c.guides.length === 0).map((c) => c.itemCode)).toEqual(['331122000199']);
    expect(res.data.codes.filter((c) => c.guides.length > 1)).toEqual([]);
    expect(res.data.codes).toHaveLength(17);
  });

  it('give the freight licence guide a half-year mean within its promise, quicker than the half-year before', async () => {
    const guides = await cloud.call<{ items: { id: string; name: string }[] }>('public', 'listServices', { limit: 50 }, 'anonymous');
    if (!guides.ok) throw new Error(guides.message);
    const freight = guides.data.items.find((g) => g.name === '道路货物运输经营许可（危险货物除外）');
    const res = await cloud.call<ServiceTimes>('public', 'getServiceTimes', { id: freight?.id }, 'anonymous');
    if (!res.ok || !res.data) throw new Error('no times');
    expect(res.data.current.completed).toBeGreaterThan(40);
    expect(res.data.current.meanDays).toBeLessThan(5);
    expect(res.data.meanChange).toBeLessThan(0);
    expect(handlingHeadline(res.data)).toMatch(/^近半年平均 \d(\.\d)? 个工作日办结，承诺 5 个$/);
  });
});
