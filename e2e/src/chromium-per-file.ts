import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './chromium.js';

/**
 * One Chromium for the calling test file: started before its tests, closed after them. Returns
 * the getter the tests call, so that no file repeats the launch and the close.
 */
export function chromiumForThisFile(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('Chromium has not started: call the getter inside a test, not while the file loads');
    return browser;
  };
}
