// Every page of the app on the demo data, in normal and in elder mode (长辈模式), in a phone-sized Chromium:
// no visible text or control below the mode's minimum size, and no critical or serious axe-core finding.
// Normal: text >= 14 px, controls >= 44 px (the MIIT norm outside elder mode). Elder: text >= 18 px,
// controls >= 60 px, line spacing >= 1.3 (px-equivalent on a 375-wide phone).
import type { Page } from 'playwright-core';
import { type DemoIds, demoIds, PAGES, pageUrl } from '../weapp/support/page-cases';
import { seedDemoData } from '../weapp/support/demo-cloud';
import { type AxeViolation, countByImpact, runAxe } from './support/axe';
import { useBrowserCloud } from './support/browser-cloud';
import { measureSizes, type SizeFinding, type SizeLimits } from './support/measure-sizes';

jest.setTimeout(120_000);

const MODES = {
  normal: { textRpx: 28, targetRpx: 88, line: 1 },
  elder: { textRpx: 36, targetRpx: 120, line: 1.3 },
} satisfies Record<string, SizeLimits>;
type Mode = keyof typeof MODES;

const env = useBrowserCloud(seedDemoData);
let ids: DemoIds;
beforeAll(async () => {
  ids = await demoIds(env.cloud);
});

const tabs = new Map<string, Page>();
const inFlight = new Map<Page, Set<unknown>>();

/** Resolves once the page has had no request in flight for 150 ms (Playwright's networkidle waits 500 ms). */
async function quiet(page: Page): Promise<void> {
  const pending = inFlight.get(page) ?? new Set();
  let quietSince = Date.now();
  for (;;) {
    if (pending.size > 0) quietSince = Date.now();
    else if (Date.now() - quietSince >= 150) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
/** One signed-in tab per persona and mode; elder mode is switched on where people find it, on 我的. */
async function tabFor(persona: string, mode: Mode): Promise<Page> {
  const key = `${persona}:${mode}`;
  const known = tabs.get(key);
  if (known) return known;
  const page = await env.pageAs(persona);
  const pending = new Set<unknown>();
  inFlight.set(page, pending);
  page.on('request', (req) => pending.add(req));
  page.on('requestfinished', (req) => pending.delete(req));
  page.on('requestfailed', (req) => pending.delete(req));
  await page.goto(`${env.cloud.emulator.url}/#/pages/mine/index`);
  const elderSwitch = page.locator('[role=switch][aria-label="长辈模式"]');
  // The first load of the app on a busy machine can take longer than a step's usual 10 s.
  await elderSwitch.waitFor({ timeout: 40_000 });
  if (mode === 'elder') {
    await elderSwitch.click();
    await page.locator('[role=switch][aria-label="长辈模式"][aria-checked=true]').waitFor();
  }
  tabs.set(key, page);
  return page;
}

let loads = 0;
async function open(route: string, mode: Mode): Promise<Page> {
  const page = await tabFor(PAGES[route]?.as ?? 'citizenA', mode);
  // A new query string makes this a full page load (a fresh app with only this page), in one navigation.
  loads += 1;
  await page.goto(`${env.cloud.emulator.url}/?load=${loads}#${pageUrl(route, ids)}`);
  await page.getByText(PAGES[route]?.shows[0] ?? '').first().waitFor({ timeout: 40_000 });
  await quiet(page);
  return page;
}

const figures: Record<Mode, { text: SizeFinding[]; target: SizeFinding[]; line: SizeFinding[]; axe: AxeViolation[]; minor: string[] }> = {
  normal: { text: [], target: [], line: [], axe: [], minor: [] },
  elder: { text: [], target: [], line: [], axe: [], minor: [] },
};
const smallestOf = (list: SizeFinding[]): string => {
  const min = list.reduce<SizeFinding | null>((m, f) => (!m || f.size < m.size ? f : m), null);
  return min ? `${min.size} (${min.what})` : '-';
};
afterAll(() => {
  const lines = (Object.keys(figures) as Mode[]).map((mode) => {
    const f = figures[mode];
    return `${mode}: smallest text ${smallestOf(f.text)}; smallest target ${smallestOf(f.target)}; tightest line ${smallestOf(f.line)}; axe ${JSON.stringify(countByImpact(f.axe))}${f.minor.length ? ` (${f.minor.join('; ')})` : ''}`;
  });
  process.stdout.write(`\nSizes in px-equivalent at 375 wide, every page:\n${lines.join('\n')}\n`);
});

async function check(page: Page, mode: Mode, where: string) {
  const sizes = await measureSizes(page, MODES[mode]);
  const violations = await runAxe(page);
  const f = figures[mode];
  if (sizes.smallestText) f.text.push({ ...sizes.smallestText, what: `${where} ${sizes.smallestText.what}` });
  if (sizes.smallestTarget) f.target.push({ ...sizes.smallestTarget, what: `${where} ${sizes.smallestTarget.what}` });
  if (sizes.tightestLine) f.line.push({ ...sizes.tightestLine, what: `${where} ${sizes.tightestLine.what}` });
  f.axe.push(...violations);
  f.minor.push(...violations.filter((v) => v.impact === 'moderate' || v.impact === 'minor').map((v) => `${v.id} on ${where}: ${v.targets.join(' | ')}`));
  expect({
    tooSmallText: sizes.tooSmallText,
    tooSmallTargets: sizes.tooSmallTargets,
    tightLines: sizes.tightLines,
    seriousOrCritical: violations.filter((v) => v.impact === 'serious' || v.impact === 'critical'),
  }).toEqual({ tooSmallText: [], tooSmallTargets: [], tightLines: [], seriousOrCritical: [] });
}

describe.each(Object.keys(MODES) as Mode[])('in %s mode', (mode) => {
  it.each(Object.keys(PAGES))('%s has readable text, large enough controls and no serious accessibility finding', async (route) => {
    await check(await open(route, mode), mode, route);
  });

  it('the glossary pop-up a term opens is as large as the page', async () => {
    const page = await open('pages/policy/index', mode);
    await page.locator('.term:visible').first().click();
    await page.locator('.taro-modal__text').waitFor();
    await check(page, mode, 'glossary pop-up');
    await page.locator('.taro-modal__foot').getByText('知道了').click();
  });
});
