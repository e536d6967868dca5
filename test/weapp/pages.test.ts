// Every page of the weapp build (main package and subpackages), opened in the simulated WeChat client
// on the local cloud filled with the demo data: it mounts, shows its key text from real data, neither
// the logic layer (console.error, an API the phone lacks) nor the render layer (WXMLRT "Template … not
// found") complains, and it stays within WeChat's audit limits (nodes, setData size).
import type { PersonaKey, ProductCloud } from '../support/product-cloud';
import { appRoutes, readAppJson } from './support/app-json';
import { startDemoCloud } from './support/demo-cloud';
import { MiniProgram } from './support/mini-program';
import { type DemoIds, PAGES, demoIds, pageUrl } from './support/page-cases';

let cloud: ProductCloud;
let ids: DemoIds;
const clients = new Map<PersonaKey, MiniProgram>();

beforeAll(async () => {
  cloud = await startDemoCloud();
  ids = await demoIds(cloud);
}, 120_000);
afterAll(async () => {
  for (const client of clients.values()) client.close();
  await cloud?.emulator.stop();
});

/** One phone per persona, launched once: pages open on it one after another, as reLaunch does. */
function client(persona: PersonaKey): MiniProgram {
  let mp = clients.get(persona);
  if (!mp) {
    mp = MiniProgram.launch({ cloud, persona });
    clients.set(persona, mp);
  }
  return mp;
}

const routes = (): string[] => appRoutes(readAppJson());

describe('every page of the weapp build', () => {
  it('is covered here (a new page in app.json needs its key text below)', () => {
    expect(Object.keys(PAGES).sort()).toEqual(routes().sort());
  });

  it.each(routes())('%s mounts on real data and shows its key text', async (route) => {
    const spec = PAGES[route];
    if (!spec) throw new Error(`no key text for ${route}`);
    const mp = client(spec.as ?? 'citizenA');
    mp.takeProblems();
    const page = await mp.open(pageUrl(route, ids));
    expect(page.route).toBe(route);
    for (const text of spec.shows) await page.waitForText(text);
    expect(mp.takeProblems()).toEqual([]);
    // WeChat's performance audit: fewer than 1,000 WXML nodes on a page, no setData over 256 KB.
    expect(page.nodeCount()).toBeLessThan(1000);
    expect(Math.max(...page.setData.map((r) => r.bytes))).toBeLessThanOrEqual(256 * 1024);
  });
});
