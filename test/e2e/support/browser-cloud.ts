// The product on an in-memory local cloud serving the built H5 app, and a headless browser to use it,
// started before a test file's tests and stopped after them.
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { type ProductCloud, startProductCloud } from '../../support/product-cloud';
import { launchBrowser, phoneContext } from './browser';

const H5_DIR = join(__dirname, '..', '..', '..', 'dist', 'h5');

export interface BrowserCloud {
  readonly cloud: ProductCloud;
  readonly browser: Browser;
  /** A phone page signed in through the gateway's dev sign-in as one persona. */
  pageAs(persona: string): Promise<Page>;
}

/** A Taro button on the page on top (older pages stay in the DOM, hidden). */
export const visibleButton = (page: Page, text: string): Locator => page.locator('.web-button:visible', { hasText: text });

/** Registers beforeAll/afterAll; `seed` runs once the cloud is up; `at` is the instant the cloud and
 * the pages start at (TEST_START unless given). Read the fields inside tests. */
export function useBrowserCloud(seed?: (cloud: ProductCloud) => Promise<void>, options: { at?: string } = {}): BrowserCloud {
  const env: { cloud?: ProductCloud; browser?: Browser } = {};
  beforeAll(async () => {
    env.cloud = await startProductCloud({ staticDir: H5_DIR, ...options });
    env.browser = await launchBrowser();
    await seed?.(env.cloud);
  });
  afterAll(async () => {
    await env.browser?.close();
    await env.cloud?.emulator.stop();
  });
  return {
    async pageAs(persona) {
      const context = await phoneContext(this.browser);
      // The page lives at the local cloud's instant, not the machine's, and its clock runs on from there.
      await context.clock.install({ time: this.cloud.now() });
      await context.request.post(`${this.cloud.emulator.url}/api/_dev`, { data: { persona } });
      return context.newPage();
    },
    get cloud() {
      if (!env.cloud) throw new Error('the local cloud is not started yet');
      return env.cloud;
    },
    get browser() {
      if (!env.browser) throw new Error('the browser is not started yet');
      return env.browser;
    },
  };
}
