// Headless Chromium (Debian's, at /usr/bin/chromium) driven by playwright-core, with the flags this
// closed network needs. Playwright gives each launch a fresh, empty profile of its own.
import { type Browser, type BrowserContext, chromium } from 'playwright-core';
import { CHROMIUM_PATH as CHROMIUM } from './ensure-chromium';

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A phone-sized page context, as citizens see the app. */
export async function phoneContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, locale: 'zh-CN' });
  // Fail a step well inside the test's own timeout, so the report names the step.
  context.setDefaultTimeout(10_000);
  return context;
}
