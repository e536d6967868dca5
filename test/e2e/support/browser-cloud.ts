// The product on an in-memory local cloud serving the built H5 app, and a headless browser to use it,
// started before a test file's tests and stopped after them.
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { type ProductCloud, startProductCloud } from '../../support/product-cloud';
import { launchBrowser } from './browser';

const H5_DIR = join(__dirname, '..', '..', '..', 'dist', 'h5');

export interface BrowserCloud {
  readonly cloud: ProductCloud;
  readonly browser: Browser;
}

/** Registers beforeAll/afterAll; `seed` runs once the cloud is up. Read the fields inside tests. */
export function useBrowserCloud(seed?: (cloud: ProductCloud) => Promise<void>): BrowserCloud {
  const env: { cloud?: ProductCloud; browser?: Browser } = {};
  beforeAll(async () => {
    env.cloud = await startProductCloud({ staticDir: H5_DIR });
    env.browser = await launchBrowser();
    await seed?.(env.cloud);
  });
  afterAll(async () => {
    await env.browser?.close();
    await env.cloud?.emulator.stop();
  });
  return {
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
