// The product on an in-memory local cloud serving the built H5 app, and a headless browser to use it.
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { type ProductCloud, startProductCloud } from '../../support/product-cloud';
import { launchBrowser } from './browser';

const H5_DIR = join(__dirname, '..', '..', '..', 'dist', 'h5');

export interface BrowserCloud {
  cloud: ProductCloud;
  browser: Browser;
  stop(): Promise<void>;
}

export async function startBrowserCloud(): Promise<BrowserCloud> {
  const cloud = await startProductCloud({ staticDir: H5_DIR });
  const browser = await launchBrowser();
  return {
    cloud,
    browser,
    async stop() {
      await browser.close();
      await cloud.emulator.stop();
    },
  };
}
